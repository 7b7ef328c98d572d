using System.Collections.Concurrent;
using CarRentalGateway.BackOffice.Data;

namespace CarRentalGateway.BackOffice.Tests.Infrastructure;

/// <summary>
/// A test class's databases: one per provider, created and migrated on first use and deleted when the class
/// is done. Each test starts from empty tables (<see cref="StartAsync"/>). A provider that cannot be reached
/// fails its own tests only, with the reason; the other provider's tests still run.
/// </summary>
public sealed class TestDatabases : IAsyncLifetime
{
    private readonly ConcurrentDictionary<DatabaseProvider, Lazy<Task<TestDatabase>>> _databases = new();

    /// <summary>The app over this class's empty, migrated database of <paramref name="provider"/>.</summary>
    public async Task<TestApp> StartAsync(DatabaseProvider provider, TestAppOptions? options = null)
    {
        var database = await _databases.GetOrAdd(provider, p => new Lazy<Task<TestDatabase>>(() => CreateMigratedAsync(p))).Value;
        var app = TestApp.Build(database, options);
        try
        {
            await app.ResetDatabaseAsync();
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var database in _databases.Values.Where(d => d.IsValueCreated))
        {
            if (database.Value.IsCompletedSuccessfully)
            {
                await (await database.Value).DisposeAsync();
            }
        }
    }

    private static async Task<TestDatabase> CreateMigratedAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateEmptyAsync(provider);
        try
        {
            await using var app = TestApp.Build(database);
            await app.MigrateAsync();
            return database;
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }
}
