namespace CarRentalGateway.BackOffice.Security;

/// <summary>How long a sign-in lasts, from the "Sessions" configuration section; enforced for requests and open circuits.</summary>
public sealed class SessionOptions
{
    public const string Section = "Sessions";

    /// <summary>A session with no request and no click for this long ends; the next thing the person does asks them to sign in.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A session ends this long after signing in, however busy it is ("keep me signed in" included).</summary>
    public TimeSpan AbsoluteLifetime { get; set; } = TimeSpan.FromHours(10);

    /// <summary>
    /// How often an open page (a circuit, which makes no requests) checks that its session still holds: not ended, not
    /// idle or too old, the account not disabled and its roles unchanged. Within the 5 minutes by a wide margin.
    /// </summary>
    public TimeSpan CircuitCheckInterval { get; set; } = TimeSpan.FromMinutes(1);
}
