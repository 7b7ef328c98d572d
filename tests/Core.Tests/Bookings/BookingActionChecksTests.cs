using CarRentalGateway.Core.Bookings;
using static CarRentalGateway.Core.Tests.Bookings.BookingExamples;

namespace CarRentalGateway.Core.Tests.Bookings;

/// <summary>
/// The booking page asks each verb's rule before offering its button: the answer is the verb's own refusal, and asking
/// changes nothing.
/// </summary>
public sealed class BookingActionChecksTests
{
    [Fact]
    public void A_booking_on_request_before_pick_up_can_be_confirmed_cancelled_and_edited_but_not_completed_or_a_no_show()
    {
        var booking = Booked();
        var before = At("2026-06-10 09:59");

        Must(booking.CanConfirm());
        Must(booking.CanCancel(before));
        Must(booking.CanUpdateDetails());
        Refused(booking.CanComplete(DropOff), "Only a confirmed booking can be completed; this one is on request.");
        Refused(booking.CanMarkNoShow(PickUp), "Only a confirmed booking can be a no-show; this one is on request.");
        Assert.Equal(BookingStatus.OnRequest, booking.Status);
    }

    [Fact]
    public void A_confirmed_booking_can_be_a_no_show_from_the_pick_up_time_and_completed_from_the_drop_off_time()
    {
        var booking = Confirmed();

        Refused(booking.CanMarkNoShow(PickUp.AddMinutes(-1)), "The pick-up is at 2026-06-10 10:00: the customer can still come until then.");
        Must(booking.CanMarkNoShow(PickUp));
        Refused(booking.CanComplete(DropOff.AddMinutes(-1)), "The car is due back at 2026-06-13 10:00: complete the booking after that.");
        Must(booking.CanComplete(DropOff));
        Assert.Equal(BookingStatus.Confirmed, booking.Status);
    }

    [Fact]
    public void A_confirmed_booking_cannot_be_cancelled_from_the_pick_up_time_but_one_on_request_still_can()
    {
        Refused(
            Confirmed().CanCancel(PickUp),
            "The pick-up time (2026-06-10 10:00) has passed: if the customer did not come, mark the booking as a no-show.");
        Must(Booked().CanCancel(PickUp.AddHours(1)));
    }

    [Theory]
    [MemberData(nameof(FinalStatuses), MemberType = typeof(BookingExamples))]
    public void A_final_booking_offers_nothing_but_notes(BookingStatus status, string inWords)
    {
        var booking = InStatus(status);

        Refused(booking.CanUpdateDetails(), $"The details of a booking that is {inWords} cannot change.");
        Refused(booking.CanCancel(PickUp.AddDays(-5)), $"Only a booking on request or confirmed can be cancelled; this one is {inWords}.");
        Refused(booking.CanConfirm(), $"Only a booking on request can be confirmed; this one is {inWords}.");
        Refused(booking.CanComplete(DropOff.AddDays(1)), $"Only a confirmed booking can be completed; this one is {inWords}.");
        Refused(booking.CanMarkNoShow(DropOff.AddDays(1)), $"Only a confirmed booking can be a no-show; this one is {inWords}.");
    }
}
