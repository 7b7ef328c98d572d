using CarRentalGateway.Core.Contracts;
using CarRentalGateway.Core.Fleet;
using CarRentalGateway.Core.Rates;
using CarRentalGateway.Core.Suppliers;

namespace CarRentalGateway.Core.Pricing;

/// <summary>One fleet offer with everything of its supplier that prices it.</summary>
/// <param name="Rates">The offer's rates; null when none have been entered.</param>
/// <param name="Contracts">The supplier's contracts; the one in force on the pick-up date is used.</param>
/// <param name="OneWayFees">The supplier's one-way fees.</param>
public sealed record OfferToPrice(
    Supplier Supplier,
    FleetOffer Offer,
    OfferRates? Rates,
    IReadOnlyCollection<Contract> Contracts,
    OneWayFees OneWayFees);
