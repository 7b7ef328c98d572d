using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CarRentalGateway.EndToEnd.Tests.Infrastructure;

/// <summary>How the tests find their way around the contract pages, in one place.</summary>
public static class ContractScreens
{
    /// <summary>The address of one contract version's page.</summary>
    public static readonly System.Text.RegularExpressions.Regex ContractPage =
        new(@"^https?://[^/]+/contracts/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");

    public static ILocator Title(IPage page) => page.Locator("#contract-title");

    /// <summary>The status chip beside the contract's title.</summary>
    public static ILocator Status(IPage page) => page.Locator("#contract-status");

    /// <summary>A term on the contract's Terms tab, e.g. <c>commission</c>.</summary>
    public static ILocator Term(IPage page, string key) => page.Locator($"dd[data-term={key}]");

    /// <summary>Every action an admin may have on a contract page.</summary>
    public static IReadOnlyList<string> ActionIds { get; } =
        ["edit-contract", "approve-contract", "delete-contract", "amend-contract", "terminate-contract", "open-amendment"];

    /// <summary>Answers the confirmation that an action asks for, by its button.</summary>
    public static async Task ConfirmAsync(IPage page, string button)
    {
        var dialog = page.Locator(".mud-dialog");
        await Expect(dialog).ToBeVisibleAsync();
        await dialog.Locator("button", new() { HasTextString = button }).ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
    }

    public static async Task OpenTabAsync(IPage page, string name) =>
        await page.GetByRole(AriaRole.Tab, new() { NameRegex = new($"^{name}") }).ClickAsync();
}
