using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.BackOffice.Data.Generation;
using CarRentalGateway.BackOffice.Data.Seeding;
using CarRentalGateway.BackOffice.Features.Bookings;
using CarRentalGateway.BackOffice.Features.Quote;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using CarRentalGateway.Core.Bookings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarRentalGateway.BackOffice.Tests.Data.Generation;

/// <summary>
/// The bulk load writes through MariaDB's LOAD DATA (SQLite has no such path, and the load refuses it): every row whole,
/// as EF reads it back, found by the search, and without audit rows, since generated bookings are test data.
/// </summary>
public sealed class BookingBulkLoaderTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private const int Count = 2_000;

    [Fact]
    public async Task Generated_bookings_load_whole_with_their_notes_and_the_search_finds_them_by_confirmation_number()
    {
        await using var app = await databases.StartAsync(DatabaseProvider.MariaDb);
        await app.Services.InitializeDatabaseAsync(migrate: false, demoData: true);
        var generated = await GenerateAsync(app);

        BulkLoadCounts loaded;
        await using (var db = await app.OpenDbAsync())
        {
            loaded = await BookingBulkLoader.LoadAsync(db, generated, progress: null, CancellationToken.None);
        }

        Assert.Equal((Count, generated.Sum(b => b.Notes.Count)), (loaded.Bookings, loaded.Notes));
        await using var check = await app.OpenDbAsync();
        Assert.Equal(DemoDataSeeder.DemoBookingCount + Count, await check.Bookings.CountAsync());
        var ids = generated.Select(b => b.Id).ToList();
        var stored = await check.Bookings.Where(b => ids.Contains(b.Id)).OrderBy(b => b.CreatedAtUtc).ThenBy(b => b.Id).ToListAsync();
        Assert.Equivalent(generated.OrderBy(b => b.CreatedAtUtc).ThenBy(b => b.Id), stored, strict: true);
        Assert.All(stored, b => Assert.NotEqual(Guid.Empty, check.Entry(b).Property<Guid>(AuditingModelExtensions.VersionProperty).CurrentValue));
        var keys = ids.Select(id => id.ToString()).ToList();
        Assert.False(await check.AuditEntries.AnyAsync(e => keys.Contains(e.EntityKey)), "Generated bookings are test data: they have no history.");

        var confirmed = generated.First(b => b.Status == BookingStatus.Confirmed);
        await using var sam = app.As(TestUser.Sam);
        var found = await sam.Services.GetRequiredService<BookingSearchService>()
            .SearchAsync(new BookingQuery { Text = confirmed.SupplierConfirmationNumber }, CancellationToken.None);
        Assert.Contains(found.Items, row => row.Reference == confirmed.Reference.Value && row.Id == confirmed.Id);
    }

    [Fact]
    public async Task The_bulk_load_refuses_SQLite_and_writes_nothing()
    {
        await using var app = await databases.StartAsync(DatabaseProvider.Sqlite);
        await app.Services.InitializeDatabaseAsync(migrate: false, demoData: true);
        var generated = await GenerateAsync(app);

        await using var db = await app.OpenDbAsync();
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(
            () => BookingBulkLoader.LoadAsync(db, generated, progress: null, CancellationToken.None));

        Assert.Contains("--provider MariaDb", refused.Message, StringComparison.Ordinal);
        Assert.Equal(DemoDataSeeder.DemoBookingCount, await db.Bookings.CountAsync());
    }

    private static async Task<List<Booking>> GenerateAsync(TestApp app)
    {
        await using var db = await app.OpenDbAsync();
        var catalog = await BookingCatalog.LoadAsync(
            db, app.Services.GetRequiredService<PublishedPricing>(), app.Services.GetRequiredService<ExchangeRates>(), CancellationToken.None);
        var taken = (await db.Bookings.Select(b => b.Reference).ToListAsync()).Select(r => r.Value);
        return new BookingGenerator(catalog, app.Clock.GetUtcNow().UtcDateTime, seed: 7, taken).Generate(Count).ToList();
    }
}
