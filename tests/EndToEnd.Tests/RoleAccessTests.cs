using System.Text.RegularExpressions;
using CarRentalGateway.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static CarRentalGateway.EndToEnd.Tests.Infrastructure.SupplierScreens;
using static Microsoft.Playwright.Assertions;

namespace CarRentalGateway.EndToEnd.Tests;

public sealed class RoleAccessTests(BackOfficeFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    // The in-app no-access page and /Account/AccessDenied (a refused first request) say the same.
    private static readonly Regex NoAccessText = new("^You don't have access to this page$");

    [Fact]
    public Task Support_sees_suppliers_read_only_and_is_refused_the_edit() => InBrowserAsync(async page =>
    {
        var code = NewCode().ToUpperInvariant();
        await Fixture.AddSupplierAsync(code, "Read Only Rentals");

        await SignInAsync(page, TestUsers.Support, "/suppliers");
        await WaitForRowsAsync(page);
        await Expect(Row(page, code)).ToBeVisibleAsync();
        await Expect(page.Locator("#new-supplier")).ToHaveCountAsync(0);

        // Through the list, as a person would: the details page is then rendered by the live circuit.
        await Row(page, code).ClickAsync();
        await Expect(page).ToHaveURLAsync(PathPattern($"/suppliers/{code}"));
        await Expect(page.Locator("#supplier-title")).ToHaveTextAsync("Read Only Rentals");
        await Expect(page.Locator("#read-only")).ToBeVisibleAsync();
        await Expect(page.Locator("#edit-supplier")).ToHaveCountAsync(0);
        await Expect(page.Locator("#change-status")).ToHaveCountAsync(0);
        await SaveScreenshotAsync(page, "views/supplier-read-only");

        // The admin-only edit link, followed inside the running app...
        await page.EvaluateAsync("path => Blazor.navigateTo(path)", $"/suppliers/{code}/edit");
        await ExpectNoAccessAsync(page);

        // ...and opened afresh, as a pasted link: the server refuses it before Blazor renders anything and
        // sends the browser to /Account/AccessDenied, which says the same thing.
        await page.GotoAsync($"/suppliers/{code}/edit");
        await ExpectNoAccessAsync(page);
        await SaveScreenshotAsync(page, "views/no-access");
    });

    [Fact]
    public Task Finance_sees_suppliers_but_cannot_create_them() => InBrowserAsync(async page =>
    {
        await SignInAsync(page, TestUsers.Finance, "/suppliers");
        await WaitForRowsAsync(page);
        await Expect(Row(page, BackOfficeFixture.BaselineSupplierCode)).ToBeVisibleAsync();
        await Expect(page.Locator("#new-supplier")).ToHaveCountAsync(0);

        await Row(page, BackOfficeFixture.BaselineSupplierCode).ClickAsync();
        await Expect(page.Locator("#read-only")).ToBeVisibleAsync();
        await Expect(page.Locator("#edit-supplier")).ToHaveCountAsync(0);
    });

    [Fact]
    public Task Signed_out_visitor_is_sent_to_the_sign_in_page() => InBrowserAsync(async page =>
    {
        await page.GotoAsync("/suppliers");

        await Expect(page).ToHaveURLAsync(PathPattern("/Account/Login"));
        var returnUrl = System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query)["ReturnUrl"];
        Assert.Equal("/suppliers", returnUrl);
        await Expect(page.Locator("#Input\\.Email")).ToBeVisibleAsync();
        await Expect(page.Locator("#Input\\.Password")).ToBeVisibleAsync();
    });

    private static async Task ExpectNoAccessAsync(IPage page)
    {
        await Expect(NoAccessHeading(page)).ToHaveTextAsync(NoAccessText);
        await Expect(page.Locator("#supplier-title")).ToHaveCountAsync(0);
        await Expect(Dialog(page)).ToHaveCountAsync(0);
    }

    private static ILocator NoAccessHeading(IPage page) => page.Locator("#no-access");
}
