namespace CarRentalGateway.BackOffice.Security;

/// <summary>Why a session ended; shown on the sign-in page and kept in the audit log.</summary>
public enum SessionEnd
{
    SignedOut,

    /// <summary>Nothing was done in it (no request, no click) for the configured idle time.</summary>
    IdleTimeout,

    /// <summary>It reached the configured lifetime since signing in, however busy it was.</summary>
    LifetimeReached,

    /// <summary>The cookie names no session this database knows.</summary>
    Unknown,
}

/// <summary>
/// One sign-in, from the password (and code) to signing out or timing out, kept on the server. The sign-in cookie and
/// every open page of it carry its <see cref="Id"/>; ending the row ends them all, on every instance.
/// </summary>
public sealed class StaffSession
{
    public const int IdLength = 32;

    public required string Id { get; init; }

    public required string UserId { get; init; }

    public DateTime StartedAtUtc { get; init; }

    /// <summary>The last request or click seen, to within a minute (see <see cref="StaffSessions"/>).</summary>
    public DateTime LastActivityAtUtc { get; init; }

    // Written by StaffSessions with one conditional UPDATE, so two requests never both end it.
    public DateTime? EndedAtUtc { get; private init; }

    public SessionEnd? EndedBecause { get; private init; }
}
