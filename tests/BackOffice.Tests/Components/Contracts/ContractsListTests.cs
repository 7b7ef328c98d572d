using Bunit;
using Bunit.TestDoubles;
using CarRentalGateway.BackOffice.Features.Contracts;
using CarRentalGateway.BackOffice.Security;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CarRentalGateway.BackOffice.Tests.Components.Contracts;

/// <summary>The contracts list and a supplier's Contracts tab.</summary>
public sealed class ContractsListTests : ContractComponentTest
{
    [Fact]
    public async Task The_list_shows_each_contract_once_with_its_current_version_and_a_pending_amendment()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        await SeedSupplierAsync("BALTIC-LV", "Baltic Car Rent", "LV");
        var sixt = await SeedContractAsync("SIXT-EE", SoundForm(), approve: true);
        var sixtV2 = await AmendAndApproveAsync(sixt, form => form.CommissionPercent = 17.5m);
        Assert.True((await Contracts.AmendAsync(sixtV2.Id, sixtV2.Version, CancellationToken.None)).Succeeded);
        await SeedContractAsync("BALTIC-LV", SoundForm(Today, Today.AddDays(20)), approve: true, signedInAs: Roles.Finance);

        var page = Render<ContractsPage>();

        page.WaitForAssertion(() => Assert.Equal(["Baltic Car Rent #1 v1", "Sixt Estonia #1 v2"], Listed(page)));
        var sixtRow = Row(page, "Sixt Estonia");
        Assert.Contains("draft amendment", sixtRow.TextContent);
        Assert.Contains("Active", sixtRow.TextContent);
        Assert.Contains("Commission", sixtRow.TextContent);
        var balticDays = Row(page, "Baltic Car Rent").QuerySelector(".days-to-expiry")!;
        Assert.Equal("20 days left", balticDays.TextContent.Trim());
        Assert.Contains("ending-soon", balticDays.ClassList);
        Assert.DoesNotContain("ending-soon", sixtRow.QuerySelector(".days-to-expiry")!.ClassList);
        Assert.Empty(page.FindAll("#new-contract"));
    }

    [Fact]
    public async Task The_supplier_in_the_URL_lists_only_its_contracts()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        await SeedSupplierAsync("BALTIC-LV", "Baltic Car Rent", "LV");
        await SeedContractAsync("SIXT-EE", SoundForm());
        await SeedContractAsync("BALTIC-LV", SoundForm(), signedInAs: Roles.Support);
        Services.GetRequiredService<BunitNavigationManager>().NavigateTo("/contracts?supplier=BALTIC-LV");

        var page = Render<ContractsPage>();

        page.WaitForAssertion(() => Assert.Equal(["Baltic Car Rent #1 v1"], Listed(page)));
        Assert.Equal("Baltic Car Rent (BALTIC-LV)", page.Find("#supplier-filter").GetAttribute("value"));
    }

    [Fact]
    public async Task The_status_and_expiring_filters_in_the_URL_narrow_the_list()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        await SeedSupplierAsync("BALTIC-LV", "Baltic Car Rent", "LV");
        await SeedSupplierAsync("CITY-LT", "City Cars", "LT");
        await SeedContractAsync("SIXT-EE", SoundForm());
        await SeedContractAsync("BALTIC-LV", SoundForm(Today, Today.AddDays(45)), approve: true);
        await SeedContractAsync("CITY-LT", SoundForm(), approve: true, signedInAs: Roles.Support);
        var navigation = Services.GetRequiredService<BunitNavigationManager>();

        navigation.NavigateTo("/contracts?status=Draft");
        var drafts = Render<ContractsPage>();
        drafts.WaitForAssertion(() => Assert.Equal(["Sixt Estonia #1 v1"], Listed(drafts)));

        navigation.NavigateTo("/contracts?expiring=60");
        var ending = Render<ContractsPage>();
        ending.WaitForAssertion(() => Assert.Equal(["Baltic Car Rent #1 v1"], Listed(ending)));

        navigation.NavigateTo("/contracts?expiring=30");
        var none = Render<ContractsPage>();
        none.WaitForAssertion(() => Assert.Contains("No contract matches these filters.", none.Markup));
    }

    [Fact]
    public async Task Expired_contracts_are_listed_under_their_own_status()
    {
        SignInAs(Roles.Admin);
        var sixt = await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        await SeedSupplierAsync("BALTIC-LV", "Baltic Car Rent", "LV");
        await SeedExpiredContractAsync(sixt.Id);
        await SeedContractAsync("BALTIC-LV", SoundForm(), approve: true, signedInAs: Roles.Finance);
        Services.GetRequiredService<BunitNavigationManager>().NavigateTo("/contracts?status=Expired");

        var page = Render<ContractsPage>();

        page.WaitForAssertion(() => Assert.Equal(["Sixt Estonia #1 v1"], Listed(page)));
        Assert.Contains("Expired", Row(page, "Sixt Estonia").QuerySelector(".contract-status")!.TextContent);
        Assert.Equal("—", Row(page, "Sixt Estonia").QuerySelector(".days-to-expiry")!.TextContent.Trim());
    }

    [Fact]
    public async Task Clicking_a_row_opens_the_contract()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var contract = await SeedContractAsync("SIXT-EE", SoundForm(), signedInAs: Roles.Support);
        var page = Render<ContractsPage>();
        page.WaitForAssertion(() => Assert.Single(Listed(page)));

        Row(page, "Sixt Estonia").QuerySelector("td")!.Click();

        Assert.EndsWith($"/contracts/{contract.Id}", Services.GetRequiredService<BunitNavigationManager>().Uri);
    }

    [Fact]
    public async Task An_admin_creates_a_contract_from_the_list_and_lands_on_it()
    {
        SignInAs(Roles.Admin);
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var popovers = Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var page = Render<ContractsPage>();
        var dialog = new ContractDialogDriver(popovers, dialogs);

        page.WaitForElement("#new-contract").Click();
        dialogs.WaitForElement("#contract-save");
        await dialog.ChooseAsync("contract-supplier", "sixt", "Sixt Estonia (SIXT-EE)");
        dialog.Type("contract-commission", "15");
        dialog.Type("contract-late-fee-percent", "20");
        dialog.Save();

        var navigation = Services.GetRequiredService<BunitNavigationManager>();
        page.WaitForAssertion(() => Assert.Matches("/contracts/[0-9a-f-]{36}$", navigation.Uri));
    }

    [Theory]
    [InlineData(Roles.Support)]
    [InlineData(Roles.Finance)]
    public async Task The_supplier_tab_lists_every_version_read_only_for_support_and_finance(string role)
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var first = await SeedContractAsync("SIXT-EE", SoundForm(), approve: true);
        await AmendAndApproveAsync(first, form => form.CommissionPercent = 17.5m, signedInAs: role);

        var tab = Render<SupplierContractsTab>(p => p.Add(x => x.SupplierCode, "SIXT-EE").Add(x => x.SupplierName, "Sixt Estonia"));

        tab.WaitForAssertion(() => Assert.Equal(["#1 v2", "#1 v1"], tab.FindAll("tr[data-contract]").Select(r => r.GetAttribute("data-contract"))));
        Assert.Contains("Superseded", tab.Find("tr[data-contract='#1 v1']").TextContent);
        Assert.Empty(tab.FindAll("#new-supplier-contract"));
    }

    [Fact]
    public async Task From_the_supplier_tab_an_admin_drafts_a_contract_for_that_supplier_in_its_currency()
    {
        SignInAs(Roles.Admin);
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var popovers = Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var tab = Render<SupplierContractsTab>(p => p
            .Add(x => x.SupplierCode, "SIXT-EE").Add(x => x.SupplierName, "Sixt Estonia").Add(x => x.SupplierCurrency, "EUR"));
        tab.WaitForElement("#no-contracts");

        tab.Find("#new-supplier-contract").Click();

        var dialog = new ContractDialogDriver(popovers, dialogs);
        dialogs.WaitForElement("#contract-save");
        Assert.Empty(dialogs.FindAll("#contract-supplier"));
        Assert.Contains("Sixt Estonia (SIXT-EE)", dialogs.Find("#contract-supplier-fixed").TextContent);
        Assert.Equal("Euro (EUR)", dialog.ValueOf("contract-currency"));
        dialog.Type("contract-commission", "15");
        dialog.Type("contract-late-fee-percent", "20");
        dialog.Save();

        var navigation = Services.GetRequiredService<BunitNavigationManager>();
        tab.WaitForAssertion(() => Assert.Matches("/contracts/[0-9a-f-]{36}$", navigation.Uri));
        var created = await Contracts.ForSupplierAsync("SIXT-EE", CancellationToken.None);
        Assert.Equal("#1 v1", Assert.Single(created).Label);
    }

    private static List<string> Listed(IRenderedComponent<ContractsPage> page) =>
        page.FindAll("tbody.mud-table-body tr.mud-table-row")
            .Select(r => $"{r.QuerySelector("td[data-label=Supplier]")!.FirstChild!.TextContent.Trim()} {r.QuerySelector(".contract-label")!.TextContent.Trim()}")
            .ToList();

    private static AngleSharp.Dom.IElement Row(IRenderedComponent<ContractsPage> page, string supplierName) =>
        page.FindAll("tbody.mud-table-body tr.mud-table-row").Single(r => r.TextContent.Contains(supplierName));
}
