using System.Net;
using CarRentalGateway.BackOffice.Hosting;
using CarRentalGateway.BackOffice.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CarRentalGateway.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The real app on Kestrel, on a free loopback port, over a fresh SQLite database in a temp folder.
/// The environment is Development unless a test asks otherwise: that is what serves the static web assets (MudBlazor,
/// blazor.web.js) to the browser.
/// </summary>
public sealed class BackOfficeAppFactory : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string> settings;
    private readonly string environment;
    private readonly TimeProvider? clock;
    private readonly TimeProvider? shutdownClock;

    /// <param name="settings">Configuration this app runs with on top of the tests' own, e.g. a low export threshold.</param>
    /// <param name="environment">Production for the tests of what a deployed app shows (error pages, cookie flags).</param>
    /// <param name="clock">The clock sessions are timed by, for the tests of what happens hours later.</param>
    /// <param name="shutdownClock">The clock the shutdown's drain delay is timed by, for the tests of stopping.</param>
    public BackOfficeAppFactory(
        IReadOnlyDictionary<string, string> settings, string environment = "Development", TimeProvider? clock = null, TimeProvider? shutdownClock = null)
    {
        this.settings = settings;
        this.environment = environment;
        this.clock = clock;
        this.shutdownClock = shutdownClock;
        DataDirectory = Directory.CreateTempSubdirectory("crg-e2e-").FullName;
        // The options overload: UseKestrel(0) on a WithWebHostBuilder child is ignored (stack-notes §5).
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    public string DataDirectory { get; }

    /// <summary>What the app has logged, as its console would print it.</summary>
    public AppLogs Logs { get; } = new();

    /// <summary>Starts the server on first use; the address Kestrel actually bound, ending in a slash.</summary>
    public Uri BaseAddress
    {
        get
        {
            StartServer();
            return ClientOptions.BaseAddress;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:DataDirectory", DataDirectory);
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("DemoData:Enabled", "false");
        builder.UseSetting("Bootstrap:AdminEmail", TestUsers.Admin.Email);
        builder.UseSetting("Bootstrap:AdminPassword", TestUsers.Admin.Password);
        // The app's request and EF logs would bury the test output.
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // An open page checks its session every second instead of every minute, so a test sees a disabled account or
        // an idle session leave the page at once.
        builder.UseSetting("Sessions:CircuitCheckInterval", "00:00:01");
        builder.ConfigureLogging(Logs.AddTo);
        // No load balancer to drain from: disposing a test's app stops it at once.
        builder.UseSetting("Shutdown:DrainDelay", "00:00:00");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        if (clock is not null)
        {
            builder.ConfigureTestServices(services => services.AddKeyedSingleton(StaffSessions.ClockKey, clock));
        }

        if (shutdownClock is not null)
        {
            builder.ConfigureTestServices(services => services.AddKeyedSingleton(GracefulShutdown.ClockKey, shutdownClock));
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        // Pooled connections keep the database files open.
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing a test run for.
        }
    }
}
