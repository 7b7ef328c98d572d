using CarRentalGateway.Core.Bookings;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Contracts;
using CarRentalGateway.Core.Pricing;
using CarRentalGateway.Core.Rates;
using CarRentalGateway.Core.Tests.Pricing;

namespace CarRentalGateway.Core.Tests.Bookings;

/// <summary>
/// Bookings as the tests build them, priced by the real engine over <see cref="PricingWorld"/>: the usual 3-day
/// trip at Tallinn Airport, Wed 2026-06-10 10:00 to Sat 2026-06-13 10:00, sold for 135.00 EUR (no rules) or
/// 148.50 EUR (one +10 % rule), and brought into each status through the verbs themselves.
/// </summary>
internal static class BookingExamples
{
    public static readonly Guid BookingId = Guid.Parse("0197c000-0000-7000-8000-000000000001");

    public static readonly Guid ChildSeatId = Guid.Parse("0197c000-0000-7000-8000-0000000000e1");

    public static readonly DateTime CreatedAtUtc = PricingWorld.BookedAtUtc;

    public static readonly DateTime PickUp = PricingWorld.At("2026-06-10 10:00");

    public static readonly DateTime DropOff = PricingWorld.At("2026-06-13 10:00");

    public static readonly DateTime NowUtc = new(2026, 6, 1, 8, 30, 0, DateTimeKind.Utc);

    public const string Agent = "sam.support@crg.example";

    public static Money Eur(decimal amount) => PricingWorld.Eur(amount);

    public static DateTime At(string local) => PricingWorld.At(local);

    public static BookingCustomer Customer => new("Anna Tamm", "anna.tamm@example.com", "+372 5123 4567", "EE");

    public static BookingDriver Driver => new("Anna Tamm", new DateOnly(1990, 4, 2));

    public static BookingTrip Trip(string pickUp = "2026-06-10 10:00", string dropOff = "2026-06-13 10:00", params BookedExtra[] extras) =>
        new(PricingWorld.SupplierId, PricingWorld.AirportId, At(pickUp), PricingWorld.AirportId, At(dropOff), "CDMR", "Toyota Corolla", extras);

    /// <summary>The usual trip priced without rules: 3 days × 45.00 = 135.00 EUR, 20.25 commission.</summary>
    public static BookingPrice PlainPrice(PricingTrip? trip = null) => BookingPrice.From(new PricingWorld().Quote([], trip), 1m);

    /// <summary>The usual trip with rule 7 adding 10 %: 148.50 EUR.</summary>
    public static BookingPrice PriceWithRule() =>
        BookingPrice.From(new PricingWorld().Quote([PricingWorld.Rule(7, 10, PricingWorld.Percent(1_000), name: "Summer uplift")]), 1m);

    public static NewBooking Sale(PaymentModel payment = PaymentModel.Prepaid) => new(
        BookingReference.Parse("CRG-7F3K9Q").Value, Customer, Driver, "LH 1234", Trip(), PlainPrice(), payment, SalesChannel.Website, null);

    public static Booking Booked(PaymentModel payment = PaymentModel.Prepaid) => Created(Sale(payment));

    public static Booking Created(NewBooking sale)
    {
        var created = Booking.Create(BookingId, sale, CreatedAtUtc);
        Assert.True(created.Succeeded, created.Error);
        return created.Value;
    }

    public static Booking Confirmed(PaymentModel payment = PaymentModel.Prepaid)
    {
        var booking = Booked(payment);
        Must(booking.Confirm("BD-558812"));
        return booking;
    }

    public static Booking Completed()
    {
        var booking = Confirmed();
        Must(booking.Complete(DropOff));
        return booking;
    }

    public static Booking NoShow()
    {
        var booking = Confirmed();
        Must(booking.MarkNoShow(FreeFor48Hours(), PickUp));
        return booking;
    }

    public static Booking Cancelled()
    {
        var booking = Confirmed();
        Must(booking.Cancel(new CancellationRequest(CancellationParty.Customer, "Plans changed"), FreeFor48Hours(), At("2026-06-01 10:00"), Agent, NowUtc));
        return booking;
    }

    /// <summary>A booking brought into <paramref name="status"/> through the verbs, at the usual times.</summary>
    public static Booking InStatus(BookingStatus status) => status switch
    {
        BookingStatus.OnRequest => Booked(),
        BookingStatus.Confirmed => Confirmed(),
        BookingStatus.Completed => Completed(),
        BookingStatus.Cancelled => Cancelled(),
        _ => NoShow(),
    };

    /// <summary>The final statuses with the words a refusal names them by.</summary>
    public static TheoryData<BookingStatus, string> FinalStatuses() => new()
    {
        { BookingStatus.Completed, "completed" },
        { BookingStatus.Cancelled, "cancelled" },
        { BookingStatus.NoShow, "a no-show" },
    };

    /// <summary>Free until 48 hours before pick-up, then 20 % of the price; 50.00 EUR for a no-show.</summary>
    public static CancellationPolicy FreeFor48Hours(int freeHours = 48) =>
        new(freeHours, LateFeeKind.Percent, Percentage.FromBasisPoints(2_000), null, Eur(50));

    public static CancellationPolicy FixedLateFee(decimal fee) =>
        new(48, LateFeeKind.Fixed, null, Eur(fee), Eur(50));

    public static void Must(Result result) => Assert.True(result.Succeeded, result.Error);

    public static void Refused(Result result, string message, string? field = null)
    {
        Assert.True(result.Failed, "Expected a refusal.");
        Assert.Equal(message, result.Error);
        Assert.Equal(field, result.Field);
    }
}
