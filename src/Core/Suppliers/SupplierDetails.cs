using CarRentalGateway.Core.Common;

namespace CarRentalGateway.Core.Suppliers;

/// <summary>The editable facts about a supplier, checked together before they reach the entity.</summary>
public sealed record SupplierDetails(
    string Name,
    string LegalName,
    string CountryCode,
    string CurrencyCode,
    string? VatNumber,
    string ReservationsEmail,
    string? AccountingEmail,
    string? Phone,
    string? Notes)
{
    public const int NameMaxLength = 100;
    public const int LegalNameMaxLength = 200;
    public const int VatNumberMaxLength = 20;
    public const int PhoneMaxLength = 30;
    public const int NotesMaxLength = 2000;

    /// <summary>Trims every field and turns blank optional fields into null, so "  " is never stored.</summary>
    public SupplierDetails Normalized() => new(
        Name.Trim(),
        LegalName.Trim(),
        CountryCode.Trim().ToUpperInvariant(),
        CurrencyCode.Trim().ToUpperInvariant(),
        Blank(VatNumber)?.ToUpperInvariant(),
        ReservationsEmail.Trim(),
        Blank(AccountingEmail),
        Blank(Phone),
        Blank(Notes));

    /// <summary>The first rule these details break, naming the field; success when they break none.</summary>
    public Result Validate()
    {
        if (Name.Length == 0)
        {
            return Result.Fail("Enter the supplier's display name.", nameof(Name));
        }

        if (Name.Length > NameMaxLength)
        {
            return Result.Fail($"The display name is at most {NameMaxLength} characters.", nameof(Name));
        }

        if (LegalName.Length == 0)
        {
            return Result.Fail("Enter the supplier's legal name, as on its invoices.", nameof(LegalName));
        }

        if (LegalName.Length > LegalNameMaxLength)
        {
            return Result.Fail($"The legal name is at most {LegalNameMaxLength} characters.", nameof(LegalName));
        }

        if (!Countries.IsKnown(CountryCode))
        {
            return Result.Fail("Choose a country from the list.", nameof(CountryCode));
        }

        if (!Currencies.IsKnown(CurrencyCode))
        {
            return Result.Fail("Choose a currency from the list.", nameof(CurrencyCode));
        }

        if (VatNumber is { Length: > VatNumberMaxLength })
        {
            return Result.Fail($"The VAT number is at most {VatNumberMaxLength} characters.", nameof(VatNumber));
        }

        if (!EmailAddress.IsValid(ReservationsEmail))
        {
            return Result.Fail("Enter a valid reservations e-mail, e.g. reservations@supplier.com.", nameof(ReservationsEmail));
        }

        if (AccountingEmail is not null && !EmailAddress.IsValid(AccountingEmail))
        {
            return Result.Fail("Enter a valid accounting e-mail, or leave it empty.", nameof(AccountingEmail));
        }

        if (Phone is not null && !PhoneNumber.IsPlausible(Phone, PhoneMaxLength))
        {
            return Result.Fail("Enter the phone number with digits, spaces and an optional leading +.", nameof(Phone));
        }

        if (Notes is { Length: > NotesMaxLength })
        {
            return Result.Fail($"Notes are at most {NotesMaxLength} characters.", nameof(Notes));
        }

        return Result.Ok();
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
