using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Data.Seeding;
using CarRentalGateway.BackOffice.Features.Bookings;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using CarRentalGateway.Core.Bookings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarRentalGateway.BackOffice.Tests.Data.Seeding;

/// <summary>The demo has bookings to show, sold once, including the cases a demo or an end-to-end test walks through.</summary>
public sealed class DemoBookingsTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    [Theory, AllProviders]
    public async Task Demo_data_sells_its_bookings_once_with_upcoming_on_request_and_cancelled_for_a_fee_among_them(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);

        await app.Services.InitializeDatabaseAsync(migrate: false, demoData: true);
        await app.Services.InitializeDatabaseAsync(migrate: false, demoData: true);

        await using var db = await app.OpenDbAsync();
        var bookings = await db.Bookings.AsNoTracking().ToListAsync();
        Assert.Equal(DemoDataSeeder.DemoBookingCount, bookings.Count);
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        Assert.Contains(bookings, b => b.Status == BookingStatus.Confirmed && b.Trip.PickUpDate > today && b.Trip.PickUpDate <= today.AddDays(7));
        Assert.Contains(bookings, b => b.Status == BookingStatus.OnRequest);
        Assert.Contains(bookings, b => b.Status == BookingStatus.Cancelled && b.Cancellation!.Fee.MinorUnits > 0);
        Assert.Contains(bookings, b => b.Status == BookingStatus.NoShow);
        Assert.Contains(bookings, b => b.Status == BookingStatus.Completed && b.Notes.Count > 0);

        // Stored whole: the search finds a confirmed booking by its supplier's confirmation number.
        var confirmed = bookings.First(b => b.Status == BookingStatus.Confirmed);
        await using var sam = app.As(TestUser.Sam);
        var found = await sam.Services.GetRequiredService<BookingSearchService>()
            .SearchAsync(new BookingQuery { Text = confirmed.SupplierConfirmationNumber }, CancellationToken.None);
        Assert.Contains(found.Items, row => row.Reference == confirmed.Reference.Value);
    }
}
