using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Fleet;

namespace CarRentalGateway.Core.Pricing;

/// <summary>
/// Which trips a pricing rule applies to. Every condition is optional: a missing one matches everything, so
/// an empty scope applies to every offer of every supplier.
/// </summary>
/// <param name="Country">The pick-up location's country.</param>
/// <param name="PickUpDates">The pick-up date falls in this window.</param>
/// <param name="BookingDates">The sale (booking) date falls in this window.</param>
/// <param name="LeadDays">Days from the booking date to the pick-up date.</param>
/// <param name="RentalDays">The rental's length in charged days.</param>
public sealed record RuleScope(
    Guid? SupplierId,
    string? Country,
    Guid? PickUpLocationId,
    AcrissPattern? Acriss,
    DateRange? PickUpDates,
    DateRange? BookingDates,
    DayCountRange LeadDays,
    DayCountRange RentalDays)
{
    /// <summary>Bookings are taken at most about two years ahead.</summary>
    public const int MaxLeadDays = 730;

    public static RuleScope Everything { get; } =
        new(null, null, null, null, null, null, DayCountRange.Any, DayCountRange.Any);

    public Result Validate()
    {
        if (Country is not null && !Countries.IsKnown(Country))
        {
            return Result.Fail("Choose the country from the list.", nameof(Country));
        }

        var lead = LeadDays.Validate(0, MaxLeadDays, "Lead time", nameof(LeadDays));
        return lead.Failed
            ? lead
            : RentalDays.Validate(1, Rates.SupplierBasePrice.MaxRentalDays, "Rental length", nameof(RentalDays));
    }

    public bool Matches(in RuleContext trip) =>
        (SupplierId is not { } supplier || supplier == trip.SupplierId)
        && (Country is null || Country == trip.Country)
        && (PickUpLocationId is not { } location || location == trip.PickUpLocationId)
        && (Acriss is null || Acriss.Matches(trip.Acriss))
        && MatchesDays(trip);

    /// <summary>The date and day-count conditions alone; the engine's index has already checked the others.</summary>
    internal bool MatchesDays(in RuleContext trip) =>
        (PickUpDates is not { } pickUp || pickUp.Contains(trip.PickUpDate))
        && (BookingDates is not { } booked || booked.Contains(trip.BookingDate))
        && LeadDays.Contains(trip.LeadDays)
        && RentalDays.Contains(trip.RentalDays);

    /// <summary>True when some trip could match both scopes.</summary>
    public bool Overlaps(RuleScope other) =>
        Same(SupplierId, other.SupplierId)
        && Same(Country, other.Country)
        && Same(PickUpLocationId, other.PickUpLocationId)
        && (Acriss is null || other.Acriss is null || Acriss.Overlaps(other.Acriss))
        && (PickUpDates is not { } pickUp || other.PickUpDates is not { } otherPickUp || pickUp.Overlaps(otherPickUp))
        && (BookingDates is not { } booked || other.BookingDates is not { } otherBooked || booked.Overlaps(otherBooked))
        && LeadDays.Overlaps(other.LeadDays)
        && RentalDays.Overlaps(other.RentalDays);

    /// <summary>True when every trip <paramref name="other"/> matches, this scope matches too.</summary>
    public bool Covers(RuleScope other) =>
        Contains(SupplierId, other.SupplierId)
        && Contains(Country, other.Country)
        && Contains(PickUpLocationId, other.PickUpLocationId)
        && (Acriss is null || (other.Acriss is not null && Acriss.Covers(other.Acriss)))
        && (PickUpDates is not { } pickUp || (other.PickUpDates is { } otherPickUp && pickUp.Contains(otherPickUp)))
        && (BookingDates is not { } booked || (other.BookingDates is { } otherBooked && booked.Contains(otherBooked)))
        && LeadDays.Covers(other.LeadDays)
        && RentalDays.Covers(other.RentalDays);

    private static bool Same<T>(T? mine, T? theirs) => mine is null || theirs is null || Equals(mine, theirs);

    private static bool Contains<T>(T? mine, T? theirs) => mine is null || (theirs is not null && Equals(mine, theirs));
}
