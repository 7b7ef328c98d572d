using System.ComponentModel.DataAnnotations;
using CarRentalGateway.BackOffice.Data.Auditing;
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
    [StringLength(SupplierDetails.NameMaxLength, ErrorMessage = "The display name is at most {1} characters.")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Enter the supplier's legal name, as on its invoices.")]
    [StringLength(SupplierDetails.LegalNameMaxLength, ErrorMessage = "The legal name is at most {1} characters.")]
    public string LegalName { get; set; } = "";

    [Required(ErrorMessage = "Choose a country.")]
    public string? CountryCode { get; set; }

    [Required(ErrorMessage = "Choose a currency.")]
    public string? CurrencyCode { get; set; }

    [StringLength(SupplierDetails.VatNumberMaxLength, ErrorMessage = "The VAT number is at most {1} characters.")]
    public string? VatNumber { get; set; }

    [Required(ErrorMessage = "Enter the reservations e-mail.")]
    [EmailAddress(ErrorMessage = "Enter a valid e-mail, e.g. reservations@supplier.com.")]
    [StringLength(EmailAddress.MaxLength, ErrorMessage = "An e-mail is at most {1} characters.")]
    public string ReservationsEmail { get; set; } = "";

    [EmailAddress(ErrorMessage = "Enter a valid e-mail, or leave it empty.")]
    [StringLength(EmailAddress.MaxLength, ErrorMessage = "An e-mail is at most {1} characters.")]
    public string? AccountingEmail { get; set; }

    [StringLength(SupplierDetails.PhoneMaxLength, ErrorMessage = "A phone number is at most {1} characters.")]
    public string? Phone { get; set; }

    [StringLength(SupplierDetails.NotesMaxLength, ErrorMessage = "Notes are at most {1} characters.")]
    public string? Notes { get; set; }

    /// <summary>The version the user started editing; null for a new supplier.</summary>
    public Guid? Version { get; set; }

    public SupplierDetails ToDetails() => new(
        Name, LegalName, CountryCode ?? "", CurrencyCode ?? "", VatNumber, ReservationsEmail, AccountingEmail, Phone, Notes);

    /// <summary>The labels of the fields a person edits, in the dialog's order.</summary>
    public static IReadOnlyList<(string Property, string Label)> EditableFields { get; } =
    [
        (nameof(Name), "Display name"),
        (nameof(LegalName), "Legal name"),
        (nameof(CountryCode), "Country"),
        (nameof(CurrencyCode), "Currency"),
        (nameof(ReservationsEmail), "Reservations e-mail"),
        (nameof(AccountingEmail), "Accounting e-mail"),
        (nameof(Phone), "Phone"),
        (nameof(VatNumber), "VAT number"),
        (nameof(Notes), "Notes"),
    ];

    /// <summary>The editable fields whose values differ, as label, <paramref name="theirs"/> → <paramref name="yours"/>.</summary>
    public static IReadOnlyList<FieldChange> Differences(SupplierForm theirs, SupplierForm yours) =>
        EditableFields
            .Select(field => (field.Label, Theirs: ValueOf(theirs, field.Property), Yours: ValueOf(yours, field.Property)))
            .Where(field => !string.Equals(field.Theirs, field.Yours, StringComparison.Ordinal))
            .Select(field => new FieldChange(field.Label, field.Theirs, field.Yours))
            .ToList();

    private static string? ValueOf(SupplierForm form, string property) =>
        typeof(SupplierForm).GetProperty(property)!.GetValue(form) is string value && !string.IsNullOrWhiteSpace(value)
            ? value.Trim()
            : null;

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
