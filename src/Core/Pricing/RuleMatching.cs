namespace CarRentalGateway.Core.Pricing;

/// <summary>How the engine finds the rules whose scope matches a trip; both give the same rules in the same order.</summary>
public enum RuleMatching
{
    /// <summary>Bit masks per supplier, country, location, ACRISS letter and currency, built once per rule set.</summary>
    Indexed,

    /// <summary>Every rule's scope checked in turn: the plain reference the index is tested and measured against.</summary>
    ScanEveryRule,
}
