using Microsoft.EntityFrameworkCore;

namespace CarRentalGateway.BackOffice.Data.Seeding;

/// <summary>Brings the database up to date: pending migrations, then the roles and the first Admin.</summary>
internal sealed partial class DatabaseInitializer(
    IDbContextFactory<AppDbContext> dbFactory,
    IdentitySeeder identity,
    ILogger<DatabaseInitializer> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
            await db.Database.MigrateAsync(cancellationToken);
            if (db.Database.IsSqlite())
            {
                // Readers do not wait for a writer: lists keep loading while someone saves.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }

            LogMigrated(db.Database.ProviderName, pending);
        }

        await identity.SeedAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database ({Provider}) is up to date; {Count} migrations applied now.")]
    private partial void LogMigrated(string? provider, int count);
}
