using System.ComponentModel.DataAnnotations;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Suppliers;

namespace CarRentalGateway.BackOffice.Features.Suppliers;

/// <summary>
/// What the supplier dialog edits. The attributes give instant feedback on each field; the domain checks
/// the same rules again when saving, and its verdict is the one that counts.
/// </summary>
public sealed class SupplierForm
{
    [Required(ErrorMessage = "Enter a supplier code.")]
    [StringLength(SupplierCode.MaxLength, MinimumLength = SupplierCode.MinLength, ErrorMessage = "A supplier code has 2 to 20 characters.")]
    [RegularExpression("^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$", ErrorMessage = "Use letters, digits and single dashes between them, e.g. SIXT-EE.")]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "Enter the supplier's display name.")]
    [StringLength(SupplierDetails.NameMaxLength)]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Enter the supplier's legal name, as on its invoices.")]
    [StringLength(SupplierDetails.LegalNameMaxLength)]
    public string LegalName { get; set; } = "";

    [Required(ErrorMessage = "Choose a country.")]
    public string? CountryCode { get; set; }

    [Required(ErrorMessage = "Choose a currency.")]
    public string? CurrencyCode { get; set; }

    [StringLength(SupplierDetails.VatNumberMaxLength)]
    public string? VatNumber { get; set; }

    [Required(ErrorMessage = "Enter the reservations e-mail.")]
    [EmailAddress(ErrorMessage = "Enter a valid e-mail, e.g. reservations@supplier.com.")]
    [StringLength(EmailAddress.MaxLength)]
    public string ReservationsEmail { get; set; } = "";

    [EmailAddress(ErrorMessage = "Enter a valid e-mail, or leave it empty.")]
    [StringLength(EmailAddress.MaxLength)]
    public string? AccountingEmail { get; set; }

    [StringLength(SupplierDetails.PhoneMaxLength)]
    public string? Phone { get; set; }

    [StringLength(SupplierDetails.NotesMaxLength)]
    public string? Notes { get; set; }

    /// <summary>The version the user started editing; null for a new supplier.</summary>
    public Guid? Version { get; set; }

    public SupplierDetails ToDetails() => new(
        Name, LegalName, CountryCode ?? "", CurrencyCode ?? "", VatNumber, ReservationsEmail, AccountingEmail, Phone, Notes);

    public static SupplierForm From(SupplierView supplier) => new()
    {
        Code = supplier.Code,
        Name = supplier.Details.Name,
        LegalName = supplier.Details.LegalName,
        CountryCode = supplier.Details.CountryCode,
        CurrencyCode = supplier.Details.CurrencyCode,
        VatNumber = supplier.Details.VatNumber,
        ReservationsEmail = supplier.Details.ReservationsEmail,
        AccountingEmail = supplier.Details.AccountingEmail,
        Phone = supplier.Details.Phone,
        Notes = supplier.Details.Notes,
        Version = supplier.Version,
    };
}
