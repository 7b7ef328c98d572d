using CarRentalGateway.Core.Suppliers;

namespace CarRentalGateway.Core.Tests.Suppliers;

public class SupplierTests
{
    internal static SupplierDetails ValidDetails() => new(
        "Baltic Drive", "Baltic Drive OÜ", "EE", "EUR", "EE101234567",
        "reservations@balticdrive.example", "accounts@balticdrive.example", "+372 600 1234", null);

    [Fact]
    public void A_registered_supplier_is_active_with_its_normalised_code_and_details()
    {
        var id = Guid.NewGuid();

        var supplier = Supplier.Register("balticdrive-ee", ValidDetails() with { Name = "  Baltic Drive  ", CountryCode = "ee" }, id).Value;

        Assert.Equal(id, supplier.Id);
        Assert.Equal("BALTICDRIVE-EE", supplier.Code);
        Assert.Equal(SupplierStatus.Active, supplier.Status);
        Assert.Equal("Baltic Drive", supplier.Name);
        Assert.Equal("EE", supplier.CountryCode);
    }

    [Fact]
    public void Blank_optional_fields_are_stored_as_empty_not_as_spaces()
    {
        var supplier = Supplier.Register("BD-EE", ValidDetails() with { VatNumber = " ", AccountingEmail = "", Phone = "  ", Notes = "\n" }, Guid.NewGuid()).Value;

        Assert.Null(supplier.VatNumber);
        Assert.Null(supplier.AccountingEmail);
        Assert.Null(supplier.Phone);
        Assert.Null(supplier.Notes);
    }

    public static TheoryData<SupplierDetails, string> InvalidDetails() => new()
    {
        { ValidDetails() with { Name = " " }, nameof(SupplierDetails.Name) },
        { ValidDetails() with { Name = new string('x', SupplierDetails.NameMaxLength + 1) }, nameof(SupplierDetails.Name) },
        { ValidDetails() with { LegalName = "" }, nameof(SupplierDetails.LegalName) },
        { ValidDetails() with { CountryCode = "XX" }, nameof(SupplierDetails.CountryCode) },
        { ValidDetails() with { CountryCode = "EST" }, nameof(SupplierDetails.CountryCode) },
        { ValidDetails() with { CurrencyCode = "EURO" }, nameof(SupplierDetails.CurrencyCode) },
        { ValidDetails() with { CurrencyCode = "XAU" }, nameof(SupplierDetails.CurrencyCode) },
        { ValidDetails() with { ReservationsEmail = "reservations" }, nameof(SupplierDetails.ReservationsEmail) },
        { ValidDetails() with { ReservationsEmail = "res@localhost" }, nameof(SupplierDetails.ReservationsEmail) },
        { ValidDetails() with { ReservationsEmail = "Desk <res@balticdrive.example>" }, nameof(SupplierDetails.ReservationsEmail) },
        { ValidDetails() with { AccountingEmail = "accounts@" }, nameof(SupplierDetails.AccountingEmail) },
        { ValidDetails() with { Phone = "call us" }, nameof(SupplierDetails.Phone) },
        { ValidDetails() with { Phone = "+372 600 1234 ext. 5" }, nameof(SupplierDetails.Phone) },
        { ValidDetails() with { VatNumber = new string('1', SupplierDetails.VatNumberMaxLength + 1) }, nameof(SupplierDetails.VatNumber) },
        { ValidDetails() with { Notes = new string('n', SupplierDetails.NotesMaxLength + 1) }, nameof(SupplierDetails.Notes) },
    };

    [Theory]
    [MemberData(nameof(InvalidDetails))]
    public void Invalid_details_are_refused_naming_the_field_at_fault(SupplierDetails details, string field)
    {
        var registered = Supplier.Register("BD-EE", details, Guid.NewGuid());

        Assert.True(registered.Failed);
        Assert.Equal(field, registered.Field);
        Assert.False(string.IsNullOrWhiteSpace(registered.Error));
    }

    [Fact]
    public void Refused_details_leave_the_supplier_as_it_was()
    {
        var supplier = Supplier.Register("BD-EE", ValidDetails(), Guid.NewGuid()).Value;

        var updated = supplier.UpdateDetails(ValidDetails() with { Name = "New name", ReservationsEmail = "broken" });

        Assert.True(updated.Failed);
        Assert.Equal("Baltic Drive", supplier.Name);
        Assert.Equal("reservations@balticdrive.example", supplier.ReservationsEmail);
    }

    [Fact]
    public void Valid_details_replace_the_old_ones()
    {
        var supplier = Supplier.Register("BD-EE", ValidDetails(), Guid.NewGuid()).Value;

        var updated = supplier.UpdateDetails(ValidDetails() with { Name = "Baltic Drive Tallinn", CurrencyCode = "usd" });

        Assert.True(updated.Succeeded);
        Assert.Equal("Baltic Drive Tallinn", supplier.Name);
        Assert.Equal("USD", supplier.CurrencyCode);
        Assert.Equal("BD-EE", supplier.Code);
    }
}
