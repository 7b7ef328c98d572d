using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Contracts;
using CarRentalGateway.Core.Fleet;
using CarRentalGateway.Core.Locations;
using CarRentalGateway.Core.Pricing;
using CarRentalGateway.Core.Rates;
using CarRentalGateway.Core.Suppliers;

namespace CarRentalGateway.Pricing.Bench;

/// <summary>
/// A broker's catalog as the benchmark prices it, generated from a seed through the domain's own verbs: 50
/// suppliers in 15 countries, three or four stations each, six car categories per station with seasonal rates,
/// one contract per supplier (half commission, half net rate), extras and one-way fees.
/// </summary>
internal sealed class BrokerWorld
{
    private const string OfficeHours =
        "Mon 08:00-19:00; Tue 08:00-19:00; Wed 08:00-19:00; Thu 08:00-19:00; Fri 08:00-19:00; Sat 09:00-14:00; Sun closed";

    private static readonly (string Country, string Currency, string TimeZone, string Iata)[] Countries =
    [
        ("EE", "EUR", "Europe/Tallinn", "TLL"), ("LV", "EUR", "Europe/Riga", "RIX"), ("LT", "EUR", "Europe/Vilnius", "VNO"),
        ("FI", "EUR", "Europe/Helsinki", "HEL"), ("SE", "SEK", "Europe/Stockholm", "ARN"), ("NO", "NOK", "Europe/Oslo", "OSL"),
        ("DK", "DKK", "Europe/Copenhagen", "CPH"), ("DE", "EUR", "Europe/Berlin", "MUC"), ("PL", "PLN", "Europe/Warsaw", "WAW"),
        ("FR", "EUR", "Europe/Paris", "NCE"), ("ES", "EUR", "Europe/Madrid", "AGP"), ("IT", "EUR", "Europe/Rome", "FCO"),
        ("PT", "EUR", "Europe/Lisbon", "FAO"), ("NL", "EUR", "Europe/Amsterdam", "AMS"), ("GB", "GBP", "Europe/London", "LHR"),
    ];

    /// <summary>Common categories with a typical daily rate in euros.</summary>
    public static readonly (string Code, int DailyEuros)[] Categories =
    [
        ("MBMR", 28), ("ECMR", 32), ("EDMR", 34), ("EDAR", 39), ("CDMR", 42), ("CDAR", 47), ("CWMR", 49), ("IDAR", 55),
        ("IFAR", 62), ("SDAR", 68), ("SFAR", 79), ("FDAR", 85), ("PDAR", 110), ("LDAR", 150), ("XFAR", 180),
    ];

    public const int SupplierCount = 50;

    private BrokerWorld(List<SupplierCatalog> suppliers) => Suppliers = suppliers;

    public IReadOnlyList<SupplierCatalog> Suppliers { get; }

    public IEnumerable<string> CountryCodes => Countries.Select(country => country.Country);

    public static BrokerWorld Generate(Random random)
    {
        var suppliers = new List<SupplierCatalog>(SupplierCount);
        for (var i = 0; i < SupplierCount; i++)
        {
            suppliers.Add(SupplierCatalog.Generate(i, Countries[i % Countries.Length], random));
        }

        return new BrokerWorld(suppliers);
    }

    /// <summary>
    /// Trips as a search sends them: a random offer, picked up at 10:00 some day of the coming year, 3–10 days,
    /// booked 0–90 days ahead, mostly returned where picked up, sometimes with an extra or a young driver.
    /// </summary>
    public List<(OfferToPrice Offer, PricingTrip Trip)> Trips(Random random, int count)
    {
        var trips = new List<(OfferToPrice, PricingTrip)>(count);
        for (var i = 0; i < count; i++)
        {
            var supplier = Suppliers[random.Next(Suppliers.Count)];
            var offer = supplier.Offers[random.Next(supplier.Offers.Count)];
            var pickUpStation = supplier.Station(offer.Offer.LocationId);
            var dropOffStation = random.Next(10) == 0 ? supplier.Stations[random.Next(supplier.Stations.Count)] : pickUpStation;
            var pickUp = new DateTime(2026, 4, 1, 10, 0, 0).AddDays(random.Next(365));
            var dropOff = pickUp.AddDays(random.Next(3, 11)).AddMinutes(random.Next(0, 4) * 30);
            var bookedAt = DateTime.SpecifyKind(pickUp.Date.AddDays(-random.Next(0, 91)).AddHours(random.Next(24)), DateTimeKind.Utc);
            IReadOnlyList<ChosenExtra> extras = random.Next(5) == 0 ? [new ChosenExtra(supplier.Gps, 1)] : [];
            var driverAge = random.Next(6) == 0 ? random.Next(21, 25) : random.Next(25, 75);
            trips.Add((offer, new PricingTrip(
                pickUp, dropOff, RentalStation.Of(pickUpStation), RentalStation.Of(dropOffStation), pickUpStation.CountryCode,
                driverAge, bookedAt, extras)));
        }

        return trips;
    }

    /// <summary>One supplier with its stations, offers (with rates), contract, extra and one-way fees.</summary>
    internal sealed class SupplierCatalog
    {
        private SupplierCatalog(Supplier supplier, List<Location> stations, SupplierExtra gps)
        {
            Supplier = supplier;
            Stations = stations;
            Gps = gps;
        }

        public Supplier Supplier { get; }

        public List<Location> Stations { get; }

        public SupplierExtra Gps { get; }

        public List<OfferToPrice> Offers { get; } = [];

        public string Currency => Supplier.CurrencyCode;

        public Location Station(Guid id) => Stations.First(station => station.Id == id);

        public static SupplierCatalog Generate(int index, (string Country, string Currency, string TimeZone, string Iata) home, Random random)
        {
            var (country, currency, timeZone, iata) = home;
            var id = Guid.NewGuid();
            var code = $"SUP{index:00}-{country}";
            var supplier = Must(Supplier.Register(code, new SupplierDetails(
                $"Supplier {index:00}", $"Supplier {index:00} Ltd", country, currency, null, $"res{index}@supplier.example", null, null, null), id));
            var exchange = currency switch { "SEK" or "NOK" or "DKK" => 10, "PLN" => 4, _ => 1 };
            Money Local(int euros) => Money.Of(euros * 100L * exchange, currency);

            var stations = new List<Location>
            {
                Must(Location.Create(Guid.NewGuid(), id, $"{iata}-AIRPORT", Details($"{iata} Airport", LocationType.Airport, iata, "24h", null), currency)),
                Must(Location.Create(Guid.NewGuid(), id, $"{iata}-CITY", Details($"{iata} City", LocationType.Downtown, null, OfficeHours, Local(25)), currency)),
                Must(Location.Create(Guid.NewGuid(), id, $"{iata}-RAIL", Details($"{iata} Central Station", LocationType.RailStation, null, OfficeHours, Local(20)), currency)),
            };
            if (random.Next(2) == 0)
            {
                stations.Add(Must(Location.Create(Guid.NewGuid(), id, $"{iata}-PORT", Details($"{iata} Port", LocationType.Port, null, OfficeHours, null), currency)));
            }

            var gps = Must(SupplierExtra.Create(
                Guid.NewGuid(), id, new SupplierExtraDetails(ExtraKind.Gps, "GPS", ExtraPriceBasis.PerDay, Local(8), Local(60)), currency));
            var catalog = new SupplierCatalog(supplier, stations, gps);
            var fees = new List<OneWayFee>();
            for (var from = 0; from < stations.Count; from++)
            {
                for (var to = 0; to < stations.Count; to++)
                {
                    if (from != to && random.Next(3) > 0)
                    {
                        fees.Add(Must(OneWayFee.Create(Guid.NewGuid(), stations[from], stations[to], Local(random.Next(15, 60)), currency)));
                    }
                }
            }

            var oneWayFees = new OneWayFees(fees);
            var contract = Must(Contract.Draft(Guid.NewGuid(), id, 1, Terms(currency, random, Local(50))));
            var contracts = new List<Contract> { contract };
            Must(contract.Approve(contracts, "bench@crg.example", DateTime.UtcNow, new DateOnly(2026, 1, 1)));

            foreach (var station in stations)
            {
                foreach (var (acriss, dailyEuros) in Categories.OrderBy(_ => random.Next()).Take(6))
                {
                    var young = random.Next(2) == 0;
                    var offer = Must(FleetOffer.Create(Guid.NewGuid(), id, station.Id, new FleetOfferDetails(
                        acriss, "Sample model", 5, 5, 3, MileagePolicy.Unlimited, Local(300), 21, young ? 25 : null, young ? Local(12) : null, 5),
                        currency));
                    catalog.Offers.Add(new OfferToPrice(supplier, offer, Rates(offer.Id, dailyEuros, Local, random), contracts, oneWayFees));
                }
            }

            return catalog;

            LocationDetails Details(string name, LocationType type, string? iataCode, string hours, Money? afterHoursFee) => new(
                name, type, iataCode, country, $"City {iata}", "Main street 1", null, timeZone, WeeklyOpeningHours.Parse(hours).Value, afterHoursFee);
        }

        private static ContractTerms Terms(string currency, Random random, Money noShowFee)
        {
            var commission = random.Next(2) == 0;
            return new ContractTerms(
                DateRange.Create(new DateOnly(2026, 1, 1), new DateOnly(2027, 12, 31)).Value,
                currency,
                30,
                commission ? CommercialModel.Commission : CommercialModel.NetRate,
                commission ? Percentage.FromBasisPoints(random.Next(10, 26) * 100) : null,
                commission ? null : Percentage.FromBasisPoints(random.Next(5, 16) * 100),
                new CancellationPolicy(48, LateFeeKind.Fixed, null, noShowFee, noShowFee),
                null);
        }

        /// <summary>Fallback rates, a spring, a summer peak and a Christmas season, in 2026 and 2027.</summary>
        private static OfferRates Rates(Guid offerId, int dailyEuros, Func<int, Money> local, Random random)
        {
            BandRates Bands(int daily) => BandRates.Create(
                RentalLengthBands.Standard, [local(daily), local(daily * 9 / 10), local(daily * 8 / 10), local(daily * 7 / 10)]).Value;

            var rates = OfferRates.Create(offerId, Bands(dailyEuros));
            foreach (var year in new[] { 2026, 2027 })
            {
                var peakStart = new DateOnly(year, 6, 15).AddDays(random.Next(-10, 10));
                Must(rates.AddSeason(Guid.NewGuid(), "Spring", Period(new DateOnly(year, 4, 1), new DateOnly(year, 5, 31)), Bands(dailyEuros * 9 / 10)));
                Must(rates.AddSeason(Guid.NewGuid(), "Summer peak", Period(peakStart, new DateOnly(year, 8, 31)), Bands(dailyEuros * 16 / 10)));
                Must(rates.AddSeason(Guid.NewGuid(), "Christmas", Period(new DateOnly(year, 12, 20), new DateOnly(year, 12, 31)), Bands(dailyEuros * 14 / 10)));
            }

            return rates;
        }

        private static DateRange Period(DateOnly from, DateOnly to) => DateRange.Create(from, to).Value;
    }

    private static T Must<T>(Result<T> result) =>
        result.Succeeded ? result.Value : throw new InvalidOperationException($"The generated world is invalid: {result.Error} ({result.Field})");

    private static void Must(Result result)
    {
        if (result.Failed)
        {
            throw new InvalidOperationException($"The generated world is invalid: {result.Error} ({result.Field})");
        }
    }
}
