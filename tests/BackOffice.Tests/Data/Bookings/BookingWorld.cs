using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Features.Quote;
using CarRentalGateway.BackOffice.Tests.Features.Contracts;
using CarRentalGateway.BackOffice.Tests.Features.Quote;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using CarRentalGateway.Core.Bookings;
using CarRentalGateway.Core.Contracts;
using CarRentalGateway.Core.Rates;
using Microsoft.EntityFrameworkCore;

namespace CarRentalGateway.BackOffice.Tests.Data.Bookings;

/// <summary>
/// Bookings sold in <see cref="QuoteWorld"/> with a published +10 % rule: SIXT-EE's CDMR at Tallinn Airport for three
/// days from a week after <see cref="Today"/>, with one GPS, priced by the real engine through the quote tool.
/// </summary>
public static class BookingWorld
{
    public static readonly DateOnly Today = ContractForms.Today;

    public static async Task SeedAsync(TestApp app)
    {
        await using var db = await app.OpenDbAsync();
        await QuoteWorld.SeedAsync(db, Today);
        await QuoteWorld.PublishAsync(db, app.Clock.GetUtcNow().UtcDateTime, version: 1, QuoteWorld.EstoniaUplift(1000));
    }

    /// <summary>A new booking on request, sold now with <paramref name="reference"/>.</summary>
    public static async Task<Booking> SellAsync(TestApp app, string reference = "CRG-7F3K9Q", PaymentModel payment = PaymentModel.Prepaid)
    {
        await using var sam = app.As(TestUser.Sam);
        await using var db = await app.OpenDbAsync();
        return await SellAsync(sam.Quotes(), db, app.Clock.GetUtcNow().UtcDateTime, reference, payment);
    }

    /// <summary>The same sale through any quote tool and database, e.g. a component test's; not stored.</summary>
    public static async Task<Booking> SellAsync(
        QuoteService quotes, AppDbContext db, DateTime nowUtc, string reference = "CRG-7F3K9Q", PaymentModel payment = PaymentModel.Prepaid)
    {
        var form = QuoteWorld.Trip(Today).With(f =>
        {
            f.SupplierCode = "SIXT-EE";
            f.Acriss = "CDMR";
            f.Extras[ExtraKind.Gps] = 1;
        });
        var quoted = await quotes.QuoteAsync(form, CancellationToken.None);
        Assert.True(quoted.Succeeded, quoted.Error);
        var offer = Assert.Single(Assert.Single(quoted.Value.Priced).Offers);

        var supplierId = await db.Suppliers.Where(s => s.Code == "SIXT-EE").Select(s => s.Id).SingleAsync();
        var gps = await db.SupplierExtras.SingleAsync(e => e.SupplierId == supplierId && e.Kind == ExtraKind.Gps);
        var trip = new BookingTrip(
            supplierId, offer.Offer.PickUp.Id, form.PickUpLocal!.Value, offer.Offer.DropOff.Id, form.DropOffLocal!.Value,
            offer.Offer.Acriss, offer.Offer.SampleModel, [new BookedExtra(gps.Id, ExtraKind.Gps, gps.Name, 1)]);
        var sale = new NewBooking(
            BookingReference.Parse(reference).Value,
            new BookingCustomer("Anna Tamm", "Anna.Tamm@Example.com", "+372 5123 4567", "ee"),
            new BookingDriver("Anna Tamm", new DateOnly(1990, 4, 2)),
            "lh1234",
            trip,
            BookingPrice.From(offer.Quote, 1m),
            payment,
            SalesChannel.Affiliate,
            "partner-7");
        var created = Booking.Create(Guid.NewGuid(), sale, nowUtc);
        Assert.True(created.Succeeded, created.Error);
        return created.Value;
    }

    /// <summary>The cancellation policy of SIXT-EE's contract: free until 48 hours before pick-up, then 40.00 EUR; no-show 60.00 EUR.</summary>
    public static async Task<CancellationPolicy> PolicyAsync(TestApp app, Booking booking)
    {
        await using var db = await app.OpenDbAsync();
        var contract = await db.Contracts.SingleAsync(c => c.SupplierId == booking.SupplierId);
        return contract.Terms.Cancellation;
    }

    public static void Must(Core.Common.Result result) => Assert.True(result.Succeeded, result.Error);
}
