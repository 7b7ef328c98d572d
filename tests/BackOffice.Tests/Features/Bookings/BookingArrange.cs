using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Features.Bookings;
using CarRentalGateway.BackOffice.Tests.Data.Bookings;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using CarRentalGateway.BackOffice.Tests.Security;
using CarRentalGateway.Core.Bookings;

namespace CarRentalGateway.BackOffice.Tests.Features.Bookings;

/// <summary>
/// Bookings through the booking service, in <see cref="BookingWorld"/>: SIXT-EE's CDMR at Tallinn Airport (open around
/// the clock, Europe/Tallinn) for three days from 10:00 a week after today, with one GPS, 158.40 EUR; the contract's
/// policy is free cancellation until 48 hours before pick-up, then 40.00 EUR, and a 60.00 EUR no-show fee.
/// </summary>
internal static class BookingArrange
{
    public const string Reference = "CRG-7F3K9Q";

    public static readonly CancellationToken None = CancellationToken.None;

    /// <summary>The world of <see cref="BookingWorld"/> with one booking on request, sold now and stored.</summary>
    public static async Task<TestApp> SoldAsync(this TestDatabases databases, DatabaseProvider provider, TestAppOptions? options = null, PaymentModel payment = PaymentModel.Prepaid)
    {
        var app = await databases.StartAsync(provider, options);
        await BookingWorld.SeedAsync(app);
        var booking = await BookingWorld.SellAsync(app, Reference, payment);
        await using var db = await app.OpenDbAsync();
        db.Bookings.Add(booking);
        await db.SaveChangesAsync();
        return app;
    }

    /// <summary>The booking as <paramref name="user"/> sees it now.</summary>
    public static async Task<BookingView> ViewAsync(this TestApp app, TestUser? user = null)
    {
        await using var session = app.As(user ?? TestUser.Sam);
        var view = await session.Bookings().FindAsync(Reference, None);
        return Assert.IsType<BookingView>(view);
    }

    /// <summary>Confirms the booking as Sam with the supplier's number BD-558812.</summary>
    public static async Task ConfirmedAsync(this TestApp app)
    {
        await using var sam = app.As(TestUser.Sam);
        Succeeded(await sam.Bookings().ConfirmAsync(Reference, "BD-558812", (await app.ViewAsync()).Version, None));
    }

    /// <summary>Moves the clock to <paramref name="local"/> on the wall clock in Tallinn.</summary>
    public static void SetTallinnTime(this TestApp app, DateTime local)
    {
        var utc = TimeZoneInfo.ConvertTimeToUtc(local, TimeZoneInfo.FindSystemTimeZoneById("Europe/Tallinn"));
        app.Clock.SetUtcNow(new DateTimeOffset(utc, TimeSpan.Zero));
    }

    public static void Succeeded(Core.Common.Result result) => Assert.True(result.Succeeded, result.Error);
}
