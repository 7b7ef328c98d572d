using CarRentalGateway.Core.Common;

namespace CarRentalGateway.Core.Rates;

/// <summary>What an extra costs for one rental, with how it was worked out in words.</summary>
/// <param name="Amount">The total for all units.</param>
/// <param name="Capped">Whether the cap per rental lowered the price.</param>
/// <param name="Description">"Child seat × 2: 7 days × 10.00 EUR = 70.00 EUR, capped at 50.00 EUR each".</param>
public sealed record ExtraCost(Money Amount, bool Capped, string Description);
