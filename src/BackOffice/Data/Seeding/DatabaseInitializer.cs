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
            else
            {
                var sqlMode = await db.Database.SqlQueryRaw<string>("SELECT @@GLOBAL.sql_mode AS Value").SingleAsync(cancellationToken);
                if (!RefusesOverlongText(sqlMode))
                {
                    throw new InvalidOperationException(
                        $"MariaDB runs with sql_mode '{sqlMode}': text longer than a column would be cut, not refused. " +
                        "Set sql_mode to include STRICT_TRANS_TABLES (the server's default) and run the migration again.");
                }
            }

            LogMigrated(db.Database.ProviderName, pending);
        }

        await identity.SeedAsync(cancellationToken);
    }

    /// <summary>
    /// Whether MariaDB refuses text longer than its column instead of cutting it: the input limits rely on it there
    /// (SQLite has check constraints instead). A strict mode is MariaDB's default; this catches a server set otherwise.
    /// </summary>
    public static bool RefusesOverlongText(string sqlMode) =>
        sqlMode.Split(',').Any(mode => mode is "STRICT_TRANS_TABLES" or "STRICT_ALL_TABLES");

    [LoggerMessage(Level = LogLevel.Information, Message = "Database ({Provider}) is up to date; {Count} migrations applied now.")]
    private partial void LogMigrated(string? provider, int count);
}
