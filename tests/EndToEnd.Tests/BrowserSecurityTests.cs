using CarRentalGateway.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace CarRentalGateway.EndToEnd.Tests;

/// <summary>The content security policy, the cookies and antiforgery, as Chromium meets them.</summary>
public sealed class BrowserSecurityTests(BackOfficeFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public Task The_main_pages_work_under_the_content_security_policy() => InBrowserAsync(async page =>
    {
        var booking = await BookingWorld.ConfirmedBookingAsync(Fixture);
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)
                || message.Text.Contains("Refused to", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add($"{page.Url}: {message.Text}");
            }
        };
        // The browser reports every blocked script, style, connection or frame to the page as well as to the console.
        await page.AddInitScriptAsync(
            "document.addEventListener('securitypolicyviolation', e => " +
            "console.error('Refused by the Content Security Policy: ' + e.violatedDirective + ' ' + e.blockedURI));");
        var webSockets = new List<string>();
        page.WebSocket += (_, socket) => webSockets.Add(socket.Url);

        await SignInAsync(page, TestUsers.Admin);
        string[] pages = ["/bookings", $"/bookings/{booking.Reference}", "/reports", "/pricing/rules", "/suppliers", "/quote"];
        foreach (var path in pages)
        {
            await page.GotoAsync(path);
            await WaitForInteractiveAsync(page);
        }

        await page.Locator("#dark-mode-toggle").ClickAsync();
        await Expect(page.Locator("html")).ToHaveClassAsync("theme-dark");
        var theme = await ThemeCookieAsync(page);
        // Script writes it (so it cannot be HttpOnly); it holds only the theme's name.
        Assert.Equal("dark", theme.Value);
        Assert.Equal(SameSiteAttribute.Lax, theme.SameSite);

        Assert.Empty(violations);
        // The circuit's WebSocket to this host is what connect-src 'self' has to allow.
        Assert.Contains(webSockets, url => url.StartsWith("ws://", StringComparison.Ordinal) && url.Contains("/_blazor", StringComparison.Ordinal));
    });

    [Fact]
    public Task The_cookies_after_sign_in_are_http_only_and_same_site() => InBrowserAsync(async page =>
    {
        await SignInAsync(page, TestUsers.Support, "/bookings");

        var cookies = await page.Context.CookiesAsync();
        var signIn = Assert.Single(cookies, cookie => cookie.Name == "crg.auth");
        Assert.Equal(SameSiteAttribute.Lax, signIn.SameSite);
        var antiforgery = Assert.Single(cookies, cookie => cookie.Name.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        Assert.Equal(SameSiteAttribute.Strict, antiforgery.SameSite);
        Assert.All(cookies, cookie => Assert.True(cookie.HttpOnly, $"{cookie.Name} can be read by script"));
    });

    [Fact]
    public Task A_sign_in_post_without_the_antiforgery_token_is_refused() => InBrowserAsync(async page =>
    {
        await page.GotoAsync("/Account/Login");
        var token = await page.Locator("input[name=__RequestVerificationToken]").GetAttributeAsync("value");

        var forged = await page.APIRequest.PostAsync("/Account/Login", new() { Form = SignInForm(page, token: null), MaxRedirects = 0 });

        Assert.Equal(400, forged.Status);
        Assert.DoesNotContain(await page.Context.CookiesAsync(), cookie => cookie.Name == "crg.auth");

        // The same post with the page's token signs in: the token was all that was missing.
        var genuine = await page.APIRequest.PostAsync("/Account/Login", new() { Form = SignInForm(page, token), MaxRedirects = 0 });

        Assert.Equal(302, genuine.Status);
        Assert.Contains(await page.Context.CookiesAsync(), cookie => cookie.Name == "crg.auth");
    });

    [Fact]
    public Task A_sign_out_post_without_the_antiforgery_token_is_refused_and_the_session_goes_on() => InBrowserAsync(async page =>
    {
        await SignInAsync(page, TestUsers.Support, "/bookings");
        var form = page.APIRequest.CreateFormData();
        form.Set("ReturnUrl", "");

        var forged = await page.APIRequest.PostAsync("/Account/Logout", new() { Form = form, MaxRedirects = 0 });

        Assert.Equal(400, forged.Status);
        var stillIn = await page.APIRequest.GetAsync("/bookings", new() { MaxRedirects = 0 });
        Assert.Equal(200, stillIn.Status);
    });

    private static IFormData SignInForm(IPage page, string? token)
    {
        var form = page.APIRequest.CreateFormData();
        form.Set("_handler", "login");
        form.Set("Input.Email", TestUsers.Finance.Email);
        form.Set("Input.Password", TestUsers.Finance.Password);
        if (token is not null)
        {
            form.Set("__RequestVerificationToken", token);
        }

        return form;
    }

    private static async Task<BrowserContextCookiesResult> ThemeCookieAsync(IPage page)
    {
        await page.WaitForFunctionAsync("() => document.cookie.split('; ').includes('crg.theme=dark')");
        return Assert.Single(await page.Context.CookiesAsync(), cookie => cookie.Name == "crg.theme");
    }
}
