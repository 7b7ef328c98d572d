using CarRentalGateway.BackOffice.Data.Generation;
using Microsoft.EntityFrameworkCore;

namespace CarRentalGateway.BackOffice.Data.Seeding;

/// <summary>
/// Demo bookings: a few thousand sold over the last 18 months through the demo catalog and its published rules, by
/// the same generator as the million-booking load, so the lists, searches and booking pages have something to show:
/// bookings on request and confirmed for the coming days, rentals under way, completed, cancelled with and without a
/// fee, no-shows, notes.
/// </summary>
internal sealed partial class DemoDataSeeder
{
    public const int DemoBookingCount = 3_000;

    /// <summary>The demo's bookings are the same on every new database (relative to its first day).</summary>
    private const int DemoBookingSeed = 2026;

    private async Task SeedBookingsAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var demoCodes = DemoSuppliers.Select(s => s.Code).ToList();
        if (await db.Bookings.AnyAsync(cancellationToken) || !await db.Suppliers.AnyAsync(s => demoCodes.Contains(s.Code), cancellationToken))
        {
            return;
        }

        var catalog = await BookingCatalog.LoadAsync(db, pricing, exchangeRates, cancellationToken);
        var generator = new BookingGenerator(catalog, clock.GetUtcNow().UtcDateTime, DemoBookingSeed);
        db.Bookings.AddRange(generator.Generate(DemoBookingCount));
        await db.SaveChangesAsync(cancellationToken);
        LogSeededBookings(DemoBookingCount);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: added {Count} bookings.")]
    private partial void LogSeededBookings(int count);
}
