namespace CarRentalGateway.Core.Bookings;

/// <summary>Everything a sale decides, for <see cref="Booking.Create"/>.</summary>
/// <param name="FlightNumber">The arriving flight, when the customer gave one.</param>
/// <param name="AffiliateCode">The partner who sold it; only, and always, for <see cref="SalesChannel.Affiliate"/>.</param>
public sealed record NewBooking(
    BookingReference Reference,
    BookingCustomer Customer,
    BookingDriver Driver,
    string? FlightNumber,
    BookingTrip Trip,
    BookingPrice Price,
    PaymentModel PaymentModel,
    SalesChannel Channel,
    string? AffiliateCode);
