using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Contracts;
using CarRentalGateway.Core.Fleet;
using CarRentalGateway.Core.Locations;
using CarRentalGateway.Core.Pricing;
using CarRentalGateway.Core.Rates;
using CarRentalGateway.Core.Suppliers;
using CarRentalGateway.Core.Tests.Rates;

namespace CarRentalGateway.Core.Tests.Pricing;

/// <summary>
/// One supplier's priced world as the engine tests use it, built through the domain's own verbs:
/// Baltic Drive (EE, EUR) with a CDMR offer at Tallinn Airport (open 24 h), drivers from 21, a young-driver fee
/// of 10.00 EUR a day below 25; rates 50/45/40/35 EUR a day on the bands 1-2, 3-6, 7-13, 14+ with a
/// "High summer" season in July at 80/72/64/56; a one-way fee of 30.00 EUR to Tallinn City Centre (office hours,
/// no after-hours service) and none to Tartu. The contract in force in 2026 is a 15 % commission contract, or
/// with <see cref="NetRate"/> a net-rate contract keeping an 8 % margin.
/// </summary>
/// <remarks>
/// The usual trip (<see cref="Trip"/>): Wed 2026-06-10 10:00 to Sat 2026-06-13 10:00 at the airport, booked on
/// 2026-05-20: 3 days × 45.00 = 135.00 EUR, 21 days ahead. Commission 15 % of 135.00 = 20.25.
/// </remarks>
internal sealed class PricingWorld
{
    public static readonly Guid SupplierId = Guid.Parse("0197b000-0000-7000-8000-000000000001");
    public static readonly Guid AirportId = Guid.Parse("0197b000-0000-7000-8000-0000000000a1");
    public static readonly Guid CityId = Guid.Parse("0197b000-0000-7000-8000-0000000000a2");
    public static readonly Guid TartuId = Guid.Parse("0197b000-0000-7000-8000-0000000000a3");
    public static readonly Guid OfferId = Guid.Parse("0197b000-0000-7000-8000-0000000000f1");
    public static readonly Guid RuleSetId = Guid.Parse("0197b000-0000-7000-8000-0000000000d1");

    public static readonly DateTime BookedAtUtc = new(2026, 5, 20, 9, 15, 0, DateTimeKind.Utc);

    public PricingWorld(CommercialModel model = CommercialModel.Commission, int netRateMarginBasisPoints = 800)
    {
        Supplier = Supplier.Register("BALTIC-EE", new SupplierDetails(
            "Baltic Drive", "Baltic Drive OÜ", "EE", "EUR", null, "reservations@balticdrive.example", null, null, null), SupplierId).Value;
        Airport = Station(AirportId, "TLL-AIRPORT", "Tallinn Airport", LocationType.Airport, "TLL", "24h");
        City = Station(CityId, "TLL-CITY", "Tallinn City Centre", LocationType.Downtown, null, RatesExamples.OfficeHours);
        Tartu = Station(TartuId, "TAY-AIRPORT", "Tartu Airport", LocationType.Airport, "TAY", "24h");
        Offer = FleetOffer.Create(OfferId, SupplierId, AirportId, new FleetOfferDetails(
            "CDMR", "Toyota Corolla", 5, 5, 3, MileagePolicy.Unlimited, Eur(300), 21, 25, Eur(10), 5), "EUR").Value;
        Rates = OfferRates.Create(OfferId, Daily(50, 45, 40, 35));
        Must(Rates.AddSeason(Guid.NewGuid(), "High summer", Range("2026-07-01", "2026-07-31"), Daily(80, 72, 64, 56)));
        OneWayFees = new OneWayFees([OneWayFee.Create(Guid.NewGuid(), Airport, City, Eur(30), "EUR").Value]);
        Contracts = [];
        var contract = Contract.Draft(Guid.NewGuid(), SupplierId, 1, model == CommercialModel.Commission ? CommissionTerms() : NetRateTerms(netRateMarginBasisPoints)).Value;
        Contracts.Add(contract);
        Must(contract.Approve(Contracts, "ann.admin@crg.example", BookedAtUtc, Day("2026-01-01")));
    }

    public Supplier Supplier { get; }

    public Location Airport { get; }

    public Location City { get; }

    public Location Tartu { get; }

    public FleetOffer Offer { get; }

    public OfferRates? Rates { get; set; }

    public OneWayFees OneWayFees { get; }

    public List<Contract> Contracts { get; }

    public static PricingWorld NetRate() => new(CommercialModel.NetRate);

    public OfferToPrice ToPrice => For(Offer, Rates);

    /// <summary>Another offer of the supplier, priced with its contracts and one-way fees.</summary>
    public OfferToPrice For(FleetOffer offer, OfferRates? rates) => new(Supplier, offer, rates, Contracts, OneWayFees);

    /// <summary>A trip with the offer's pick-up at the airport; by default the usual 3-day trip, 35-year-old driver.</summary>
    public PricingTrip Trip(
        string pickUp = "2026-06-10 10:00", string dropOff = "2026-06-13 10:00", Location? dropOffAt = null, int driverAge = 35,
        DateTime? bookedAtUtc = null) =>
        new(At(pickUp), At(dropOff), RentalStation.Of(Airport), RentalStation.Of(dropOffAt ?? Airport), "EE", driverAge,
            bookedAtUtc ?? BookedAtUtc, []);

    public PricingOutcome Price(IEnumerable<PricingRule> rules, PricingTrip? trip = null, RuleMatching matching = RuleMatching.Indexed) =>
        new PricingEngine(rules, matching).Price(ToPrice, trip ?? Trip());

    /// <summary>The quote, failing the test with the refusal when there is none.</summary>
    public Quote Quote(IEnumerable<PricingRule> rules, PricingTrip? trip = null)
    {
        var outcome = Price(rules, trip);
        Assert.True(outcome.IsPriced, outcome.Refusal?.Message);
        return outcome.Quote!;
    }

    /// <summary>An active rule in the draft set, valid or the test fails; version 1 unless a later one is given.</summary>
    public static PricingRule Rule(
        int number, int priority, RuleAdjustment adjustment, RuleScope? scope = null, string? name = null, bool active = true, int version = 1)
    {
        var created = PricingRule.Create(
            Guid.NewGuid(), RuleSetId, number, new PricingRuleDefinition(name ?? $"Rule {number}", active, priority, scope ?? RuleScope.Everything, adjustment, null));
        Assert.True(created.Succeeded, created.Error);
        if (version > 1)
        {
            created.Value.FollowVersion(version - 1);
        }

        return created.Value;
    }

    public static RuleAdjustment Percent(int basisPoints) => RuleAdjustment.None with { Percent = basisPoints };

    // The rates tests' helpers, under the names the pricing tests import from here.
    public static Money Eur(decimal amount) => RatesExamples.Eur(amount);

    public static DateOnly Day(string date) => RatesExamples.Day(date);

    public static DateTime At(string dateTime) => RatesExamples.At(dateTime);

    public static DateRange Range(string from, string to) => RatesExamples.Range(from, to);

    public static BandRates Daily(params decimal[] daily) => RatesExamples.Daily(daily);

    public static ContractTerms CommissionTerms() => new(
        Range("2026-01-01", "2026-12-31"), "EUR", 30, CommercialModel.Commission, Percentage.FromBasisPoints(1_500), null,
        new CancellationPolicy(48, LateFeeKind.Fixed, null, Eur(35), Eur(50)), null);

    public static ContractTerms NetRateTerms(int minimumMarginBasisPoints = 800) => CommissionTerms() with
    {
        Model = CommercialModel.NetRate,
        CommissionPercent = null,
        MinimumMarginPercent = Percentage.FromBasisPoints(minimumMarginBasisPoints),
    };

    private static void Must(Result result) => Assert.True(result.Succeeded, result.Error);

    private static Location Station(Guid id, string code, string name, LocationType type, string? iata, string hours) => Location.Create(
        id, SupplierId, code,
        new LocationDetails(name, type, iata, "EE", "Tallinn", "Lennujaama tee 2", null, "Europe/Tallinn",
            WeeklyOpeningHours.Parse(hours).Value, null),
        "EUR").Value;
}
