using CarRentalGateway.BackOffice;
using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.BackOffice.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MySqlConnector;
using StackExchange.Redis;

namespace CarRentalGateway.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The app as it runs in production, in miniature: a fresh database on the tests' MariaDB server, migrated once by the
/// <c>migrate</c> command (as the Kubernetes Job does), the tests' Redis as the shared cache, and two instances as
/// processes of their own (<see cref="A"/> and <see cref="B"/>, shared by the collection's tests; a test that stops an
/// instance starts one of its own). A headless Chromium drives them.
/// </summary>
public sealed class TwoInstancesFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private WebApplication? _seeding;
    private string _databaseName = "";
    private string _serverConnection = "";
    private readonly List<AppInstance> _instances = [];

    public AppInstance A { get; private set; } = default!;

    public AppInstance B { get; private set; } = default!;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    /// <summary>The app's own services over the shared database, for seeding and for reading what was stored.</summary>
    public IServiceProvider Services => _seeding?.Services ?? throw new InvalidOperationException("The fixture has not started.");

    /// <summary>What every instance runs with: the one database, the one Redis, the first Admin, no demo data.</summary>
    public Dictionary<string, string> Settings { get; } = [];

    public async Task InitializeAsync()
    {
        _serverConnection = Environment.GetEnvironmentVariable("BACKOFFICE_TEST_MARIADB")
            ?? throw new InvalidOperationException("BACKOFFICE_TEST_MARIADB is not set: run the tests with ./test.sh, which starts MariaDB.");
        var redis = Environment.GetEnvironmentVariable("BACKOFFICE_TEST_REDIS")
            ?? throw new InvalidOperationException("BACKOFFICE_TEST_REDIS is not set: run the tests with ./test.sh, which starts Redis.");
        _databaseName = $"crg_e2e_{Guid.NewGuid():N}"[..24];
        await ExecuteOnServerAsync($"CREATE DATABASE `{_databaseName}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");

        Settings["Database:Provider"] = nameof(DatabaseProvider.MariaDb);
        Settings["ConnectionStrings:MariaDb"] = new MySqlConnectionStringBuilder(_serverConnection) { Database = _databaseName }.ConnectionString;
        Settings["Database:ServerVersion"] = Environment.GetEnvironmentVariable("BACKOFFICE_TEST_MARIADB_VERSION") ?? "10.11.0-mariadb";
        Settings["Database:MigrateOnStartup"] = "false";
        Settings["DemoData:Enabled"] = "false";
        Settings["ConnectionStrings:Redis"] = redis;
        Settings["Bootstrap:AdminEmail"] = TestUsers.Admin.Email;
        Settings["Bootstrap:AdminPassword"] = TestUsers.Admin.Password;
        // A short drain, so a stopped instance is gone soon; long enough for its open pages to pause their state.
        Settings["Shutdown:DrainDelay"] = "00:00:03";

        await AppInstance.RunAsync("migrate", Settings, "migrate");
        var started = await Task.WhenAll(StartInstanceAsync("A"), StartInstanceAsync("B"));
        (A, B) = (started[0], started[1]);
        _seeding = SeedingServices();

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(BrowserLaunch.Options);
    }

    /// <summary>
    /// Another instance over the same database and cache, with <paramref name="more"/> settings of its own; the fixture
    /// stops it at the end if the test did not.
    /// </summary>
    public async Task<AppInstance> StartInstanceAsync(string name, IReadOnlyDictionary<string, string>? more = null)
    {
        var settings = new Dictionary<string, string>(Settings);
        foreach (var (key, value) in more ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }

        var instance = await AppInstance.StartAsync(name, settings);
        lock (_instances)
        {
            _instances.Add(instance);
        }

        return instance;
    }

    /// <summary>The audit entries of one entity, oldest first, read straight from the shared database.</summary>
    public async Task<List<AuditEntry>> AuditEntriesAsync(string entityType, string entityKey)
    {
        await using var scope = Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == entityType && a.EntityKey == entityKey)
            .OrderBy(a => a.Id)
            .ToListAsync();
    }

    /// <summary>The keys of the paused pages' states in the shared Redis now.</summary>
    public async Task<IReadOnlySet<string>> CircuitStatesInRedisAsync()
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(Settings["ConnectionStrings:Redis"]);
        var keys = new HashSet<string>();
        await foreach (var key in redis.GetServers().Single().KeysAsync(pattern: SharedCircuitState.KeyPrefix + "*"))
        {
            keys.Add(key.ToString());
        }

        return keys;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }

        if (_seeding is not null)
        {
            await _seeding.DisposeAsync();
        }

        MySqlConnection.ClearAllPools();
        if (_databaseName.Length > 0)
        {
            await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS `{_databaseName}`");
        }
    }

    /// <summary>The app's services, built but never run: no server, no start-up work, only what reads and writes data.</summary>
    private WebApplication SeedingServices()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.Configuration.AddInMemoryCollection(Settings.Select(setting => KeyValuePair.Create(setting.Key, (string?)setting.Value)));
        builder.Services.AddBackOffice(builder.Configuration, builder.Environment.ContentRootPath);
        return builder.Build();
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new MySqlConnection(_serverConnection);
        await connection.OpenAsync();
        await using var command = new MySqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

/// <summary>The tests of several instances: their own database, instances and browser.</summary>
[CollectionDefinition(Name)]
public sealed class TwoInstancesCollection : ICollectionFixture<TwoInstancesFixture>
{
    public const string Name = "Two instances on one MariaDB";
}
