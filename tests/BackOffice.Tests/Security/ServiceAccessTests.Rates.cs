using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.BackOffice.Features.Rates;
using CarRentalGateway.BackOffice.Features.Suppliers;
using CarRentalGateway.BackOffice.Tests.Features.Rates;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Fleet;
using CarRentalGateway.Core.Rates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarRentalGateway.BackOffice.Tests.Security;

/// <summary>
/// Rates, extras and one-way fees in the access matrix: SIXT-EE gets a CDMR offer at TLL-AIRPORT with fallback rates
/// and a summer season (2026-06-01 – 2026-08-31), a GPS extra, and a one-way fee TLL-AIRPORT → TLL-PORT.
/// </summary>
public sealed partial class ServiceAccessTests
{
    // A static constructor runs after every static field initializer of both files, so Matrix exists by then.
    static ServiceAccessTests()
    {
        foreach (var (method, entry) in RatesMatrix().Concat(QuoteMatrix()).Concat(PricingMatrix()).Concat(BookingsMatrix()).Concat(ReportsMatrix()).Concat(StaffMatrix()).Concat(AuditMatrix()))
        {
            Matrix.Add(method, entry);
        }
    }

    private static Dictionary<string, (string[] Roles, Func<UserSession, SupplierView, Task> Call)> RatesMatrix() => new()
    {
        ["RatesService.RatesForOfferAsync"] = (AllStaff, async (s, _) =>
            Assert.Single((await s.Rates().RatesForOfferAsync((await RatesKeysAsync(s)).OfferId, None))!.Seasons)),
        ["RatesService.ContextAsync"] = (AllStaff, async (s, _) =>
            Assert.Single((await s.Rates().ContextAsync((await RatesKeysAsync(s)).OfferId, None))!.Extras)),
        ["RatesService.SetFallbackAsync"] = (AdminOnly, async (s, _) =>
        {
            var keys = await RatesKeysAsync(s);
            var form = RatesArrange.Fallback(46m, 40m, 35m, 30m);
            form.Version = keys.RatesVersion;
            Succeeded(await s.Rates().SetFallbackAsync(keys.OfferId, form, None));
        }),
        ["RatesService.AddSeasonAsync"] = (AdminOnly, async (s, _) =>
        {
            var keys = await RatesKeysAsync(s);
            var form = RatesArrange.Season("Winter", "2026-12-01", "2027-02-28", 50m, 45m, 40m, 35m);
            form.Version = keys.RatesVersion;
            Succeeded(await s.Rates().AddSeasonAsync(keys.OfferId, form, None));
        }),
        ["RatesService.UpdateSeasonAsync"] = (AdminOnly, async (s, _) =>
        {
            var keys = await RatesKeysAsync(s);
            var form = RatesArrange.Season("High summer", "2026-06-01", "2026-08-31", 60m, 55m, 50m, 45m);
            form.Version = keys.RatesVersion;
            Succeeded(await s.Rates().UpdateSeasonAsync(keys.OfferId, keys.SeasonId, form, None));
        }),
        ["RatesService.RemoveSeasonAsync"] = (AdminOnly, async (s, _) =>
        {
            var keys = await RatesKeysAsync(s);
            Succeeded(await s.Rates().RemoveSeasonAsync(keys.OfferId, keys.SeasonId, keys.RatesVersion, None));
        }),
        ["RatesService.QuoteBaseAsync"] = (AllStaff, async (s, _) =>
        {
            var keys = await RatesKeysAsync(s);
            var quote = await s.Rates().QuoteBaseAsync(keys.OfferId, new DateTime(2026, 7, 6, 10, 0, 0), new DateTime(2026, 7, 8, 10, 0, 0), null, [], None);
            Succeeded(quote);
        }),
        ["ExtrasService.ExtrasForSupplierAsync"] = (AllStaff, async (s, v) =>
            Assert.Single(await s.Extras().ExtrasForSupplierAsync(v.Code, None))),
        ["ExtrasService.CreateExtraAsync"] = (AdminOnly, async (s, v) =>
            Succeeded(await s.Extras().CreateExtraAsync(v.Code, new ExtraForm { Kind = ExtraKind.ChildSeat, Name = "Child seat", Price = 7m }, None))),
        ["ExtrasService.UpdateExtraAsync"] = (AdminOnly, async (s, v) =>
        {
            var keys = await RatesKeysAsync(s);
            Succeeded(await s.Extras().UpdateExtraAsync(keys.ExtraId, new ExtraForm { Kind = ExtraKind.Gps, Name = "GPS", Price = 9m, Version = keys.ExtraVersion }, None));
        }),
        ["ExtrasService.DeleteExtraAsync"] = (AdminOnly, async (s, v) =>
        {
            var keys = await RatesKeysAsync(s);
            Succeeded(await s.Extras().DeleteExtraAsync(keys.ExtraId, keys.ExtraVersion, None));
        }),
        ["ExtrasService.OneWayFeesForSupplierAsync"] = (AllStaff, async (s, v) =>
            Assert.Single(await s.Extras().OneWayFeesForSupplierAsync(v.Code, None))),
        ["ExtrasService.CreateOneWayFeeAsync"] = (AdminOnly, async (s, v) =>
        {
            var keys = await RatesKeysAsync(s);
            Succeeded(await s.Extras().CreateOneWayFeeAsync(v.Code, new OneWayFeeForm { FromLocationId = keys.PortId, ToLocationId = keys.AirportId, Fee = 10m }, None));
        }),
        ["ExtrasService.UpdateOneWayFeeAsync"] = (AdminOnly, async (s, v) =>
        {
            var keys = await RatesKeysAsync(s);
            Succeeded(await s.Extras().UpdateOneWayFeeAsync(keys.FeeId, new OneWayFeeForm { Fee = 30m, Version = keys.FeeVersion }, None));
        }),
        ["ExtrasService.DeleteOneWayFeeAsync"] = (AdminOnly, async (s, v) =>
        {
            var keys = await RatesKeysAsync(s);
            Succeeded(await s.Extras().DeleteOneWayFeeAsync(keys.FeeId, keys.FeeVersion, None));
        }),
    };

    private sealed record RatesKeys(
        Guid OfferId, Guid RatesVersion, Guid SeasonId, Guid ExtraId, Guid ExtraVersion, Guid FeeId, Guid FeeVersion, Guid AirportId, Guid PortId);

    /// <summary>Only for the rates and extras methods: an offer and a fee refer to TLL-AIRPORT, which a location case deletes.</summary>
    private static async Task AddRatesAsync(TestApp app, string method)
    {
        if (!RatesMatrix().ContainsKey(method))
        {
            return;
        }

        await using var db = await app.OpenDbAsync();
        var supplierId = await db.Suppliers.Select(s => s.Id).SingleAsync();
        var airport = await db.Locations.SingleAsync(l => l.Code == "TLL-AIRPORT");
        var port = await db.Locations.SingleAsync(l => l.Code == "TLL-PORT");
        var offer = FleetOffer.Create(Guid.NewGuid(), supplierId, airport.Id, RatesArrange.OfferDetails(), "EUR").Value;
        var rates = OfferRates.Create(offer.Id, EuroRates(4500, 4000, 3500, 3000));
        Assert.True(rates.AddSeason(Guid.NewGuid(), "Summer", DateRange.Create(new DateOnly(2026, 6, 1), new DateOnly(2026, 8, 31)).Value, EuroRates(6000, 5500, 5000, 4500)).Succeeded);
        var gps = SupplierExtra.Create(Guid.NewGuid(), supplierId, new SupplierExtraDetails(ExtraKind.Gps, "GPS", ExtraPriceBasis.PerDay, Money.Of(800, "EUR"), null), "EUR").Value;
        db.AddRange(offer, rates, gps, OneWayFee.Create(Guid.NewGuid(), airport, port, Money.Of(2500, "EUR"), "EUR").Value);
        await db.SaveChangesAsync();
    }

    private static BandRates EuroRates(params long[] minorUnits) =>
        BandRates.Create(RentalLengthBands.Standard, minorUnits.Select(m => Money.Of(m, "EUR")).ToArray()).Value;

    /// <summary>The arranged rates, extra and fee with their versions, read straight from the database.</summary>
    private static async Task<RatesKeys> RatesKeysAsync(UserSession session)
    {
        await using var db = await session.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var rates = await db.OfferRates.AsNoTracking()
            .Select(r => new { r.OfferId, Version = EF.Property<Guid>(r, AuditingModelExtensions.VersionProperty) }).SingleAsync();
        var season = await db.Seasons.AsNoTracking().Where(s => s.Name == "Summer").Select(s => s.Id).SingleAsync();
        var extra = await db.SupplierExtras.AsNoTracking()
            .Select(e => new { e.Id, Version = EF.Property<Guid>(e, AuditingModelExtensions.VersionProperty) }).SingleAsync();
        var fee = await db.OneWayFees.AsNoTracking()
            .Select(f => new { f.Id, Version = EF.Property<Guid>(f, AuditingModelExtensions.VersionProperty) }).SingleAsync();
        var airport = await db.Locations.Where(l => l.Code == "TLL-AIRPORT").Select(l => l.Id).SingleAsync();
        var port = await db.Locations.Where(l => l.Code == "TLL-PORT").Select(l => l.Id).SingleAsync();
        return new RatesKeys(rates.OfferId, rates.Version, season, extra.Id, extra.Version, fee.Id, fee.Version, airport, port);
    }

    /// <summary>Everything a refused rates call could have changed.</summary>
    private static async Task<string> RatesSnapshotAsync(TestApp app)
    {
        await using var db = await app.OpenDbAsync();
        var rates = await db.OfferRates.AsNoTracking()
            .Select(r => new { r.Fallback, Version = EF.Property<Guid>(r, AuditingModelExtensions.VersionProperty) }).ToListAsync();
        var seasons = await db.Seasons.AsNoTracking().OrderBy(s => s.From).Select(s => new { s.Name, s.From, s.To, s.Rates }).ToListAsync();
        var extras = await db.SupplierExtras.AsNoTracking().OrderBy(e => e.Name)
            .Select(e => new { e.Name, e.PriceMinor, Version = EF.Property<Guid>(e, AuditingModelExtensions.VersionProperty) }).ToListAsync();
        var fees = await db.OneWayFees.AsNoTracking().OrderBy(f => f.FeeMinor)
            .Select(f => new { f.FeeMinor, Version = EF.Property<Guid>(f, AuditingModelExtensions.VersionProperty) }).ToListAsync();
        return string.Join("; ", rates) + "; " + string.Join("; ", seasons) + "; " + string.Join("; ", extras) + "; " + string.Join("; ", fees);
    }
}
