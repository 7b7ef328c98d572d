using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static CarRentalGateway.EndToEnd.Tests.Infrastructure.SupplierScreens;
using static Microsoft.Playwright.Assertions;

namespace CarRentalGateway.EndToEnd.Tests;

/// <summary>The audit log as an Admin reads it, and the security events the account pages and the server record in it.</summary>
public sealed class AuditLogTests(BackOfficeFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public Task An_admin_finds_the_supplier_edit_they_just_made_with_old_and_new() => InBrowserAsync(async page =>
    {
        var code = NewCode().ToUpperInvariant();
        await Fixture.AddSupplierAsync(code, "Before Rentals");
        await SignInAsync(page, TestUsers.Admin, $"/suppliers/{code}");
        await page.Locator("#edit-supplier").ClickAsync();
        await Expect(Dialog(page)).ToBeVisibleAsync();
        await page.Locator("#supplier-name").FillAsync("After Rentals");
        await page.Locator("#supplier-save").ClickAsync();
        await Expect(page.Locator("#supplier-title")).ToHaveTextAsync("After Rentals");

        await page.GetByRole(AriaRole.Link, new() { Name = "Audit log" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(PathPattern("/admin/audit"));
        await Expect(AuditRows(page).First).ToBeVisibleAsync();
        await page.Locator("div.mud-select").Filter(new() { Has = page.Locator("#entity-type-filter") }).First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextRegex = new("^Supplier$") }).ClickAsync();
        await page.Locator("#entity-key-filter").FillAsync(code.ToLowerInvariant());

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/admin/audit\\?.*type=Supplier.*key={code.ToLowerInvariant()}"));
        var edit = AuditRows(page).Filter(new() { HasText = "Changed" });
        await Expect(AuditRows(page)).ToHaveCountAsync(2);
        await Expect(edit).ToContainTextAsync(TestUsers.Admin.Email);
        await Expect(edit.Locator("a.audit-entity-link")).ToHaveTextAsync(code);
        await edit.Locator("td").First.Locator("button").ClickAsync();
        var changes = page.Locator(".audit-entry-changes .audit-changes tbody tr");
        await Expect(changes).ToHaveCountAsync(1);
        await Expect(changes.First.Locator("td")).ToHaveTextAsync(["Name", "Before Rentals", "After Rentals"]);
        await SaveScreenshotAsync(page, "views/audit-log");

        await edit.Locator("a.audit-entity-link").ClickAsync();
        await Expect(page).ToHaveURLAsync(PathPattern($"/suppliers/{code}"));
    });

    [Fact]
    public Task Sign_ins_that_succeed_and_fail_are_recorded_without_the_passwords_typed() => InBrowserAsync(async page =>
    {
        var user = TestUsers.Finance;
        var unknown = $"nobody-{Guid.NewGuid():N}@e2e.example";
        var wrongPassword = $"wrong password {Guid.NewGuid():N}";

        await page.GotoAsync("/Account/Login");
        await SubmitLoginAsync(page, user.Email, wrongPassword);
        await Expect(page.Locator("#login-error")).ToBeVisibleAsync();
        await page.GotoAsync("/Account/Login");
        await SubmitLoginAsync(page, unknown, wrongPassword);
        await Expect(page.Locator("#login-error")).ToBeVisibleAsync();
        await SignInAsync(page, user, "/reports");

        var mine = (await Fixture.AuditEntriesAsync(SecurityEvents.EntityType, user.Email)).TakeLast(2).ToList();
        Assert.Equal([AuditAction.SignInFailed, AuditAction.SignedIn], mine.Select(e => e.Action));
        Assert.Equal([new FieldChange("Reason", null, "Wrong password")], mine[0].Changes);
        Assert.Equal([new FieldChange("Method", null, "password")], mine[1].Changes);
        Assert.All(mine, e => Assert.Equal(user.Email, e.UserName));
        Assert.All(mine, e => Assert.NotNull(e.UserId));

        var stranger = Assert.Single(await Fixture.AuditEntriesAsync(SecurityEvents.EntityType, unknown));
        Assert.Equal((AuditAction.SignInFailed, unknown, null), (stranger.Action, stranger.UserName, stranger.UserId));
        Assert.Equal([new FieldChange("Reason", null, "No account has this e-mail")], stranger.Changes);
        Assert.DoesNotContain(mine.Append(stranger).SelectMany(e => e.Changes), c => c.New?.Contains("wrong password") == true);
    });

    [Fact]
    public Task Support_is_refused_the_audit_log_and_the_refusal_is_recorded() => InBrowserAsync(async page =>
    {
        await SignInAsync(page, TestUsers.Support, "/bookings");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Audit log" })).ToHaveCountAsync(0);

        // Followed inside the running app, then opened afresh as a pasted link (refused by the server).
        await page.EvaluateAsync("path => Blazor.navigateTo(path)", "/admin/audit");
        await Expect(page.Locator("#no-access")).ToBeVisibleAsync();
        await page.GotoAsync("/admin/audit?type=Account");
        await Expect(page).ToHaveURLAsync(PathPattern("/Account/AccessDenied"));

        var refusals = (await Fixture.AuditEntriesAsync(SecurityEvents.EntityType, TestUsers.Support.Email)).TakeLast(2).ToList();
        Assert.All(refusals, r => Assert.Equal((AuditAction.AccessDenied, TestUsers.Support.Email), (r.Action, r.UserName)));
        Assert.All(refusals, r => Assert.Equal(
            [new FieldChange("Policy", null, Policies.ManageStaff), new FieldChange("Refused", null, "/admin/audit")], r.Changes));
    });

    [Fact]
    public Task Turning_two_factor_on_signing_in_with_it_and_turning_it_off_are_each_recorded() => InBrowserAsync(async page =>
    {
        var user = TestUsers.TwoFactor;
        await SignInAsync(page, user, "/Account/Manage/EnableAuthenticator");
        var key = (await page.Locator("#shared-key").TextContentAsync())!;
        await page.Locator("#Input\\.Code").FillAsync(AuthenticatorCode.For(key));
        await page.Locator("#verify-authenticator").ClickAsync();
        await Expect(page.GetByText("two-factor authentication is now on")).ToBeVisibleAsync();

        await page.GotoAsync("/Account/Manage/GenerateRecoveryCodes");
        await page.Locator("#generate-recovery-codes").ClickAsync();
        await Expect(page.GetByText("the old ones no longer work")).ToBeVisibleAsync();

        // A new browser: the password alone is not enough now, the app asks for the code.
        var second = await page.Context.Browser!.NewContextAsync(new() { BaseURL = Fixture.App.BaseAddress.ToString() });
        var secondPage = await second.NewPageAsync();
        await secondPage.GotoAsync("/Account/Login");
        await SubmitLoginAsync(secondPage, user.Email, user.Password);
        await Expect(secondPage).ToHaveURLAsync(PathPattern("/Account/LoginWith2fa"));
        await secondPage.Locator("#Input\\.TwoFactorCode").FillAsync(AuthenticatorCode.For(key, stepsAhead: 1));
        await secondPage.Locator("button[type=submit]").ClickAsync();
        await secondPage.WaitForURLAsync(url => !url.Contains("/Account/", StringComparison.OrdinalIgnoreCase));
        await second.CloseAsync();

        await page.GotoAsync("/Account/Manage/ResetAuthenticator");
        await page.Locator("#reset-authenticator").ClickAsync();
        await Expect(page).ToHaveURLAsync(PathPattern("/Account/Manage/EnableAuthenticator"));
        var newKey = (await page.Locator("#shared-key").TextContentAsync())!;
        await page.Locator("#Input\\.Code").FillAsync(AuthenticatorCode.For(newKey));
        await page.Locator("#verify-authenticator").ClickAsync();
        await Expect(page).ToHaveURLAsync(PathPattern("/Account/Manage/TwoFactorAuthentication"));
        await page.GotoAsync("/Account/Manage/Disable2fa");
        await page.Locator("#disable-2fa").ClickAsync();
        await Expect(page).ToHaveURLAsync(PathPattern("/Account/Manage/TwoFactorAuthentication"));

        var events = (await Fixture.AuditEntriesAsync(SecurityEvents.EntityType, user.Email)).Select(e => e.Action).ToList();
        Assert.Equal(
            [
                AuditAction.SignedIn, AuditAction.TwoFactorEnabled, AuditAction.RecoveryCodesRenewed, AuditAction.SignedIn,
                AuditAction.TwoFactorReset, AuditAction.TwoFactorEnabled, AuditAction.TwoFactorDisabled,
            ],
            events);
        var withCode = (await Fixture.AuditEntriesAsync(SecurityEvents.EntityType, user.Email))[3];
        Assert.Equal([new FieldChange("Method", null, "password and authenticator app")], withCode.Changes);
    });

    private static ILocator AuditRows(IPage page) => page.Locator("#audit-grid tbody tr.mud-table-row");
}
