using CarRentalGateway.Core.Bookings;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Tests.Pricing;
using static CarRentalGateway.Core.Tests.Bookings.BookingExamples;

namespace CarRentalGateway.Core.Tests.Bookings;

/// <summary>
/// Changing the trip of the usual booking (3 days, 135.00 EUR), re-priced by the engine: 7 days cost 7 × 40.00 =
/// 280.00 EUR, 1 day 50.00 EUR. Only on request or confirmed, and only before pick-up.
/// </summary>
public sealed class BookingTripChangeTests
{
    private static readonly DateTime Now = At("2026-06-01 12:00");

    private static BookingPrice Priced(string pickUp, string dropOff)
    {
        var world = new PricingWorld();
        return BookingPrice.From(world.Quote([], world.Trip(pickUp, dropOff)), 1m);
    }

    private static (BookingTrip Trip, BookingPrice Price) Week() =>
        (Trip("2026-06-10 10:00", "2026-06-17 10:00"), Priced("2026-06-10 10:00", "2026-06-17 10:00"));

    [Fact]
    public void A_longer_trip_returns_the_difference_to_charge_and_replaces_trip_and_price()
    {
        var booking = Confirmed();
        var (trip, price) = Week();

        var changed = booking.ChangeTrip(trip, price, Now);

        Must(changed);
        Assert.Equal(Eur(145), changed.Value);
        Assert.Equal(At("2026-06-17 10:00"), booking.Trip.DropOffLocal);
        Assert.Equal(Eur(280), booking.Price.CustomerTotal);
        Assert.Equal(7, booking.Price.RentalDays);
        Assert.Equal(Eur(280), booking.AmountPaid);
        Assert.Equal(BookingStatus.Confirmed, booking.Status);
    }

    [Fact]
    public void A_shorter_trip_returns_a_negative_difference_to_refund()
    {
        var booking = Booked();

        var changed = booking.ChangeTrip(Trip("2026-06-10 10:00", "2026-06-11 10:00"), Priced("2026-06-10 10:00", "2026-06-11 10:00"), Now);

        Assert.Equal(Eur(-85), changed.Value);
        Assert.Equal(Eur(50), booking.AmountPaid);
    }

    [Fact]
    public void A_booking_paid_at_the_desk_gets_the_difference_but_still_has_paid_us_nothing()
    {
        var booking = Confirmed(PaymentModel.PayAtDesk);
        var (trip, price) = Week();

        var changed = booking.ChangeTrip(trip, price, Now);

        Assert.Equal(Eur(145), changed.Value);
        Assert.Equal(Eur(0), booking.AmountPaid);
    }

    [Fact]
    public void The_trip_can_change_until_a_minute_before_pick_up()
    {
        Must(Confirmed().CanChangeTrip(At("2026-06-10 09:59")));
        Must(Booked().CanChangeTrip(At("2026-06-10 09:59")));
    }

    [Fact]
    public void From_the_pick_up_time_the_trip_cannot_change()
    {
        var booking = Confirmed();
        var (trip, price) = Week();
        const string message = "The pick-up time (2026-06-10 10:00) has passed: the trip can no longer change.";

        Refused(booking.CanChangeTrip(PickUp), message);
        Refused(booking.ChangeTrip(trip, price, PickUp), message);
        Assert.Equal(Eur(135), booking.Price.CustomerTotal);
    }

    [Theory]
    [MemberData(nameof(FinalStatuses), MemberType = typeof(BookingExamples))]
    public void A_final_booking_cannot_change_its_trip(BookingStatus status, string inWords)
    {
        var (trip, price) = Week();

        Refused(InStatus(status).ChangeTrip(trip, price, Now), $"The trip of a booking that is {inWords} cannot change.");
    }

    [Fact]
    public void A_new_pick_up_time_already_past_is_refused()
    {
        var booking = Confirmed();

        Refused(
            booking.ChangeTrip(Trip("2026-06-01 12:00", "2026-06-04 12:00"), PlainPrice(), Now),
            "The new pick-up time has already passed.",
            "Trip.PickUpLocal");
        Assert.Equal(PickUp, booking.Trip.PickUpLocal);
    }

    [Fact]
    public void A_new_drop_off_before_the_pick_up_is_refused_on_its_field()
    {
        Refused(
            Confirmed().ChangeTrip(Trip("2026-06-10 10:00", "2026-06-09 10:00"), PlainPrice(), Now),
            "The drop-off must be after the pick-up.",
            "Trip.DropOffLocal");
    }

    [Fact]
    public void Another_supplier_is_refused()
    {
        var (trip, price) = Week();

        Refused(
            Confirmed().ChangeTrip(trip with { SupplierId = Guid.NewGuid() }, price, Now),
            "The supplier of a booking cannot change: cancel it and book with the other supplier.");
    }

    [Fact]
    public void A_new_price_in_another_currency_is_refused()
    {
        var (trip, price) = Week();
        var dollars = price with { Currency = "USD", SupplierTotal = Money.Of(28_000, "USD"), CustomerTotal = Money.Of(28_000, "USD") };

        Refused(Confirmed().ChangeTrip(trip, dollars, Now), "The new price is in USD but the booking was sold in EUR.");
    }

    [Fact]
    public void A_refused_change_leaves_trip_price_and_payment_as_they_were()
    {
        var booking = Confirmed();
        var (trip, price) = Week();

        Assert.True(booking.ChangeTrip(trip with { Acriss = "XXXX" }, price, Now).Failed);

        Assert.Equal(DropOff, booking.Trip.DropOffLocal);
        Assert.Equal(Eur(135), booking.Price.CustomerTotal);
        Assert.Equal(Eur(135), booking.AmountPaid);
    }
}
