using Microsoft.AspNetCore.Identity;

namespace CarRentalGateway.BackOffice.Security;

/// <summary>A member of staff who signs in to the back office.</summary>
public sealed class ApplicationUser : IdentityUser
{
    public const int DisplayNameMaxLength = 100;

    /// <summary>The name shown in the app bar and in audit trails; the e-mail when empty.</summary>
    public string? DisplayName { get; set; }

    /// <summary>When an administrator disabled the account (UTC); null while it may sign in.</summary>
    public DateTime? DisabledAtUtc { get; set; }

    /// <summary>Set with a temporary password: the user must choose their own before anything else.</summary>
    public bool MustChangePassword { get; set; }
}
