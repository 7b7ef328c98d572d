using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Bookings;
using static CarRentalGateway.Core.Tests.Bookings.BookingExamples;

namespace CarRentalGateway.Core.Tests.Bookings;

/// <summary>On request → confirmed → completed or no-show, each only at its time; final statuses never move.</summary>
public sealed class BookingStatusTests
{
    [Theory]
    [InlineData(BookingStatus.Completed, true)]
    [InlineData(BookingStatus.Cancelled, true)]
    [InlineData(BookingStatus.NoShow, true)]
    [InlineData(BookingStatus.OnRequest, false)]
    [InlineData(BookingStatus.Confirmed, false)]
    public void Completed_cancelled_and_no_show_are_final(BookingStatus status, bool final)
    {
        Assert.Equal(final, status.IsFinal());
    }

    [Fact]
    public void Confirming_keeps_the_supplier_number_trimmed()
    {
        var booking = Booked();

        var confirmed = booking.Confirm("  BD-558812 \n");

        Must(confirmed);
        Assert.Equal(BookingStatus.Confirmed, booking.Status);
        Assert.Equal("BD-558812", booking.SupplierConfirmationNumber);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Confirming_without_the_supplier_number_is_refused(string number)
    {
        var booking = Booked();

        Refused(booking.Confirm(number), "A confirmed booking needs the supplier's confirmation number.", "SupplierConfirmationNumber");
        Assert.Equal(BookingStatus.OnRequest, booking.Status);
    }

    [Fact]
    public void A_supplier_number_over_50_characters_is_refused()
    {
        var booking = Booked();

        Refused(booking.Confirm(new string('9', 51)), "The confirmation number is at most 50 characters.", "SupplierConfirmationNumber");
        Must(booking.Confirm(new string('9', 50)));
    }

    [Fact]
    public void Confirming_twice_is_refused_and_keeps_the_first_number()
    {
        var booking = Confirmed();

        Refused(booking.Confirm("OTHER-1"), "Only a booking on request can be confirmed; this one is confirmed.");
        Assert.Equal("BD-558812", booking.SupplierConfirmationNumber);
    }

    [Theory]
    [MemberData(nameof(FinalStatuses), MemberType = typeof(BookingExamples))]
    public void A_final_booking_cannot_be_confirmed(BookingStatus status, string inWords)
    {
        Refused(InStatus(status).Confirm("BD-1"), $"Only a booking on request can be confirmed; this one is {inWords}.");
    }

    [Fact]
    public void A_confirmed_booking_is_completed_at_the_drop_off_time()
    {
        var booking = Confirmed();

        Must(booking.Complete(DropOff));

        Assert.Equal(BookingStatus.Completed, booking.Status);
    }

    [Fact]
    public void Completing_a_minute_before_the_drop_off_is_refused()
    {
        var booking = Confirmed();

        Refused(booking.Complete(At("2026-06-13 09:59")), "The car is due back at 2026-06-13 10:00: complete the booking after that.");
        Assert.Equal(BookingStatus.Confirmed, booking.Status);
    }

    [Fact]
    public void A_booking_on_request_cannot_be_completed()
    {
        Refused(Booked().Complete(DropOff.AddDays(1)), "Only a confirmed booking can be completed; this one is on request.");
    }

    [Fact]
    public void A_no_show_cannot_be_completed()
    {
        Refused(BookingExamples.NoShow().Complete(DropOff), "Only a confirmed booking can be completed; this one is a no-show.");
    }

    [Fact]
    public void A_confirmed_booking_is_a_no_show_from_the_pick_up_time()
    {
        var booking = Confirmed();

        Must(booking.MarkNoShow(FreeFor48Hours(), PickUp));

        Assert.Equal(BookingStatus.NoShow, booking.Status);
    }

    [Fact]
    public void A_prepaid_no_show_keeps_the_no_show_fee_and_refunds_the_rest()
    {
        var booking = Confirmed();

        Must(booking.MarkNoShow(FreeFor48Hours(), PickUp));

        Assert.Equal(Eur(50), booking.NoShowFee);
        Assert.Equal(booking.AmountPaid.Minus(Eur(50)), booking.NoShowRefund);
    }

    [Fact]
    public void The_no_show_terms_read_out_beforehand_are_the_ones_kept_and_asking_changes_nothing()
    {
        var booking = Confirmed();

        var terms = booking.NoShowTermsFor(FreeFor48Hours(), PickUp);

        Assert.Equal(BookingStatus.Confirmed, booking.Status);
        Must(booking.MarkNoShow(FreeFor48Hours(), PickUp));
        Assert.Equal(new FeeAndRefund(booking.NoShowFee!, booking.NoShowRefund!), terms.Value);
    }

    [Fact]
    public void A_pay_at_desk_no_show_owes_the_fee_and_gets_nothing_back()
    {
        var booking = Confirmed(PaymentModel.PayAtDesk);

        Must(booking.MarkNoShow(FreeFor48Hours(), PickUp));

        Assert.Equal(Eur(50), booking.NoShowFee);
        Assert.Equal(Eur(0), booking.NoShowRefund);
    }

    [Fact]
    public void A_no_show_fee_in_another_currency_is_refused()
    {
        var policy = FreeFor48Hours() with { NoShowFee = Money.Of(5_000, "USD") };

        Refused(Confirmed().MarkNoShow(policy, PickUp), "The contract's no-show fee is in USD but the booking is in EUR: ask finance to settle the fee.");
    }

    [Fact]
    public void A_no_show_a_minute_before_the_pick_up_is_refused()
    {
        var booking = Confirmed();

        Refused(booking.MarkNoShow(FreeFor48Hours(), At("2026-06-10 09:59")), "The pick-up is at 2026-06-10 10:00: the customer can still come until then.");
        Assert.Equal(BookingStatus.Confirmed, booking.Status);
    }

    [Fact]
    public void A_booking_on_request_cannot_be_a_no_show()
    {
        Refused(Booked().MarkNoShow(FreeFor48Hours(), PickUp), "Only a confirmed booking can be a no-show; this one is on request.");
    }

    [Fact]
    public void A_completed_booking_cannot_be_a_no_show()
    {
        Refused(Completed().MarkNoShow(FreeFor48Hours(), PickUp), "Only a confirmed booking can be a no-show; this one is completed.");
    }

    [Fact]
    public void A_cancelled_booking_cannot_be_completed()
    {
        Refused(BookingExamples.Cancelled().Complete(DropOff), "Only a confirmed booking can be completed; this one is cancelled.");
    }
}
