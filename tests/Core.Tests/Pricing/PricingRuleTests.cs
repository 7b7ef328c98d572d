using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Fleet;
using CarRentalGateway.Core.Pricing;
using static CarRentalGateway.Core.Tests.Pricing.PricingWorld;

namespace CarRentalGateway.Core.Tests.Pricing;

public sealed class PricingRuleTests
{
    private static readonly Guid DraftSetId = Guid.Parse("0197b000-0000-7000-8000-0000000000d2");

    /// <summary>Summer uplift for Baltic Drive's compacts at Tallinn Airport, 7+ day rentals booked 3+ days ahead.</summary>
    private static PricingRuleDefinition Valid() => new(
        "Summer uplift",
        true,
        100,
        new RuleScope(
            SupplierId, "EE", AirportId, AcrissPattern.Parse("C???").Value, Range("2026-06-01", "2026-08-31"),
            Range("2026-01-01", "2026-08-31"), new DayCountRange(3, null), new DayCountRange(7, 20)),
        new RuleAdjustment(1_250, Eur(5), Eur(1), Eur(10), Eur(60), PriceRounding.NinetyNine, true),
        "Agreed with revenue management");

    private static PricingRule Created(PricingRuleDefinition? definition = null, int number = 12) =>
        PricingRule.Create(Guid.NewGuid(), DraftSetId, number, definition ?? Valid()).Value;

    [Fact]
    public void A_new_rule_keeps_its_definition_in_flat_columns_at_version_1()
    {
        var id = Guid.NewGuid();

        var rule = PricingRule.Create(id, DraftSetId, 12, Valid()).Value;

        Assert.Equal((id, DraftSetId, 12, 1, "R12"), (rule.Id, rule.RuleSetId, rule.Number, rule.RuleVersion, rule.Label));
        Assert.Equal(("Summer uplift", true, 100, "Agreed with revenue management"), (rule.Name, rule.IsActive, rule.Priority, rule.Notes));
        Assert.Equal((SupplierId, "EE", AirportId, "C???"), (rule.SupplierId, rule.CountryCode, rule.PickUpLocationId, rule.AcrissPattern));
        Assert.Equal(
            (Day("2026-06-01"), Day("2026-08-31"), Day("2026-01-01"), Day("2026-08-31")),
            (rule.PickUpFrom!.Value, rule.PickUpTo!.Value, rule.BookedFrom!.Value, rule.BookedTo!.Value));
        Assert.Equal(((int?)3, (int?)null, (int?)7, (int?)20), (rule.MinLeadDays, rule.MaxLeadDays, rule.MinRentalDays, rule.MaxRentalDays));
        Assert.Equal((1_250, "EUR"), (rule.PercentBasisPoints, rule.Currency));
        Assert.Equal((500L, 100L, 1_000L, 6_000L), (rule.PerRentalMinor!.Value, rule.PerDayMinor!.Value, rule.MinMarginMinor!.Value, rule.MaxMarginMinor!.Value));
        Assert.Equal((PriceRounding.NinetyNine, true), (rule.Rounding, rule.StopFurtherRules));
        Assert.Equal(Valid(), rule.Definition);
    }

    [Fact]
    public void A_rule_without_amounts_has_no_currency_and_an_empty_scope_matches_everything()
    {
        var rule = Created(Valid() with { Scope = RuleScope.Everything, Adjustment = Percent(500) });

        Assert.Null(rule.Currency);
        Assert.Equal(RuleScope.Everything, rule.Scope);
        Assert.Equal(Percent(500), rule.Adjustment);
    }

    [Fact]
    public void A_new_rule_is_trimmed_and_its_country_upper_cased()
    {
        var rule = Created(Valid() with { Name = "  Summer uplift ", Notes = "   ", Scope = Valid().Scope with { Country = " ee " } });

        Assert.Equal(("Summer uplift", (string?)null, "EE"), (rule.Name, rule.Notes, rule.CountryCode));
    }

    [Fact]
    public void An_invalid_rule_is_not_created()
    {
        var created = PricingRule.Create(Guid.NewGuid(), DraftSetId, 1, Valid() with { Name = " " });

        Assert.True(created.Failed);
        Assert.Equal("Name", created.Field);
    }

    [Fact]
    public void Update_replaces_the_definition_and_keeps_number_and_version()
    {
        var rule = Created();
        var changed = new PricingRuleDefinition("Long rentals", false, 5, RuleScope.Everything with { RentalDays = new(14, null) }, Percent(-800), null);

        Assert.True(rule.Update(changed).Succeeded);

        Assert.Equal(changed, rule.Definition);
        Assert.Equal((12, 1), (rule.Number, rule.RuleVersion));
        Assert.Null(rule.Currency);
        Assert.Null(rule.PerRentalMinor);
        Assert.Null(rule.MinMarginMinor);
        Assert.Null(rule.AcrissPattern);
    }

    [Fact]
    public void A_refused_update_leaves_the_rule_as_it_was()
    {
        var rule = Created();

        var updated = rule.Update(Valid() with { Priority = -1, Name = "Changed" });

        Assert.Equal(("Priority is from 0 to 100000; lower runs first.", "Priority"), (updated.Error, updated.Field));
        Assert.Equal(Valid(), rule.Definition);
    }

    [Fact]
    public void A_copy_in_another_set_has_the_same_number_version_and_definition()
    {
        var rule = Created();
        rule.FollowVersion(2);
        var (copyId, setId) = (Guid.NewGuid(), Guid.NewGuid());

        var copy = rule.CopyTo(copyId, setId);

        Assert.Equal((copyId, setId, 12, 3), (copy.Id, copy.RuleSetId, copy.Number, copy.RuleVersion));
        Assert.Equal(rule.Definition, copy.Definition);
    }

    [Fact]
    public void Publishing_a_change_gives_the_version_after_the_published_one()
    {
        var rule = Created();

        rule.FollowVersion(4);

        Assert.Equal(5, rule.RuleVersion);
    }

    public static TheoryData<PricingRuleDefinition, string, string> InvalidDefinitions => new()
    {
        { Valid() with { Name = "" }, "Give the rule a name staff will recognise in a price explanation.", "Name" },
        { Valid() with { Name = new string('x', 101) }, "A rule name is at most 100 characters.", "Name" },
        { Valid() with { Priority = 100_001 }, "Priority is from 0 to 100000; lower runs first.", "Priority" },
        { Valid() with { Notes = new string('x', 1_001) }, "Notes are at most 1000 characters.", "Notes" },
        { Valid() with { Scope = Valid().Scope with { Country = "ZZ" } }, "Choose the country from the list.", "Country" },
        { Valid() with { Adjustment = Valid().Adjustment with { Percent = -9_001 } }, "The percentage is from -90 % to +500 %.", "Percent" },
    };

    [Theory]
    [MemberData(nameof(InvalidDefinitions))]
    public void An_invalid_definition_is_refused_on_its_field(PricingRuleDefinition definition, string message, string field)
    {
        var valid = definition.Validate();

        Assert.Equal((message, field), (valid.Error, valid.Field));
    }

    [Fact]
    public void The_longest_name_and_notes_and_the_highest_priority_are_accepted()
    {
        Assert.True((Valid() with { Name = new string('x', 100), Notes = new string('x', 1_000), Priority = 100_000 }).Validate().Succeeded);
        Assert.True((Valid() with { Priority = 0 }).Validate().Succeeded);
    }

    public static TheoryData<RuleAdjustment, string, string> InvalidAdjustments => new()
    {
        { Percent(-9_001), "The percentage is from -90 % to +500 %.", "Percent" },
        { Percent(50_001), "The percentage is from -90 % to +500 %.", "Percent" },
        { RuleAdjustment.None with { PerRental = Eur(5), PerDay = Money.Of(100, "SEK") }, "Give every amount of a rule in one currency.", "PerRental" },
        { RuleAdjustment.None with { MinMargin = Eur(-1) }, "A minimum margin is zero or more.", "MinMargin" },
        { RuleAdjustment.None with { MaxMargin = Eur(-1) }, "A maximum margin is zero or more.", "MaxMargin" },
        {
            RuleAdjustment.None,
            "The rule changes nothing: give a percentage, an amount, a margin limit, rounding, or stop further rules.",
            "Percent"
        },
    };

    [Theory]
    [MemberData(nameof(InvalidAdjustments))]
    public void An_invalid_adjustment_is_refused_on_its_field(RuleAdjustment adjustment, string message, string field)
    {
        var valid = adjustment.Validate();

        Assert.Equal((message, field), (valid.Error, valid.Field));
    }

    public static TheoryData<RuleAdjustment> ValidAdjustments => new()
    {
        Percent(-9_000),
        Percent(50_000),
        RuleAdjustment.None with { PerRental = Eur(-10) },
        RuleAdjustment.None with { PerDay = Eur(-1) },
        RuleAdjustment.None with { MinMargin = Eur(0) },
        RuleAdjustment.None with { MaxMargin = Eur(0) },
        RuleAdjustment.None with { Rounding = PriceRounding.WholeUnits },
        RuleAdjustment.None with { StopFurtherRules = true },
    };

    [Theory]
    [MemberData(nameof(ValidAdjustments))]
    public void Any_one_change_makes_a_valid_adjustment(RuleAdjustment adjustment)
    {
        Assert.True(adjustment.Validate().Succeeded);
    }

    [Fact]
    public void An_adjustments_currency_is_that_of_its_amounts()
    {
        Assert.Equal("SEK", (RuleAdjustment.None with { MaxMargin = Money.Of(100, "SEK") }).Currency);
        Assert.Null(Percent(100).Currency);
    }
}
