using System.Globalization;
using CarRentalGateway.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static CarRentalGateway.EndToEnd.Tests.Infrastructure.SupplierScreens;
using static Microsoft.Playwright.Assertions;

namespace CarRentalGateway.EndToEnd.Tests;

/// <summary>
/// The booking page as support and finance use it, over a booking seeded by <see cref="BookingWorld"/>: confirmed,
/// prepaid 158.40 EUR for three days from 10:00 five days ahead (3 × 40.00 + 3 × 8.00 GPS, +10 %).
/// </summary>
public sealed class BookingTests(BackOfficeFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public Task Support_moves_the_pick_up_accepts_the_new_price_then_cancels_for_the_customer_with_the_late_fee() => InBrowserAsync(async page =>
    {
        var booking = await BookingWorld.ConfirmedBookingAsync(Fixture);

        // The customer on the phone reads out the rental desk's number: the app bar's box opens the booking from anywhere.
        await SignInAsync(page, TestUsers.Support, "/bookings");
        await page.Keyboard.PressAsync("/");
        await page.Keyboard.TypeAsync(booking.ConfirmationNumber);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(PathPattern(BookingPath(booking)));
        await WaitForInteractiveAsync(page);
        await Expect(page.Locator("#booking-reference")).ToHaveTextAsync(booking.Reference);
        await Expect(page.Locator("#booking-status")).ToHaveTextAsync("Confirmed");
        await Expect(page.Locator("#booking-confirmation")).ToContainTextAsync(booking.ConfirmationNumber);
        await Expect(page.Locator("#customer-total")).ToHaveTextAsync("158.40 EUR");
        await Expect(page.Locator("#pick-up-hours")).ToHaveTextAsync("Mon–Sun 07:00–23:00");
        await SaveScreenshotAsync(page, "views/booking-support");

        // Pick-up tomorrow instead, same drop-off: seven days, 7 × 48.00 = 336.00, +10 % = 369.60.
        await page.Locator("#action-change-trip").ClickAsync();
        await Expect(Dialog(page)).ToBeVisibleAsync();
        var tomorrow = BookingWorld.TodayInTallinn.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await page.Locator("#trip-pick-up-date").FillAsync(tomorrow);
        await page.Locator("#trip-pick-up-date").PressAsync("Tab");
        await page.Locator("#trip-price").ClickAsync();
        await Expect(page.Locator("#trip-old-total")).ToHaveTextAsync("158.40 EUR");
        await Expect(page.Locator("#trip-new-total")).ToHaveTextAsync("369.60 EUR");
        await Expect(page.Locator("#trip-difference")).ToContainTextAsync("Charge the customer 211.20 EUR");
        await Expect(page.Locator("#trip-new-explanation")).ToContainTextAsync($"Uplift {booking.SupplierCode}");
        await SaveScreenshotAsync(page, "views/booking-change-trip");
        await page.Locator("#trip-accept").ClickAsync();
        await Expect(Snackbar(page, "trip changed")).ToBeVisibleAsync();
        await Expect(Dialog(page)).ToHaveCountAsync(0);
        await Expect(page.Locator("#customer-total")).ToHaveTextAsync("369.60 EUR");
        await Expect(page.Locator("#pick-up-time")).ToHaveTextAsync($"{tomorrow} 10:00");

        // Less than 48 hours before the new pick-up, the customer pays the 40.00 late fee.
        await page.Locator("#action-cancel").ClickAsync();
        await Expect(Dialog(page)).ToBeVisibleAsync();
        await page.Locator("#cancel-reason").FillAsync("The customer's flight was cancelled");
        await page.Locator("#cancel-preview").ClickAsync();
        await Expect(page.Locator("#cancel-fee")).ToHaveTextAsync("40.00 EUR");
        await Expect(page.Locator("#cancel-refund")).ToHaveTextAsync("329.60 EUR");
        await Expect(page.Locator("#booking-status")).ToHaveTextAsync("Confirmed");
        await SaveScreenshotAsync(page, "views/booking-cancel-terms");
        await page.Locator("#cancel-confirm").ClickAsync();
        await Expect(Snackbar(page, "cancelled")).ToBeVisibleAsync();
        await Expect(page.Locator("#booking-status")).ToHaveTextAsync("Cancelled");
        await Expect(page.Locator("#cancellation-fee")).ToHaveTextAsync("40.00 EUR");
        await Expect(page.Locator("#refund-due")).ToHaveTextAsync("329.60 EUR");
        await Expect(page.Locator("#action-edit-details")).ToHaveCountAsync(0);
        await Expect(page.Locator("#action-cancel")).ToHaveCountAsync(0);
        await Expect(page.Locator("#card-history")).ToContainTextAsync("Cancelled");
        await SaveScreenshotAsync(page, "views/booking-cancelled");
    });

    [Fact]
    public Task Two_agents_edit_the_same_booking_and_the_second_save_gets_the_conflict_with_its_typing_kept() => InBrowserAsync(async first =>
    {
        var booking = await BookingWorld.ConfirmedBookingAsync(Fixture);
        await using var secondBrowser = await Fixture.Browser.NewContextAsync(new() { BaseURL = Fixture.App.BaseAddress.ToString() });
        var second = await secondBrowser.NewPageAsync();

        await SignInAsync(first, TestUsers.Admin, BookingPath(booking));
        await SignInAsync(second, TestUsers.Support, BookingPath(booking));
        await first.Locator("#action-edit-details").ClickAsync();
        await second.Locator("#action-edit-details").ClickAsync();
        await Expect(second.Locator("#details-flight")).ToHaveValueAsync("BT 311");

        await first.Locator("#details-customer-phone").FillAsync("+372 5555 1111");
        await first.Locator("#details-save").ClickAsync();
        await Expect(Snackbar(first, "contact, driver and flight saved")).ToBeVisibleAsync();
        await Expect(first.Locator("#customer-phone")).ToHaveTextAsync("+372 5555 1111");
        await SaveScreenshotAsync(first, "views/booking-admin");

        await second.Locator("#details-flight").FillAsync("AY 1024");
        await second.Locator("#details-save").ClickAsync();
        await Expect(second.Locator("#booking-form-error")).ToContainTextAsync($"changed by {TestUsers.Admin.Email}");
        await Expect(second.Locator("#details-flight")).ToHaveValueAsync("AY 1024");
        await second.Locator("#booking-review-conflict").ClickAsync();
        await Expect(second.Locator("#booking-their-changes")).ToContainTextAsync("+372 5555 1111");
        await Expect(second.Locator("#details-flight")).ToHaveValueAsync("AY 1024");
        await Expect(second.Locator("#details-customer-phone")).ToHaveValueAsync("+372 5555 1111");
        await SaveScreenshotAsync(second, "views/booking-conflict-review");

        // The other agent's phone is in the form now; the second agent's flight is saved with it.
        await second.Locator("#details-save").ClickAsync();
        await Expect(Snackbar(second, "contact, driver and flight saved")).ToBeVisibleAsync();
        await Expect(second.Locator("#flight")).ToHaveTextAsync("AY 1024");
        await Expect(second.Locator("#customer-phone")).ToHaveTextAsync("+372 5555 1111");
    });

    [Fact]
    public Task Finance_sees_the_booking_but_no_action() => InBrowserAsync(async page =>
    {
        var booking = await BookingWorld.ConfirmedBookingAsync(Fixture);

        await SignInAsync(page, TestUsers.Finance, BookingPath(booking));

        await Expect(page.Locator("#booking-status")).ToHaveTextAsync("Confirmed");
        await Expect(page.Locator("#revenue")).ToHaveTextAsync("32.40 EUR");
        await Expect(page.Locator("#read-only")).ToBeVisibleAsync();
        await Expect(page.Locator("#booking-actions")).ToHaveCountAsync(0);
        await Expect(page.Locator("#note-text")).ToHaveCountAsync(0);
        await page.Locator("#toggle-explanation").ClickAsync();
        await Expect(page.Locator(".price-explanation")).ToContainTextAsync($"Uplift {booking.SupplierCode}");
        await SaveScreenshotAsync(page, "views/booking-finance");
    });

    private static string BookingPath(SeededBooking booking) => $"/bookings/{booking.Reference}";

    private static ILocator Snackbar(IPage page, string text) => page.Locator(".mud-snackbar").Filter(new() { HasText = text });
}
