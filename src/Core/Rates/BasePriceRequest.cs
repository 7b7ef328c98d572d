using CarRentalGateway.Core.Common;

namespace CarRentalGateway.Core.Rates;

/// <summary>Everything the supplier base price of one trip depends on, as plain values.</summary>
/// <param name="PickUpLocal">Wall-clock time at the pick-up location.</param>
/// <param name="DropOffLocal">Wall-clock time at the drop-off location.</param>
/// <param name="Rates">The rates of the fleet offer being priced.</param>
/// <param name="Extras">The supplier's extras chosen, each once with its quantity.</param>
/// <param name="OneWayFees">The supplier's one-way fees; only needed when drop-off is elsewhere.</param>
public sealed record BasePriceRequest(
    DateTime PickUpLocal,
    DateTime DropOffLocal,
    RentalStation PickUp,
    RentalStation DropOff,
    OfferRates Rates,
    IReadOnlyList<ChosenExtra> Extras,
    OneWayFees OneWayFees)
{
    /// <summary>How late a car may come back without another day; the supplier's, or the usual 59 minutes.</summary>
    public TimeSpan Grace { get; init; } = RentalDays.DefaultGrace;

    /// <summary>Charged per rental day when the driver is below the offer's young-driver age; null otherwise.</summary>
    public Money? YoungDriverDailyFee { get; init; }
}
