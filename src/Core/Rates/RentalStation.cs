using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Locations;

namespace CarRentalGateway.Core.Rates;

/// <summary>
/// What pricing needs to know about a pick-up or drop-off location: a plain copy, so the price engine never
/// holds a tracked entity.
/// </summary>
/// <param name="AfterHoursFee">What a hand-over outside the opening hours costs; null when the location offers none.</param>
public sealed record RentalStation(Guid LocationId, string Name, WeeklyOpeningHours OpeningHours, Money? AfterHoursFee)
{
    public static RentalStation Of(Location location) =>
        new(location.Id, location.Name, location.OpeningHours, location.AfterHoursFee);
}
