namespace CarRentalGateway.Core.Pricing;

/// <summary>Something wrong with a rule in a rule set, found before it is published and shown beside the rule.</summary>
/// <param name="RuleId">The rule the problem is shown beside.</param>
/// <param name="OtherRuleId">For a shadowed rule or an ambiguous order, the other rule involved.</param>
public sealed record RuleProblem(Guid RuleId, RuleProblemKind Kind, string Message, Guid? OtherRuleId = null);

public enum RuleProblemKind
{
    /// <summary>No trip can match the scope: its conditions contradict each other or the catalog.</summary>
    EmptyScope,

    /// <summary>Its pick-up or booking window has ended, so no new sale can match.</summary>
    WindowEnded,

    /// <summary>An earlier rule that stops further rules covers its whole scope.</summary>
    Shadowed,

    /// <summary>Another rule with the same priority overlaps its scope, so only rule numbers decide the order.</summary>
    AmbiguousOrder,

    /// <summary>Its minimum margin is above its maximum margin.</summary>
    FloorAboveCeiling,
}

/// <summary>What the checker needs to know about the catalog a rule set names.</summary>
/// <param name="Locations">Every location a rule may name: which supplier it belongs to and its country.</param>
/// <param name="SupplierCurrencies">Every supplier a rule may name, with the currency its offers are priced in.</param>
public sealed record PricingCatalog(
    IReadOnlyDictionary<Guid, CatalogLocation> Locations,
    IReadOnlyDictionary<Guid, string> SupplierCurrencies);

public sealed record CatalogLocation(Guid SupplierId, string Country);
