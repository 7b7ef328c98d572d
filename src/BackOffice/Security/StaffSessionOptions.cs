namespace CarRentalGateway.BackOffice.Security;

/// <summary>How long a sign-in lasts, from the "Sessions" configuration section; enforced for requests and open circuits.</summary>
public sealed class StaffSessionOptions
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

    /// <summary>What the sign-in page tells someone whose session ended; null when there is nothing to explain.</summary>
    public string? Explain(SessionEnd end) => end switch
    {
        SessionEnd.IdleTimeout => $"You were signed out after {Words(IdleTimeout)} without activity. Sign in to go on.",
        SessionEnd.LifetimeReached => $"You were signed out {Words(AbsoluteLifetime)} after signing in, as every session is. Sign in to go on.",
        SessionEnd.SignedOut => "You signed out. Sign in to go on.",
        _ => null,
    };

    private static string Words(TimeSpan span) =>
        span.TotalMinutes < 120 ? Count((int)span.TotalMinutes, "minute") : Count((int)span.TotalHours, "hour");

    private static string Count(int count, string unit) => count == 1 ? $"1 {unit}" : $"{count} {unit}s";
}
