using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.BackOffice.Security;

namespace CarRentalGateway.BackOffice.Features.Shared;

/// <summary>Audit entries in the words staff and auditors read.</summary>
public static class AuditText
{
    public static string Action(AuditAction action) => action switch
    {
        AuditAction.Created => "Created",
        AuditAction.Updated => "Changed",
        AuditAction.Deleted => "Deleted",
        AuditAction.Exported => "Exported",
        AuditAction.SignedIn => "Signed in",
        AuditAction.SignInFailed => "Sign-in failed",
        AuditAction.LockedOut => "Locked out",
        AuditAction.TwoFactorEnabled => "Two-factor turned on",
        AuditAction.TwoFactorDisabled => "Two-factor turned off",
        AuditAction.TwoFactorReset => "Authenticator key reset",
        AuditAction.RecoveryCodesRenewed => "New recovery codes",
        AuditAction.AccessDenied => "Access denied",
        AuditAction.RolesChanged => "Roles changed",
        AuditAction.AccountDisabled => "Account disabled",
        AuditAction.AccountEnabled => "Account enabled",
        AuditAction.TemporaryPassword => "Temporary password given",
        _ => action.ToString(),
    };

    /// <summary>"FleetOffer" → "Fleet offer"; the security events' type reads as what it is.</summary>
    public static string EntityType(string entityType) => entityType switch
    {
        SecurityEvents.EntityType => "Account (security)",
        _ => Words(entityType),
    };

    /// <summary>
    /// "ReservationsEmail" → "Reservations email": property and type names as words; a part's field
    /// ("BookingNote.Text") as "Booking note: text".
    /// </summary>
    public static string Words(string name) =>
        string.Join(": ", name.Split('.').Select((part, i) => i == 0 ? WordsOf(part) : WordsOf(part).ToLowerInvariant()));

    private static string WordsOf(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) && !char.IsUpper(name[i - 1]) ? $" {char.ToLowerInvariant(c)}" : c.ToString()));
}
