using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static CarRentalGateway.EndToEnd.Tests.Infrastructure.SupplierScreens;
using static Microsoft.Playwright.Assertions;

namespace CarRentalGateway.EndToEnd.Tests;

public sealed class SignInTests(BackOfficeFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    private const int AllowedFailures = 5;

    [Fact]
    public Task Five_wrong_passwords_lock_the_account_with_a_clear_message() => InBrowserAsync(async page =>
    {
        var user = TestUsers.ToLockOut;

        for (var attempt = 1; attempt < AllowedFailures; attempt++)
        {
            // A fresh page each time, so an error on screen can only be this attempt's.
            await page.GotoAsync("/Account/Login");
            await SubmitLoginAsync(page, user.Email, $"not the password, try {attempt}");
            await Expect(LoginError(page)).ToBeVisibleAsync();
            await Expect(page).ToHaveURLAsync(PathPattern("/Account/Login"));
        }

        await SaveScreenshotAsync(page, "views/login-error");
        await page.GotoAsync("/Account/Login");
        await SubmitLoginAsync(page, user.Email, "not the password, the fifth time");
        await Expect(page).ToHaveURLAsync(PathPattern("/Account/Lockout"));
        await Expect(LockoutMessage(page)).ToContainTextAsync("locked");
        await SaveScreenshotAsync(page, "views/lockout");

        // Locked means locked: the right password does not get in either.
        await page.GotoAsync("/Account/Login");
        await SubmitLoginAsync(page, user.Email, user.Password);
        await Expect(page).ToHaveURLAsync(PathPattern("/Account/Lockout"));
        await page.GotoAsync("/suppliers");
        await Expect(page).ToHaveURLAsync(PathPattern("/Account/Login"));

        // The audit log has each wrong password, then the lock-out and the refused right password.
        var events = (await Fixture.AuditEntriesAsync(SecurityEvents.EntityType, user.Email)).Select(e => e.Action).ToList();
        Assert.Equal([.. Enumerable.Repeat(AuditAction.SignInFailed, AllowedFailures - 1), AuditAction.LockedOut, AuditAction.LockedOut], events);
    });

    [Fact]
    public Task Sign_out_ends_the_session() => InBrowserAsync(async page =>
    {
        await SignInAsync(page, TestUsers.Admin, "/suppliers");
        await WaitForRowsAsync(page);

        await page.Locator("#sign-out").ClickAsync();

        await Expect(page).ToHaveURLAsync(PathPattern("/Account/Login"));
        Assert.DoesNotContain(await page.Context.CookiesAsync(), cookie => cookie.Name == "crg.auth");
        await page.GotoAsync("/suppliers");
        await Expect(page).ToHaveURLAsync(PathPattern("/Account/Login"));
        await Expect(page.Locator("#Input\\.Email")).ToBeVisibleAsync();
    });

    private static ILocator LoginError(IPage page) => page.Locator("#login-error");

    private static ILocator LockoutMessage(IPage page) => page.Locator("#lockout-message");
}
