using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Pricing;

namespace CarRentalGateway.BackOffice.Tests.Components.Pricing;

/// <summary>The component test context with a way to store rule sets straight through the DbContext.</summary>
public abstract class PricingComponentTests : ComponentTestContext
{
    /// <summary>A rule for every offer with a percentage, priority 100.</summary>
    protected static PricingRuleDefinition Rule(string name, int percentBasisPoints, Func<PricingRuleDefinition, PricingRuleDefinition>? change = null)
    {
        var rule = new PricingRuleDefinition(name, true, 100, RuleScope.Everything, RuleAdjustment.None with { Percent = percentBasisPoints }, null);
        return change is null ? rule : change(rule);
    }

    /// <summary>A rule whose minimum margin is above its maximum, run last: the checker flags it, and nothing else.</summary>
    protected static PricingRuleDefinition FloorAboveCeiling(string name) => Rule(name, 0, r => r with
    {
        Priority = 900,
        Adjustment = r.Adjustment with { MinMargin = Money.Of(4000, "EUR"), MaxMargin = Money.Of(2000, "EUR") },
    });

    /// <summary>Stores a rule set numbered <paramref name="number"/> with these rules (R1, R2, … in order), published unless asked for a draft.</summary>
    protected async Task SeedRuleSetAsync(int number, bool published, params PricingRuleDefinition[] rules)
    {
        await using var db = await Database.CreateDbContextAsync();
        var set = PricingRuleSet.StartDraft(Guid.NewGuid(), number);
        db.PricingRuleSets.Add(set);
        for (var i = 0; i < rules.Length; i++)
        {
            db.PricingRules.Add(PricingRule.Create(Guid.NewGuid(), set.Id, i + 1, rules[i]).Value);
        }

        if (published)
        {
            set.Publish("ann.admin@crg.example", new DateTime(2026, 3, 14, 9, 0, 0, DateTimeKind.Utc));
        }

        await db.SaveChangesAsync();
    }
}
