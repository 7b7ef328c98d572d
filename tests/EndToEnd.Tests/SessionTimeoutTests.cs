using System.Text.RegularExpressions;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.EndToEnd.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace CarRentalGateway.EndToEnd.Tests;

/// <summary>
/// Idle and absolute session timeouts in the real app, for requests and for a page left open (a circuit, which makes no
/// requests), on a clock the test moves. The app's open pages check their session every second.
/// </summary>
[Collection(SessionClockCollection.Name)]
public sealed class SessionTimeoutTests(SessionClockFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    private static readonly Regex LoginPage = PathPattern("/Account/Login");

    private FakeTimeProvider Clock => fixture.Clock;

    [Fact]
    public Task A_page_left_open_and_idle_for_30_minutes_goes_to_sign_in_and_says_why() => InBrowserAsync(async page =>
    {
        await SignInAsync(page, TestUsers.Support, "/bookings");
        await WaitForInteractiveAsync(page);

        Clock.Advance(TimeSpan.FromMinutes(31));

        // Nobody touches the page: its own check sends it to sign in.
        await Expect(page).ToHaveURLAsync(LoginPage);
        await Expect(page.Locator("#session-ended")).ToHaveTextAsync("You were signed out after 30 minutes without activity. Sign in to go on.");
        await SaveScreenshotAsync(page, "views/session-ended-idle");

        // The session is over on the server: the cookie opens nothing, and signing in again starts afresh.
        await page.GotoAsync("/bookings");
        await Expect(page).ToHaveURLAsync(LoginPage);
        await SubmitLoginAsync(page, TestUsers.Support.Email, TestUsers.Support.Password);
        await Expect(page).ToHaveURLAsync(PathPattern("/bookings"));
    });

    [Fact]
    public Task Typing_on_an_open_page_keeps_its_session_going_past_the_idle_time_since_the_last_request() => InBrowserAsync(async page =>
    {
        // An account of its own, so its one session is the one the test reads back.
        var agent = new TestUser($"typing.agent.{Guid.NewGuid():N}@e2e.example", "typing agent passphrase", Roles.Support);
        await Fixture.AddAccountAsync(agent.Email, agent.Password, Roles.Support);
        await SignInAsync(page, agent, "/bookings");
        await WaitForInteractiveAsync(page);

        Clock.Advance(TimeSpan.FromMinutes(20));
        var typedAt = Clock.GetUtcNow().UtcDateTime;
        // Keys, as a person types them: the page reports input, not what it does by itself.
        await page.Locator("#booking-search").PressSequentiallyAsync("no such customer");
        await Eventually.ReadUntilAsync(
            () => Fixture.LastSessionActivityAsync(agent.Email),
            recorded => recorded >= typedAt,
            recorded => $"The page's session check did not carry the typing to the server: last activity {recorded:O}, typed at {typedAt:O}.");

        // 40 minutes after the last request, 20 after typing: still signed in, on the open page and for a request.
        Clock.Advance(TimeSpan.FromMinutes(20));
        var stillSignedIn = await page.APIRequest.GetAsync("/bookings", new() { MaxRedirects = 0 });
        Assert.Equal(200, stillSignedIn.Status);
        await Expect(page).ToHaveURLAsync(PathPattern("/bookings"));
    });

    [Fact]
    public Task A_request_after_30_idle_minutes_is_sent_to_sign_in_with_the_reason() => InBrowserAsync(async page =>
    {
        await SignInAsync(page, TestUsers.Finance, "/Account/Manage");

        Clock.Advance(TimeSpan.FromMinutes(30));
        var refused = await page.APIRequest.GetAsync("/reports", new() { MaxRedirects = 0 });

        Assert.Equal(302, refused.Status);
        Assert.Contains($"{SessionCookieEvents.EndedParameter}={SessionEnd.IdleTimeout}", refused.Headers["location"], StringComparison.Ordinal);
        await page.GotoAsync(refused.Headers["location"]);
        await Expect(page.Locator("#session-ended")).ToContainTextAsync("after 30 minutes without activity");
    });

    [Fact]
    public Task However_busy_a_session_is_it_ends_10_hours_after_signing_in() => InBrowserAsync(async page =>
    {
        await SignInAsync(page, TestUsers.Finance, "/Account/Manage");

        for (var minutes = 20; minutes < 600; minutes += 20)
        {
            Clock.Advance(TimeSpan.FromMinutes(20));
            var busy = await page.APIRequest.GetAsync("/Account/Manage", new() { MaxRedirects = 0 });
            Assert.True(busy.Status == 200, $"Refused {minutes} minutes after signing in: {busy.Status} to {busy.Headers.GetValueOrDefault("location")}");
        }

        Clock.Advance(TimeSpan.FromMinutes(20));
        await page.GotoAsync("/reports");
        await Expect(page).ToHaveURLAsync(LoginPage);
        await Expect(page.Locator("#session-ended")).ToHaveTextAsync("You were signed out 10 hours after signing in, as every session is. Sign in to go on.");
    });
}
