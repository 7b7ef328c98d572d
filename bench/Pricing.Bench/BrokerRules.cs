using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Fleet;
using CarRentalGateway.Core.Pricing;

namespace CarRentalGateway.Pricing.Bench;

/// <summary>
/// A rule set distributed the way a broker's grows: just over half for one supplier (some of its car groups, a
/// station, a season), most of the rest for one market (per car group, season, booking window, lead time or
/// rental length), and a few for every market. Markups and discounts of −15 % to +25 %, some fixed amounts, margin limits, rounding,
/// and the odd rule that stops the rest.
/// </summary>
internal static class BrokerRules
{
    /// <summary>Car groups by their first letter, as most rules name them.</summary>
    private static readonly string[] Groups = ["M???", "E???", "C???", "I???", "S???", "F???", "P???", "L???", "X???"];

    /// <summary>Wider sets for the rules that cover every market: automatics, SUVs, wagons, manuals.</summary>
    private static readonly string[] WidePatterns = ["??A?", "?F??", "?W??", "??M?"];

    public static List<PricingRule> Generate(BrokerWorld world, int count, Random random)
    {
        var setId = Guid.NewGuid();
        var countries = world.CountryCodes.ToArray();
        var rules = new List<PricingRule>(count);
        for (var number = 1; number <= count; number++)
        {
            var supplier = world.Suppliers[random.Next(world.Suppliers.Count)];
            // The first rules a broker writes are the wide ones; the rest follow the mix.
            var (scope, currency) = (number <= 3 ? 99 : random.Next(100)) switch
            {
                // A supplier's own deal, mostly for some categories, often for one station or a season.
                < 55 => (Narrowed(random, RuleScope.Everything with { SupplierId = supplier.Supplier.Id }, 70, 20) with
                {
                    PickUpLocationId = random.Next(10) < 4 ? supplier.Stations[random.Next(supplier.Stations.Count)].Id : null,
                }, supplier.Currency),

                // A market's markup per car category, or its season and booking-window rules.
                < 98 => (Narrowed(random, RuleScope.Everything with { Country = countries[random.Next(countries.Length)] }, 85, 40), "EUR"),

                // The few rules for every market: a category uplift, a season, or a plain global markup.
                _ => (random.Next(3) switch
                {
                    0 => RuleScope.Everything with { Acriss = AcrissPattern.Parse(WidePatterns[random.Next(WidePatterns.Length)]).Value },
                    1 => Calendar(random, RuleScope.Everything),
                    _ => RuleScope.Everything,
                }, "EUR"),
            };

            var definition = new PricingRuleDefinition(
                $"Rule {number}", true, random.Next(0, 100) * 10, scope, Adjustment(random, currency), null);
            rules.Add(PricingRule.Create(Guid.NewGuid(), setId, number, definition).Value);
        }

        return rules;
    }

    private static RuleAdjustment Adjustment(Random random, string currency)
    {
        var minor = Currencies.MinorUnitsOf(currency) == 2 ? 100L : 1L;
        var scale = currency is "SEK" or "NOK" or "DKK" ? 10 : 1;
        Money Amount(int low, int high) => Money.Of(random.Next(low, high + 1) * minor * scale, currency);

        var adjustment = new RuleAdjustment(
            random.Next(4) > 0 ? random.Next(-1_500, 2_501) : 0,
            random.Next(10) == 0 ? Amount(-10, 20) : null,
            random.Next(12) == 0 ? Amount(-2, 5) : null,
            random.Next(8) == 0 ? Amount(5, 40) : null,
            random.Next(15) == 0 ? Amount(60, 200) : null,
            random.Next(10) == 0 ? (PriceRounding)random.Next(1, 3) : PriceRounding.None,
            random.Next(33) == 0);
        return adjustment.Validate().Succeeded ? adjustment : adjustment with { Percent = 500 };
    }

    /// <summary>One of: a pick-up season, a sales campaign, early booking or last minute, a long or short rental.</summary>
    private static RuleScope Calendar(Random random, RuleScope scope) => random.Next(5) switch
    {
        0 => scope with { PickUpDates = Window(random, new DateOnly(2026, 4, 1), 330, 15, 120) },
        1 => scope with { BookingDates = Window(random, new DateOnly(2026, 1, 1), 300, 14, 90) },
        2 => scope with { LeadDays = random.Next(2) == 0 ? new(random.Next(21, 61), null) : new(null, random.Next(0, 4)) },
        _ => scope with { RentalDays = random.Next(2) == 0 ? new(random.Next(7, 15), null) : new(null, random.Next(2, 4)) },
    };

    /// <summary>The scope narrowed to a car group and to a calendar condition, each with its chance in percent.</summary>
    private static RuleScope Narrowed(Random random, RuleScope scope, int groupPercent, int calendarPercent)
    {
        scope = Sometimes(random, groupPercent, scope, s => s with { Acriss = AcrissPattern.Parse(Groups[random.Next(Groups.Length)]).Value });
        return Sometimes(random, calendarPercent, scope, s => Calendar(random, s));
    }

    private static DateRange Window(Random random, DateOnly earliest, int spread, int shortest, int longest)
    {
        var from = earliest.AddDays(random.Next(spread));
        return DateRange.Create(from, from.AddDays(random.Next(shortest, longest))).Value;
    }

    private static RuleScope Sometimes(Random random, int percent, RuleScope scope, Func<RuleScope, RuleScope> narrow) =>
        random.Next(100) < percent ? narrow(scope) : scope;
}
