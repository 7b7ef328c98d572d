using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarRentalGateway.BackOffice.Tests.Security;

/// <summary>
/// Sessions on a clock the test moves: idle for the idle timeout ends one, a request or a click on an open page keeps it
/// going, nothing keeps it past its lifetime, and an ended session stays ended for every later request and page.
/// The settings are the production defaults: 30 minutes idle, 10 hours in all.
/// </summary>
public sealed class StaffSessionsTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory, AllProviders]
    public async Task A_session_idle_for_30_minutes_ends_and_stays_ended(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        var sessions = Sessions(app);
        var id = await sessions.StartAsync(await AddUserAsync(app), None);

        app.Clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Null(await sessions.ContinueWithRequestAsync(id, None));
        app.Clock.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(SessionEnd.IdleTimeout, await sessions.ContinueWithRequestAsync(id, None));

        // Coming back later, or from an open page that was clicked since, does not revive it.
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(SessionEnd.IdleTimeout, await sessions.ContinueWithPageAsync(id, app.Clock.GetUtcNow(), None));
        var ended = Assert.Single(await SessionEventsAsync(app));
        Assert.Equal("idle too long", ended.Changes.Single().New);
    }

    [Theory, AllProviders]
    public async Task Requests_every_20_minutes_keep_a_session_going(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        var sessions = Sessions(app);
        var id = await sessions.StartAsync(await AddUserAsync(app), None);

        for (var step = 0; step < 6; step++)
        {
            app.Clock.Advance(TimeSpan.FromMinutes(20));
            Assert.Null(await sessions.ContinueWithRequestAsync(id, None));
        }

        Assert.Empty(await SessionEventsAsync(app));
    }

    [Theory, AllProviders]
    public async Task Clicks_on_an_open_page_keep_its_session_going_and_a_page_left_alone_ends_it(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        var sessions = Sessions(app);
        var id = await sessions.StartAsync(await AddUserAsync(app), None);

        // Clicked 20 minutes in; checked 40 minutes in: 20 minutes idle, not 40.
        app.Clock.Advance(TimeSpan.FromMinutes(20));
        var click = app.Clock.GetUtcNow();
        app.Clock.Advance(TimeSpan.FromMinutes(20));
        Assert.Null(await sessions.ContinueWithPageAsync(id, click, None));

        // The click is kept: a request 25 minutes after it still finds the session going.
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Null(await sessions.ContinueWithRequestAsync(id, None));

        // Then the page is left alone (its last click long ago) past the idle time after that request.
        app.Clock.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(SessionEnd.IdleTimeout, await sessions.ContinueWithPageAsync(id, click, None));
    }

    [Theory, AllProviders]
    public async Task A_busy_session_ends_10_hours_after_signing_in(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        var sessions = Sessions(app);
        var id = await sessions.StartAsync(await AddUserAsync(app), None);

        for (var step = 1; step < 30; step++)
        {
            app.Clock.Advance(TimeSpan.FromMinutes(20));
            Assert.Null(await sessions.ContinueWithPageAsync(id, app.Clock.GetUtcNow(), None));
        }

        app.Clock.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal(SessionEnd.LifetimeReached, await sessions.ContinueWithPageAsync(id, app.Clock.GetUtcNow(), None));
        Assert.Equal("lifetime reached", Assert.Single(await SessionEventsAsync(app)).Changes.Single().New);
    }

    [Theory, AllProviders]
    public async Task Signing_out_ends_the_session_for_every_page_and_request_that_carries_it(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        var sessions = Sessions(app);
        var userId = await AddUserAsync(app);
        var signedOut = await sessions.StartAsync(userId, None);
        var otherDevice = await sessions.StartAsync(userId, None);

        await sessions.SignOutAsync(signedOut, None);
        await sessions.SignOutAsync(signedOut, None);

        Assert.Equal(SessionEnd.SignedOut, await sessions.ContinueWithRequestAsync(signedOut, None));
        Assert.Equal(SessionEnd.SignedOut, await sessions.ContinueWithPageAsync(signedOut, app.Clock.GetUtcNow(), None));
        Assert.Null(await sessions.ContinueWithRequestAsync(otherDevice, None));
        Assert.Equal("signed out", Assert.Single(await SessionEventsAsync(app)).Changes.Single().New);
    }

    [Theory, AllProviders]
    public async Task A_cookie_without_a_known_session_is_refused(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        var sessions = Sessions(app);

        Assert.Equal(SessionEnd.Unknown, await sessions.ContinueWithRequestAsync(null, None));
        Assert.Equal(SessionEnd.Unknown, await sessions.ContinueWithRequestAsync("0123456789abcdef0123456789abcdef", None));
    }

    [Theory, AllProviders]
    public async Task The_timeouts_come_from_configuration(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider, new TestAppOptions
        {
            WithIdentity = true,
            Settings = new Dictionary<string, string?> { ["Sessions:IdleTimeout"] = "00:05:00", ["Sessions:AbsoluteLifetime"] = "00:13:00" },
        });
        var sessions = Sessions(app);
        var idle = await sessions.StartAsync(await AddUserAsync(app, "idle@crg.example"), None);
        var busy = await sessions.StartAsync(await AddUserAsync(app, "busy@crg.example"), None);

        for (var step = 0; step < 3; step++)
        {
            app.Clock.Advance(TimeSpan.FromMinutes(4));
            Assert.Null(await sessions.ContinueWithRequestAsync(busy, None));
        }

        Assert.Equal(SessionEnd.IdleTimeout, await sessions.ContinueWithRequestAsync(idle, None));
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(SessionEnd.LifetimeReached, await sessions.ContinueWithRequestAsync(busy, None));
    }

    [Fact]
    public void The_sign_in_page_explains_each_ending_in_the_configured_words()
    {
        var defaults = new StaffSessionOptions();
        var brief = new StaffSessionOptions { IdleTimeout = TimeSpan.FromMinutes(1), AbsoluteLifetime = TimeSpan.FromHours(1) };

        Assert.Equal("You were signed out after 30 minutes without activity. Sign in to go on.", defaults.Explain(SessionEnd.IdleTimeout));
        Assert.Equal("You were signed out 10 hours after signing in, as every session is. Sign in to go on.", defaults.Explain(SessionEnd.LifetimeReached));
        Assert.Equal("You were signed out after 1 minute without activity. Sign in to go on.", brief.Explain(SessionEnd.IdleTimeout));
        Assert.Contains("60 minutes after signing in", brief.Explain(SessionEnd.LifetimeReached));
        Assert.Null(defaults.Explain(SessionEnd.Unknown));
    }

    private Task<TestApp> StartAsync(DatabaseProvider provider) =>
        databases.StartAsync(provider, new TestAppOptions { WithIdentity = true });

    // A scope of its own, as each request and open page has.
    private static StaffSessions Sessions(TestApp app) => app.Services.CreateScope().ServiceProvider.GetRequiredService<StaffSessions>();

    private static async Task<string> AddUserAsync(TestApp app, string email = "agent@crg.example")
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user)).Succeeded);
        return user.Id;
    }

    private static async Task<List<AuditEntry>> SessionEventsAsync(TestApp app)
    {
        await using var db = await app.OpenDbAsync();
        return await db.AuditEntries.AsNoTracking().Where(a => a.Action == AuditAction.SessionEnded).ToListAsync();
    }
}
