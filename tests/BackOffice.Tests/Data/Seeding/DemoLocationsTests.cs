using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using CarRentalGateway.Core.Locations;
using CarRentalGateway.Core.Suppliers;
using Microsoft.EntityFrameworkCore;
using static CarRentalGateway.BackOffice.Tests.Features.Suppliers.SupplierForms;

namespace CarRentalGateway.BackOffice.Tests.Data.Seeding;

/// <summary>Demo data gives every demo supplier real-looking stations, and never touches anyone else's.</summary>
public sealed class DemoLocationsTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    [Theory, AllProviders]
    public async Task Every_demo_supplier_gets_an_airport_with_an_IATA_code_and_a_downtown_office_in_its_country_once(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);

        await app.Services.InitializeDatabaseAsync(migrate: false, demoData: true);
        var first = await LocationsAsync(app);
        await app.Services.InitializeDatabaseAsync(migrate: false, demoData: true);

        Assert.Equal(first.Count, (await LocationsAsync(app)).Count);
        await using var db = await app.OpenDbAsync();
        var suppliers = await db.Suppliers.AsNoTracking().ToListAsync();
        Assert.All(suppliers, supplier =>
        {
            var own = first.Where(l => l.SupplierId == supplier.Id).ToList();
            Assert.Contains(own, l => l.Type == LocationType.Airport && l.IataCode is { Length: 3 } && l.CountryCode == supplier.CountryCode);
            Assert.Contains(own, l => l.Type == LocationType.Downtown && l.CountryCode == supplier.CountryCode);
            Assert.All(own, l => Assert.Equal(supplier.Status != SupplierStatus.Offboarded, l.IsActive));
            Assert.All(own, l => Assert.True(l.AfterHoursFeeCurrency is null || l.AfterHoursFeeCurrency == supplier.CurrencyCode, l.Code));
        });
        Assert.All(first, l => Assert.Contains(l.TimeZoneId, LocationTimeZone.Choices));
        Assert.Contains(first, l => l.OpeningHours.Is24Hours);
        Assert.Contains(first, l => l.OpeningHours.On(DayOfWeek.Sunday).IsClosed);
        Assert.Contains(first, l => l.AfterHoursFeeMinor > 0);
        Assert.Contains(first, l => l.Type == LocationType.RailStation);
        Assert.Contains(["TLL", "RIX", "VNO", "HEL", "OSL", "ARN", "CPH", "KEF", "WAW", "BER", "LHR"], iata => first.Any(l => l.IataCode == iata));
    }

    [Theory, AllProviders]
    public async Task Demo_suppliers_without_locations_get_them_but_other_suppliers_never_do(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("REAL-EE", "A Real Supplier"));

        await app.Services.InitializeDatabaseAsync(migrate: false, demoData: true);

        Assert.Empty(await LocationsAsync(app));

        await using (var db = await app.OpenDbAsync())
        {
            db.Suppliers.Add(Supplier.Register("BALTICDRIVE-EE", Valid("BALTICDRIVE-EE", "Baltic Drive").ToDetails(), Guid.NewGuid()).Value);
            await db.SaveChangesAsync();
        }

        await app.Services.InitializeDatabaseAsync(migrate: false, demoData: true);

        var locations = await LocationsAsync(app);
        Assert.NotEmpty(locations);
        await using var check = await app.OpenDbAsync();
        var demoSupplierId = await check.Suppliers.Where(s => s.Code == "BALTICDRIVE-EE").Select(s => s.Id).SingleAsync();
        Assert.All(locations, l => Assert.Equal(demoSupplierId, l.SupplierId));
    }

    private static async Task<List<Location>> LocationsAsync(TestApp app)
    {
        await using var db = await app.OpenDbAsync();
        return await db.Locations.AsNoTracking().OrderBy(l => l.Code).ToListAsync();
    }
}
