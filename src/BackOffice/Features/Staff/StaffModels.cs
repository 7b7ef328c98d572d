using System.ComponentModel.DataAnnotations;
using CarRentalGateway.BackOffice.Security;

namespace CarRentalGateway.BackOffice.Features.Staff;

public enum StaffStatus
{
    Active,
    Disabled,

    /// <summary>Locked out for a while after too many wrong passwords.</summary>
    LockedOut,
}

/// <summary>What the staff list asks for: e-mail or name by its start, a role, a status, and the page.</summary>
public sealed record StaffQuery
{
    public const int DefaultPageSize = 50;

    public string? Text { get; init; }

    public string? Role { get; init; }

    public StaffStatus? Status { get; init; }

    public int Page { get; init; }

    public int PageSize { get; init; } = DefaultPageSize;
}

/// <summary>A member of staff as the list shows them; <paramref name="TwoFactorRequired"/> when one of their roles requires it.</summary>
public sealed record StaffRow(
    string Id, string Email, string? DisplayName, IReadOnlyList<string> Roles, StaffStatus Status, bool TwoFactorEnabled,
    bool TwoFactorRequired, bool MustChangePassword);

/// <summary>A new account as the create dialog holds it.</summary>
public sealed class NewStaffForm
{
    public const string EmailMessage = "This is not an e-mail address, e.g. anna@carrentalgateway.example.";

    [Required(ErrorMessage = "Give the person's work e-mail.")]
    [EmailAddress(ErrorMessage = EmailMessage)]
    [StringLength(Core.Common.EmailAddress.MaxLength, ErrorMessage = "An e-mail has at most {1} characters.")]
    public string? Email { get; set; }

    [Required(ErrorMessage = "Give the person's name, as colleagues and the audit log will see it.")]
    [StringLength(ApplicationUser.DisplayNameMaxLength, ErrorMessage = "A name has at most {1} characters.")]
    public string? DisplayName { get; set; }

    public HashSet<string> Roles { get; set; } = [];
}

/// <summary>An account just created or reset: its temporary password, shown once to the administrator to hand over.</summary>
public sealed record TemporaryAccess(string UserId, string Email, string TemporaryPassword);
