using System.Net;
using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.BackOffice.Features.Bookings;
using CarRentalGateway.BackOffice.Features.Pricing;
using CarRentalGateway.BackOffice.Features.Shared;
using CarRentalGateway.BackOffice.Features.Suppliers;
using CarRentalGateway.BackOffice.Hosting;
using CarRentalGateway.BackOffice.Tests.Features.Pricing;
using CarRentalGateway.BackOffice.Tests.Features.Suppliers;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using CarRentalGateway.BackOffice.Tests.Security;
using CarRentalGateway.Core.Bookings;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using MySqlConnector;
using static CarRentalGateway.BackOffice.Tests.Features.Bookings.BookingArrange;

namespace CarRentalGateway.BackOffice.Tests.Faults;

/// <summary>
/// The app on MariaDB, connected through a proxy that can take the database away (the tests' shared server keeps
/// running). Reads retry through a short outage; a save during a long one is refused plainly with nothing saved; a
/// save whose commit landed but whose acknowledgement was lost is applied once and reported saved, at once when the
/// database can still be asked, or when the user saves again when it could not; readiness follows the database.
/// </summary>
public sealed class DatabaseOutageTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    [Fact]
    public async Task A_booking_search_and_the_booking_page_started_during_a_short_outage_are_retried_and_answer()
    {
        await using var outage = await ProxiedAsync();
        await using var sam = outage.App.As(TestUser.Sam);

        outage.Proxy.CutUntilRefused(2);
        var found = await sam.BookingSearch().SearchAsync(new BookingQuery { Text = Reference }, None);

        Assert.Equal([Reference], found.Items.Select(row => row.Reference));
        Assert.Equal(2, outage.Proxy.RefusedConnections);

        outage.Proxy.CutUntilRefused(2);
        var booking = await sam.Bookings().FindAsync(Reference, None);

        Assert.Equal("LH 1234", booking?.FlightNumber);
        Assert.Equal(4, outage.Proxy.RefusedConnections);
    }

    [Fact]
    public async Task After_an_outage_the_first_read_does_not_fail_on_a_pooled_connection_that_died_with_it()
    {
        // No retries at all: a dead pooled connection handed out after the outage would fail this read.
        await using var outage = await ProxiedAsync(retries: 0);
        await using var sam = outage.App.As(TestUser.Sam);
        Assert.NotNull(await sam.Bookings().FindAsync(Reference, None));

        outage.Proxy.Cut();
        outage.Proxy.Restore();

        Assert.Equal("LH 1234", (await sam.Bookings().FindAsync(Reference, None))?.FlightNumber);
    }

    [Fact]
    public async Task A_save_while_the_database_is_away_is_refused_plainly_saves_nothing_and_goes_through_once_it_is_back()
    {
        await using var outage = await ProxiedAsync();
        var form = BookingDetailsForm.From(await outage.Direct.ViewAsync());
        form.FlightNumber = "BA 123";
        await using var sam = outage.App.As(TestUser.Sam);

        outage.Proxy.Cut();
        var refused = await sam.Bookings().UpdateDetailsAsync(Reference, form, None);

        Assert.Equal((DatabaseOutage.NothingSaved, (string?)null), (refused.Error, refused.Field));
        Assert.True(outage.Proxy.RefusedConnections > 1, "The save was not retried before it was refused.");
        Assert.Equal("LH 1234", (await outage.Direct.ViewAsync()).FlightNumber);
        Assert.Equal("BA 123", form.FlightNumber);

        outage.Proxy.Restore();
        Succeeded(await sam.Bookings().UpdateDetailsAsync(Reference, form, None));

        Assert.Equal("BA 123", (await outage.Direct.ViewAsync()).FlightNumber);
        Assert.Single(await UpdatesAsync(outage.Direct));
    }

    [Fact]
    public async Task A_save_whose_acknowledgement_is_lost_is_found_to_have_landed_and_is_reported_saved_and_applied_once()
    {
        await using var outage = await ProxiedAsync();
        var form = BookingDetailsForm.From(await outage.Direct.ViewAsync());
        form.FlightNumber = "BA 123";
        await using var sam = outage.App.As(TestUser.Sam);

        // The server commits the change, then the connection drops before the app hears so: the save fails with a lost
        // connection (not a transient error, so the execution strategy does not run it again). Its audit entries are
        // in the database, so it landed.
        outage.Proxy.LoseNextCommitAcknowledgement();
        var saved = await sam.Bookings().UpdateDetailsAsync(Reference, form, None);

        Succeeded(saved);
        Assert.Equal("BA 123", (await outage.Direct.ViewAsync()).FlightNumber);
        var update = Assert.Single(await UpdatesAsync(outage.Direct));
        Assert.Equal([new FieldChange("FlightNumber", "LH 1234", "BA 123")], update.Changes);
    }

    [Fact]
    public async Task A_note_whose_acknowledgement_is_lost_is_added_once_and_reported_added()
    {
        await using var outage = await ProxiedAsync();
        await using var sam = outage.App.As(TestUser.Sam);

        // An insert with no version to compare: its audit entries are the witness that it landed.
        outage.Proxy.LoseNextCommitAcknowledgement();
        var added = await sam.Bookings().AddNoteAsync(Reference, "Customer asked for a child seat.", None);

        Succeeded(added);
        Assert.Equal(["Customer asked for a child seat."], (await outage.Direct.ViewAsync()).Notes.Select(note => note.Text));
        Assert.Single(await UpdatesAsync(outage.Direct));
    }

    [Fact]
    public async Task A_save_whose_acknowledgement_is_lost_as_the_database_goes_away_says_so_and_the_users_retry_applies_it_once()
    {
        await using var outage = await ProxiedAsync();
        var form = BookingDetailsForm.From(await outage.Direct.ViewAsync());
        form.FlightNumber = "BA 123";
        await using var sam = outage.App.As(TestUser.Sam);

        outage.Proxy.LoseNextCommitAcknowledgement(thenCut: true);
        var unknown = await sam.Bookings().UpdateDetailsAsync(Reference, form, None);

        Assert.Equal(DatabaseOutage.OutcomeUnknown, unknown.Error);
        Assert.Equal("BA 123", (await outage.Direct.ViewAsync()).FlightNumber);

        // The user saves the same form again once the database is back: it is their own change, not someone else's.
        outage.Proxy.Restore();
        Succeeded(await sam.Bookings().UpdateDetailsAsync(Reference, form, None));

        Assert.Equal("BA 123", (await outage.Direct.ViewAsync()).FlightNumber);
        Assert.Single(await UpdatesAsync(outage.Direct));
    }

    [Fact]
    public async Task A_note_whose_save_was_lost_with_the_database_is_not_added_twice_when_the_agent_adds_it_again()
    {
        await using var outage = await ProxiedAsync();
        await using var sam = outage.App.As(TestUser.Sam);

        outage.Proxy.LoseNextCommitAcknowledgement(thenCut: true);
        Assert.Equal(DatabaseOutage.OutcomeUnknown, (await sam.Bookings().AddNoteAsync(Reference, "Customer asked for a child seat.", None)).Error);
        outage.Proxy.Restore();
        outage.App.Clock.Advance(TimeSpan.FromMinutes(1));
        Succeeded(await sam.Bookings().AddNoteAsync(Reference, "Customer asked for a child seat.", None));

        Assert.Equal(["Customer asked for a child seat."], (await outage.Direct.ViewAsync()).Notes.Select(note => note.Text));
        Assert.Single(await UpdatesAsync(outage.Direct));

        // A note that did not get through the first time is added when the agent tries again.
        outage.Proxy.Cut();
        Assert.Equal(DatabaseOutage.NothingSaved, (await sam.Bookings().AddNoteAsync(Reference, "Called back.", None)).Error);
        outage.Proxy.Restore();
        Succeeded(await sam.Bookings().AddNoteAsync(Reference, "Called back.", None));

        Assert.Equal(2, (await outage.Direct.ViewAsync()).Notes.Count);
    }

    [Fact]
    public async Task After_a_lost_acknowledgement_the_users_retry_with_more_typed_saves_the_rest_over_their_own_change()
    {
        await using var outage = await ProxiedAsync();
        var form = BookingDetailsForm.From(await outage.Direct.ViewAsync());
        form.FlightNumber = "BA 123";
        await using var sam = outage.App.As(TestUser.Sam);
        outage.Proxy.LoseNextCommitAcknowledgement(thenCut: true);
        Assert.Equal(DatabaseOutage.OutcomeUnknown, (await sam.Bookings().UpdateDetailsAsync(Reference, form, None)).Error);

        outage.Proxy.Restore();
        form.CustomerPhone = "+372 600 1234";
        Succeeded(await sam.Bookings().UpdateDetailsAsync(Reference, form, None));

        var booking = await outage.Direct.ViewAsync();
        Assert.Equal(("BA 123", "+372 600 1234"), (booking.FlightNumber, booking.Customer.Phone));
        var updates = await UpdatesAsync(outage.Direct);
        Assert.Equal(2, updates.Count);
        Assert.Equal([new FieldChange("FlightNumber", "LH 1234", "BA 123")], updates[1].Changes);
        Assert.Contains(new FieldChange("CustomerPhone", "+372 5123 4567", "+372 600 1234"), updates[0].Changes);
        Assert.DoesNotContain(updates[0].Changes, change => change.Field == "FlightNumber");
    }

    [Fact]
    public async Task A_supplier_saved_while_the_database_is_away_is_refused_plainly_and_saved_once_it_is_back()
    {
        await using var outage = await ProxiedAsync(arrange: RegisteredSupplierAsync);
        var form = SupplierForm.From(await outage.Direct.LoadAsync("SIXT-EE")).With(f => f.Phone = "+372 600 9999");
        await using var ann = outage.App.As(TestUser.Ann);

        outage.Proxy.Cut();
        var refused = await ann.Suppliers.UpdateAsync("SIXT-EE", form, None);

        Assert.Equal(DatabaseOutage.NothingSaved, refused.Error);
        Assert.Equal("+372 600 1234", (await outage.Direct.LoadAsync("SIXT-EE")).Details.Phone);

        outage.Proxy.Restore();
        Succeeded(await ann.Suppliers.UpdateAsync("SIXT-EE", form, None));

        Assert.Equal("+372 600 9999", (await outage.Direct.LoadAsync("SIXT-EE")).Details.Phone);
    }

    [Fact]
    public async Task A_pricing_rule_whose_save_was_lost_with_the_database_is_saved_once_when_the_admin_saves_it_again()
    {
        await using var outage = await ProxiedAsync(arrange: StartedAsync);
        var number = await outage.Direct.AddRuleAsync(PricingArrange.Rule("Airport summer"));
        var form = PricingRuleForm.From(await outage.Direct.FindRuleAsync(number));
        form.Name = "Airport summer 2026";
        await using var ann = outage.App.As(TestUser.Ann);

        outage.Proxy.LoseNextCommitAcknowledgement(thenCut: true);
        Assert.Equal(DatabaseOutage.OutcomeUnknown, (await ann.Pricing().UpdateRuleAsync(number, form, None)).Error);
        outage.Proxy.Restore();
        var savedAgain = await ann.Pricing().UpdateRuleAsync(number, form, None);

        Succeeded(savedAgain);
        var rule = await outage.Direct.FindRuleAsync(number);
        Assert.Equal("Airport summer 2026", rule.Definition.Name);
        await using var db = await outage.Direct.OpenDbAsync();
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.EntityKey == rule.Id.ToString() && a.Action == AuditAction.Updated));
    }

    [Fact]
    public async Task Readiness_fails_while_the_database_is_cut_and_recovers_when_it_is_back_while_liveness_holds_throughout()
    {
        await using var app = await databases.StartAsync(DatabaseProvider.MariaDb);
        var connectionString = app.Database.Settings["ConnectionStrings:MariaDb"]!;
        await using var proxy = DatabaseOutageProxy.InFrontOf(connectionString);
        var proxied = proxy.Through(connectionString);
        await using var web = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment("Development");
            host.UseSetting("Database:Provider", nameof(DatabaseProvider.MariaDb));
            host.UseSetting("ConnectionStrings:MariaDb", proxied);
            host.UseSetting("Database:ServerVersion", app.Database.Settings["Database:ServerVersion"]);
            host.UseSetting("Database:MigrateOnStartup", "false");
            host.UseSetting("DemoData:Enabled", "false");
            host.UseSetting("Logging:LogLevel:Default", "Warning");
        });
        using var client = web.CreateClient();
        Assert.Equal(HttpStatusCode.OK, await StatusOfAsync(client, HealthEndpoints.ReadyPath));

        // With the app's own retry settings (about 8 s of retries), the check's timeout still answers the probe promptly.
        proxy.Cut();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, await StatusOfAsync(client, HealthEndpoints.ReadyPath));
        Assert.Equal(HttpStatusCode.OK, await StatusOfAsync(client, HealthEndpoints.LivePath));
        Assert.True(proxy.RefusedConnections > 0, "Readiness did not try the database.");

        proxy.Restore();

        Assert.Equal(HttpStatusCode.OK, await StatusOfAsync(client, HealthEndpoints.ReadyPath));
        Assert.Equal(HttpStatusCode.OK, await StatusOfAsync(client, HealthEndpoints.LivePath));
        using (var pooled = new MySqlConnection(proxied))
        {
            MySqlConnection.ClearPool(pooled);
        }
    }

    private static async Task<HttpStatusCode> StatusOfAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return response.StatusCode;
    }

    private static Task<TestApp> StartedAsync(TestDatabases fixture) => fixture.StartAsync(DatabaseProvider.MariaDb);

    private static async Task<TestApp> RegisteredSupplierAsync(TestDatabases fixture)
    {
        var app = await StartedAsync(fixture);
        await app.RegisterAsync(SupplierForms.Valid());
        return app;
    }

    /// <summary>The booking's audit entries after the sale: the changes made to it, newest first.</summary>
    private static async Task<List<AuditEntryView>> UpdatesAsync(TestApp app)
    {
        await using var sam = app.As(TestUser.Sam);
        return (await sam.Bookings().HistoryAsync(Reference, None)).Where(entry => entry.Action == AuditAction.Updated).ToList();
    }

    /// <summary>
    /// The sold booking of <see cref="BookingArrange"/> on MariaDB, and a second app over the same database through the
    /// proxy, retrying briefly (three retries, at most a fifth of a second apart) so an outage test is quick.
    /// </summary>
    private async Task<Outage> ProxiedAsync(int retries = 3, Func<TestDatabases, Task<TestApp>>? arrange = null)
    {
        var direct = await (arrange ?? (fixture => fixture.SoldAsync(DatabaseProvider.MariaDb)))(databases);
        var connectionString = direct.Database.Settings["ConnectionStrings:MariaDb"]!;
        var proxy = DatabaseOutageProxy.InFrontOf(connectionString);
        var proxied = proxy.Through(connectionString);
        var app = TestApp.Build(direct.Database, new TestAppOptions
        {
            Settings = new Dictionary<string, string?>
            {
                ["ConnectionStrings:MariaDb"] = proxied,
                ["Database:MaxRetryCount"] = retries.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Database:MaxRetryDelay"] = "00:00:00.2",
            },
        });
        return new Outage(direct, app, proxy, proxied);
    }

    private sealed record Outage(TestApp Direct, TestApp App, DatabaseOutageProxy Proxy, string ProxiedConnectionString) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await App.DisposeAsync();
            await Proxy.DisposeAsync();
            using (var pooled = new MySqlConnection(ProxiedConnectionString))
            {
                MySqlConnection.ClearPool(pooled);
            }

            await Direct.DisposeAsync();
        }
    }
}
