using Bunit;
using CarRentalGateway.BackOffice.Features.Suppliers;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.Core.Suppliers;
using Microsoft.EntityFrameworkCore;
using MudBlazor;

namespace CarRentalGateway.BackOffice.Tests.Components.Suppliers;

public sealed class SupplierPageTests : ComponentTestContext
{
    [Fact]
    public async Task The_page_shows_the_suppliers_details()
    {
        SignInAs(Roles.Finance);
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");

        var page = Render<SupplierPage>(p => p.Add(x => x.Code, "SIXT-EE"));

        page.WaitForAssertion(() => Assert.Equal("Sixt Estonia", page.Find("#supplier-title").TextContent));
        Assert.Contains("Sixt Estonia Ltd", page.Markup);
        Assert.Contains("Estonia (EE)", page.Markup);
        Assert.Contains("reservations@sixt-ee.test", page.Markup);
        Assert.Equal("Active", page.Find(".supplier-status").TextContent.Trim());
    }

    [Theory]
    [InlineData(Roles.Support)]
    [InlineData(Roles.Finance)]
    public async Task Support_and_finance_see_the_supplier_read_only(string role)
    {
        SignInAs(role);
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");

        var page = Render<SupplierPage>(p => p.Add(x => x.Code, "SIXT-EE"));

        page.WaitForElement("#supplier-title");
        Assert.Single(page.FindAll("#read-only"));
        Assert.Empty(page.FindAll("#edit-supplier"));
        Assert.Empty(page.FindAll("#change-status"));
    }

    [Fact]
    public async Task An_admin_sees_the_edit_and_change_status_actions()
    {
        SignInAs(Roles.Admin);
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");

        var page = Render<SupplierPage>(p => p.Add(x => x.Code, "SIXT-EE"));

        page.WaitForElement("#supplier-title");
        Assert.Single(page.FindAll("#edit-supplier"));
        Assert.Single(page.FindAll("#change-status"));
        Assert.Empty(page.FindAll("#read-only"));
    }

    [Fact]
    public async Task An_unknown_code_says_there_is_no_such_supplier()
    {
        SignInAs(Roles.Support);
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");

        var page = Render<SupplierPage>(p => p.Add(x => x.Code, "NOPE"));

        var notFound = page.WaitForElement("#supplier-not-found");
        Assert.Contains("There is no supplier with the code NOPE.", notFound.TextContent);
        Assert.Empty(page.FindAll("#supplier-title"));
    }

    [Fact]
    public async Task After_an_edit_the_page_shows_the_saved_details()
    {
        SignInAs(Roles.Admin);
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var page = Render<SupplierPage>(p => p.Add(x => x.Code, "SIXT-EE"));
        page.WaitForElement("#edit-supplier").Click();

        dialogs.WaitForElement("#supplier-name").Input("Sixt Eesti");
        dialogs.Find("#supplier-save").Click();

        page.WaitForAssertion(() => Assert.Equal("Sixt Eesti", page.Find("#supplier-title").TextContent));
        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll(".mud-dialog")));
    }

    [Fact]
    public async Task The_edit_link_opens_the_editor_on_the_loaded_supplier()
    {
        SignInAs(Roles.Admin);
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();

        Render<SupplierPage>(p => p.Add(x => x.Code, "SIXT-EE").Add(x => x.StartEditing, true));

        dialogs.WaitForAssertion(() => Assert.Equal("Sixt Estonia", dialogs.Find("#supplier-name").GetAttribute("value")));
        Assert.True(dialogs.Find("#supplier-code").HasAttribute("disabled"));
    }

    [Fact]
    public async Task Suspending_after_confirmation_stores_and_shows_the_new_status()
    {
        SignInAs(Roles.Admin);
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var popovers = Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var page = Render<SupplierPage>(p => p.Add(x => x.Code, "SIXT-EE"));
        page.WaitForElement("#supplier-title");

        page.Find("#change-status button").Click();
        popovers.WaitForAssertion(() => Assert.Contains(popovers.FindAll(".mud-menu-item"), i => i.TextContent.Trim() == "Suspend"));
        popovers.FindAll(".mud-menu-item").First(i => i.TextContent.Trim() == "Suspend").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("No new bookings will be priced for Sixt Estonia", dialogs.Markup));
        dialogs.FindAll("button").First(b => b.TextContent.Trim() == "Suspend").Click();

        page.WaitForAssertion(() => Assert.Equal("Suspended", page.Find(".supplier-status").TextContent.Trim()));
        await using var db = await Database.CreateDbContextAsync();
        Assert.Equal(SupplierStatus.Suspended, (await db.Suppliers.SingleAsync()).Status);
    }

    [Fact]
    public async Task The_history_tab_lists_who_registered_the_supplier()
    {
        SignInAs(Roles.Admin);
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        SignInAs(Roles.Support);
        var page = Render<SupplierPage>(p => p.Add(x => x.Code, "SIXT-EE"));
        page.WaitForElement("#supplier-title");

        OpenTab(page, "History");

        page.WaitForAssertion(() => Assert.Contains("Created by admin@backoffice.test", HistoryText(page)));
    }

    [Fact]
    public async Task An_edit_made_while_the_history_tab_is_open_shows_up_in_the_history()
    {
        SignInAs(Roles.Admin);
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var page = Render<SupplierPage>(p => p.Add(x => x.Code, "SIXT-EE"));
        page.WaitForElement("#supplier-title");
        OpenTab(page, "History");
        page.WaitForAssertion(() => Assert.Contains("Created by", HistoryText(page)));

        page.Find("#edit-supplier").Click();
        dialogs.WaitForElement("#supplier-name").Input("Sixt Eesti");
        dialogs.Find("#supplier-save").Click();

        page.WaitForAssertion(() =>
        {
            Assert.Equal("Sixt Eesti", page.Find("#supplier-title").TextContent);
            Assert.Contains("Changed by admin@backoffice.test", HistoryText(page));
            Assert.Contains("Sixt Eesti", HistoryText(page));
        });
    }

    private static void OpenTab(IRenderedComponent<SupplierPage> page, string title) =>
        page.FindAll(".mud-tab").Single(tab => tab.TextContent.Trim() == title).Click();

    private static string HistoryText(IRenderedComponent<SupplierPage> page) =>
        page.FindAll(".audit-trail").SingleOrDefault()?.TextContent ?? "";
}
