using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Features.Dashboard;
using CarRentalGateway.BackOffice.Features.Locations;
using CarRentalGateway.BackOffice.Features.Suppliers;
using CarRentalGateway.BackOffice.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace CarRentalGateway.BackOffice.Tests.Infrastructure;

/// <summary>What a test needs besides the database: Identity (for seeding and password tests) and extra settings.</summary>
public sealed record TestAppOptions
{
    public bool WithIdentity { get; init; }

    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>Added to every context after the app's own, e.g. to make a save fail part-way.</summary>
    public IReadOnlyList<IInterceptor> Interceptors { get; init; } = [];
}

/// <summary>
/// The back office's services as the app registers them, over a real test database, with two stand-ins:
/// the current user (set per scope, see <see cref="As"/>) and the clock (a <see cref="FakeTimeProvider"/>).
/// </summary>
public sealed class TestApp : IAsyncDisposable
{
    /// <summary>A UTC time with whole milliseconds: MariaDB keeps microseconds, SQLite keeps ticks.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 14, 9, 26, 53, 589, TimeSpan.Zero);

    private readonly AsyncServiceScope _systemScope;

    private TestApp(TestDatabase database, ServiceProvider services, FakeTimeProvider clock, CapturingLoggerProvider logs)
    {
        Database = database;
        Services = services;
        Clock = clock;
        Logs = logs;
        _systemScope = services.CreateAsyncScope();
    }

    /// <summary>The database this app runs on; another app can be built over it, as a restart would.</summary>
    public TestDatabase Database { get; }

    public DatabaseProvider Provider => Database.Provider;

    public ServiceProvider Services { get; }

    public FakeTimeProvider Clock { get; }

    public CapturingLoggerProvider Logs { get; }

    public static TestApp Build(TestDatabase database, TestAppOptions? options = null)
    {
        options ??= new TestAppOptions();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(database.Settings)
            .AddInMemoryCollection(options.Settings)
            .Build();
        var clock = new FakeTimeProvider(Start);
        var logs = new CapturingLoggerProvider();

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging
            .SetMinimumLevel(LogLevel.Debug)
            .AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning)
            .AddProvider(logs));
        services.AddBackOfficeData(configuration, contentRoot: AppContext.BaseDirectory);
        services.AddBackOfficeAuthorization();
        services.AddBackOfficeFeatures();
        services.AddBackOfficeSeeding(configuration);
        if (options.WithIdentity)
        {
            services.AddBackOfficeIdentity();
        }

        services.ConfigureDbContext<SqliteAppDbContext>((_, db) => db.AddInterceptors(options.Interceptors));
        services.ConfigureDbContext<MariaDbAppDbContext>((_, db) => db.AddInterceptors(options.Interceptors));
        services.RemoveAll<ICurrentUser>();
        services.AddScoped<TestCurrentUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<TestCurrentUser>());
        services.RemoveAll<TimeProvider>();
        services.AddSingleton<TimeProvider>(clock);

        // Not ValidateOnBuild: the web host's own services (routing for the policy cache, Identity for the
        // seeders when a test leaves it out) are registered but never resolved here.
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        return new TestApp(database, provider, clock, logs);
    }

    /// <summary>A scope acting as <paramref name="user"/>, like one Blazor circuit or one request.</summary>
    public UserSession As(TestUser user)
    {
        var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TestCurrentUser>().Principal = user.ToPrincipal();
        return new UserSession(scope);
    }

    /// <summary>A context for arranging and checking data directly, as the system (no user) in its own scope.</summary>
    public Task<AppDbContext> OpenDbAsync() =>
        _systemScope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();

    public async Task MigrateAsync()
    {
        await using var db = await OpenDbAsync();
        await db.Database.MigrateAsync();
    }

    /// <summary>Empties every table of the model (keeping the migrations history), so each test starts from nothing.</summary>
    public async Task ResetDatabaseAsync()
    {
        await using var db = await OpenDbAsync();
        var sql = db.GetService<ISqlGenerationHelper>();
        var tables = db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct().ToList();
        var (checksOff, checksOn) = Provider == DatabaseProvider.Sqlite
            ? ("PRAGMA foreign_keys = OFF;", "PRAGMA foreign_keys = ON;")
            : ("SET FOREIGN_KEY_CHECKS = 0;", "SET FOREIGN_KEY_CHECKS = 1;");

        // One connection throughout: the foreign key switch belongs to the connection.
        await db.Database.OpenConnectionAsync();
        try
        {
            await db.Database.ExecuteSqlRawAsync(checksOff);
            foreach (var table in tables)
            {
                var delete = "DELETE FROM " + sql.DelimitIdentifier(table) + ";";
                await db.Database.ExecuteSqlRawAsync(delete);
            }

            await db.Database.ExecuteSqlRawAsync(checksOn);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _systemScope.DisposeAsync();
        await Services.DisposeAsync();
    }
}

/// <summary>One user's scope: the services a page would call, with that user as the current user.</summary>
public sealed class UserSession(AsyncServiceScope scope) : IAsyncDisposable
{
    public IServiceProvider Services => scope.ServiceProvider;

    public SupplierService Suppliers => Services.GetRequiredService<SupplierService>();

    public DashboardService Dashboard => Services.GetRequiredService<DashboardService>();

    public LocationService Locations => Services.GetRequiredService<LocationService>();

    public ValueTask DisposeAsync() => scope.DisposeAsync();
}
