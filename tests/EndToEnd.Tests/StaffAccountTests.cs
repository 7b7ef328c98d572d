using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.EndToEnd.Tests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace CarRentalGateway.EndToEnd.Tests;

public sealed class StaffAccountTests(BackOfficeFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public Task An_admin_creates_a_support_account_whose_owner_signs_in_with_the_temporary_password_and_lands_on_bookings() => InBrowserAsync(async page =>
    {
        var email = $"agent.{Guid.NewGuid():N}@e2e.example";
        await SignInAsync(page, TestUsers.Admin, "/admin/users");

        await page.Locator("#new-account").ClickAsync();

        // Wrong, then taken: each refusal shows on the e-mail field, and the typing stays.
        await page.Locator("#staff-email").FillAsync("agnes at e2e");
        await page.Locator("#staff-save").ClickAsync();
        await Expect(page.Locator(".mud-dialog")).ToContainTextAsync("This is not an e-mail address");
        await page.Locator("#staff-email").FillAsync(TestUsers.Admin.Email);
        await page.Locator("#staff-name").FillAsync("Agnes Agent");
        await page.Locator("#staff-save").ClickAsync();
        await Expect(page.Locator(".mud-dialog")).ToContainTextAsync($"{TestUsers.Admin.Email} already has an account.");
        await Expect(page.Locator("#staff-name")).ToHaveValueAsync("Agnes Agent");
        await page.Locator("#staff-email").FillAsync(email);
        await page.Locator("#staff-role-support").ClickAsync();
        await page.Locator("#staff-save").ClickAsync();
        await Expect(page.Locator("#temporary-password")).ToBeVisibleAsync();
        await SaveScreenshotAsync(page, "views/staff-temporary-password");
        var temporary = (await page.Locator("#temporary-password").InnerTextAsync()).Trim();
        Assert.Equal(20, temporary.Length);
        await page.Locator("#password-handed-over").ClickAsync();
        await page.Locator("#staff-search").FillAsync("agent.");
        await Expect(page.Locator("#staff-grid")).ToContainTextAsync("Temporary password, not yet changed");
        await SaveScreenshotAsync(page, "views/staff-accounts");

        var context = await Fixture.Browser.NewContextAsync(new() { BaseURL = Fixture.App.BaseAddress.ToString() });
        var agent = await context.NewPageAsync();
        await agent.GotoAsync("/Account/Login?ReturnUrl=%2Fbookings");
        await SubmitLoginAsync(agent, email, temporary);
        await Expect(agent).ToHaveURLAsync(PathPattern(AccountSetupGate.ChangePasswordPath));
        await agent.Locator("[id='Input.OldPassword']").FillAsync(temporary);
        await agent.Locator("[id='Input.NewPassword']").FillAsync("agnes own long passphrase");
        await agent.Locator("[id='Input.ConfirmPassword']").FillAsync("agnes own long passphrase");
        await agent.Locator("#change-password-submit").ClickAsync();
        await agent.WaitForURLAsync(url => !url.Contains(AccountSetupGate.ChangePasswordPath, StringComparison.Ordinal));
        await agent.GotoAsync("/bookings");
        await WaitForInteractiveAsync(agent);
        await Expect(agent.Locator("#booking-search")).ToBeVisibleAsync();

        // Disabled by the admin: the agent's open tab, untouched, goes to sign in, where the account is refused.
        await page.Locator("#staff-grid .staff-actions button").Last.ClickAsync();
        await page.Locator(".disable-account").ClickAsync();
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Disable" }).ClickAsync();
        await Expect(page.Locator("#staff-grid")).ToContainTextAsync("Disabled");
        await Expect(agent).ToHaveURLAsync(PathPattern("/Account/Login"));
        await SubmitLoginAsync(agent, email, "agnes own long passphrase");
        await Expect(agent.Locator("#login-error")).ToHaveTextAsync("This account is disabled. Ask an administrator if you need it again.");
        await SaveScreenshotAsync(agent, "views/sign-in-disabled");
        await SubmitLoginAsync(agent, email, "a wrong guess at the passphrase");
        await Expect(agent.Locator("#login-error")).ToHaveTextAsync("The e-mail or password is not right.");
        await context.CloseAsync();
    });

    [Fact]
    public Task A_new_agent_with_a_temporary_password_chooses_their_own_before_anything_else() => InBrowserAsync(async page =>
    {
        var email = $"new.agent.{Guid.NewGuid():N}@e2e.example";
        const string temporary = "kq7ZpR2mXv9hTw4nBc6d";
        const string chosen = "my own long support passphrase";
        await Fixture.AddAccountWithTemporaryPasswordAsync(email, temporary, Roles.Support);

        await page.GotoAsync("/Account/Login?ReturnUrl=%2Fbookings");
        await SubmitLoginAsync(page, email, temporary);

        await Expect(page).ToHaveURLAsync(PathPattern(AccountSetupGate.ChangePasswordPath));
        await Expect(page.Locator("#must-change-password")).ToContainTextAsync("Choose your own password before you go on");
        await SaveScreenshotAsync(page, "views/must-change-password");
        await page.GotoAsync("/bookings");
        await Expect(page).ToHaveURLAsync(PathPattern(AccountSetupGate.ChangePasswordPath));
        var refused = await page.APIRequest.GetAsync("/reports/bookings.xlsx", new() { MaxRedirects = 0 });
        Assert.Contains(AccountSetupGate.ChangePasswordPath, refused.Headers["location"], StringComparison.Ordinal);

        await page.Locator("[id='Input.OldPassword']").FillAsync(temporary);
        await page.Locator("[id='Input.NewPassword']").FillAsync(chosen);
        await page.Locator("[id='Input.ConfirmPassword']").FillAsync(chosen);
        await page.Locator("#change-password-submit").ClickAsync();

        // Straight on to the page asked for before the password was changed.
        await Expect(page).ToHaveURLAsync(PathPattern("/bookings"));
        await WaitForInteractiveAsync(page);
        await Expect(page.Locator("#booking-search")).ToBeVisibleAsync();
    });

    [Fact]
    public Task An_agent_whose_roles_an_admin_changes_loses_the_open_tab_and_signs_in_again_with_the_new_roles() => InBrowserAsync(async page =>
    {
        var email = $"moving.agent.{Guid.NewGuid():N}@e2e.example";
        const string password = "moving to finance passphrase";
        await Fixture.AddAccountAsync(email, password, Roles.Support);
        var context = await Fixture.Browser.NewContextAsync(new() { BaseURL = Fixture.App.BaseAddress.ToString() });
        var agent = await context.NewPageAsync();
        await SignInAsync(agent, new TestUser(email, password, Roles.Support), "/bookings");
        await WaitForInteractiveAsync(agent);

        await SignInAsync(page, TestUsers.Admin, $"/admin/users?q={Uri.EscapeDataString(email)}");
        await Expect(page.Locator("#staff-grid")).ToContainTextAsync(email);
        await page.Locator("#staff-grid .staff-actions button").Last.ClickAsync();
        await page.Locator(".change-roles").ClickAsync();
        await page.Locator("#staff-role-support").ClickAsync();
        await page.Locator("#staff-role-finance").ClickAsync();
        await page.Locator("#staff-save").ClickAsync();
        await Expect(page.Locator("#staff-grid")).ToContainTextAsync("Finance");

        // The open tab, untouched, is sent to sign in; signed in again, the agent has Finance's pages.
        await Expect(agent).ToHaveURLAsync(PathPattern("/Account/Login"));
        await SubmitLoginAsync(agent, email, password);
        await agent.GotoAsync("/reports");
        await WaitForInteractiveAsync(agent);
        await Expect(agent.Locator("h1")).ToContainTextAsync("Reports");
        await context.CloseAsync();
    });
}
