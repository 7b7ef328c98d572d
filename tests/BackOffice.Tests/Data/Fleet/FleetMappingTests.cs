using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.BackOffice.Tests.Features.Locations;
using CarRentalGateway.BackOffice.Tests.Features.Suppliers;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Fleet;
using CarRentalGateway.Core.Rates;
using Microsoft.EntityFrameworkCore;

namespace CarRentalGateway.BackOffice.Tests.Data.Fleet;

/// <summary>Fleet offers, their seasonal rates, extras and one-way fees are stored and read back exactly, and audited.</summary>
public sealed class FleetMappingTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private static readonly DateOnly SummerStart = new(2027, 6, 1);

    [Theory, AllProviders]
    public async Task An_offer_with_seasonal_rates_reads_back_exactly(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        var (supplierId, airportId, cityId) = await SupplierWithTwoStationsAsync(app);
        var offer = FleetOffer.Create(Guid.NewGuid(), supplierId, airportId, OfferDetails(), "EUR").Value;
        var rates = OfferRates.Create(offer.Id, Rates(4500, 4000, 3500, 3000));
        var summer = rates.AddSeason(Guid.NewGuid(), "Summer 2027", DateRange.Create(SummerStart, SummerStart.AddDays(91)).Value, Rates(6000, 5500, 5000, 4500));
        Assert.True(summer.Succeeded, summer.Error);
        var gps = SupplierExtra.Create(Guid.NewGuid(), supplierId, new SupplierExtraDetails(ExtraKind.Gps, "GPS", ExtraPriceBasis.PerDay, Money.Of(800, "EUR"), Money.Of(4000, "EUR")), "EUR").Value;

        await using (var db = await app.OpenDbAsync())
        {
            var airport = await db.Locations.SingleAsync(l => l.Id == airportId);
            var city = await db.Locations.SingleAsync(l => l.Id == cityId);
            db.AddRange(offer, rates, gps, OneWayFee.Create(Guid.NewGuid(), airport, city, Money.Of(2500, "EUR"), "EUR").Value);
            await db.SaveChangesAsync();
        }

        await using (var db = await app.OpenDbAsync())
        {
            var stored = await db.OfferRates.WithSeasons().SingleAsync(r => r.OfferId == offer.Id);
            Assert.Equal(rates.Fallback, stored.Fallback);
            Assert.Equal(RentalLengthBands.Standard, stored.Bands);
            var season = Assert.Single(stored.Seasons);
            Assert.Equal(("Summer 2027", SummerStart), (season.Name, season.From));
            Assert.Equal(Rates(6000, 5500, 5000, 4500), season.Rates);
            Assert.Equal("CDMR", (await db.FleetOffers.SingleAsync()).AcrissCode.Value);
            Assert.Equal(Money.Of(4000, "EUR"), (await db.SupplierExtras.SingleAsync()).Cap);
            Assert.Equal(Money.Of(2500, "EUR"), (await db.OneWayFees.SingleAsync()).Fee);

            // Rates are audited in the words people read, not as minor units.
            var seasonEntry = await db.AuditEntries.SingleAsync(a => a.EntityType == nameof(Season));
            Assert.Contains(seasonEntry.Changes, c => c.Field == nameof(Season.Rates) && c.New == "1-2: 60.00 EUR; 3-6: 55.00 EUR; 7-13: 50.00 EUR; 14+: 45.00 EUR");
            Assert.Equal(AuditAction.Created, seasonEntry.Action);
        }
    }

    [Theory, AllProviders]
    public async Task A_second_offer_of_the_same_category_at_one_station_is_refused_by_the_database(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        var (supplierId, airportId, _) = await SupplierWithTwoStationsAsync(app);
        await using var db = await app.OpenDbAsync();
        db.AddRange(
            FleetOffer.Create(Guid.NewGuid(), supplierId, airportId, OfferDetails(), "EUR").Value,
            FleetOffer.Create(Guid.NewGuid(), supplierId, airportId, OfferDetails() with { SampleModel = "VW Golf" }, "EUR").Value);

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Theory, AllProviders]
    public async Task A_station_a_one_way_fee_points_to_cannot_be_deleted_only_deactivated(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        var (_, airportId, cityId) = await SupplierWithTwoStationsAsync(app);
        await using (var db = await app.OpenDbAsync())
        {
            var airport = await db.Locations.SingleAsync(l => l.Id == airportId);
            var city = await db.Locations.SingleAsync(l => l.Id == cityId);
            db.Add(OneWayFee.Create(Guid.NewGuid(), airport, city, Money.Of(2500, "EUR"), "EUR").Value);
            await db.SaveChangesAsync();
        }

        await using var admin = app.As(TestUser.Ann);
        var station = await admin.Locations.FindAsync(cityId, CancellationToken.None);
        var deleted = await admin.Locations.DeleteAsync(cityId, station!.Version, CancellationToken.None);

        Assert.True(deleted.Failed);
        Assert.Contains("1 one-way fee", deleted.Error, StringComparison.Ordinal);
        Assert.Contains("Deactivate it instead", deleted.Error, StringComparison.Ordinal);
    }

    private static async Task<(Guid Supplier, Guid Airport, Guid City)> SupplierWithTwoStationsAsync(TestApp app)
    {
        var code = $"FLEET-{Guid.NewGuid():N}"[..14].ToUpperInvariant();
        await app.RegisterAsync(SupplierForms.Valid(code, "Fleet Test Rentals"));
        var airport = await app.AddLocationAsync(code, LocationForms.ValidLocation());
        var city = await app.AddLocationAsync(code, LocationForms.ValidLocation("TLL-CITY", "Tallinn City", Core.Locations.LocationType.Downtown));
        await using var db = await app.OpenDbAsync();
        var supplierId = await db.Suppliers.Where(s => s.Code == code).Select(s => s.Id).SingleAsync();
        return (supplierId, airport, city);
    }

    private static FleetOfferDetails OfferDetails() => new(
        "CDMR", "Toyota Corolla", Seats: 5, Doors: 5, Bags: 3, MileagePolicy.Unlimited, Money.Of(30_000, "EUR"),
        MinimumDriverAge: 21, YoungDriverAge: 25, YoungDriverDailyFee: Money.Of(1_500, "EUR"), DailyAllocation: 5);

    private static BandRates Rates(params long[] minorUnits) =>
        BandRates.Create(RentalLengthBands.Standard, minorUnits.Select(m => Money.Of(m, "EUR")).ToArray()).Value;
}
