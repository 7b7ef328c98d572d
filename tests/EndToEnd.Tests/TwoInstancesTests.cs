using System.Runtime.CompilerServices;
using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.Core.Bookings;
using CarRentalGateway.EndToEnd.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace CarRentalGateway.EndToEnd.Tests;

/// <summary>
/// The app as several replicas: real processes on their own loopback ports over one MariaDB database and one Redis, as
/// Kubernetes runs them. Cookies are per host, not per port, so one browser context on 127.0.0.1 carries its sign-in to
/// every instance, as the one host name of a load balancer would.
/// </summary>
[Collection(TwoInstancesCollection.Name)]
public sealed class TwoInstancesTests(TwoInstancesFixture fixture, ITestOutputHelper output) : BrowserSession(output)
{
    [Fact]
    public Task A_sign_in_on_one_instance_opens_a_booking_on_the_other_without_signing_in_again() => OnInstanceAAsync(async page =>
    {
        var booking = await BookingWorld.ConfirmedBookingAsync(fixture.Services);

        await SignInAsync(page, TestUsers.Admin);
        var cookiesForB = await page.Context.CookiesAsync([fixture.B.BaseAddress.ToString()]);
        Assert.Contains(cookiesForB, cookie => cookie.Name == "crg.auth");

        await page.GotoAsync(BookingOn(fixture.B, booking));
        await WaitForInteractiveAsync(page);

        await Expect(page).ToHaveURLAsync(BookingOn(fixture.B, booking));
        await Expect(page.Locator("#booking-reference")).ToHaveTextAsync(booking.Reference);
        await Expect(page.Locator("#signed-in-user")).ToHaveAttributeAsync("title", TestUsers.Admin.Email);
    });

    [Fact]
    public Task A_note_saved_on_one_instance_is_on_the_booking_when_the_other_opens_it() => OnInstanceAAsync(async page =>
    {
        var booking = await BookingWorld.ConfirmedBookingAsync(fixture.Services);
        var note = $"Customer called about a child seat ({Guid.NewGuid():N})";
        await SignInAsync(page, TestUsers.Admin, $"/bookings/{booking.Reference}");

        await page.Locator("#note-text").FillAsync(note);
        await page.Locator("#add-note").ClickAsync();
        await Expect(Snackbar(page, "Note added")).ToBeVisibleAsync();

        await page.GotoAsync(BookingOn(fixture.B, booking));
        await WaitForInteractiveAsync(page);
        await Expect(page.Locator("#notes")).ToContainTextAsync(note);
    });

    [Fact]
    public Task Stopping_one_instance_leaves_a_page_open_on_the_other_working() => OnInstanceAAsync(async page =>
    {
        var booking = await BookingWorld.ConfirmedBookingAsync(fixture.Services);
        var stopping = await fixture.StartInstanceAsync("C");
        await SignInAsync(page, TestUsers.Admin);
        var onStopping = await page.Context.NewPageAsync();
        await onStopping.GotoAsync(new Uri(stopping.BaseAddress, "/bookings").ToString());
        await WaitForInteractiveAsync(onStopping);
        await page.GotoAsync(new Uri(fixture.B.BaseAddress, "/bookings").ToString());
        await WaitForInteractiveAsync(page);

        await stopping.SendTerminateAsync();
        Assert.Equal(0, await stopping.WaitForExitAsync());

        // The page on B searches, opens the booking and saves a change as if nothing had happened.
        await page.Keyboard.PressAsync("/");
        await page.Keyboard.TypeAsync(booking.ConfirmationNumber);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(BookingOn(fixture.B, booking));
        await page.Locator("#action-edit-details").ClickAsync();
        await Expect(page.Locator("#details-flight")).ToHaveValueAsync("BT 311");
        await page.Locator("#details-flight").FillAsync("AY 1024");
        await page.Locator("#details-save").ClickAsync();
        await Expect(Snackbar(page, "contact, driver and flight saved")).ToBeVisibleAsync();
        await Expect(page.Locator("#flight")).ToHaveTextAsync("AY 1024");
        Assert.Equal("AY 1024", (await StoredAsync(booking)).FlightNumber);
    });

    [Fact]
    public Task An_unsaved_edit_comes_back_as_typed_on_another_instance_when_its_instance_stops() => InBrowserAsync(async (page, balancer) =>
    {
        var booking = await BookingWorld.ConfirmedBookingAsync(fixture.Services);
        await SignInAsync(page, TestUsers.Admin, $"/bookings/{booking.Reference}");
        await page.Locator("#action-edit-details").ClickAsync();
        await Expect(page.Locator("#details-flight")).ToHaveValueAsync("BT 311");
        await page.Locator("#details-customer-name").FillAsync("Mari Kask");
        await page.Locator("#details-customer-phone").FillAsync("+372 5987 6543");
        await page.Locator("#details-driver-name").FillAsync("Jaan Kask");
        await page.Locator("#details-flight").FillAsync("LH 880");

        // Kubernetes stops the pod: it fails readiness at once and the load balancer stops sending it new connections.
        var stopping = balancer.Backend;
        await stopping.SendTerminateAsync();
        await Eventually.ReadUntilAsync(stopping.IsReadyAsync, ready => !ready, _ => $"{stopping.Name} still reports ready after SIGTERM.");
        await Expect(page.Locator("#components-moving-message")).ToBeVisibleAsync();
        // The dialog fades in; the picture should show it as the person sees it.
        await Expect(page.Locator("#components-reconnect-modal")).ToHaveCSSAsync("opacity", "1");
        await SaveScreenshotAsync(page, "views/instance-moving");
        balancer.SwitchTo(fixture.B);

        await Expect(Snackbar(page, "moved to another server")).ToBeVisibleAsync();
        await Expect(page.Locator("#details-customer-name")).ToHaveValueAsync("Mari Kask");
        await Expect(page.Locator("#details-customer-phone")).ToHaveValueAsync("+372 5987 6543");
        await Expect(page.Locator("#details-driver-name")).ToHaveValueAsync("Jaan Kask");
        await Expect(page.Locator("#details-flight")).ToHaveValueAsync("LH 880");
        await Expect(page.Locator("#details-customer-email")).ToHaveValueAsync("mari.tamm@example.com");
        await Expect(page.Locator("#components-reconnect-modal")).Not.ToBeVisibleAsync();
        await SaveScreenshotAsync(page, "views/instance-moved");
        Assert.Equal(0, await stopping.WaitForExitAsync());

        await page.Locator("#details-save").ClickAsync();
        await Expect(Snackbar(page, "contact, driver and flight saved")).ToBeVisibleAsync();
        await Expect(page.Locator("#customer-name")).ToHaveTextAsync("Mari Kask");
        var stored = await StoredAsync(booking);
        Assert.Equal(("Mari Kask", "+372 5987 6543", "Jaan Kask", "LH 880"), (stored.CustomerName, stored.CustomerPhone, stored.DriverName, stored.FlightNumber));
        var changes = await fixture.AuditEntriesAsync(nameof(Booking), stored.Id.ToString());
        Assert.Single(changes, change => change.Action == BackOffice.Data.Auditing.AuditAction.Updated);
    });

    [Fact]
    public Task A_page_cut_off_from_its_instance_longer_than_its_circuit_is_kept_comes_back_as_typed_on_another_instance() => InBrowserAsync(async (page, balancer) =>
    {
        var booking = await BookingWorld.ConfirmedBookingAsync(fixture.Services);
        await SignInAsync(page, TestUsers.Admin, $"/bookings/{booking.Reference}");
        await page.Locator("#action-edit-details").ClickAsync();
        await Expect(page.Locator("#details-flight")).ToHaveValueAsync("BT 311");
        await page.Locator("#details-flight").FillAsync("LH 880");
        var before = await fixture.CircuitStatesInRedisAsync();

        // The network fails: the instance keeps the dropped page's circuit for a second, then stores its state in Redis.
        balancer.CutOff();
        var stored = await Eventually.ReadUntilAsync(
            async () => (await fixture.CircuitStatesInRedisAsync()).Except(before).ToList(),
            added => added.Count == 1,
            added => $"{added.Count} new page states in Redis.\n{balancer.Backend.Output}");
        balancer.SwitchTo(fixture.B);

        // The browser's next reconnect reaches B, which does not know the circuit, so it resumes the state from Redis.
        await Expect(Snackbar(page, "moved to another server")).ToBeVisibleAsync();
        await Expect(page.Locator("#details-flight")).ToHaveValueAsync("LH 880");
        await Expect(page.Locator("#details-customer-name")).ToHaveValueAsync("Mari Tamm");
        Assert.DoesNotContain(stored.Single(), await fixture.CircuitStatesInRedisAsync());
        await page.Locator("#details-save").ClickAsync();
        await Expect(page.Locator("#flight")).ToHaveTextAsync("LH 880");
    }, new Dictionary<string, string> { ["Circuits:DisconnectedCircuitRetentionPeriod"] = "00:00:01" });

    private static string BookingOn(AppInstance instance, SeededBooking booking) => new Uri(instance.BaseAddress, $"/bookings/{booking.Reference}").ToString();

    private static ILocator Snackbar(IPage page, string text) => page.Locator(".mud-snackbar").Filter(new() { HasText = text });

    private Task OnInstanceAAsync(Func<IPage, Task> test, [CallerMemberName] string testName = "") =>
        InBrowserAsync(fixture.Browser, fixture.A.BaseAddress, test, testName);

    /// <summary>
    /// Runs a test through a load balancer in front of an instance of its own, which the test may stop; the balancer can
    /// then send new connections to <see cref="TwoInstancesFixture.B"/>.
    /// </summary>
    private async Task InBrowserAsync(
        Func<IPage, Balancer, Task> test, IReadOnlyDictionary<string, string>? settings = null, [CallerMemberName] string testName = "")
    {
        var instance = await fixture.StartInstanceAsync("C", settings);
        await using var forwarder = new TcpForwarder(instance.BaseAddress);
        await InBrowserAsync(fixture.Browser, forwarder.Address, page => test(page, new Balancer(forwarder, instance)), testName);
    }

    private async Task<Booking> StoredAsync(SeededBooking booking)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var reference = BookingReference.Parse(booking.Reference).Value;
        return await db.Bookings.AsNoTracking().SingleAsync(b => b.Reference == reference);
    }

    /// <summary>The load balancer of a test, and the instance it sends new connections to.</summary>
    private sealed class Balancer(TcpForwarder forwarder, AppInstance backend)
    {
        public AppInstance Backend { get; private set; } = backend;

        public void SwitchTo(AppInstance instance)
        {
            forwarder.SwitchTo(instance.BaseAddress);
            Backend = instance;
        }

        public void CutOff() => forwarder.CutOff();
    }
}
