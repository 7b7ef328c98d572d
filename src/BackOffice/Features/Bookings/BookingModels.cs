using CarRentalGateway.Core.Bookings;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Locations;
using CarRentalGateway.Core.Rates;

namespace CarRentalGateway.BackOffice.Features.Bookings;

/// <summary>
/// Everything the booking page shows at a glance, with the version token a change must send back, "now" at both
/// stations (rental times are theirs), and which actions the user may take now.
/// </summary>
/// <param name="Price">The price as sold (or as re-priced by the last trip change), with its stored explanation.</param>
/// <param name="NowAtPickUp">The wall-clock time at the pick-up station when the booking was read.</param>
/// <param name="NowAtDropOff">The wall-clock time at the drop-off station when the booking was read.</param>
public sealed record BookingView(
    Guid Id,
    string Reference,
    BookingStatus Status,
    string? SupplierConfirmationNumber,
    BookingCustomer Customer,
    BookingDriver Driver,
    string? FlightNumber,
    BookingSupplier Supplier,
    BookingStation PickUp,
    DateTime PickUpLocal,
    BookingStation DropOff,
    DateTime DropOffLocal,
    BookingCar Car,
    IReadOnlyList<BookedExtra> Extras,
    PaymentModel PaymentModel,
    SalesChannel Channel,
    string? AffiliateCode,
    DateTime CreatedAtUtc,
    BookingPrice Price,
    Money AmountPaid,
    BookingCancellation? Cancellation,
    Money? NoShowFee,
    Money? NoShowRefund,
    IReadOnlyList<BookingNote> Notes,
    DateTime NowAtPickUp,
    DateTime NowAtDropOff,
    BookingActions Actions,
    Guid Version)
{
    /// <summary>The main driver's age on the pick-up date, which young-driver fees and minimum ages go by.</summary>
    public int DriverAgeAtPickUp => Driver.AgeOn(DateOnly.FromDateTime(PickUpLocal));

    public bool IsOneWay => PickUp.Id != DropOff.Id;

    /// <summary>
    /// When the booking was read (UTC): after a refused save, the history entries after it are what others changed
    /// meanwhile.
    /// </summary>
    public DateTime ReadAtUtc { get; init; }
}

/// <summary>The supplier as support calls it about a booking.</summary>
public sealed record BookingSupplier(string Code, string Name, string? Phone, string ReservationsEmail);

/// <summary>A pick-up or drop-off station with what the customer asks about: where, when it is open, how to call it.</summary>
/// <param name="OpeningHoursText">"Open 24 hours", or each day's hours: "Mon 08:00–18:00; …; Sun closed".</param>
/// <param name="AfterHoursFee">What a hand-over outside the hours costs; null when the station offers none.</param>
/// <param name="IsActive">False when the station is no longer offered; the booking still points at it.</param>
public sealed record BookingStation(
    Guid Id,
    string Code,
    string Name,
    LocationType Type,
    string? IataCode,
    string Address,
    string City,
    string CountryCode,
    string? Phone,
    WeeklyOpeningHours OpeningHours,
    string OpeningHoursText,
    string TimeZoneId,
    Money? AfterHoursFee,
    bool IsActive);

/// <summary>The car category sold: "CDMR", its letters in words, and the model it was sold with ("… or similar").</summary>
public sealed record BookingCar(string Acriss, string Description, string SampleModel);

/// <summary>Whether an action is open now for this user, and if not, why (to show next to the disabled button).</summary>
public sealed record BookingAction(string? ClosedBecause)
{
    public static readonly BookingAction Open = new((string?)null);

    public bool IsOpen => ClosedBecause is null;

    public static BookingAction From(Result check) => check.Succeeded ? Open : new BookingAction(check.Error);
}

/// <summary>
/// The actions of the booking page, each open or closed with the domain's reason, for the booking's status and the
/// time at its stations. A user whose role only views bookings (Finance) has none: <see cref="CanChange"/> is false.
/// </summary>
public sealed record BookingActions(
    bool CanChange,
    BookingAction EditDetails,
    BookingAction ChangeTrip,
    BookingAction Confirm,
    BookingAction Complete,
    BookingAction MarkNoShow,
    BookingAction Cancel,
    BookingAction AddNote)
{
    public const string ViewOnly = "Your role can view bookings but not change them.";

    /// <summary>For a user who may only view: every action closed.</summary>
    public static BookingActions None { get; } = new(false, Closed, Closed, Closed, Closed, Closed, Closed, Closed);

    private static BookingAction Closed => new(ViewOnly);
}

/// <summary>What cancelling now would cost and give back, for the agent to read out before confirming.</summary>
/// <param name="Policy">The policy in words: "Free until 48 h before pick-up, then 40.00 EUR".</param>
/// <param name="PolicySource">The contract the policy comes from: "contract #2 v1 (in force on the pick-up date)".</param>
public sealed record CancellationTerms(Money Fee, Money Refund, Money AmountPaid, string Policy, string PolicySource);

/// <summary>What the change-trip form offers: the supplier's active stations, the cars at each, and its extras.</summary>
public sealed record TripChangeChoices(
    IReadOnlyList<TripChangeStation> Stations,
    IReadOnlyList<TripChangeCar> Cars,
    IReadOnlyList<TripChangeExtra> Extras)
{
    /// <summary>The categories offered at one station, by code.</summary>
    public IReadOnlyList<TripChangeCar> CarsAt(Guid stationId) => Cars.Where(c => c.StationId == stationId).ToList();
}

public sealed record TripChangeStation(Guid Id, string Code, string Name, string City);

/// <summary>A category offered at a station; on stop-sell it is listed, but the engine will refuse it.</summary>
public sealed record TripChangeCar(Guid StationId, string Acriss, string Description, string SampleModel, bool StopSell);

/// <summary>One of the supplier's extras, with its price in words ("8.00 EUR a day, at most 40.00 EUR").</summary>
public sealed record TripChangeExtra(Guid Id, ExtraKind Kind, string Name, string PriceText);

/// <summary>
/// The trip as changed and priced now at today's rates and rules: old and new price side by side and the
/// difference, positive to charge the customer, negative to refund.
/// </summary>
/// <param name="NewTrip">The trip as it would be stored (extras with their names, the sample model of the offer).</param>
public sealed record TripChangeQuote(
    BookingTrip NewTrip,
    BookingPrice OldPrice,
    BookingPrice NewPrice,
    Money Difference,
    DateTime PricedAtUtc)
{
    public bool IsCharge => Difference.MinorUnits > 0;

    public bool IsRefund => Difference.IsNegative;
}
