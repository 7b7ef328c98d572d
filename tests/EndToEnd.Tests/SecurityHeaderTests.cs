using CarRentalGateway.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace CarRentalGateway.EndToEnd.Tests;

/// <summary>Every kind of response the app gives carries the security headers, signed in or not.</summary>
public sealed class SecurityHeaderTests(BackOfficeFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public Task Pages_downloads_static_files_health_checks_and_error_pages_carry_the_security_headers() => InBrowserAsync(async page =>
    {
        await ExpectHeadersAsync(page, "/Account/Login", 200);
        await ExpectHeadersAsync(page, "/favicon.png", 200);
        await ExpectHeadersAsync(page, "/health/live", 200);
        await ExpectHeadersAsync(page, "/health/ready", 200);
        await ExpectHeadersAsync(page, "/bookings", 302);

        await SignInAsync(page, TestUsers.Finance);

        await ExpectHeadersAsync(page, "/", 200);
        await ExpectHeadersAsync(page, "/bookings", 200);
        await ExpectHeadersAsync(page, "/reports/bookings.xlsx?status=Cancelled", 200);
        var notFound = await ExpectHeadersAsync(page, "/no-such-page", 404);
        Assert.Contains("This page does not exist", await notFound.TextAsync(), StringComparison.Ordinal);
        // Finance may not download the rate-sheet template: sent to "access denied", which carries them too.
        var refused = await ExpectHeadersAsync(page, "/rate-sheets/template", 302);
        var accessDenied = new Uri(refused.Headers["location"]).PathAndQuery;
        Assert.StartsWith("/Account/AccessDenied", accessDenied, StringComparison.Ordinal);
        await ExpectHeadersAsync(page, accessDenied, 200);
    });

    private static async Task<IAPIResponse> ExpectHeadersAsync(IPage page, string path, int status)
    {
        var response = await page.APIRequest.GetAsync(path, new() { MaxRedirects = 0 });
        Assert.True(status == response.Status, $"{path}: {response.Status}");
        ExpectedSecurityHeaders.AssertOn(path, response.Headers.GetValueOrDefault);
        return response;
    }
}
