using CarRentalGateway.EndToEnd.Tests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace CarRentalGateway.EndToEnd.Tests;

public sealed class BookingSearchTests(BackOfficeFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public Task Slash_reaches_the_go_to_booking_box_from_any_page_and_a_refusal_keeps_what_was_typed() => InBrowserAsync(async page =>
    {
        // A confirmation number no run of these tests gives a booking.
        var unknown = "NONE-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        await SignInAsync(page, TestUsers.Support, "/suppliers");
        await Expect(page.Locator("#go-to-booking")).Not.ToBeFocusedAsync();

        await page.Keyboard.PressAsync("/");
        await Expect(page.Locator("#go-to-booking")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(unknown);
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("#go-to-booking-error")).ToHaveTextAsync(
            $"No booking has the reference or supplier confirmation number {unknown}.");
        await Expect(page.Locator("#go-to-booking")).ToHaveValueAsync(unknown);
        await Expect(page).ToHaveURLAsync(PathPattern("/suppliers"));
        await SaveScreenshotAsync(page, "views/go-to-booking-refused");
    });

    [Fact]
    public Task A_slash_typed_into_the_bookings_search_stays_in_the_search_and_the_search_lives_in_the_URL() => InBrowserAsync(async page =>
    {
        await SignInAsync(page, TestUsers.Finance, "/bookings");
        await Expect(page.Locator("a[href='bookings']")).ToBeVisibleAsync();

        await page.Locator("#booking-search").FillAsync("");
        await page.Locator("#booking-search").PressSequentiallyAsync("nobody/else");

        await Expect(page.Locator("#booking-search")).ToHaveValueAsync("nobody/else");
        await Expect(page.Locator("#go-to-booking")).Not.ToBeFocusedAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/bookings\\?q=nobody%2Felse$"));
        await Expect(page.Locator("#no-bookings")).ToContainTextAsync("No booking matches “nobody/else”");

        // The URL opens the same search again.
        await page.ReloadAsync();
        await WaitForInteractiveAsync(page);
        await Expect(page.Locator("#booking-search")).ToHaveValueAsync("nobody/else");
        await Expect(page.Locator("#no-bookings")).ToContainTextAsync("No booking matches “nobody/else”");
    });

    [Fact]
    public Task Clicking_anywhere_on_a_row_opens_its_booking_and_back_returns_to_the_same_search() => InBrowserAsync(async page =>
    {
        var booking = await BookingWorld.ConfirmedBookingAsync(Fixture);
        await SignInAsync(page, TestUsers.Support, $"/bookings?supplier={booking.SupplierCode}");
        var row = page.Locator("#bookings-grid tbody tr", new() { HasText = booking.Reference });

        // The customer's cell, not the reference link: the whole row leads to the booking.
        await row.Locator("td").Nth(2).ClickAsync();

        await Expect(page).ToHaveURLAsync(PathPattern($"/bookings/{booking.Reference}"));
        await Expect(page.Locator("#booking-reference")).ToHaveTextAsync(booking.Reference);
        await page.GoBackAsync();
        await Expect(page).ToHaveURLAsync(PathPattern("/bookings"));
        await Expect(row).ToBeVisibleAsync();
        Assert.EndsWith($"?supplier={booking.SupplierCode}", page.Url, StringComparison.Ordinal);
    });

    [Fact]
    public Task A_status_chosen_in_the_list_goes_into_the_URL_and_clearing_the_filters_shows_any_status_again() => InBrowserAsync(async page =>
    {
        await SignInAsync(page, TestUsers.Support, "/bookings");

        await page.Locator("#status-filter").SelectOptionAsync("Cancelled");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/bookings\\?status=Cancelled$"));

        // After a person's choice the browser no longer follows the options' markup; the select's value must follow the URL.
        await page.Locator("#clear-filters").ClickAsync();
        await Expect(page).ToHaveURLAsync(PathPattern("/bookings"));
        await Expect(page.Locator("#status-filter")).ToHaveValueAsync("");
        await Expect(page.Locator("#status-filter option:checked")).ToHaveTextAsync("Any status");
    });
}
