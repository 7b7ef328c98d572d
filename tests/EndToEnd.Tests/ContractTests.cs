using CarRentalGateway.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static CarRentalGateway.EndToEnd.Tests.Infrastructure.ContractScreens;
using static CarRentalGateway.EndToEnd.Tests.Infrastructure.SupplierScreens;
using static Microsoft.Playwright.Assertions;

namespace CarRentalGateway.EndToEnd.Tests;

public sealed class ContractTests(BackOfficeFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public Task Admin_creates_approves_and_amends_a_contract_and_finance_can_read_but_not_change_it() => InBrowserAsync(async page =>
    {
        var code = NewCode().ToUpperInvariant();
        var name = $"Contract Test Cars {code[^4..]}";
        await Fixture.AddSupplierAsync(code, name);

        // The admin opens the supplier's Contracts tab, through the list so the page is live.
        await SignInAsync(page, TestUsers.Admin, $"/suppliers?q={code}");
        await WaitForRowsAsync(page);
        await Row(page, code).ClickAsync();
        await Expect(page.Locator("#supplier-title")).ToHaveTextAsync(name);
        await OpenTabAsync(page, "Contracts");
        await Expect(page.Locator("#no-contracts")).ToBeVisibleAsync();

        // A draft with 15 % commission.
        await page.Locator("#new-supplier-contract").ClickAsync();
        await Expect(Dialog(page)).ToBeVisibleAsync();
        await Expect(page.Locator("#contract-currency")).ToHaveValueAsync("Euro (EUR)");
        await page.Locator("#contract-commission").FillAsync("15");
        await page.Locator("#contract-late-fee-percent").FillAsync("20");
        await page.Locator("#contract-no-show-fee").FillAsync("50");
        await SaveScreenshotAsync(page, "views/new-contract-dialog");
        await page.Locator("#contract-save").ClickAsync();

        await Expect(page).ToHaveURLAsync(ContractPage);
        await Expect(Title(page)).ToHaveTextAsync("Contract #1 v1");
        await Expect(Status(page)).ToHaveTextAsync("Draft");
        await Expect(Term(page, "commission")).ToHaveTextAsync("15 %");
        var firstVersionUrl = page.Url;

        // Approved: in force.
        await page.Locator("#approve-contract").ClickAsync();
        await ConfirmAsync(page, "Approve");
        await Expect(Status(page)).ToHaveTextAsync("Active");
        await Expect(page.Locator("#contract-status-info")).ToContainTextAsync($"Approved by {TestUsers.Admin.Email}");

        // Amended: a new draft, version 2, with the same terms.
        await page.Locator("#amend-contract").ClickAsync();
        await ConfirmAsync(page, "Draft amendment");
        await Expect(Title(page)).ToHaveTextAsync("Contract #1 v2");
        await Expect(Status(page)).ToHaveTextAsync("Draft");
        Assert.NotEqual(firstVersionUrl, page.Url);
        await Expect(Term(page, "commission")).ToHaveTextAsync("15 %");

        // The commission goes up to 17.5 %, and version 2 is approved.
        await page.Locator("#edit-contract").ClickAsync();
        await Expect(page.Locator("#contract-commission")).ToHaveValueAsync("15");
        await page.Locator("#contract-commission").FillAsync("17.5");
        await page.Locator("#contract-save").ClickAsync();
        await Expect(Dialog(page)).ToHaveCountAsync(0);
        await Expect(Term(page, "commission")).ToHaveTextAsync("17.5 %");
        await page.Locator("#approve-contract").ClickAsync();
        await ConfirmAsync(page, "Approve");
        await Expect(Status(page)).ToHaveTextAsync("Active");
        var contractUrl = page.Url;

        // Version 1 is superseded; the versions side by side show the commission as the change.
        await OpenTabAsync(page, "Versions");
        await Expect(page.Locator(".contract-versions tr[data-version='1']")).ToContainTextAsync("Superseded");
        await Expect(page.Locator(".contract-versions tr[data-version='2']")).ToContainTextAsync("Active");
        await SaveScreenshotAsync(page, "views/contract-versions");
        await page.Locator("#compare-versions").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/contracts/[0-9a-f-]{36}/compare/[0-9a-f-]{36}$"));
        var changed = page.Locator("tr.differs");
        await Expect(changed).ToHaveCountAsync(1);
        await Expect(changed).ToHaveAttributeAsync("data-term", "commission");
        await Expect(changed.Locator(".version-a")).ToHaveTextAsync("15 %");
        await Expect(changed.Locator(".version-b")).ToHaveTextAsync("17.5 %");
        await SaveScreenshotAsync(page, "views/contract-comparison");

        // Finance: the contract is listed and readable, with nothing to change.
        await page.Context.ClearCookiesAsync();
        await SignInAsync(page, TestUsers.Finance, $"/contracts?supplier={code}");
        await Expect(Rows(page)).ToHaveCountAsync(1);
        await Expect(Rows(page).First).ToContainTextAsync(name);
        await Expect(Rows(page).First).ToContainTextAsync("#1 v2");
        await Expect(Rows(page).First).ToContainTextAsync("Active");
        await Rows(page).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(contractUrl);
        await Expect(Title(page)).ToHaveTextAsync("Contract #1 v2");
        await Expect(Term(page, "commission")).ToHaveTextAsync("17.5 %");
        await Expect(page.Locator("#read-only")).ToBeVisibleAsync();
        foreach (var action in ActionIds)
        {
            await Expect(page.Locator($"#{action}")).ToHaveCountAsync(0);
        }

        await SaveScreenshotAsync(page, "views/contract-read-only");
        await page.GotoAsync(firstVersionUrl);
        await Expect(Status(page)).ToHaveTextAsync("Superseded");
        await Expect(page.Locator("#read-only")).ToBeVisibleAsync();
    });
}
