using CarRentalGateway.Core.Bookings;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Contracts;
using static CarRentalGateway.Core.Tests.Bookings.BookingExamples;

namespace CarRentalGateway.Core.Tests.Bookings;

/// <summary>
/// Cancelling the usual booking (pick-up Wed 2026-06-10 10:00, 135.00 EUR): free while more than the policy's
/// hours are left, then the late fee; refund = paid − fee, never below zero.
/// </summary>
public sealed class BookingCancellationTests
{
    private static readonly CancellationRequest CustomerAsks = new(CancellationParty.Customer, "Flight cancelled");

    private static Result<BookingCancellation> Cancel(
        Booking booking, string nowLocal, CancellationPolicy? policy = null, CancellationRequest? request = null) =>
        booking.Cancel(request ?? CustomerAsks, policy ?? FreeFor48Hours(), At(nowLocal), Agent, NowUtc);

    [Fact]
    public void Cancelling_records_who_asked_why_the_fee_the_refund_when_and_by_whom()
    {
        var booking = Confirmed();

        var cancelled = Cancel(booking, "2026-06-01 10:00", request: new CancellationRequest(CancellationParty.Customer, "  Flight cancelled \n"));

        Must(cancelled);
        Assert.Equal(BookingStatus.Cancelled, booking.Status);
        Assert.Equal(
            new BookingCancellation(CancellationParty.Customer, "Flight cancelled", Eur(0), Eur(135), NowUtc, Agent),
            booking.Cancellation);
        Assert.Equal(booking.Cancellation, cancelled.Value);
    }

    [Fact]
    public void A_booking_on_request_can_be_cancelled()
    {
        var booking = Booked();

        Must(Cancel(booking, "2026-06-01 10:00"));

        Assert.Equal(BookingStatus.Cancelled, booking.Status);
    }

    [Fact]
    public void One_minute_more_than_the_free_hours_before_pick_up_is_free()
    {
        var cancelled = Cancel(Confirmed(), "2026-06-08 09:59");

        Assert.Equal(Eur(0), cancelled.Value.Fee);
        Assert.Equal(Eur(135), cancelled.Value.Refund);
    }

    [Fact]
    public void Exactly_the_free_hours_before_pick_up_the_late_fee_applies()
    {
        var cancelled = Cancel(Confirmed(), "2026-06-08 10:00");

        Assert.Equal(Eur(27), cancelled.Value.Fee);
        Assert.Equal(Eur(108), cancelled.Value.Refund);
    }

    [Fact]
    public void One_minute_later_the_late_fee_applies()
    {
        var cancelled = Cancel(Confirmed(), "2026-06-08 10:01");

        Assert.Equal(Eur(27), cancelled.Value.Fee);
    }

    [Fact]
    public void A_percentage_late_fee_is_taken_of_the_customer_total_rounded_half_away_from_zero()
    {
        var booking = Created(Sale() with { Price = PriceWithRule() });
        var policy = new CancellationPolicy(48, LateFeeKind.Percent, Percentage.FromBasisPoints(1_250), null, Eur(50));

        var cancelled = Cancel(booking, "2026-06-09 10:00", policy);

        Assert.Equal(Eur(18.56m), cancelled.Value.Fee);
        Assert.Equal(Eur(129.94m), cancelled.Value.Refund);
    }

    [Fact]
    public void A_fixed_late_fee_is_the_amount_whatever_the_price()
    {
        var cancelled = Cancel(Confirmed(), "2026-06-09 10:00", FixedLateFee(35));

        Assert.Equal(Eur(35), cancelled.Value.Fee);
        Assert.Equal(Eur(100), cancelled.Value.Refund);
    }

    [Fact]
    public void A_fee_above_what_was_paid_refunds_nothing_rather_than_a_negative_amount()
    {
        var cancelled = Cancel(Confirmed(), "2026-06-09 10:00", FixedLateFee(200));

        Assert.Equal(Eur(200), cancelled.Value.Fee);
        Assert.Equal(Eur(0), cancelled.Value.Refund);
    }

    [Fact]
    public void A_booking_paid_at_the_desk_refunds_nothing_and_still_records_the_fee()
    {
        var cancelled = Cancel(Confirmed(PaymentModel.PayAtDesk), "2026-06-09 10:00");

        Assert.Equal(Eur(27), cancelled.Value.Fee);
        Assert.Equal(Eur(0), cancelled.Value.Refund);
    }

    [Theory]
    [InlineData(CancellationParty.Supplier)]
    [InlineData(CancellationParty.Us)]
    public void A_late_cancellation_the_customer_did_not_ask_for_is_free(CancellationParty party)
    {
        var cancelled = Cancel(Confirmed(), "2026-06-10 09:00", request: new CancellationRequest(party, "No car available"));

        Assert.Equal(Eur(0), cancelled.Value.Fee);
        Assert.Equal(Eur(135), cancelled.Value.Refund);
    }

    [Fact]
    public void With_no_free_hours_a_cancellation_a_minute_before_pick_up_is_free()
    {
        var cancelled = Cancel(Confirmed(), "2026-06-10 09:59", FreeFor48Hours(freeHours: 0));

        Assert.Equal(Eur(0), cancelled.Value.Fee);
    }

    [Fact]
    public void A_confirmed_booking_cannot_be_cancelled_from_its_pick_up_time()
    {
        var booking = Confirmed();

        Refused(
            Cancel(booking, "2026-06-10 10:00"),
            "The pick-up time (2026-06-10 10:00) has passed: if the customer did not come, mark the booking as a no-show.");
        Assert.Equal(BookingStatus.Confirmed, booking.Status);
        Assert.Null(booking.Cancellation);
    }

    [Fact]
    public void A_booking_still_on_request_after_its_pick_up_time_can_be_cancelled_with_the_late_fee()
    {
        var cancelled = Cancel(Booked(), "2026-06-10 12:00");

        Assert.Equal(Eur(27), cancelled.Value.Fee);
    }

    [Theory]
    [MemberData(nameof(FinalStatuses), MemberType = typeof(BookingExamples))]
    public void A_final_booking_cannot_be_cancelled(BookingStatus status, string inWords)
    {
        var booking = InStatus(status);
        var before = booking.Cancellation;

        Refused(Cancel(booking, "2026-06-01 10:00"), $"Only a booking on request or confirmed can be cancelled; this one is {inWords}.");
        Assert.Equal(status, booking.Status);
        Assert.Equal(before, booking.Cancellation);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n ")]
    public void A_cancellation_without_a_reason_is_refused(string reason)
    {
        var booking = Confirmed();

        Refused(Cancel(booking, "2026-06-01 10:00", request: CustomerAsks with { Reason = reason }), "Say why the booking is cancelled.", "Reason");
        Assert.Equal(BookingStatus.Confirmed, booking.Status);
    }

    [Fact]
    public void A_reason_over_500_characters_is_refused()
    {
        var request = CustomerAsks with { Reason = new string('r', 501) };

        Refused(Cancel(Confirmed(), "2026-06-01 10:00", request: request), "The reason is at most 500 characters.", "Reason");
    }

    [Fact]
    public void A_late_fee_in_another_currency_is_refused_rather_than_mixed()
    {
        var policy = new CancellationPolicy(48, LateFeeKind.Fixed, null, Money.Of(3_500, "USD"), Money.Of(5_000, "USD"));

        Refused(
            Cancel(Confirmed(), "2026-06-09 10:00", policy),
            "The contract's late fee is in USD but the booking is in EUR: ask finance to settle the fee.");
    }

    [Fact]
    public void The_terms_can_be_read_out_before_cancelling_without_cancelling()
    {
        var booking = Confirmed();

        var terms = booking.CancellationFor(CustomerAsks, FreeFor48Hours(), At("2026-06-09 10:00"), Agent, NowUtc);

        Assert.Equal(Eur(27), terms.Value.Fee);
        Assert.Equal(Eur(108), terms.Value.Refund);
        Assert.Equal(BookingStatus.Confirmed, booking.Status);
        Assert.Null(booking.Cancellation);
    }
}
