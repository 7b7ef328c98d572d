namespace CarRentalGateway.Core.Pricing;

/// <summary>Where a set of pricing rules is in its life: edited, pricing trips, or kept for the record.</summary>
public enum RuleSetStatus
{
    /// <summary>The one set admins edit; it prices nothing until it is published.</summary>
    Draft,

    /// <summary>The one set that prices every quote.</summary>
    Published,

    /// <summary>Published once, replaced by a later publish; kept readable.</summary>
    Superseded,
}
