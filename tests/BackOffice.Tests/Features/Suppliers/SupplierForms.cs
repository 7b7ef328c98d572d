using CarRentalGateway.BackOffice.Features.Suppliers;
using CarRentalGateway.BackOffice.Tests.Infrastructure;

namespace CarRentalGateway.BackOffice.Tests.Features.Suppliers;

/// <summary>Supplier forms as staff fill them in, and the shortcuts tests use to register suppliers.</summary>
public static class SupplierForms
{
    public static SupplierForm Valid(string code = "SIXT-EE", string name = "Sixt Estonia", string country = "EE", string currency = "EUR") => new()
    {
        Code = code,
        Name = name,
        LegalName = name + " AS",
        CountryCode = country,
        CurrencyCode = currency,
        VatNumber = "EE100200300",
        ReservationsEmail = "reservations@" + code.ToLowerInvariant() + ".example",
        AccountingEmail = "accounts@" + code.ToLowerInvariant() + ".example",
        Phone = "+372 600 1234",
        Notes = null,
    };

    /// <summary>A copy of <paramref name="form"/> with some fields changed.</summary>
    public static SupplierForm With(this SupplierForm form, Action<SupplierForm> change)
    {
        var copy = new SupplierForm
        {
            Code = form.Code,
            Name = form.Name,
            LegalName = form.LegalName,
            CountryCode = form.CountryCode,
            CurrencyCode = form.CurrencyCode,
            VatNumber = form.VatNumber,
            ReservationsEmail = form.ReservationsEmail,
            AccountingEmail = form.AccountingEmail,
            Phone = form.Phone,
            Notes = form.Notes,
            Version = form.Version,
        };
        change(copy);
        return copy;
    }

    /// <summary>Registers a supplier as an Admin would, and insists it worked; returns the stored code.</summary>
    public static async Task<string> RegisterAsync(this TestApp app, SupplierForm form, TestUser? by = null)
    {
        await using var session = app.As(by ?? TestUser.Ann);
        var created = await session.Suppliers.CreateAsync(form, CancellationToken.None);
        Assert.True(created.Succeeded, created.Error);
        return created.Value;
    }

    /// <summary>The supplier as its page loads it, for its version and details; fails if it does not exist.</summary>
    public static async Task<SupplierView> LoadAsync(this TestApp app, string code, TestUser? by = null)
    {
        await using var session = app.As(by ?? TestUser.Ann);
        var supplier = await session.Suppliers.FindAsync(code, CancellationToken.None);
        Assert.NotNull(supplier);
        return supplier;
    }
}
