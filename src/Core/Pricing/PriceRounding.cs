namespace CarRentalGateway.Core.Pricing;

/// <summary>
/// How a rule rounds the customer price, applied once after every rule, floor and ceiling. Prices are always
/// rounded up, so rounding never takes anything off a margin floor.
/// </summary>
public enum PriceRounding
{
    None,

    /// <summary>Up to the next whole unit: 45.20 → 46.00.</summary>
    WholeUnits,

    /// <summary>Up to the next price ending in .99: 45.20 → 45.99, 46.00 → 46.99.</summary>
    NinetyNine,
}
