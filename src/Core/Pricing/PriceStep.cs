using CarRentalGateway.Core.Common;

namespace CarRentalGateway.Core.Pricing;

/// <summary>
/// One step from the supplier's price to the customer's: a rule, a margin floor or ceiling, or rounding, with
/// the running price before and after it.
/// </summary>
/// <param name="Rule">The rule behind the step: the rule applied, or the rule whose margin limit or rounding it is.</param>
public sealed record PriceStep(PriceStepKind Kind, string Description, Money Before, Money After, AppliedRule? Rule = null)
{
    /// <summary>What the step added (negative: took off).</summary>
    public Money Change => After.Minus(Before);
}

/// <summary>A rule as a price explanation names it: "R12 v3 Summer uplift Spain".</summary>
public sealed record AppliedRule(int Number, int Version, string Name)
{
    public override string ToString() => $"R{Number} v{Version} {Name}";
}

public enum PriceStepKind
{
    Rule,
    MarginFloor,
    MarginCeiling,
    Rounding,
}
