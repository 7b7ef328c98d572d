namespace CarRentalGateway.Core.Bookings;

/// <summary>Where a booking stands; <see cref="Completed"/>, <see cref="Cancelled"/> and <see cref="NoShow"/> are final.</summary>
public enum BookingStatus
{
    /// <summary>Sold, but the supplier has not confirmed it yet.</summary>
    OnRequest,

    /// <summary>The supplier confirmed it and gave its confirmation number, which the rental desk uses.</summary>
    Confirmed,

    /// <summary>The rental took place: set after the drop-off time.</summary>
    Completed,

    Cancelled,

    /// <summary>The customer did not come for the car: set after the pick-up time.</summary>
    NoShow,
}

/// <summary>When the customer pays.</summary>
public enum PaymentModel
{
    /// <summary>The customer paid us the whole price when booking.</summary>
    Prepaid,

    /// <summary>The customer pays the rental desk at pick-up; nothing is paid to us.</summary>
    PayAtDesk,
}

/// <summary>Where the booking was sold.</summary>
public enum SalesChannel
{
    Website,

    /// <summary>Sold by one of our agents on the phone.</summary>
    Phone,

    /// <summary>Sold through a partner's site; the booking names the partner by its affiliate code.</summary>
    Affiliate,
}

/// <summary>Who asked for a cancellation.</summary>
public enum CancellationParty
{
    Customer,
    Supplier,

    /// <summary>We did, e.g. a suspected fraud or a payment that failed.</summary>
    Us,
}

public static class BookingStatusExtensions
{
    /// <summary>Nothing about a booking changes any more once it is completed, cancelled or a no-show; notes can still be added.</summary>
    public static bool IsFinal(this BookingStatus status) =>
        status is BookingStatus.Completed or BookingStatus.Cancelled or BookingStatus.NoShow;

    /// <summary>"on request", "no-show": the status as an agent says it in a sentence.</summary>
    public static string InWords(this BookingStatus status) => status switch
    {
        BookingStatus.OnRequest => "on request",
        BookingStatus.NoShow => "a no-show",
        _ => status.ToString().ToLowerInvariant(),
    };
}
