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
        await Expect(page.Locator("html")).ToHaveClassAsync("theme-light");
        var lightBackground = await BodyBackgroundAsync();

        await page.Locator("#dark-mode-toggle").ClickAsync();

        await Expect(page.Locator("body")).Not.ToHaveCSSAsync("background-color", lightBackground);
        await page.WaitForFunctionAsync("() => document.cookie.split('; ').includes('crg.theme=dark')");

        var reloaded = await page.ReloadAsync();
        Assert.NotNull(reloaded);
        // The server renders the remembered theme from the first byte, before any script runs.
        Assert.Contains("<html lang=\"en\" class=\"theme-dark\">", await reloaded.TextAsync(), StringComparison.Ordinal);
        await Expect(page.Locator("html")).ToHaveClassAsync("theme-dark");
        await WaitForRowsAsync(page);
        await Expect(page.Locator("body")).Not.ToHaveCSSAsync("background-color", lightBackground);
        await SaveScreenshotAsync(page, "views/dark-mode");

        Task<string> BodyBackgroundAsync() => page.Locator("body").EvaluateAsync<string>("b => getComputedStyle(b).backgroundColor");
    });

    [Fact]
    public Task The_theme_is_one_cached_stylesheet_with_the_light_palette_and_the_dark_one_under_the_dark_class() => InBrowserAsync(async page =>
    {
        // The sign-in page links it too, before anyone is signed in.
        var signIn = await page.APIRequest.GetAsync("/Account/Login");
        var link = System.Text.RegularExpressions.Regex.Match(await signIn.TextAsync(), "href=\"(theme\\.css\\?v=[0-9a-f]{16})\"");
        Assert.True(link.Success, "the page links the versioned stylesheet");

        var stylesheet = await page.APIRequest.GetAsync("/" + link.Groups[1].Value);

        Assert.Equal(200, stylesheet.Status);
        Assert.StartsWith("text/css", stylesheet.Headers["content-type"], StringComparison.Ordinal);
        Assert.Contains("immutable", stylesheet.Headers["cache-control"], StringComparison.Ordinal);
        var css = await stylesheet.TextAsync();
        var dark = css.IndexOf(":root.theme-dark{", StringComparison.Ordinal);
        Assert.True(dark > 0, "the dark palette has its own block, after the light one");
        // BackOfficeTheme's primary colours, #1e5a96 and #7fb3e8, as MudBlazor writes them.
        Assert.Contains("--mud-palette-primary: rgba(30,90,150,1);", css[..dark], StringComparison.OrdinalIgnoreCase);
        Assert.Contains("--mud-palette-primary: rgba(127,179,232,1);", css[dark..], StringComparison.OrdinalIgnoreCase);
    });
}
