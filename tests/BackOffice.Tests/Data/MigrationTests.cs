using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CarRentalGateway.BackOffice.Tests.Data;

/// <summary>Each provider's committed migrations build exactly the model, from an empty database.</summary>
public sealed class MigrationTests
{
    [Theory, AllProviders]
    public async Task The_model_has_no_changes_missing_from_the_migrations(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateEmptyAsync(provider);
        await using var app = TestApp.Build(database);
        await using var db = await app.OpenDbAsync();

        Assert.False(
            db.Database.HasPendingModelChanges(),
            $"The {provider} model differs from its snapshot: add a migration for it (scripts/add-migration.sh).");
    }

    [Theory, AllProviders]
    public async Task All_migrations_apply_to_an_empty_database(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateEmptyAsync(provider);
        await using var app = TestApp.Build(database);
        await using var db = await app.OpenDbAsync();
        Assert.NotEmpty(await db.Database.GetPendingMigrationsAsync());

        await db.Database.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.Equal(0, await db.Suppliers.CountAsync());
        Assert.Equal(0, await db.AuditEntries.CountAsync());
        Assert.Equal(0, await db.Users.CountAsync());
        Assert.Equal(0, await db.Roles.CountAsync());
    }

    [Fact]
    public void Both_providers_have_the_same_migrations_in_the_same_order()
    {
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        using var mariaDb = new MariaDbDesignTimeFactory().CreateDbContext([]);

        // Ids are "<timestamp>_<Name>"; the timestamps differ by the seconds between the two scaffolds.
        static IEnumerable<string> Names(DbContext db) => db.Database.GetMigrations().Select(id => id[(id.IndexOf('_') + 1)..]);

        Assert.NotEmpty(Names(sqlite));
        Assert.Equal(Names(sqlite), Names(mariaDb));
    }
}
