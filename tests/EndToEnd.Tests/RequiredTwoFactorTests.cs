using System.Text.RegularExpressions;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace CarRentalGateway.EndToEnd.Tests;

/// <summary>
/// Two-factor required for Admin and Finance, as production configures it (<see cref="RequiredTwoFactorFixture"/>): set up
/// before anything else, guided, kept on, and asked for again when an administrator resets it.
/// </summary>
[Collection(RequiredTwoFactorCollection.Name)]
public sealed class RequiredTwoFactorTests(RequiredTwoFactorFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    private const string Password = "ledgers balance by friday 2026";

    [Fact]
    public Task A_finance_user_without_two_factor_sets_it_up_before_anything_else_and_lands_where_they_were_going() => InBrowserAsync(async page =>
    {
        var email = NewEmail("finance");
        await Fixture.AddAccountAsync(email, Password, Roles.Finance);

        await page.GotoAsync("/Account/Login?ReturnUrl=%2Fbookings");
        await SubmitLoginAsync(page, email, Password);

        await Expect(page).ToHaveURLAsync(SetUpPage("/bookings"));
        await Expect(page.Locator("#two-factor-required"))
            .ToHaveTextAsync("Finance staff sign in with a code from an authenticator app. Set it up to continue.");
        await SaveScreenshotAsync(page, "views/required-two-factor-set-up");
        await page.GotoAsync("/reports");
        await Expect(page).ToHaveURLAsync(SetUpPage("/reports"));
        var download = await page.APIRequest.GetAsync("/reports/bookings.xlsx?status=Cancelled", new() { MaxRedirects = 0 });
        Assert.Equal(302, download.Status);
        Assert.StartsWith(AccountSetupGate.EnableAuthenticatorPath, download.Headers["location"], StringComparison.Ordinal);

        var key = (await page.Locator("#shared-key").TextContentAsync())!;
        await page.Locator("#Input\\.Code").FillAsync("000000");
        await page.Locator("#verify-authenticator").ClickAsync();
        await Expect(page.Locator("#wrong-code")).ToContainTextAsync("That is not the code the app shows now.");
        await Expect(page).ToHaveURLAsync(SetUpPage("/reports"));
        await page.Locator("#Input\\.Code").FillAsync(AuthenticatorCode.For(key));
        await page.Locator("#verify-authenticator").ClickAsync();
        await Expect(page.Locator(".acct-codes li")).ToHaveCountAsync(10);
        await SaveScreenshotAsync(page, "views/required-two-factor-recovery-codes");
        await page.Locator("#continue-to-back-office").ClickAsync();

        await Expect(page).ToHaveURLAsync(PathPattern("/reports"));
        await Expect(page.Locator("#commission-statement")).ToBeVisibleAsync();

        // The next sign-in asks for the code; the way to turn it off is closed, resetting the key is offered instead.
        var next = await NewPageAsync(page);
        await SignInWithCodeAsync(next, email, key, "/bookings");
        await Expect(next).ToHaveURLAsync(PathPattern("/bookings"));
        await next.GotoAsync("/Account/Manage/TwoFactorAuthentication");
        await Expect(next.Locator("#two-factor-required-on")).ToBeVisibleAsync();
        await Expect(next.Locator("a[href='Account/Manage/Disable2fa']")).ToHaveCountAsync(0);
        await next.GotoAsync("/Account/Manage/Disable2fa");
        await Expect(next.Locator("#two-factor-stays-on")).ToContainTextAsync("Finance staff must sign in with an authenticator app");
        await Expect(next.Locator("#disable-2fa")).ToHaveCountAsync(0);
        await Expect(next.Locator("#reset-instead")).ToBeVisibleAsync();
        await next.Context.CloseAsync();
    });

    [Fact]
    public Task A_support_user_is_not_asked_to_set_up_two_factor() => InBrowserAsync(async page =>
    {
        await SignInAsync(page, TestUsers.Support, "/bookings");

        await Expect(page).ToHaveURLAsync(PathPattern("/bookings"));
        await Expect(page.Locator("#booking-search")).ToBeVisibleAsync();
    });

    [Fact]
    public Task Someone_given_the_finance_role_is_sent_to_set_up_two_factor_on_their_next_request() => InBrowserAsync(async page =>
    {
        var email = NewEmail("support");
        await Fixture.AddAccountAsync(email, Password, Roles.Support);
        await SignInAsync(page, new TestUser(email, Password, Roles.Support), "/bookings");
        await Expect(page.Locator("#booking-search")).ToBeVisibleAsync();

        await Fixture.GiveRoleAsync(email, Roles.Finance);
        await page.GotoAsync("/bookings");

        await Expect(page).ToHaveURLAsync(SetUpPage("/bookings"));
    });

    [Fact]
    public Task An_admin_resetting_a_finance_users_two_factor_ends_their_session_and_sends_them_back_through_set_up() => InBrowserAsync(async admin =>
    {
        var email = NewEmail("finance");
        await Fixture.AddAccountAsync(email, Password, Roles.Finance);
        var financeKey = await Fixture.TurnOnTwoFactorAsync(email);
        var finance = await NewPageAsync(admin);
        await SignInWithCodeAsync(finance, email, financeKey, "/bookings");
        await Expect(finance.Locator("#booking-search")).ToBeVisibleAsync();

        var adminKey = await Fixture.TurnOnTwoFactorAsync(TestUsers.Admin.Email);
        await SignInWithCodeAsync(admin, TestUsers.Admin.Email, adminKey, "/admin/users", TestUsers.Admin.Password);
        await WaitForInteractiveAsync(admin);
        await admin.Locator("#staff-search").FillAsync(email);
        var actions = admin.Locator("#staff-grid .staff-actions button");
        await Expect(actions).ToHaveCountAsync(1);
        await Expect(admin.Locator("#staff-grid")).ToContainTextAsync("Two-factor on");
        await actions.ClickAsync();
        await admin.Locator(".reset-two-factor").ClickAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Reset two-factor" }).ClickAsync();
        await Expect(admin.Locator("#staff-grid")).ToContainTextAsync("Two-factor required, not set up");

        // The reset renews their security stamp: the open tab, untouched, is sent to sign in (its own navigation, which a
        // navigation of ours would race), the password alone signs in, and set-up comes first.
        await Expect(finance).ToHaveURLAsync(PathPattern("/Account/Login"));
        await SubmitLoginAsync(finance, email, Password);

        await Expect(finance).ToHaveURLAsync(SetUpPage("/bookings"));
        await Expect(finance.Locator("#two-factor-required")).ToBeVisibleAsync();
        await finance.Context.CloseAsync();
    });

    private static string NewEmail(string role) => $"{role}.{Guid.NewGuid():N}@e2e.example";

    /// <summary>The set-up page the gate sends people to, remembering <paramref name="returnPath"/>.</summary>
    private static Regex SetUpPage(string returnPath) => new(
        $"^https?://[^/]+{Regex.Escape(AccountSetupGate.EnableAuthenticatorPath)}\\?returnUrl={Regex.Escape(Uri.EscapeDataString(returnPath))}$",
        RegexOptions.IgnoreCase);

    /// <summary>A page in a browser context of its own: another person, or the same one signing in afresh.</summary>
    private async Task<IPage> NewPageAsync(IPage page)
    {
        var context = await page.Context.Browser!.NewContextAsync(new() { BaseURL = Fixture.App.BaseAddress.ToString() });
        return await context.NewPageAsync();
    }

    /// <summary>Signs in with the password, then the code the app would show now, and waits to leave the sign-in pages.</summary>
    private static async Task SignInWithCodeAsync(IPage page, string email, string key, string returnPath, string password = Password)
    {
        await page.GotoAsync($"/Account/Login?ReturnUrl={Uri.EscapeDataString(returnPath)}");
        await SubmitLoginAsync(page, email, password);
        await Expect(page).ToHaveURLAsync(PathPattern("/Account/LoginWith2fa"));
        // A step ahead, which the app also accepts: never the code the set-up just used.
        await page.Locator("#Input\\.TwoFactorCode").FillAsync(AuthenticatorCode.For(key, stepsAhead: 1));
        await page.Locator("button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/", StringComparison.OrdinalIgnoreCase));
    }
}
