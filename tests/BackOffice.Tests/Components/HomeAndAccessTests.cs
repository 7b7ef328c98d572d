using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using CarRentalGateway.BackOffice.Components;
using CarRentalGateway.BackOffice.Components.Pages;
using CarRentalGateway.BackOffice.Components.Shared;
using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.BackOffice.Features.Suppliers;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.Core.Suppliers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarRentalGateway.BackOffice.Tests.Components;

public sealed class HomeAndAccessTests : ComponentTestContext
{
    [Fact]
    public async Task The_dashboard_counts_suppliers_by_status()
    {
        SignInAs(Roles.Finance);
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        await SeedSupplierAsync("BALTIC-LV", "Baltic Car Rent", "LV");
        await SeedSupplierAsync("CITY-LT", "City Cars", "LT", SupplierStatus.Suspended);

        var home = Render<Home>();

        home.WaitForAssertion(() =>
        {
            Assert.Equal("2", home.Find("[data-testid=suppliers-Active]").TextContent.Trim());
            Assert.Equal("1", home.Find("[data-testid=suppliers-Suspended]").TextContent.Trim());
            Assert.Equal("0", home.Find("[data-testid=suppliers-Offboarded]").TextContent.Trim());
        });
    }

    [Fact]
    public async Task Each_dashboard_count_links_to_the_list_filtered_by_that_status()
    {
        SignInAs(Roles.Support);
        await SeedSupplierAsync("CITY-LT", "City Cars", "LT", SupplierStatus.Suspended);

        var home = Render<Home>();

        var count = home.WaitForElement("[data-testid=suppliers-Suspended]");
        Assert.Equal("suppliers?status=Suspended", count.Closest("a")!.GetAttribute("href"));
    }

    [Fact]
    public void The_no_access_page_explains_what_to_do_and_leads_back_to_the_dashboard()
    {
        var page = Render<NoAccess>(p => p
            .Add(x => x.Page, typeof(SuppliersPage))
            .Add(x => x.User, new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "nora@backoffice.test")], "Test"))));

        Assert.Equal("You don't have access to this page", page.Find("#no-access").TextContent.Trim());
        Assert.Contains("ask an administrator to change your roles", page.Markup);
        Assert.Equal("/", page.Find("a").GetAttribute("href"));
    }

    [Fact]
    public async Task Support_following_a_suppliers_edit_link_gets_the_no_access_page()
    {
        SignInAs(Roles.Support);
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        Services.GetRequiredService<BunitNavigationManager>().NavigateTo("/suppliers/SIXT-EE/edit");

        var app = Render<Routes>();

        app.WaitForElement("#no-access");
        Assert.Empty(app.FindAll("#supplier-name"));
        await using var db = await Database.CreateDbContextAsync();
        var refusal = await db.AuditEntries.SingleAsync(a => a.EntityType == SecurityEvents.EntityType);
        Assert.Equal((AuditAction.AccessDenied, "support@backoffice.test"), (refusal.Action, refusal.UserName));
        Assert.Equal([new FieldChange("Policy", null, Policies.EditCatalog), new FieldChange("Refused", null, "/suppliers/SIXT-EE/edit")], refusal.Changes);
    }

    [Fact]
    public async Task An_admin_following_a_suppliers_edit_link_gets_the_editor()
    {
        SignInAs(Roles.Admin);
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        Services.GetRequiredService<BunitNavigationManager>().NavigateTo("/suppliers/SIXT-EE/edit");

        var app = Render<Routes>();

        app.WaitForAssertion(() => Assert.Equal("Sixt Estonia", app.Find("#supplier-name").GetAttribute("value")));
        Assert.Empty(app.FindAll("#no-access"));
    }
}
