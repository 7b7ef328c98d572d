using System.Diagnostics;
using System.Globalization;
using CarRentalGateway.BackOffice.Features.Bookings;
using CarRentalGateway.BackOffice.Features.Quote;
using Microsoft.EntityFrameworkCore;

namespace CarRentalGateway.BackOffice.Data.Generation;

/// <summary>
/// <c>load-bookings COUNT [SEED]</c>: generates COUNT bookings from the database's catalog and published rules and
/// bulk-loads them into MariaDB, for measuring the bookings search at scale. Run it on the demo catalog
/// (<c>--demo-data true</c> fills an empty database first).
/// </summary>
internal static partial class LoadBookingsCommand
{
    public const string Verb = "load-bookings";

    private const int DefaultSeed = 6;

    /// <returns>The process exit code.</returns>
    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> values, CancellationToken cancellationToken)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(LoadBookingsCommand));
        if (values.Count is < 1 or > 2 || !int.TryParse(values[0], out var count) || count < 1
            || !int.TryParse(values.ElementAtOrDefault(1) ?? $"{DefaultSeed}", out var seed))
        {
            LogUsage(logger, Verb);
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var provided = scope.ServiceProvider;
        await using var db = await provided.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(cancellationToken);
        if (!db.Database.IsMySql())
        {
            LogNotMariaDb(logger, Verb);
            return 2;
        }

        var catalog = await BookingCatalog.LoadAsync(
            db, provided.GetRequiredService<PublishedPricing>(), provided.GetRequiredService<ExchangeRates>(), cancellationToken);
        if (catalog.Offers.Count == 0)
        {
            LogNothingToSell(logger);
            return 1;
        }

        var taken = await db.Bookings.Select(b => b.Reference).ToListAsync(cancellationToken);
        var now = provided.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var generator = new BookingGenerator(catalog, now, seed, taken.Select(r => r.Value));
        var clock = Stopwatch.StartNew();
        var reported = TimeSpan.Zero;
        var loaded = await BookingBulkLoader.LoadAsync(db, generator.Generate(count), progress: counts =>
        {
            // Every ten seconds is enough to see it move without flooding the console.
            if (clock.Elapsed - reported >= TimeSpan.FromSeconds(10))
            {
                reported = clock.Elapsed;
                LogProgress(logger, counts.Bookings, count, counts.Bookings / clock.Elapsed.TotalSeconds);
            }
        }, cancellationToken);
        LogLoaded(logger, loaded.Bookings, loaded.Notes, clock.Elapsed.ToString(@"m\:ss", CultureInfo.InvariantCulture), loaded.Bookings / clock.Elapsed.TotalSeconds);
        return 0;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Usage: {Verb} COUNT [SEED], e.g. {Verb} 1000000 --provider MariaDb --ConnectionStrings:MariaDb=\"Server=…\"")]
    private static partial void LogUsage(ILogger logger, string verb);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Verb} writes through MariaDB's bulk path: run it with --provider MariaDb and ConnectionStrings:MariaDb.")]
    private static partial void LogNotMariaDb(ILogger logger, string verb);

    [LoggerMessage(Level = LogLevel.Error, Message = "Nothing to sell: no active supplier has an offer with rates. Load the demo catalog into an empty database with --demo-data true.")]
    private static partial void LogNothingToSell(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Loaded:N0} of {Count:N0} bookings loaded ({Rate:N0} a second)")]
    private static partial void LogProgress(ILogger logger, int loaded, int count, double rate);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {Bookings:N0} bookings and {Notes:N0} notes in {Elapsed}: {Rate:N0} bookings a second.")]
    private static partial void LogLoaded(ILogger logger, int bookings, int notes, string elapsed, double rate);
}
