using Bunit;
using Bunit.TestDoubles;
using CarRentalGateway.BackOffice.Features.Suppliers;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.Core.Suppliers;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CarRentalGateway.BackOffice.Tests.Components.Suppliers;

public sealed class SuppliersPageTests : ComponentTestContext
{
    [Fact]
    public async Task The_list_shows_the_suppliers_stored_in_the_database()
    {
        SignInAs(Roles.Support);
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        await SeedSupplierAsync("BALTIC-LV", "Baltic Car Rent", "LV");
        await SeedSupplierAsync("CITY-LT", "City Cars", "LT", SupplierStatus.Suspended);

        var page = Render<SuppliersPage>();

        page.WaitForAssertion(() => Assert.Equal(["BALTIC-LV", "CITY-LT", "SIXT-EE"], ListedCodes(page)));
        Assert.Contains("Baltic Car Rent", page.Markup);
        Assert.Contains("Latvia", page.Markup);
    }

    [Fact]
    public async Task The_status_in_the_URL_lists_only_suppliers_with_that_status()
    {
        SignInAs(Roles.Support);
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        await SeedSupplierAsync("CITY-LT", "City Cars", "LT", SupplierStatus.Suspended);
        await SeedSupplierAsync("OLD-LV", "Old Rentals", "LV", SupplierStatus.Suspended);
        Services.GetRequiredService<BunitNavigationManager>().NavigateTo("/suppliers?status=Suspended");

        var page = Render<SuppliersPage>();

        page.WaitForAssertion(() => Assert.Equal(["CITY-LT", "OLD-LV"], ListedCodes(page)));
    }

    [Fact]
    public async Task A_search_in_the_URL_lists_only_the_matching_supplier()
    {
        SignInAs(Roles.Support);
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        await SeedSupplierAsync("BALTIC-LV", "Baltic Car Rent", "LV");
        await SeedSupplierAsync("CITY-LT", "City Cars", "LT");
        Services.GetRequiredService<BunitNavigationManager>().NavigateTo("/suppliers?q=balt");

        var page = Render<SuppliersPage>();

        page.WaitForAssertion(() => Assert.Equal(["BALTIC-LV"], ListedCodes(page)));
    }

    [Theory]
    [InlineData("car rent")]
    [InlineData("CAR RENT")]
    [InlineData("baltic-lv")]
    public async Task A_search_matches_codes_and_names_whatever_their_case(string search)
    {
        SignInAs(Roles.Support);
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        await SeedSupplierAsync("BALTIC-LV", "Baltic Car Rent", "LV");
        Services.GetRequiredService<BunitNavigationManager>().NavigateTo($"/suppliers?q={Uri.EscapeDataString(search)}");

        var page = Render<SuppliersPage>();

        page.WaitForAssertion(() => Assert.Equal(["BALTIC-LV"], ListedCodes(page)));
    }

    [Fact]
    public async Task Filters_that_match_nothing_say_so()
    {
        SignInAs(Roles.Support);
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        Services.GetRequiredService<BunitNavigationManager>().NavigateTo("/suppliers?status=Offboarded");

        var page = Render<SuppliersPage>();

        page.WaitForAssertion(() => Assert.Contains("No supplier matches these filters.", page.Markup));
        Assert.Empty(ListedCodes(page));
    }

    [Fact]
    public async Task An_admin_sees_the_new_supplier_button()
    {
        SignInAs(Roles.Admin);
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");

        var page = Render<SuppliersPage>();

        page.WaitForAssertion(() => Assert.Equal(["SIXT-EE"], ListedCodes(page)));
        Assert.Single(page.FindAll("#new-supplier"));
    }

    [Theory]
    [InlineData(Roles.Support)]
    [InlineData(Roles.Finance)]
    public async Task Support_and_finance_do_not_see_the_new_supplier_button(string role)
    {
        SignInAs(role);
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");

        var page = Render<SuppliersPage>();

        page.WaitForAssertion(() => Assert.Equal(["SIXT-EE"], ListedCodes(page)));
        Assert.Empty(page.FindAll("#new-supplier"));
    }

    [Fact]
    public async Task Choosing_a_status_puts_it_in_the_URL_and_filters_the_list()
    {
        SignInAs(Roles.Support);
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        await SeedSupplierAsync("CITY-LT", "City Cars", "LT", SupplierStatus.Suspended);
        var popovers = Render<MudPopoverProvider>();
        Navigation.NavigateTo("/suppliers");
        var page = Render<SuppliersPage>();
        page.WaitForAssertion(() => Assert.Equal(2, ListedCodes(page).Count));

        await page.InvokeAsync(() => page.FindComponent<MudSelect<SupplierStatus?>>().Instance.OpenMenu());
        popovers.WaitForAssertion(() => Assert.Contains(Options(popovers), o => o.TextContent.Trim() == "Suspended"));
        Options(popovers).First(o => o.TextContent.Trim() == "Suspended").Click();

        page.WaitForAssertion(() => Assert.Equal(["CITY-LT"], ListedCodes(page)));
        Assert.EndsWith("/suppliers?status=Suspended", Navigation.Uri);
    }

    [Fact]
    public async Task Typing_a_search_puts_it_in_the_URL_and_filters_the_list()
    {
        SignInAs(Roles.Support);
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        await SeedSupplierAsync("BALTIC-LV", "Baltic Car Rent", "LV");
        Navigation.NavigateTo("/suppliers");
        var page = Render<SuppliersPage>();
        page.WaitForAssertion(() => Assert.Equal(2, ListedCodes(page).Count));

        page.Find("#supplier-search").Input("estonia");

        page.WaitForAssertion(() => Assert.Equal(["SIXT-EE"], ListedCodes(page)));
        Assert.EndsWith("/suppliers?q=estonia", Navigation.Uri);
    }

    [Fact]
    public async Task Clicking_a_row_opens_that_suppliers_page()
    {
        SignInAs(Roles.Finance);
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        await SeedSupplierAsync("BALTIC-LV", "Baltic Car Rent", "LV");
        var page = Render<SuppliersPage>();
        page.WaitForAssertion(() => Assert.Equal(2, ListedCodes(page).Count));

        page.FindAll("tbody tr.mud-table-row").Single(row => row.TextContent.Contains("SIXT-EE")).Click();

        Assert.EndsWith("/suppliers/SIXT-EE", Navigation.Uri);
    }

    [Fact]
    public async Task Registering_a_new_supplier_from_the_list_opens_its_page()
    {
        SignInAs(Roles.Admin);
        var popovers = Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var page = Render<SuppliersPage>();
        page.WaitForAssertion(() => Assert.Contains("No supplier matches these filters.", page.Markup));

        page.Find("#new-supplier").Click();
        var dialog = new SupplierDialogDriver(popovers, dialogs);
        dialogs.WaitForElement("#supplier-code");
        await dialog.FillNewSupplierAsync("new-co", "New Co");
        dialog.Save();

        page.WaitForAssertion(() => Assert.EndsWith("/suppliers/NEW-CO", Navigation.Uri));
        Assert.False(dialog.IsOpen);
    }

    private BunitNavigationManager Navigation => Services.GetRequiredService<BunitNavigationManager>();

    private static IReadOnlyList<AngleSharp.Dom.IElement> Options(IRenderedComponent<MudPopoverProvider> popovers) =>
        popovers.FindAll(".mud-popover-open .mud-list-item");

    private static List<string> ListedCodes(IRenderedComponent<SuppliersPage> page) =>
        page.FindAll("tbody tr.mud-table-row td:first-child").Select(cell => cell.TextContent.Trim()).ToList();
}
