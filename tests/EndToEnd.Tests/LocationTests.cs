using CarRentalGateway.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static CarRentalGateway.EndToEnd.Tests.Infrastructure.SupplierScreens;
using static Microsoft.Playwright.Assertions;

namespace CarRentalGateway.EndToEnd.Tests;

public sealed class LocationTests(BackOfficeFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public Task Admin_adds_a_location_on_a_suppliers_tab_that_is_found_by_IATA_and_support_sees_read_only() => InBrowserAsync(async page =>
    {
        // A made-up airport code, so this run's location is the only one it finds.
        var iata = "Q" + new string(Guid.NewGuid().ToString("N").Where(char.IsAsciiLetterLower).Take(2).ToArray()).PadRight(2, 'x');
        var code = $"{iata.ToUpperInvariant()}-AIRPORT";
        var supplier = BackOfficeFixture.BaselineSupplierCode;

        // Through the list: its rows mean the circuit is up, so the tab click reaches the server.
        await SignInAsync(page, TestUsers.Admin, $"/suppliers?q={supplier}");
        await WaitForRowsAsync(page);
        await Row(page, supplier).ClickAsync();
        await Expect(page.Locator("#supplier-title")).ToBeVisibleAsync();
        await OpenTabAsync(page, "Locations");
        await page.Locator("#add-location").ClickAsync();
        await Expect(Dialog(page)).ToBeVisibleAsync();

        // The supplier is fixed, and its country brings the country's time zone.
        await Expect(page.Locator("#location-country")).ToHaveValueAsync("Estonia (EE)");
        await Expect(page.Locator("#location-timezone")).ToHaveValueAsync("Europe/Tallinn");
        await page.Locator("#location-code").FillAsync(code.ToLowerInvariant());
        await ChooseOptionAsync(page, "location-type", "Airport");
        await page.Locator("#location-name").FillAsync("Test Field Airport");
        await page.Locator("#location-iata").FillAsync(iata);
        await page.Locator("#location-city").FillAsync("Tallinn");
        await page.Locator("#location-address").FillAsync("Lennujaama tee 2, arrivals hall");
        await page.Locator("#location-fee").FillAsync("25");

        // Saturday until 16:00; Sunday opened 10:00–14:00; Monday copied to the other weekdays.
        await SetTimeAsync(page, "hours-Saturday-closes", "16:00");
        await page.Locator("#hours-Sunday-open").CheckAsync();
        await SetTimeAsync(page, "hours-Sunday-opens", "10:00");
        await SetTimeAsync(page, "hours-Sunday-closes", "14:00");
        await SetTimeAsync(page, "hours-Monday-opens", "07:00");
        await page.Locator("#hours-copy-monday").ClickAsync();
        await Expect(page.Locator("#hours-Thursday-opens")).ToHaveValueAsync("07:00");
        await SaveScreenshotAsync(page, "views/new-location-dialog");
        await page.Locator("#location-save").ClickAsync();

        await Expect(Dialog(page)).ToBeHiddenAsync();
        var listed = page.Locator("#supplier-locations tbody tr.mud-table-row").Filter(new() { HasText = code });
        await Expect(listed).ToContainTextAsync("Test Field Airport");
        await SaveScreenshotAsync(page, "views/supplier-locations-tab");

        // Found on /locations by its IATA code typed in lower case.
        await page.GotoAsync($"/locations?q={iata.ToLowerInvariant()}");
        await Expect(Rows(page)).ToHaveCountAsync(1);
        await Expect(Rows(page).First).ToContainTextAsync(code);
        await Expect(Rows(page).First).ToContainTextAsync(supplier);
        await SaveScreenshotAsync(page, "views/locations-search");
        await Rows(page).First.ClickAsync();
        await Expect(page.Locator("#location-title")).ToHaveTextAsync("Test Field Airport");
        await Expect(page.Locator("#location-hours")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"Thursday\s*07:00–18:00"));
        await Expect(page.Locator("#location-hours")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"Saturday\s*09:00–16:00"));
        await Expect(page.Locator("#location-hours")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"Sunday\s*10:00–14:00"));
        await Expect(page.Locator("#location-fee-value")).ToHaveTextAsync("25.00 EUR");
        await SaveScreenshotAsync(page, "views/location-details");

        // Support finds the same location, and may only look.
        await page.Context.ClearCookiesAsync();
        await SignInAsync(page, TestUsers.Support, $"/locations?q={iata.ToUpperInvariant()}");
        await Expect(Rows(page)).ToHaveCountAsync(1);
        await Expect(page.Locator("#new-location")).ToHaveCountAsync(0);
        await Rows(page).First.ClickAsync();
        await Expect(page.Locator("#location-title")).ToHaveTextAsync("Test Field Airport");
        await Expect(page.Locator("#read-only")).ToBeVisibleAsync();
        await Expect(page.Locator("#location-edit")).ToHaveCountAsync(0);
        await Expect(page.Locator("#location-deactivate")).ToHaveCountAsync(0);
        await Expect(page.Locator("#location-delete")).ToHaveCountAsync(0);
        await page.Locator("#location-supplier-link").ClickAsync();
        await OpenTabAsync(page, "Locations");
        await Expect(page.Locator("#supplier-locations")).ToContainTextAsync(code);
        await Expect(page.Locator("#add-location")).ToHaveCountAsync(0);
    });

    private static async Task OpenTabAsync(IPage page, string title) =>
        await page.Locator(".mud-tab").Filter(new() { HasTextRegex = new($"^{title}$", System.Text.RegularExpressions.RegexOptions.IgnoreCase) }).ClickAsync();

    /// <summary>Types a time into an editable time picker and leaves the field, as a keyboard user does.</summary>
    private static async Task SetTimeAsync(IPage page, string inputId, string time)
    {
        await page.Locator($"#{inputId}").FillAsync(time);
        await page.Locator($"#{inputId}").PressAsync("Tab");
        await Expect(page.Locator($"#{inputId}")).ToHaveValueAsync(time);
    }
}
