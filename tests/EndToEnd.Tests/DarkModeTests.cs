using CarRentalGateway.EndToEnd.Tests.Infrastructure;
using Xunit.Abstractions;
using static CarRentalGateway.EndToEnd.Tests.Infrastructure.SupplierScreens;
using static Microsoft.Playwright.Assertions;

namespace CarRentalGateway.EndToEnd.Tests;

public sealed class DarkModeTests(BackOfficeFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public Task Dark_mode_is_switched_on_and_remembered_after_a_reload() => InBrowserAsync(async page =>
    {
        await SignInAsync(page, TestUsers.Admin, "/suppliers");
        await WaitForRowsAsync(page);
        await Expect(page.Locator("body")).ToHaveClassAsync("theme-light");
        var lightBackground = await BodyBackgroundAsync();

        await page.Locator("#dark-mode-toggle").ClickAsync();

        await Expect(page.Locator("body")).Not.ToHaveCSSAsync("background-color", lightBackground);
        await page.WaitForFunctionAsync("() => document.cookie.split('; ').includes('crg.theme=dark')");

        var reloaded = await page.ReloadAsync();
        Assert.NotNull(reloaded);
        // The server renders the remembered theme from the first byte, before any script runs.
        Assert.Contains("<body class=\"theme-dark\">", await reloaded.TextAsync(), StringComparison.Ordinal);
        await Expect(page.Locator("body")).ToHaveClassAsync("theme-dark");
        await WaitForRowsAsync(page);
        await Expect(page.Locator("body")).Not.ToHaveCSSAsync("background-color", lightBackground);
        await SaveScreenshotAsync(page, "views/dark-mode");

        Task<string> BodyBackgroundAsync() => page.Locator("body").EvaluateAsync<string>("b => getComputedStyle(b).backgroundColor");
    });
}
