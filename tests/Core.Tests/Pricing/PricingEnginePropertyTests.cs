using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Contracts;
using CarRentalGateway.Core.Fleet;
using CarRentalGateway.Core.Pricing;
using CarRentalGateway.Core.Rates;
using static CarRentalGateway.Core.Tests.Pricing.PricingWorld;

namespace CarRentalGateway.Core.Tests.Pricing;

/// <summary>
/// What holds for every rule set and trip: hundreds of random rule sets (seeded, so a failure repeats) priced
/// against random trips of a few offers of <see cref="PricingWorld"/>'s supplier, under both contract models.
/// </summary>
public sealed class PricingEnginePropertyTests
{
    private const int RuleSets = 300;
    private const int TripsPerRuleSet = 12;

    private static readonly string[] Patterns = ["C???", "??A?", "CD?R", "E???", "?D??", "I?A?", "P???", "??M?", "EDAR"];

    private static readonly string[] OfferCodes = ["CDMR", "EDAR", "IFAR", "PDAH", "CDAR"];

    [Fact]
    public void Every_quote_keeps_its_floors_adds_up_matches_the_scan_repeats_and_caps_only_our_markup()
    {
        var random = new Random(20_260_610);
        var priced = 0;
        for (var set = 0; set < RuleSets; set++)
        {
            var world = RandomWorld(random);
            var offers = Offers(world, random);
            var rules = RandomRules(random, random.Next(0, 150));
            var indexed = new PricingEngine(rules);
            var scanned = new PricingEngine(rules, RuleMatching.ScanEveryRule);
            for (var i = 0; i < TripsPerRuleSet; i++)
            {
                var offer = offers[random.Next(offers.Count)];
                var trip = RandomTrip(world, offer, random);
                var context = $"rule set {set}, trip {i}: {trip.PickUpLocal:yyyy-MM-dd HH:mm} – {trip.DropOffLocal:yyyy-MM-dd HH:mm}, {offer.Offer.Acriss}";

                var outcome = indexed.Price(offer, trip);
                AssertSame(outcome, scanned.Price(offer, trip), context);
                AssertSame(outcome, indexed.Price(offer, trip), context);
                if (outcome.Quote is { } quote)
                {
                    priced++;
                    AssertAddsUp(quote, context);
                    AssertFloorsKept(quote, world.Contracts[0], rules, context);
                    AssertCeilingsStopAtTheSupplierPrice(quote, context);
                }
            }
        }

        // Most trips must really be priced, or the properties say little.
        Assert.True(priced > RuleSets * TripsPerRuleSet / 2, $"Only {priced} trips were priced.");
    }

    /// <summary>(b) The customer total is the supplier total plus each step's change, and the supplier total the sum of its lines.</summary>
    private static void AssertAddsUp(Quote quote, string context)
    {
        Assert.True(
            quote.SupplierBase.Lines.Sum(line => line.Amount.MinorUnits) == quote.SupplierTotal.MinorUnits,
            $"{context}: the supplier lines do not add up to {quote.SupplierTotal}.");
        var running = quote.SupplierTotal;
        foreach (var step in quote.Steps)
        {
            Assert.True(step.Before == running, $"{context}: step '{step.Description}' starts from {step.Before}, not {running}.");
            running = running.Plus(step.Change);
        }

        Assert.True(running == quote.CustomerTotal, $"{context}: the steps add up to {running}, the total is {quote.CustomerTotal}.");
    }

    /// <summary>(a) Revenue never drops below the contract's floor nor below the minimum margin of any rule applied.</summary>
    private static void AssertFloorsKept(Quote quote, Contract contract, IReadOnlyList<PricingRule> rules, string context)
    {
        if (contract.Model == CommercialModel.Commission)
        {
            Assert.False(quote.Revenue.IsNegative, $"{context}: a commission quote earns {quote.Revenue}.");
        }
        else
        {
            // Revenue ÷ customer total ≥ the minimum margin, in whole numbers.
            var basisPoints = contract.MinimumMarginBasisPoints!.Value;
            Assert.True(
                quote.Revenue.MinorUnits * 10_000L >= quote.CustomerTotal.MinorUnits * basisPoints,
                $"{context}: revenue {quote.Revenue} on {quote.CustomerTotal} is below {basisPoints} basis points.");
        }

        foreach (var applied in quote.AppliedRules)
        {
            if (rules.Single(rule => rule.Number == applied.Number).Adjustment.MinMargin is { } minimum)
            {
                Assert.True(
                    quote.Revenue.MinorUnits >= minimum.MinorUnits,
                    $"{context}: revenue {quote.Revenue} is below the minimum {minimum} of {applied}.");
            }
        }
    }

    /// <summary>(e) A margin ceiling takes back our markup, never more: it never lowers the price below the supplier's.</summary>
    private static void AssertCeilingsStopAtTheSupplierPrice(Quote quote, string context)
    {
        foreach (var ceiling in quote.Steps.Where(step => step.Kind == PriceStepKind.MarginCeiling))
        {
            Assert.True(
                ceiling.After.MinorUnits >= quote.SupplierTotal.MinorUnits,
                $"{context}: the ceiling lowered the price to {ceiling.After}, below the supplier's {quote.SupplierTotal}.");
        }
    }

    /// <summary>(c, d) The same outcome: the same refusal, or the same steps and totals.</summary>
    private static void AssertSame(PricingOutcome expected, PricingOutcome actual, string context)
    {
        Assert.True(expected.Refusal == actual.Refusal, $"{context}: refused for '{expected.Refusal?.Message}' and for '{actual.Refusal?.Message}'.");
        if (expected.Quote is { } quote)
        {
            var other = actual.Quote!;
            Assert.True(quote.Steps.SequenceEqual(other.Steps), $"{context}: the steps differ.");
            Assert.True(
                (quote.SupplierTotal, quote.CustomerTotal, quote.Revenue, quote.Commission) == (other.SupplierTotal, other.CustomerTotal, other.Revenue, other.Commission),
                $"{context}: the totals differ.");
        }
    }

    private static PricingWorld RandomWorld(Random random) =>
        random.Next(2) == 0 ? new PricingWorld() : new PricingWorld(CommercialModel.NetRate, random.Next(0, 3_001));

    /// <summary>The world's CDMR offer and a few more at the airport and in the city, each with its own seasons.</summary>
    private static List<OfferToPrice> Offers(PricingWorld world, Random random)
    {
        var offers = new List<OfferToPrice> { world.ToPrice };
        foreach (var code in OfferCodes.Skip(1))
        {
            var station = random.Next(3) == 0 ? world.City : world.Airport;
            var offer = FleetOffer.Create(Guid.NewGuid(), SupplierId, station.Id, world.Offer.Details with { Acriss = code }, "EUR").Value;
            var baseRate = random.Next(20, 120);
            var rates = OfferRates.Create(offer.Id, Daily(baseRate, baseRate - 5, baseRate - 10, baseRate - 15));
            var summer = Day("2026-06-01").AddDays(random.Next(0, 60));
            Assert.True(rates.AddSeason(Guid.NewGuid(), "Peak", DateRange.Create(summer, summer.AddDays(random.Next(3, 40))).Value,
                Daily(baseRate * 2, (baseRate * 2) - 5, (baseRate * 2) - 10, (baseRate * 2) - 15)).Succeeded);
            offers.Add(world.For(offer, rates));
        }

        return offers;
    }

    private static PricingTrip RandomTrip(PricingWorld world, OfferToPrice offer, Random random)
    {
        var pickUp = new DateTime(2026, 5, 21, 8, 0, 0).AddDays(random.Next(0, 180)).AddHours(random.Next(0, 10)).AddMinutes(15 * random.Next(4));
        var dropOff = pickUp.AddDays(random.Next(1, 22)).AddMinutes(random.Next(-30, 120));
        var pickUpStation = offer.Offer.LocationId == CityId ? world.City : world.Airport;
        var dropOffStation = random.Next(6) switch { 0 => world.City, 1 => world.Tartu, _ => pickUpStation };
        var bookedAt = DateTime.SpecifyKind(pickUp.Date.AddDays(-random.Next(0, 120)).AddHours(random.Next(24)), DateTimeKind.Utc);
        return world.Trip() with
        {
            PickUpLocal = pickUp,
            DropOffLocal = dropOff,
            PickUp = RentalStation.Of(pickUpStation),
            DropOff = RentalStation.Of(dropOffStation),
            DriverAge = random.Next(20, 70),
            BookedAtUtc = bookedAt,
        };
    }

    private static List<PricingRule> RandomRules(Random random, int count)
    {
        var rules = new List<PricingRule>(count);
        for (var number = 1; number <= count; number++)
        {
            var definition = new PricingRuleDefinition(
                $"Random {number}", random.Next(10) > 0, random.Next(0, 20), RandomScope(random), RandomAdjustment(random), null);
            if (definition.Validate().Failed)
            {
                // A random adjustment may change nothing; a small markup makes it a rule.
                definition = definition with { Adjustment = definition.Adjustment with { Percent = 100 } };
            }

            var created = PricingRule.Create(Guid.NewGuid(), RuleSetId, number, definition);
            Assert.True(created.Succeeded, created.Error);
            rules.Add(created.Value);
        }

        return rules;
    }

    private static RuleScope RandomScope(Random random)
    {
        var scope = RuleScope.Everything;
        if (Chance(random, 30))
        {
            scope = scope with { SupplierId = Chance(random, 80) ? SupplierId : Guid.NewGuid() };
        }

        if (Chance(random, 30))
        {
            scope = scope with { Country = Chance(random, 80) ? "EE" : "LV" };
        }

        if (Chance(random, 15))
        {
            scope = scope with { PickUpLocationId = random.Next(3) switch { 0 => AirportId, 1 => CityId, _ => TartuId } };
        }

        if (Chance(random, 30))
        {
            scope = scope with { Acriss = AcrissPattern.Parse(Patterns[random.Next(Patterns.Length)]).Value };
        }

        if (Chance(random, 20))
        {
            scope = scope with { PickUpDates = Window(random, Day("2026-05-15"), 180) };
        }

        if (Chance(random, 20))
        {
            scope = scope with { BookingDates = Window(random, Day("2026-01-15"), 280) };
        }

        if (Chance(random, 20))
        {
            scope = scope with { LeadDays = Counts(random, 0, 120) };
        }

        if (Chance(random, 20))
        {
            scope = scope with { RentalDays = Counts(random, 1, 21) };
        }

        return scope;
    }

    private static RuleAdjustment RandomAdjustment(Random random)
    {
        var currency = Chance(random, 90) ? "EUR" : "SEK";
        Money? Amount(int percent, int lowest, int highest) =>
            Chance(random, percent) ? Money.Of(random.Next(lowest, highest + 1) * 25L, currency) : null;

        return new RuleAdjustment(
            Chance(random, 70) ? random.Next(-5_000, 5_001) : 0,
            Amount(25, -80, 120),
            Amount(20, -20, 40),
            Amount(20, 0, 240),
            Amount(15, 0, 320),
            Chance(random, 20) ? (PriceRounding)random.Next(1, 3) : PriceRounding.None,
            Chance(random, 10));
    }

    private static DateRange Window(Random random, DateOnly earliest, int spreadDays)
    {
        var from = earliest.AddDays(random.Next(spreadDays));
        return DateRange.Create(from, from.AddDays(random.Next(0, 60))).Value;
    }

    private static DayCountRange Counts(Random random, int lowest, int highest)
    {
        var min = Chance(random, 60) ? random.Next(lowest, highest + 1) : (int?)null;
        var max = Chance(random, 60) ? random.Next(min ?? lowest, highest + 1) : (int?)null;
        return new DayCountRange(min, max);
    }

    private static bool Chance(Random random, int percent) => random.Next(100) < percent;
}
