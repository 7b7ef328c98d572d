namespace CarRentalGateway.Core.Pricing;

/// <summary>What a rule's scope is matched against: one offer for one trip, reduced to plain values.</summary>
/// <param name="Country">The pick-up location's country (ISO 3166-1 alpha-2).</param>
/// <param name="Acriss">The offer's four-letter ACRISS code.</param>
/// <param name="Currency">The currency the offer is priced in; a rule with amounts applies only in its own currency.</param>
/// <param name="BookingDate">The UTC date of the sale.</param>
/// <param name="LeadDays">Days from the booking date to the pick-up date.</param>
public readonly record struct RuleContext(
    Guid SupplierId,
    string Country,
    Guid PickUpLocationId,
    string Acriss,
    string Currency,
    DateOnly PickUpDate,
    DateOnly BookingDate,
    int RentalDays)
{
    public int LeadDays => PickUpDate.DayNumber - BookingDate.DayNumber;
}
