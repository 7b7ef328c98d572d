using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Fleet;
using CarRentalGateway.Core.Locations;
using CarRentalGateway.Core.Rates;
using Microsoft.EntityFrameworkCore;

namespace CarRentalGateway.BackOffice.Data.Seeding;

/// <summary>
/// Demo fleets and rates: every active station of a demo supplier offers a few categories (more at airports),
/// each with a fallback rate per band and four seasons around today; every supplier has the usual extras and
/// one-way fees between its stations. Prices are set in euros and converted to the supplier's currency.
/// </summary>
internal sealed partial class DemoDataSeeder
{
    private static readonly DemoCategory[] AirportFleet =
    [
        new("ECMR", "Škoda Fabia", 5, 5, 2, 45),
        new("CDMR", "Toyota Corolla", 5, 5, 3, 55),
        new("CDAR", "Volkswagen Golf automatic", 5, 5, 3, 62),
        new("IFAR", "Toyota RAV4", 5, 5, 4, 85),
        new("PDAR", "BMW 5 Series", 5, 4, 4, 130),
        new("FVMR", "Ford Tourneo Custom", 9, 4, 6, 120),
    ];

    private static readonly DemoCategory[] TownFleet =
    [
        new("ECMR", "Škoda Fabia", 5, 5, 2, 40),
        new("CDMR", "Toyota Corolla", 5, 5, 3, 50),
        new("CWMR", "Škoda Octavia Combi", 5, 5, 4, 58),
    ];

    // Euros per unit of each demo currency's major unit, roughly; exact values do not matter for demo prices.
    private static readonly Dictionary<string, decimal> UnitsPerEuro = new()
    {
        ["EUR"] = 1m, ["SEK"] = 11m, ["NOK"] = 11.5m, ["DKK"] = 7.5m, ["ISK"] = 150m, ["PLN"] = 4.3m,
        ["CZK"] = 25m, ["HUF"] = 400m, ["CHF"] = 0.95m, ["GBP"] = 0.85m,
    };

    private async Task SeedFleetAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.FleetOffers.AnyAsync(cancellationToken))
        {
            return;
        }

        var codes = DemoSuppliers.Select(s => s.Code).ToList();
        var suppliers = await db.Suppliers.AsNoTracking().Where(s => codes.Contains(s.Code)).ToListAsync(cancellationToken);
        var supplierIds = suppliers.Select(s => s.Id).ToList();
        var stations = await db.Locations.Where(l => supplierIds.Contains(l.SupplierId) && l.IsActive).ToListAsync(cancellationToken);
        var today = clock.TodayUtc();
        var offers = 0;

        foreach (var supplier in suppliers)
        {
            var currency = supplier.CurrencyCode;
            var own = stations.Where(l => l.SupplierId == supplier.Id).OrderBy(l => l.Code).ToList();
            foreach (var station in own)
            {
                foreach (var category in station.Type == LocationType.Airport ? AirportFleet : TownFleet)
                {
                    var offer = FleetOffer.Create(NewId(), supplier.Id, station.Id, category.Details(Price(300, currency), Price(12, currency)), currency).Value;
                    db.FleetOffers.Add(offer);
                    db.OfferRates.Add(DemoRates(offer.Id, category.DailyEuros, currency, today));
                    offers++;
                }
            }

            foreach (var extra in DemoExtras(currency))
            {
                db.SupplierExtras.Add(SupplierExtra.Create(NewId(), supplier.Id, extra, currency).Value);
            }

            foreach (var (from, to) in own.SelectMany(a => own.Where(b => b.Id != a.Id).Select(b => (a, b))))
            {
                db.OneWayFees.Add(OneWayFee.Create(NewId(), from, to, Price(35, currency), currency).Value);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        LogSeededFleet(offers);
    }

    // Fallback rates out of season, and four seasons of this and next year, cheaper per day for longer rentals.
    private OfferRates DemoRates(Guid offerId, decimal dailyEuros, string currency, DateOnly today)
    {
        var rates = OfferRates.Create(offerId, Banded(dailyEuros, currency));
        var year = today.Year;
        var seasons = new (string Name, DateOnly From, DateOnly To, decimal Factor)[]
        {
            ($"Winter {year}/{year + 1}", new(year, 12, 1), new(year + 1, 2, 28), 0.85m),
            ($"Spring {year + 1}", new(year + 1, 3, 1), new(year + 1, 5, 31), 1.0m),
            ($"Summer {year + 1}", new(year + 1, 6, 1), new(year + 1, 8, 31), 1.45m),
            ($"Autumn {year + 1}", new(year + 1, 9, 1), new(year + 1, 11, 30), 1.05m),
        };
        foreach (var season in seasons)
        {
            rates.AddSeason(NewId(), season.Name, DateRange.Create(season.From, season.To).Value, Banded(dailyEuros * season.Factor, currency));
        }

        return rates;
    }

    private static BandRates Banded(decimal dailyEuros, string currency) =>
        BandRates.Create(
            RentalLengthBands.Standard,
            [Price(dailyEuros, currency), Price(dailyEuros * 0.9m, currency), Price(dailyEuros * 0.8m, currency), Price(dailyEuros * 0.7m, currency)]).Value;

    private static IEnumerable<SupplierExtraDetails> DemoExtras(string currency) =>
    [
        new(ExtraKind.ChildSeat, "Child seat (9-18 kg)", ExtraPriceBasis.PerDay, Price(9, currency), Price(60, currency)),
        new(ExtraKind.BoosterSeat, "Booster seat", ExtraPriceBasis.PerDay, Price(6, currency), Price(40, currency)),
        new(ExtraKind.Gps, "GPS navigation", ExtraPriceBasis.PerDay, Price(10, currency), Price(70, currency)),
        new(ExtraKind.AdditionalDriver, "Additional driver", ExtraPriceBasis.PerRental, Price(25, currency), null),
        new(ExtraKind.FullProtection, "Full protection (no excess)", ExtraPriceBasis.PerDay, Price(18, currency), null),
    ];

    /// <summary>A euro amount in the currency, rounded to whole units (how suppliers quote).</summary>
    private static Money Price(decimal euros, string currency) =>
        Money.FromAmount(Math.Round(euros * UnitsPerEuro[currency], MidpointRounding.AwayFromZero), currency).Value;

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: added {Count} fleet offers with seasonal rates, extras and one-way fees.")]
    private partial void LogSeededFleet(int count);

    private sealed record DemoCategory(string Acriss, string Model, int Seats, int Doors, int Bags, decimal DailyEuros)
    {
        public FleetOfferDetails Details(Money deposit, Money youngDriverFee) => new(
            Acriss, Model, Seats, Doors, Bags, MileagePolicy.Unlimited, deposit,
            MinimumDriverAge: 21, YoungDriverAge: 25, youngDriverFee, DailyAllocation: 5);
    }
}
