namespace CarRentalGateway.BackOffice.Data.Auditing;

public enum AuditAction
{
    Created,
    Updated,
    Deleted,

    /// <summary>A report was downloaded: the entry's key names the report, its changes the period, filters and row count.</summary>
    Exported,

    // Security events (entity type "Account", keyed by the account's e-mail): see SecurityEvents.
    // A stored name is at most 20 characters, the column's length.
    SignedIn,
    SignInFailed,
    LockedOut,
    TwoFactorEnabled,
    TwoFactorDisabled,
    TwoFactorReset,
    RecoveryCodesRenewed,
    AccessDenied,

    /// <summary>A session ended: signed out, idle too long or at the end of its lifetime (see StaffSessions).</summary>
    SessionEnded,

    // Staff accounts, changed by an administrator (see StaffService).
    RolesChanged,
    AccountDisabled,
    AccountEnabled,
    TemporaryPassword,
}

/// <summary>
/// One change to one audited entity, or one security event: who, when (UTC), what, and each changed field old → new.
/// Written once and never changed or deleted by the application (<see cref="AuditingInterceptor"/> refuses it).
/// </summary>
public sealed class AuditEntry
{
    public const int EntityTypeMaxLength = 100;
    public const int EntityKeyMaxLength = 100;
    public const int UserNameMaxLength = 256;
    public const int ActionMaxLength = 20;

    public long Id { get; init; }

    public DateTime OccurredAtUtc { get; init; }

    /// <summary>
    /// The Identity user id; null for changes made by the system (seeding, start-up jobs) and for sign-in attempts
    /// with an e-mail no account has.
    /// </summary>
    public string? UserId { get; init; }

    public required string UserName { get; init; }

    public required string EntityType { get; init; }

    public required string EntityKey { get; init; }

    public AuditAction Action { get; init; }

    public required IReadOnlyList<FieldChange> Changes { get; init; }

    /// <summary>
    /// The save that wrote this entry: every entry of one SaveChanges shares it, and they commit with the change or not
    /// at all, so finding one answers "did that save land?" when its acknowledgement was lost. Null for security events.
    /// </summary>
    public Guid? SaveId { get; init; }
}

/// <summary>A field's value before and after, as invariant text; null where there was no value.</summary>
public sealed record FieldChange(string Field, string? Old, string? New);
