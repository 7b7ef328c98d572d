using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CarRentalGateway.EndToEnd.Tests.Infrastructure;

/// <summary>How the tests find their way around the supplier pages, in one place.</summary>
public static class SupplierScreens
{
    /// <summary>A new, unused supplier code, lower case as a person might type it.</summary>
    public static string NewCode() => $"e2e-{Guid.NewGuid().ToString("N")[..8]}";

    public static ILocator Rows(IPage page) => page.Locator("tbody.mud-table-body tr.mud-table-row");

    public static ILocator Row(IPage page, string code) =>
        Rows(page).Filter(new() { Has = page.Locator("td[data-label=Code]", new() { HasTextRegex = new($"^{code}$") }) });

    /// <summary>
    /// The grid loads its rows only once the Blazor circuit is up (the pre-render shows none), so rows on
    /// screen mean the page is interactive and clicks will reach the server.
    /// </summary>
    public static async Task WaitForRowsAsync(IPage page) => await Expect(Rows(page).First).ToBeVisibleAsync();

    /// <summary>The whole field (input, label and the error or helper text under it) around an input.</summary>
    public static ILocator Field(IPage page, string inputId) =>
        page.Locator(".mud-input-control").Filter(new() { Has = page.Locator($"#{inputId}") }).Last;

    public static ILocator Dialog(IPage page) => page.Locator(".mud-dialog");

    /// <summary>Types into a MudAutocomplete and picks an entry from its open popover list.</summary>
    public static async Task ChooseAsync(IPage page, string inputId, string typed, string option)
    {
        await page.Locator($"#{inputId}").FillAsync(typed);
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = option }).ClickAsync();
        await Expect(page.Locator($"#{inputId}")).ToHaveValueAsync(option);
    }

    /// <summary>Opens a MudSelect and clicks one of its options.</summary>
    public static async Task ChooseOptionAsync(IPage page, string inputId, string option)
    {
        await page.Locator("div.mud-select").Filter(new() { Has = page.Locator($"#{inputId}") }).First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = option }).ClickAsync();
        await Expect(page.Locator($"#{inputId}")).ToHaveValueAsync(option);
    }
}
