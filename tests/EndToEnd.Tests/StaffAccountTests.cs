using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.EndToEnd.Tests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace CarRentalGateway.EndToEnd.Tests;

public sealed class StaffAccountTests(BackOfficeFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public Task A_new_agent_with_a_temporary_password_chooses_their_own_before_anything_else() => InBrowserAsync(async page =>
    {
        var email = $"new.agent.{Guid.NewGuid():N}@e2e.example";
        const string temporary = "kq7ZpR2mXv9hTw4nBc6d";
        const string chosen = "my own long support passphrase";
        await Fixture.AddAccountWithTemporaryPasswordAsync(email, temporary, Roles.Support);

        await page.GotoAsync("/Account/Login?ReturnUrl=%2Fbookings");
        await SubmitLoginAsync(page, email, temporary);

        await Expect(page).ToHaveURLAsync(PathPattern(PasswordChangeGate.ChangePasswordPath));
        await Expect(page.Locator("#must-change-password")).ToContainTextAsync("Choose your own password before you go on");
        await SaveScreenshotAsync(page, "views/must-change-password");
        await page.GotoAsync("/bookings");
        await Expect(page).ToHaveURLAsync(PathPattern(PasswordChangeGate.ChangePasswordPath));
        var refused = await page.APIRequest.GetAsync("/reports/bookings.xlsx", new() { MaxRedirects = 0 });
        Assert.Contains(PasswordChangeGate.ChangePasswordPath, refused.Headers["location"], StringComparison.Ordinal);

        await page.Locator("[id='Input.OldPassword']").FillAsync(temporary);
        await page.Locator("[id='Input.NewPassword']").FillAsync(chosen);
        await page.Locator("[id='Input.ConfirmPassword']").FillAsync(chosen);
        await page.Locator("#change-password-submit").ClickAsync();

        await page.WaitForURLAsync(url => !url.Contains(PasswordChangeGate.ChangePasswordPath, StringComparison.Ordinal));
        await page.GotoAsync("/bookings");
        await WaitForInteractiveAsync(page);
        await Expect(page).ToHaveURLAsync(PathPattern("/bookings"));
        await Expect(page.Locator("#booking-search")).ToBeVisibleAsync();
    });
}
