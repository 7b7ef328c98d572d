using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Contracts;
using CarRentalGateway.Core.Fleet;
using CarRentalGateway.Core.Pricing;
using static CarRentalGateway.Core.Tests.Pricing.PricingWorld;

namespace CarRentalGateway.Core.Tests.Pricing;

/// <summary>
/// Hand-computed quotes. Unless a case says otherwise: the usual trip (3 days × 45.00 = 135.00 EUR, picked up
/// Wed 2026-06-10 at Tallinn Airport, EE, CDMR, booked 2026-05-20 so 21 days ahead) under the 15 % commission
/// contract (commission 20.25, so the revenue floor is a price of 135.00 − 20.25 = 114.75), or under the 8 %
/// net-rate contract (floor ⌈13500 × 10000 ÷ 9200⌉ = 146.74). Each case's name carries its arithmetic.
/// </summary>
public sealed class PricingEngineCasesTests
{
    private static readonly RuleAdjustment TenPercent = Percent(1_000);

    /// <summary>A +10 % rule with the scope, which gives 148.50 when it matches and leaves 135.00 when it does not.</summary>
    private static PricingRule[] TenPercentWhen(RuleScope scope) => [Rule(1, 10, TenPercent, scope)];

    private static RuleScope Scope => RuleScope.Everything;

    private static AcrissPattern Pattern(string pattern) => AcrissPattern.Parse(pattern).Value;

    private static readonly Dictionary<string, PricingCase> Cases = new()
    {
        // Scope conditions: +10 % of 135.00 = 148.50 when the rule matches, 135.00 when it does not.
        ["Supplier matches: 135.00 + 10 % = 148.50"] = new(TenPercentWhen(Scope with { SupplierId = SupplierId }), 14_850),
        ["Other supplier: 135.00"] = new(TenPercentWhen(Scope with { SupplierId = Guid.NewGuid() }), 13_500),
        ["Country EE matches: 148.50"] = new(TenPercentWhen(Scope with { Country = "EE" }), 14_850),
        ["Country LV: 135.00"] = new(TenPercentWhen(Scope with { Country = "LV" }), 13_500),
        ["Pick-up at the airport matches: 148.50"] = new(TenPercentWhen(Scope with { PickUpLocationId = AirportId }), 14_850),
        ["Pick-up at the city centre: 135.00"] = new(TenPercentWhen(Scope with { PickUpLocationId = CityId }), 13_500),
        ["ACRISS C??? matches CDMR: 148.50"] = new(TenPercentWhen(Scope with { Acriss = Pattern("C???") }), 14_850),
        ["ACRISS CD?R matches CDMR: 148.50"] = new(TenPercentWhen(Scope with { Acriss = Pattern("CD?R") }), 14_850),
        ["ACRISS ??A? (automatic) misses CDMR: 135.00"] = new(TenPercentWhen(Scope with { Acriss = Pattern("??A?") }), 13_500),
        ["Pick-up window ending on the pick-up day matches: 148.50"] =
            new(TenPercentWhen(Scope with { PickUpDates = Range("2026-06-01", "2026-06-10") }), 14_850),
        ["Pick-up window starting the day after: 135.00"] =
            new(TenPercentWhen(Scope with { PickUpDates = Range("2026-06-11", "2026-06-30") }), 13_500),
        ["Booking window of the booking day alone matches: 148.50"] =
            new(TenPercentWhen(Scope with { BookingDates = Range("2026-05-20", "2026-05-20") }), 14_850),
        ["Booking window from the next day: 135.00"] =
            new(TenPercentWhen(Scope with { BookingDates = Range("2026-05-21", "2026-06-30") }), 13_500),
        ["Lead time at least 21 days, 21 ahead: 148.50"] = new(TenPercentWhen(Scope with { LeadDays = new(21, null) }), 14_850),
        ["Lead time at least 22 days, 21 ahead: 135.00"] = new(TenPercentWhen(Scope with { LeadDays = new(22, null) }), 13_500),
        ["Lead time at most 21 days, 21 ahead: 148.50"] = new(TenPercentWhen(Scope with { LeadDays = new(null, 21) }), 14_850),
        ["Lead time at most 20 days, 21 ahead: 135.00"] = new(TenPercentWhen(Scope with { LeadDays = new(null, 20) }), 13_500),
        ["Rental of at least 3 days, 3 days: 148.50"] = new(TenPercentWhen(Scope with { RentalDays = new(3, null) }), 14_850),
        ["Rental of at least 4 days, 3 days: 135.00"] = new(TenPercentWhen(Scope with { RentalDays = new(4, null) }), 13_500),
        ["Rental of at most 3 days, 3 days: 148.50"] = new(TenPercentWhen(Scope with { RentalDays = new(null, 3) }), 14_850),
        ["Rental of at most 2 days, 3 days: 135.00"] = new(TenPercentWhen(Scope with { RentalDays = new(null, 2) }), 13_500),
        ["A rule in EUR applies to an offer in EUR: 135.00 + 5.00 = 140.00"] =
            new([Rule(1, 10, RuleAdjustment.None with { PerRental = Eur(5) })], 14_000),
        ["A rule in SEK never applies to an offer in EUR: 135.00"] =
            new([Rule(1, 10, RuleAdjustment.None with { PerRental = Money.Of(5_000, "SEK") })], 13_500),
        ["A percent-only rule has no currency and applies in EUR: 148.50"] = new([Rule(1, 10, TenPercent)], 14_850),
        ["An inactive rule never applies: 135.00"] = new([Rule(1, 10, TenPercent, active: false)], 13_500),

        // Adjustment kinds.
        ["Percent markup: 135.00 + 10 % = 148.50"] = new([Rule(1, 10, TenPercent)], 14_850),
        ["Percent discount: 135.00 − 10 % = 121.50"] = new([Rule(1, 10, Percent(-1_000))], 12_150),
        ["Discount half a cent rounds away from zero: 135.00 − 10.00 = 125.00; −0.02 % = −2.5 ct → −3 ct = 124.97"] = new(
            [Rule(1, 10, RuleAdjustment.None with { PerRental = Eur(-10) }), Rule(2, 20, Percent(-2))], 12_497),
        ["Markup half a cent rounds away from zero: 125.00 + 0.02 % = +2.5 ct → +3 ct = 125.03"] = new(
            [Rule(1, 10, RuleAdjustment.None with { PerRental = Eur(-10) }), Rule(2, 20, Percent(2))], 12_503),
        ["Per rental: 135.00 + 25.00 = 160.00"] = new([Rule(1, 10, RuleAdjustment.None with { PerRental = Eur(25) })], 16_000),
        ["Per day: 135.00 + 3 × 5.00 = 150.00"] = new([Rule(1, 10, RuleAdjustment.None with { PerDay = Eur(5) })], 15_000),
        ["Per day off: 135.00 − 3 × 2.00 = 129.00"] = new([Rule(1, 10, RuleAdjustment.None with { PerDay = Eur(-2) })], 12_900),
        ["One rule: percent, then per rental, then per day: 135.00 + 10 % = 148.50 + 1.00 + 3 × 0.50 = 151.00"] = new(
            [Rule(1, 10, new RuleAdjustment(1_000, Eur(1), Eur(0.5m), null, null, PriceRounding.None, false))], 15_100),
        ["Minimum margin 40.00 under commission: raised to 135.00 − 20.25 + 40.00 = 154.75"] =
            new([Rule(1, 10, RuleAdjustment.None with { MinMargin = Eur(40) })], 15_475),
        ["Minimum margin already earned: 135.00 + 50 % = 202.50, revenue 87.75 ≥ 40.00"] =
            new([Rule(1, 10, Percent(5_000) with { MinMargin = Eur(40) })], 20_250),
        ["Maximum margin 30.00 under commission: 202.50 lowered to 135.00 − 20.25 + 30.00 = 144.75"] =
            new([Rule(1, 10, Percent(5_000) with { MaxMargin = Eur(30) })], 14_475),
        ["Maximum margin not reached: 148.50, revenue 33.75 ≤ 40.00"] =
            new([Rule(1, 10, TenPercent with { MaxMargin = Eur(40) })], 14_850),
        ["Whole units: 135.00 + 0.1 % = 135.135 → 135.14 → 136.00"] =
            new([Rule(1, 10, Percent(10) with { Rounding = PriceRounding.WholeUnits })], 13_600),
        ["Ninety-nine: 135.14 → 135.99"] = new([Rule(1, 10, Percent(10) with { Rounding = PriceRounding.NinetyNine })], 13_599),
        ["Whole units on a whole price stays: 135.00"] =
            new([Rule(1, 10, RuleAdjustment.None with { Rounding = PriceRounding.WholeUnits })], 13_500),
        ["Ninety-nine on a price ending .99 stays: 135.00 + 0.99 = 135.99"] =
            new([Rule(1, 10, RuleAdjustment.None with { PerRental = Eur(0.99m), Rounding = PriceRounding.NinetyNine })], 13_599),
        ["Ninety-nine on a whole price goes to the next .99: 136.00 → 136.99"] =
            new([Rule(1, 10, RuleAdjustment.None with { PerRental = Eur(1), Rounding = PriceRounding.NinetyNine })], 13_699),

        // Stacking.
        ["Lower priority first: 135.00 + 10.00 = 145.00, + 10 % = 159.50 (not 148.50 + 10.00 = 158.50)"] = new(
            [Rule(1, 20, TenPercent), Rule(2, 10, RuleAdjustment.None with { PerRental = Eur(10) })], 15_950),
        ["Same priority, lower number first: R1 + 10.00 = 145.00, R2 + 10 % = 159.50"] = new(
            [Rule(2, 10, TenPercent), Rule(1, 10, RuleAdjustment.None with { PerRental = Eur(10) })], 15_950),
        ["Percent on the running price: 135.00 + 10 % = 148.50, + 10 % = 163.35 (not 162.00)"] =
            new([Rule(1, 10, TenPercent), Rule(2, 20, TenPercent)], 16_335),
        ["Stop further rules: 148.50, the +50 % after it never runs"] =
            new([Rule(1, 10, TenPercent with { StopFurtherRules = true }), Rule(2, 20, Percent(5_000))], 14_850),
        ["A stop rule that does not match stops nothing: 135.00 + 50 % = 202.50"] = new(
            [Rule(1, 10, TenPercent with { StopFurtherRules = true }, Scope with { Country = "LV" }), Rule(2, 20, Percent(5_000))], 20_250),
        ["Rules before the stop still count: 135.00 + 10.00 = 145.00, + 10 % = 159.50, stop"] = new(
            [Rule(1, 10, RuleAdjustment.None with { PerRental = Eur(10) }), Rule(2, 20, TenPercent with { StopFurtherRules = true }), Rule(3, 30, Percent(5_000))],
            15_950),

        // Floors and ceilings.
        ["Net rate floor: 135.00 − 10 % = 121.50 raised to ⌈13500 × 10000 ÷ 9200⌉ = 146.74"] =
            new([Rule(1, 10, Percent(-1_000))], 14_674, CommercialModel.NetRate),
        ["Net rate with no rules is raised to its floor: 146.74"] = new([], 14_674, CommercialModel.NetRate),
        ["Net rate above its floor stays: 135.00 + 10 % = 148.50 ≥ 146.74"] = new([Rule(1, 10, TenPercent)], 14_850, CommercialModel.NetRate),
        ["Commission revenue never below zero: 135.00 − 20 % = 108.00 raised to 114.75"] = new([Rule(1, 10, Percent(-2_000))], 11_475),
        ["Rule minimum above the net rate floor: 135.00 + 20.00 = 155.00 > 146.74"] =
            new([Rule(1, 10, RuleAdjustment.None with { MinMargin = Eur(20) })], 15_500, CommercialModel.NetRate),
        ["Rule minimum below the net rate floor: the contract's 146.74 wins over 135.00 + 5.00"] =
            new([Rule(1, 10, RuleAdjustment.None with { MinMargin = Eur(5) })], 14_674, CommercialModel.NetRate),
        ["The highest of the rule minimums: 135.00 + 30.00 = 165.00"] = new(
            [Rule(1, 10, RuleAdjustment.None with { MinMargin = Eur(30) }), Rule(2, 20, RuleAdjustment.None with { MinMargin = Eur(20) })],
            16_500, CommercialModel.NetRate),
        ["The lowest of the rule maximums: 202.50 lowered to 114.75 + 25.00 = 139.75"] = new(
            [Rule(1, 10, Percent(5_000) with { MaxMargin = Eur(30) }), Rule(2, 20, RuleAdjustment.None with { MaxMargin = Eur(25) })], 13_975),
        ["A maximum below the commission stops at the supplier's price: 202.50 lowered to 135.00, not 114.75 + 10.00 = 124.75"] =
            new([Rule(1, 10, Percent(5_000) with { MaxMargin = Eur(10) })], 13_500),
        ["A floor above the ceiling wins: 202.50 lowered to 135.00 + 5.00 = 140.00, raised to 146.74"] =
            new([Rule(1, 10, Percent(5_000) with { MaxMargin = Eur(5) })], 14_674, CommercialModel.NetRate),
        ["Rounding comes after the floor: 121.50 raised to 146.74, then to 146.99"] =
            new([Rule(1, 10, Percent(-1_000) with { Rounding = PriceRounding.NinetyNine })], 14_699, CommercialModel.NetRate),
        ["Rounding comes after the ceiling: 202.50 lowered to 144.75, then to 145.00"] =
            new([Rule(1, 10, Percent(5_000) with { MaxMargin = Eur(30), Rounding = PriceRounding.WholeUnits })], 14_500),
        ["The last rule's rounding counts: 148.50 to .99 = 148.99, not 149.00"] = new(
            [Rule(1, 10, TenPercent with { Rounding = PriceRounding.WholeUnits }), Rule(2, 20, RuleAdjustment.None with { Rounding = PriceRounding.NinetyNine })],
            14_899),
        ["A stopped rule's rounding never counts: 148.50 to whole units = 149.00"] = new(
            [Rule(1, 10, TenPercent with { Rounding = PriceRounding.WholeUnits, StopFurtherRules = true }), Rule(2, 20, RuleAdjustment.None with { Rounding = PriceRounding.NinetyNine })],
            14_900),

        // Season breaks: Mon 29 June to Thu 2 July, 3 days: 45.00 + 45.00 + High summer 72.00 = 162.00.
        ["Season break: 45.00 + 45.00 + 72.00 = 162.00 + 10 % = 178.20"] =
            new([Rule(1, 10, TenPercent)], 17_820, Trip: world => world.Trip("2026-06-29 10:00", "2026-07-02 10:00")),
        ["A July pick-up window misses a trip picked up in June that runs into July: 162.00"] = new(
            TenPercentWhen(Scope with { PickUpDates = Range("2026-07-01", "2026-07-31") }), 16_200,
            Trip: world => world.Trip("2026-06-29 10:00", "2026-07-02 10:00")),

        // Young driver: 135.00 + 3 × 10.00 = 165.00.
        ["Young driver fee: 135.00 + 3 × 10.00 = 165.00 + 10 % = 181.50"] =
            new([Rule(1, 10, TenPercent)], 18_150, Trip: world => world.Trip(driverAge: 23)),
        ["One-way fee: 135.00 + 30.00 = 165.00 + 10 % = 181.50"] =
            new([Rule(1, 10, TenPercent)], 18_150, Trip: world => world.Trip(dropOffAt: world.City)),
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Each_hand_computed_case_gives_its_customer_total(string name)
    {
        var (rules, expected, model, trip) = Cases[name];
        var world = new PricingWorld(model);

        var quote = world.Quote(rules, trip?.Invoke(world));

        Assert.Equal(Money.Of(expected, "EUR"), quote.CustomerTotal);
        Assert.Equal(quote.CustomerTotal, quote.Steps.Aggregate(quote.SupplierTotal, (price, step) => price.Plus(step.Change)));
    }

    /// <param name="Trip">The trip, when not the usual one.</param>
    private sealed record PricingCase(
        PricingRule[] Rules, long ExpectedTotal, CommercialModel Model = CommercialModel.Commission, Func<PricingWorld, PricingTrip>? Trip = null);
}
