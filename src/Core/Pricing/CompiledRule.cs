namespace CarRentalGateway.Core.Pricing;

/// <summary>An active rule's scope and adjustment, read once from the entity so pricing never rebuilds them.</summary>
internal sealed class CompiledRule(PricingRule rule)
{
    public AppliedRule Reference { get; } = new(rule.Number, rule.RuleVersion, rule.Name);

    public RuleScope Scope { get; } = rule.Scope;

    public RuleAdjustment Adjustment { get; } = rule.Adjustment;

    public string? Currency { get; } = rule.Currency;

    public bool Matches(in RuleContext trip) => (Currency is null || Currency == trip.Currency) && Scope.Matches(trip);
}
