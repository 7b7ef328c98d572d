using System.Globalization;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Fleet;
using CarRentalGateway.Core.Pricing;

namespace CarRentalGateway.Core.Tests.Pricing;

public class RuleSetCheckerTests
{
    private static readonly DateOnly Today = Day("2026-05-01");

    private static readonly Guid DraftSetId = Guid.Parse("0197b000-0000-7000-8000-000000000001");

    private static readonly Guid SixtGermany = Guid.Parse("0197b000-0000-7000-8000-0000000000a1");
    private static readonly Guid HertzUs = Guid.Parse("0197b000-0000-7000-8000-0000000000a2");
    private static readonly Guid MunichAirport = Guid.Parse("0197b000-0000-7000-8000-0000000000b1");
    private static readonly Guid BerlinCentral = Guid.Parse("0197b000-0000-7000-8000-0000000000b2");
    private static readonly Guid SalzburgAirport = Guid.Parse("0197b000-0000-7000-8000-0000000000b3");
    private static readonly Guid JfkAirport = Guid.Parse("0197b000-0000-7000-8000-0000000000b4");

    /// <summary>Sixt Germany prices in EUR, with stations in Munich, Berlin and Salzburg; Hertz US in USD at JFK.</summary>
    private static readonly PricingCatalog Catalog = new(
        new Dictionary<Guid, CatalogLocation>
        {
            [MunichAirport] = new(SixtGermany, "DE"),
            [BerlinCentral] = new(SixtGermany, "DE"),
            [SalzburgAirport] = new(SixtGermany, "AT"),
            [JfkAirport] = new(HertzUs, "US"),
        },
        new Dictionary<Guid, string> { [SixtGermany] = "EUR", [HertzUs] = "USD" });

    // ----- Rule sets without problems

    [Fact]
    public void A_realistic_rule_set_has_no_problems()
    {
        var rules = new[]
        {
            Rule(1, "Germany markup", 100, Everything with { Country = "DE" }, Percent(12)),
            Rule(2, "Austria markup", 100, Everything with { Country = "AT" }, Percent(10)),
            Rule(3, "USA markup", 100, Everything with { Country = "US" }, Percent(15)),
            Rule(4, "Premium uplift", 200, Everything with { Acriss = Pattern("P???") }, Percent(5)),
            Rule(5, "Long-rental discount", 300, Everything with { RentalDays = new DayCountRange(14, null) }, Percent(-8)),
            Rule(6, "Summer season", 400, Everything with { PickUpDates = Window("2026-06-15", "2026-09-15") },
                Adjust() with { PerRental = Eur(15) }),
            Rule(7, "Early bird", 500, Everything with { BookingDates = Window("2026-04-01", "2026-06-30"), PickUpDates = Window("2026-07-01", "2026-08-31"), LeadDays = new DayCountRange(30, null) },
                Percent(-3)),
            Rule(8, "Munich airport surcharge", 600, Everything with { PickUpLocationId = MunichAirport }, Adjust() with { PerDay = Eur(2) }),
            Rule(9, "Sixt margin limits", 700, Everything with { SupplierId = SixtGermany },
                Adjust() with { MinMargin = Eur(10), MaxMargin = Eur(200) }),
            Rule(10, "Prices end in .99", 900, Everything, Adjust() with { Rounding = PriceRounding.NinetyNine }),
        };

        Assert.Empty(Check(rules));
    }

    [Fact]
    public void An_empty_rule_set_has_no_problems() => Assert.Empty(Check([]));

    // ----- Inactive rules

    [Fact]
    public void An_inactive_rule_is_not_checked()
    {
        var inactive = Rule(1, "Old summer", 100, Everything with { PickUpDates = Window("2025-06-01", "2025-08-31"), SupplierId = Guid.NewGuid() },
            Adjust() with { MinMargin = Eur(50), MaxMargin = Eur(20) }, active: false);

        Assert.Empty(Check([inactive]));
    }

    [Fact]
    public void An_inactive_stop_rule_does_not_shadow_later_rules()
    {
        var rules = new[]
        {
            Rule(1, "Net price only", 10, Everything, Adjust() with { StopFurtherRules = true }, active: false),
            Rule(2, "Germany markup", 100, Everything with { Country = "DE" }, Percent(12)),
        };

        Assert.Empty(Check(rules));
    }

    [Fact]
    public void An_inactive_rule_of_the_same_priority_does_not_make_the_order_ambiguous()
    {
        var rules = new[]
        {
            Rule(1, "Germany markup", 100, Everything with { Country = "DE" }, Percent(12)),
            Rule(2, "Germany markup (old)", 100, Everything with { Country = "DE" }, Percent(9), active: false),
        };

        Assert.Empty(Check(rules));
    }

    // ----- Empty scope

    [Fact]
    public void A_pick_up_window_that_ends_before_the_booking_window_starts_is_an_empty_scope()
    {
        var rule = Rule(1, "Autumn promo", 100,
            Everything with { PickUpDates = Window("2026-06-01", "2026-06-30"), BookingDates = Window("2026-07-01", "2026-07-31") },
            Percent(-5));

        AssertOnlyProblem(rule, RuleProblemKind.EmptyScope,
            "Never applies: its pick-up window (2026-06-01 – 2026-06-30) ends before its booking window (2026-07-01 – 2026-07-31) starts, " +
            "and no car is picked up before it is booked. Correct one of the two windows.");
    }

    [Fact]
    public void A_pick_up_window_that_ends_on_the_day_the_booking_window_starts_can_match()
    {
        var rule = Rule(1, "Same-day deal", 100,
            Everything with { PickUpDates = Window("2026-06-01", "2026-07-01"), BookingDates = Window("2026-07-01", "2026-07-31") },
            Percent(-5));

        Assert.Empty(Check([rule]));
    }

    [Fact]
    public void A_minimum_lead_time_longer_than_the_windows_allow_is_an_empty_scope()
    {
        var rule = Rule(1, "Early bird", 100,
            Everything with
            {
                BookingDates = Window("2026-06-01", "2026-06-30"),
                PickUpDates = Window("2026-07-01", "2026-07-31"),
                LeadDays = new DayCountRange(61, null),
            },
            Percent(-5));

        AssertOnlyProblem(rule, RuleProblemKind.EmptyScope,
            "Never applies: it needs bookings at least 61 days ahead, but its windows allow at most 60 " +
            "(booked on 2026-06-01, picked up on 2026-07-31). Lower the minimum lead time or widen the windows.");
    }

    [Fact]
    public void A_minimum_lead_time_the_windows_just_allow_can_match()
    {
        var rule = Rule(1, "Early bird", 100,
            Everything with
            {
                BookingDates = Window("2026-06-01", "2026-06-30"),
                PickUpDates = Window("2026-07-01", "2026-07-31"),
                LeadDays = new DayCountRange(60, 60),
            },
            Percent(-5));

        Assert.Empty(Check([rule]));
    }

    [Fact]
    public void A_maximum_lead_time_shorter_than_the_windows_allow_is_an_empty_scope()
    {
        var rule = Rule(1, "Last minute", 100,
            Everything with
            {
                BookingDates = Window("2026-06-01", "2026-06-30"),
                PickUpDates = Window("2026-08-01", "2026-08-31"),
                LeadDays = new DayCountRange(null, 31),
            },
            Percent(7));

        AssertOnlyProblem(rule, RuleProblemKind.EmptyScope,
            "Never applies: it needs bookings at most 31 days ahead, but its windows allow no fewer than 32 " +
            "(booked on 2026-06-30, picked up on 2026-08-01). Raise the maximum lead time or widen the windows.");
    }

    [Fact]
    public void A_lead_time_with_only_one_window_is_never_a_contradiction()
    {
        var rule = Rule(1, "Last minute", 100,
            Everything with { PickUpDates = Window("2026-08-01", "2026-08-31"), LeadDays = new DayCountRange(null, 3) },
            Percent(7));

        Assert.Empty(Check([rule]));
    }

    [Fact]
    public void A_pick_up_location_of_another_supplier_is_an_empty_scope()
    {
        var rule = Rule(1, "JFK for Sixt", 100, Everything with { SupplierId = SixtGermany, PickUpLocationId = JfkAirport }, Percent(5));

        AssertOnlyProblem(rule, RuleProblemKind.EmptyScope,
            "Never applies: its pick-up location belongs to another supplier than the one it is limited to. " +
            "Choose one of that supplier's locations, or clear the supplier (the location already decides it).");
    }

    [Fact]
    public void A_pick_up_location_in_another_country_is_an_empty_scope()
    {
        var rule = Rule(1, "Salzburg in Germany", 100, Everything with { Country = "DE", PickUpLocationId = SalzburgAirport }, Percent(5));

        AssertOnlyProblem(rule, RuleProblemKind.EmptyScope,
            "Never applies: it is limited to Germany, but its pick-up location is in Austria. " +
            "Choose a location in that country, or clear the country (the location already decides it).");
    }

    [Fact]
    public void A_supplier_location_and_country_that_agree_can_match()
    {
        var rule = Rule(1, "Munich", 100, Everything with { SupplierId = SixtGermany, Country = "DE", PickUpLocationId = MunichAirport },
            Adjust() with { PerRental = Eur(5) });

        Assert.Empty(Check([rule]));
    }

    [Fact]
    public void Amounts_in_another_currency_than_the_suppliers_are_an_empty_scope()
    {
        var rule = Rule(1, "Sixt booking fee", 100, Everything with { SupplierId = SixtGermany }, Adjust() with { PerRental = Usd(5) });

        AssertOnlyProblem(rule, RuleProblemKind.EmptyScope,
            "Never applies: its amounts are in USD, but the supplier it is limited to prices its offers in EUR, " +
            "and a rule with amounts applies only to offers in their currency. Give the amounts in EUR.");
    }

    [Fact]
    public void Amounts_in_another_currency_than_the_pick_up_locations_supplier_are_an_empty_scope()
    {
        var rule = Rule(1, "JFK airport fee", 100, Everything with { PickUpLocationId = JfkAirport }, Adjust() with { PerDay = Eur(3) });

        AssertOnlyProblem(rule, RuleProblemKind.EmptyScope,
            "Never applies: its amounts are in EUR, but the supplier of its pick-up location prices its offers in USD, " +
            "and a rule with amounts applies only to offers in their currency. Give the amounts in USD.");
    }

    [Fact]
    public void Amounts_without_a_supplier_or_location_apply_to_the_offers_in_their_currency()
    {
        var rule = Rule(1, "US booking fee", 100, Everything with { Country = "US" }, Adjust() with { PerRental = Usd(4) });

        Assert.Empty(Check([rule]));
    }

    [Fact]
    public void A_supplier_the_catalog_does_not_know_is_an_empty_scope()
    {
        var rule = Rule(1, "Gone supplier", 100, Everything with { SupplierId = Guid.NewGuid() }, Adjust() with { PerRental = Eur(5) });

        AssertOnlyProblem(rule, RuleProblemKind.EmptyScope,
            "Never applies: the supplier it is limited to no longer exists. Choose another supplier or clear the supplier.");
    }

    [Fact]
    public void A_pick_up_location_the_catalog_does_not_know_is_an_empty_scope()
    {
        var rule = Rule(1, "Closed station", 100, Everything with { SupplierId = SixtGermany, PickUpLocationId = Guid.NewGuid() }, Percent(5));

        AssertOnlyProblem(rule, RuleProblemKind.EmptyScope,
            "Never applies: the pick-up location it is limited to no longer exists. Choose another location or clear the pick-up location.");
    }

    [Fact]
    public void Every_contradiction_of_one_scope_is_reported()
    {
        var rule = Rule(1, "Muddled", 100,
            Everything with { SupplierId = HertzUs, Country = "DE", PickUpLocationId = SalzburgAirport },
            Adjust() with { PerRental = Eur(5) });

        var messages = Check([rule]).Select(problem => (problem.Kind, problem.Message)).ToList();

        Assert.Equal(3, messages.Count);
        Assert.All(messages, message => Assert.Equal(RuleProblemKind.EmptyScope, message.Kind));
        Assert.Contains("belongs to another supplier", messages[0].Message);
        Assert.Contains("limited to Germany, but its pick-up location is in Austria", messages[1].Message);
        Assert.Contains("amounts are in EUR, but the supplier it is limited to prices its offers in USD", messages[2].Message);
    }

    // ----- Ended windows

    [Fact]
    public void A_pick_up_window_that_has_ended_is_reported()
    {
        var rule = Rule(1, "Easter", 100, Everything with { PickUpDates = Window("2026-03-28", "2026-04-30") }, Percent(8));

        AssertOnlyProblem(rule, RuleProblemKind.WindowEnded,
            "Its pick-up window ended on 2026-04-30, so no new booking can match it. Move the window forward or make the rule inactive.");
    }

    [Fact]
    public void A_booking_window_that_has_ended_is_reported()
    {
        var rule = Rule(1, "Spring sale", 100, Everything with { BookingDates = Window("2026-03-01", "2026-04-30") }, Percent(-8));

        AssertOnlyProblem(rule, RuleProblemKind.WindowEnded,
            "Its booking window ended on 2026-04-30, so no new booking can match it. Move the window forward or make the rule inactive.");
    }

    [Fact]
    public void Two_ended_windows_are_reported_together()
    {
        var rule = Rule(1, "Easter early bird", 100,
            Everything with { BookingDates = Window("2026-01-01", "2026-02-28"), PickUpDates = Window("2026-03-28", "2026-04-12") },
            Percent(-8));

        AssertOnlyProblem(rule, RuleProblemKind.WindowEnded,
            "Its pick-up window ended on 2026-04-12 and its booking window on 2026-02-28, so no new booking can match it. " +
            "Move the windows forward or make the rule inactive.");
    }

    [Fact]
    public void A_pick_up_window_closer_than_the_minimum_lead_time_is_reported_as_ended()
    {
        var rule = Rule(1, "May early bird", 100,
            Everything with { PickUpDates = Window("2026-05-01", "2026-05-10"), LeadDays = new DayCountRange(14, null) },
            Percent(-5));

        AssertOnlyProblem(rule, RuleProblemKind.WindowEnded,
            "Its pick-up window ends on 2026-05-10 and it needs bookings at least 14 days ahead, so the last booking it could match " +
            "was made on 2026-04-26. Move the window forward, lower the minimum lead time or make the rule inactive.");
    }

    [Theory]
    [InlineData("2026-05-01", null)]
    [InlineData("2026-05-15", 14)]
    public void Windows_that_still_admit_a_booking_today_are_fine(string pickUpEnd, int? minimumLead)
    {
        var rule = Rule(1, "Spring", 100,
            Everything with
            {
                BookingDates = Window("2026-04-01", "2026-05-01"),
                PickUpDates = Window("2026-04-01", pickUpEnd),
                LeadDays = new DayCountRange(minimumLead, null),
            },
            Percent(5));

        Assert.Empty(Check([rule]));
    }

    [Fact]
    public void An_empty_scope_and_an_ended_window_are_both_reported()
    {
        var rule = Rule(1, "Last year's autumn promo", 100,
            Everything with { PickUpDates = Window("2025-09-01", "2025-09-30"), BookingDates = Window("2025-10-01", "2025-10-31") },
            Percent(-5));

        Assert.Equal(
            [RuleProblemKind.EmptyScope, RuleProblemKind.WindowEnded],
            Check([rule]).Select(problem => problem.Kind));
    }

    // ----- Shadowed

    [Fact]
    public void A_rule_covered_by_an_earlier_stop_rule_is_shadowed()
    {
        var stop = Rule(3, "Sixt net prices", 10, Everything with { SupplierId = SixtGermany }, Adjust() with { StopFurtherRules = true });
        var later = Rule(7, "Sixt compact uplift", 100, Everything with { SupplierId = SixtGermany, Acriss = Pattern("C???") }, Percent(4));

        var problem = Assert.Single(Check([later, stop]));

        Assert.Equal(new RuleProblem(later.Id, RuleProblemKind.Shadowed,
            "Never applies: R3 Sixt net prices runs before it, stops further rules and applies to every trip this rule applies to. " +
            "To let this rule work, give this rule a priority below 10 so it runs first, narrow the scope of R3, " +
            "or turn off \"Stop further rules\" on R3.", stop.Id), problem);
    }

    [Fact]
    public void A_stop_rule_with_priority_zero_is_not_advised_to_be_overtaken()
    {
        var stop = Rule(1, "Everything at cost", 0, Everything, Adjust() with { StopFurtherRules = true });
        var later = Rule(2, "Germany markup", 0, Everything with { Country = "DE" }, Percent(12));

        var shadowed = Assert.Single(Check([stop, later]), problem => problem.Kind == RuleProblemKind.Shadowed);

        Assert.Equal(
            "Never applies: R1 Everything at cost runs before it, stops further rules and applies to every trip this rule applies to. " +
            "To let this rule work, narrow the scope of R1, or turn off \"Stop further rules\" on R1.", shadowed.Message);
    }

    [Fact]
    public void A_later_stop_rule_does_not_shadow_an_earlier_rule()
    {
        var rules = new[]
        {
            Rule(1, "Sixt compact uplift", 10, Everything with { SupplierId = SixtGermany, Acriss = Pattern("C???") }, Percent(4)),
            Rule(2, "Sixt net prices", 100, Everything with { SupplierId = SixtGermany }, Adjust() with { StopFurtherRules = true }),
        };

        Assert.Empty(Check(rules));
    }

    [Fact]
    public void A_stop_rule_covering_only_part_of_a_later_scope_does_not_shadow_it()
    {
        var summer = Window("2026-06-01", "2026-08-31");
        var rules = new[]
        {
            Rule(1, "German compacts in summer, flat", 10, Everything with { Country = "DE", Acriss = Pattern("C???"), PickUpDates = summer },
                Adjust() with { StopFurtherRules = true }),
            Rule(2, "Summer uplift", 100, Everything with { PickUpDates = summer }, Percent(5)),
            Rule(3, "Germany uplift", 110, Everything with { Country = "DE" }, Percent(2)),
            Rule(4, "German compacts, long summer", 120,
                Everything with { Country = "DE", Acriss = Pattern("C???"), PickUpDates = Window("2026-05-15", "2026-09-15") }, Percent(-4)),
            Rule(5, "German compacts all year", 130, Everything with { Country = "DE", Acriss = Pattern("C???") }, Percent(1)),
        };

        Assert.Empty(Check(rules));
    }

    [Fact]
    public void An_earlier_rule_that_does_not_stop_does_not_shadow()
    {
        var rules = new[]
        {
            Rule(1, "Everything markup", 10, Everything, Percent(10)),
            Rule(2, "Germany markup", 100, Everything with { Country = "DE" }, Percent(2)),
        };

        Assert.Empty(Check(rules));
    }

    [Fact]
    public void A_shadowed_rule_names_the_first_stop_rule_that_covers_it()
    {
        var first = Rule(5, "Germany flat", 10, Everything with { Country = "DE" }, Adjust() with { StopFurtherRules = true });
        var second = Rule(2, "Everything flat", 20, Everything, Adjust() with { StopFurtherRules = true });
        var later = Rule(9, "Munich uplift", 30, Everything with { PickUpLocationId = MunichAirport }, Percent(3));

        var shadowed = Check([later, second, first]).Where(problem => problem.RuleId == later.Id).ToList();

        Assert.Equal(first.Id, Assert.Single(shadowed).OtherRuleId);
    }

    [Fact]
    public void A_stop_rule_with_amounts_does_not_shadow_a_rule_that_also_applies_in_other_currencies()
    {
        var rules = new[]
        {
            Rule(1, "EUR booking fee, nothing more", 10, Everything, Adjust() with { PerRental = Eur(5), StopFurtherRules = true }),
            Rule(2, "Compact uplift", 100, Everything with { Acriss = Pattern("C???") }, Percent(4)),
        };

        Assert.Empty(Check(rules));
    }

    [Fact]
    public void A_stop_rule_with_amounts_shadows_a_rule_with_amounts_in_the_same_currency()
    {
        var stop = Rule(1, "EUR booking fee, nothing more", 10, Everything, Adjust() with { PerRental = Eur(5), StopFurtherRules = true });
        var later = Rule(2, "Compact fee", 100, Everything with { Acriss = Pattern("C???") }, Adjust() with { PerDay = Eur(1) });
        var otherCurrency = Rule(3, "Compact fee in dollars", 100, Everything with { Acriss = Pattern("C???") }, Adjust() with { PerDay = Usd(1) });

        var problem = Assert.Single(Check([stop, later, otherCurrency]));

        Assert.Equal((later.Id, RuleProblemKind.Shadowed, stop.Id), (problem.RuleId, problem.Kind, problem.OtherRuleId));
    }

    [Fact]
    public void A_stop_rule_with_amounts_shadows_a_rule_whose_supplier_prices_only_in_that_currency()
    {
        var stop = Rule(1, "EUR booking fee, nothing more", 10, Everything, Adjust() with { PerRental = Eur(5), StopFurtherRules = true });
        var later = Rule(2, "Sixt uplift", 100, Everything with { SupplierId = SixtGermany }, Percent(3));
        var inDollars = Rule(3, "Hertz uplift", 100, Everything with { SupplierId = HertzUs }, Percent(3));

        var problem = Assert.Single(Check([stop, later, inDollars]));

        Assert.Equal((later.Id, RuleProblemKind.Shadowed, stop.Id), (problem.RuleId, problem.Kind, problem.OtherRuleId));
    }

    [Fact]
    public void A_stop_rule_for_a_supplier_shadows_a_rule_for_one_of_its_locations()
    {
        var stop = Rule(1, "Sixt net prices", 10, Everything with { SupplierId = SixtGermany }, Adjust() with { StopFurtherRules = true });
        var later = Rule(2, "Munich uplift", 100, Everything with { PickUpLocationId = MunichAirport }, Percent(3));
        var elsewhere = Rule(3, "JFK uplift", 100, Everything with { PickUpLocationId = JfkAirport }, Percent(3));

        var problem = Assert.Single(Check([stop, later, elsewhere]));

        Assert.Equal((later.Id, RuleProblemKind.Shadowed, stop.Id), (problem.RuleId, problem.Kind, problem.OtherRuleId));
    }

    [Fact]
    public void A_stop_rule_for_a_country_shadows_a_rule_for_a_location_in_it()
    {
        var stop = Rule(1, "Austria flat", 10, Everything with { Country = "AT" }, Adjust() with { StopFurtherRules = true });
        var later = Rule(2, "Salzburg uplift", 100, Everything with { PickUpLocationId = SalzburgAirport }, Percent(3));
        var elsewhere = Rule(3, "Munich uplift", 100, Everything with { PickUpLocationId = MunichAirport }, Percent(3));

        var problem = Assert.Single(Check([stop, later, elsewhere]));

        Assert.Equal((later.Id, RuleProblemKind.Shadowed, stop.Id), (problem.RuleId, problem.Kind, problem.OtherRuleId));
    }

    [Fact]
    public void A_stop_rule_that_runs_first_by_number_shadows_a_rule_of_the_same_priority_and_the_order_is_ambiguous()
    {
        var stop = Rule(1, "Germany flat", 100, Everything with { Country = "DE" }, Adjust() with { StopFurtherRules = true });
        var later = Rule(2, "Germany compact", 100, Everything with { Country = "DE", Acriss = Pattern("C???") }, Percent(3));

        var problems = Check([later, stop]).Select(problem => (problem.RuleId, problem.Kind, problem.OtherRuleId));

        Assert.Equal(
            [
                (stop.Id, RuleProblemKind.AmbiguousOrder, later.Id),
                (later.Id, RuleProblemKind.Shadowed, stop.Id),
                (later.Id, RuleProblemKind.AmbiguousOrder, stop.Id),
            ],
            problems);
    }

    [Fact]
    public void A_rule_with_an_empty_scope_neither_shadows_nor_is_shadowed()
    {
        var emptyStop = Rule(1, "JFK for Sixt", 10, Everything with { SupplierId = SixtGermany, PickUpLocationId = JfkAirport },
            Adjust() with { StopFurtherRules = true });
        var stop = Rule(2, "Everything flat", 20, Everything, Adjust() with { StopFurtherRules = true });
        var emptyLater = Rule(3, "Salzburg in Germany", 30, Everything with { Country = "DE", PickUpLocationId = SalzburgAirport }, Percent(3));

        Assert.Equal(
            [(emptyStop.Id, RuleProblemKind.EmptyScope), (emptyLater.Id, RuleProblemKind.EmptyScope)],
            Check([emptyStop, stop, emptyLater]).Select(problem => (problem.RuleId, problem.Kind)));
    }

    // ----- Ambiguous order

    [Fact]
    public void Overlapping_rules_of_the_same_priority_are_reported_on_both_naming_each_other()
    {
        var markup = Rule(4, "Germany markup", 100, Everything with { Country = "DE" }, Percent(12));
        var compact = Rule(9, "Compact uplift", 100, Everything with { Acriss = Pattern("C???") }, Adjust() with { PerRental = Eur(5) });

        var problems = Check([compact, markup]);

        Assert.Equal(
            [
                new RuleProblem(markup.Id, RuleProblemKind.AmbiguousOrder,
                    "R9 Compact uplift has the same priority (100) and some trips match both, so only the rule numbers decide that R4 runs before R9. " +
                    "Give one of the two another priority.", compact.Id),
                new RuleProblem(compact.Id, RuleProblemKind.AmbiguousOrder,
                    "R4 Germany markup has the same priority (100) and some trips match both, so only the rule numbers decide that R4 runs before R9. " +
                    "Give one of the two another priority.", markup.Id),
            ],
            problems);
    }

    [Fact]
    public void A_rule_overlapping_several_rules_of_its_priority_gets_one_problem_naming_them_in_evaluation_order()
    {
        var first = Rule(1, "Germany markup", 100, Everything with { Country = "DE" }, Percent(12));
        var second = Rule(2, "Compact uplift", 100, Everything with { Acriss = Pattern("C???") }, Percent(3));
        var third = Rule(3, "Long rentals", 100, Everything with { RentalDays = new DayCountRange(14, null) }, Percent(-5));

        var problems = Check([third, first, second]);

        Assert.Equal([first.Id, second.Id, third.Id], problems.Select(problem => problem.RuleId));
        Assert.All(problems, problem => Assert.Equal(RuleProblemKind.AmbiguousOrder, problem.Kind));
        Assert.Equal([second.Id, first.Id, first.Id], problems.Select(problem => problem.OtherRuleId!.Value));
        Assert.Equal(
            "R1 Germany markup and R3 Long rentals have the same priority (100) and some trips match this rule and each of them, " +
            "so only the rule numbers decide the order (lowest number first). Give them different priorities.",
            problems[1].Message);
    }

    [Fact]
    public void An_ambiguous_order_with_many_rules_names_three_and_counts_the_rest()
    {
        var rules = Enumerable.Range(1, 6).Select(number => Rule(number, $"Markup {number}", 100, Everything, Percent(number))).ToList();

        var problems = Check(rules);

        Assert.Equal(6, problems.Count);
        Assert.Equal(
            "R2 Markup 2, R3 Markup 3, R4 Markup 4 and 2 more rules have the same priority (100) and some trips match this rule and each of them, " +
            "so only the rule numbers decide the order (lowest number first). Give them different priorities.",
            problems[0].Message);
        Assert.StartsWith("R1 Markup 1, R2 Markup 2, R3 Markup 3 and 2 more rules have", problems[5].Message);
    }

    [Fact]
    public void Rules_of_the_same_priority_that_never_match_the_same_trip_are_fine()
    {
        var rules = new[]
        {
            Rule(1, "Germany", 100, Everything with { Country = "DE" }, Percent(12)),
            Rule(2, "Austria", 100, Everything with { Country = "AT" }, Percent(10)),
            Rule(3, "Compacts in Munich", 200, Everything with { PickUpLocationId = MunichAirport, Acriss = Pattern("C???") }, Percent(3)),
            Rule(4, "Economy in Munich", 200, Everything with { PickUpLocationId = MunichAirport, Acriss = Pattern("E???") }, Percent(2)),
            Rule(5, "Short rentals", 300, Everything with { RentalDays = new DayCountRange(1, 3) }, Percent(5)),
            Rule(6, "Long rentals", 300, Everything with { RentalDays = new DayCountRange(4, null) }, Percent(-5)),
            Rule(7, "June", 400, Everything with { PickUpDates = Window("2026-06-01", "2026-06-30") }, Percent(5)),
            Rule(8, "July", 400, Everything with { PickUpDates = Window("2026-07-01", "2026-07-31") }, Percent(7)),
        };

        Assert.Empty(Check(rules));
    }

    [Fact]
    public void Rules_of_the_same_priority_in_different_currencies_are_fine()
    {
        var rules = new[]
        {
            Rule(1, "EUR booking fee", 100, Everything, Adjust() with { PerRental = Eur(5) }),
            Rule(2, "USD booking fee", 100, Everything, Adjust() with { PerRental = Usd(5) }),
            Rule(3, "Sixt uplift", 200, Everything with { SupplierId = SixtGermany }, Percent(3)),
            Rule(4, "USD service fee", 200, Everything, Adjust() with { PerDay = Usd(1) }),
        };

        Assert.Empty(Check(rules));
    }

    [Fact]
    public void Rules_of_the_same_priority_for_a_supplier_and_another_suppliers_location_are_fine()
    {
        var rules = new[]
        {
            Rule(1, "Sixt uplift", 100, Everything with { SupplierId = SixtGermany }, Percent(3)),
            Rule(2, "JFK uplift", 100, Everything with { PickUpLocationId = JfkAirport }, Percent(4)),
        };

        Assert.Empty(Check(rules));
    }

    [Fact]
    public void Overlapping_rules_of_different_priorities_are_fine()
    {
        var rules = new[]
        {
            Rule(1, "Germany markup", 100, Everything with { Country = "DE" }, Percent(12)),
            Rule(2, "Compact uplift", 101, Everything with { Acriss = Pattern("C???") }, Percent(3)),
        };

        Assert.Empty(Check(rules));
    }

    // ----- Floor above ceiling

    [Fact]
    public void A_minimum_margin_above_the_maximum_margin_is_reported()
    {
        var rule = Rule(1, "Margin band", 100, Everything, Adjust() with { MinMargin = Eur(50), MaxMargin = Eur(30) });

        AssertOnlyProblem(rule, RuleProblemKind.FloorAboveCeiling,
            "Its minimum margin (50.00 EUR) is above its maximum margin (30.00 EUR): the minimum wins, so the maximum never takes effect. " +
            "Lower the minimum or raise the maximum.");
    }

    [Fact]
    public void A_minimum_margin_equal_to_the_maximum_margin_is_fine()
    {
        var rule = Rule(1, "Fixed margin", 100, Everything, Adjust() with { MinMargin = Eur(30), MaxMargin = Eur(30) });

        Assert.Empty(Check([rule]));
    }

    // ----- Order of the problems

    [Fact]
    public void Problems_come_in_evaluation_order_then_by_kind_whatever_the_order_of_the_rules()
    {
        var late = Rule(1, "Margin band", 300, Everything with { Country = "DE" }, Adjust() with { MinMargin = Eur(50), MaxMargin = Eur(30) });
        var stop = Rule(8, "Germany flat", 100, Everything with { Country = "DE" }, Adjust() with { StopFurtherRules = true });
        var muddled = Rule(2, "Old Salzburg", 200,
            Everything with { Country = "DE", PickUpLocationId = SalzburgAirport, PickUpDates = Window("2026-01-01", "2026-01-31") },
            Adjust() with { MinMargin = Eur(50), MaxMargin = Eur(30) });
        var expected = new[]
        {
            (muddled.Id, RuleProblemKind.EmptyScope),
            (muddled.Id, RuleProblemKind.WindowEnded),
            (muddled.Id, RuleProblemKind.FloorAboveCeiling),
            (late.Id, RuleProblemKind.Shadowed),
            (late.Id, RuleProblemKind.FloorAboveCeiling),
        };

        Assert.Equal(expected, Check([late, stop, muddled]).Select(problem => (problem.RuleId, problem.Kind)));
        Assert.Equal(expected, Check([muddled, late, stop]).Select(problem => (problem.RuleId, problem.Kind)));
    }

    // ----- Building blocks

    private static RuleScope Everything => RuleScope.Everything;

    private static IReadOnlyList<RuleProblem> Check(IReadOnlyCollection<PricingRule> rules) => RuleSetChecker.Check(rules, Today, Catalog);

    private static PricingRule Rule(int number, string name, int priority, RuleScope scope, RuleAdjustment adjustment, bool active = true)
    {
        var rule = PricingRule.Create(Guid.NewGuid(), DraftSetId, number, new PricingRuleDefinition(name, active, priority, scope, adjustment, null));
        Assert.True(rule.Succeeded, rule.Error);
        return rule.Value;
    }

    private static void AssertOnlyProblem(PricingRule rule, RuleProblemKind kind, string message) =>
        Assert.Equal(new RuleProblem(rule.Id, kind, message), Assert.Single(Check([rule])));

    private static RuleAdjustment Adjust() => RuleAdjustment.None;

    private static RuleAdjustment Percent(int percent) => RuleAdjustment.None with { Percent = percent * 100 };

    private static Money Eur(decimal amount) => Money.FromAmount(amount, "EUR").Value;

    private static Money Usd(decimal amount) => Money.FromAmount(amount, "USD").Value;

    private static AcrissPattern Pattern(string pattern) => AcrissPattern.Parse(pattern).Value;

    private static DateRange Window(string from, string to) => DateRange.Create(Day(from), Day(to)).Value;

    private static DateOnly Day(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
