using CarRentalGateway.Core.Rates;

namespace CarRentalGateway.Core.Pricing;

/// <summary>The trip a customer asks for, as plain values: the same for every offer a search prices.</summary>
/// <param name="PickUpLocal">Wall-clock time at the pick-up location.</param>
/// <param name="DropOffLocal">Wall-clock time at the drop-off location.</param>
/// <param name="PickUpCountry">The pick-up location's country, which country rules match.</param>
/// <param name="DriverAge">The main driver's age in whole years on the pick-up date.</param>
/// <param name="BookedAtUtc">The moment of the sale: now for a quote, the booking's creation for a re-price.</param>
/// <param name="Extras">The supplier's extras chosen, each once with its quantity.</param>
public sealed record PricingTrip(
    DateTime PickUpLocal,
    DateTime DropOffLocal,
    RentalStation PickUp,
    RentalStation DropOff,
    string PickUpCountry,
    int DriverAge,
    DateTime BookedAtUtc,
    IReadOnlyList<ChosenExtra> Extras)
{
    public DateOnly PickUpDate => DateOnly.FromDateTime(PickUpLocal);

    public DateOnly BookingDate => DateOnly.FromDateTime(BookedAtUtc);
}
