using CarRentalGateway.Core.Common;

namespace CarRentalGateway.Core.Suppliers;

/// <summary>A rental company whose cars we sell: international brand or local firm.</summary>
public sealed class Supplier
{
    // Materialization by EF Core, which sets the properties itself.
    private Supplier() => Code = "";

    private Supplier(Guid id, string code, SupplierDetails details)
    {
        Id = id;
        Code = code;
        Apply(details);
    }

    public Guid Id { get; private set; }

    /// <summary>Never changes after registration: bookings, contracts and supplier feeds refer to it.</summary>
    public string Code { get; private set; }

    public string Name { get; private set; } = "";

    public string LegalName { get; private set; } = "";

    public string CountryCode { get; private set; } = "";

    public string CurrencyCode { get; private set; } = "";

    public string? VatNumber { get; private set; }

    public string ReservationsEmail { get; private set; } = "";

    public string? AccountingEmail { get; private set; }

    public string? Phone { get; private set; }

    public string? Notes { get; private set; }

    public SupplierStatus Status { get; private set; }

    public SupplierDetails Details =>
        new(Name, LegalName, CountryCode, CurrencyCode, VatNumber, ReservationsEmail, AccountingEmail, Phone, Notes);

    /// <summary>Registers a new, active supplier. Uniqueness of the code is checked by whoever stores it.</summary>
    public static Result<Supplier> Register(string code, SupplierDetails details, Guid id)
    {
        var parsedCode = SupplierCode.Parse(code);
        if (parsedCode.Failed)
        {
            return Result.Fail<Supplier>(parsedCode.Error!, parsedCode.Field);
        }

        var normalized = details.Normalized();
        var valid = normalized.Validate();
        return valid.Failed
            ? Result.Fail<Supplier>(valid.Error!, valid.Field)
            : Result.Ok(new Supplier(id, parsedCode.Value.Value, normalized));
    }

    public Result UpdateDetails(SupplierDetails details)
    {
        var normalized = details.Normalized();
        var valid = normalized.Validate();
        if (valid.Succeeded)
        {
            Apply(normalized);
        }

        return valid;
    }

    public Result ChangeStatus(SupplierStatus target)
    {
        var allowed = SupplierStatusTransitions.Check(Status, target);
        if (allowed.Succeeded)
        {
            Status = target;
        }

        return allowed;
    }

    private void Apply(SupplierDetails details)
    {
        Name = details.Name;
        LegalName = details.LegalName;
        CountryCode = details.CountryCode;
        CurrencyCode = details.CurrencyCode;
        VatNumber = details.VatNumber;
        ReservationsEmail = details.ReservationsEmail;
        AccountingEmail = details.AccountingEmail;
        Phone = details.Phone;
        Notes = details.Notes;
    }
}
