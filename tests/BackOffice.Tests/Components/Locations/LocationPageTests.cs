using Bunit;
using CarRentalGateway.BackOffice.Features.Locations;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.Core.Locations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CarRentalGateway.BackOffice.Tests.Components.Locations;

public sealed class LocationPageTests : LocationComponentTests
{
    [Fact]
    public async Task The_page_shows_the_details_the_fee_and_the_weeks_opening_hours()
    {
        SignInAs(Roles.Finance);
        var supplier = await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var location = await SeedLocationAsync(supplier, "TLL-AIRPORT", "Tallinn Airport");

        var page = Render<LocationPage>(p => p.Add(x => x.Id, location.Id));

        page.WaitForAssertion(() => Assert.Equal("Tallinn Airport", page.Find("#location-title").TextContent));
        Assert.Equal("TLL", page.Find("#location-iata-value").TextContent);
        Assert.Equal("25.00 EUR", page.Find("#location-fee-value").TextContent);
        Assert.Equal("Sixt Estonia (SIXT-EE)", page.Find("#location-supplier-link").TextContent);
        var hours = page.FindAll("#location-hours tr")
            .Select(r => string.Join(" ", r.Children.Select(cell => cell.TextContent.Trim())))
            .ToList();
        Assert.Equal(7, hours.Count);
        Assert.Equal("Monday 08:00–18:00", hours[0]);
        Assert.Equal("Saturday 09:00–14:00", hours[5]);
        Assert.Equal("Sunday Closed", hours[6]);
        Assert.Contains("Now at the location:", page.Find("#location-local-time").TextContent);
    }

    [Fact]
    public async Task A_location_open_24_hours_says_so_instead_of_a_table()
    {
        SignInAs(Roles.Support);
        var supplier = await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var location = await SeedLocationAsync(supplier, "TLL-AIRPORT", "Tallinn Airport", hours: "24h", feeMinor: null);

        var page = Render<LocationPage>(p => p.Add(x => x.Id, location.Id));

        page.WaitForAssertion(() => Assert.Equal("Open 24 hours, every day.", page.Find("#location-hours").TextContent));
        Assert.Equal("open", page.Find("#location-local-time b").TextContent);
    }

    [Theory]
    [InlineData(Roles.Support)]
    [InlineData(Roles.Finance)]
    public async Task Support_and_finance_see_the_location_read_only(string role)
    {
        SignInAs(role);
        var supplier = await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var location = await SeedLocationAsync(supplier, "TLL-AIRPORT", "Tallinn Airport");

        var page = Render<LocationPage>(p => p.Add(x => x.Id, location.Id));

        page.WaitForElement("#location-title");
        Assert.Single(page.FindAll("#read-only"));
        Assert.Empty(page.FindAll("#location-edit"));
        Assert.Empty(page.FindAll("#location-deactivate"));
        Assert.Empty(page.FindAll("#location-delete"));
    }

    [Fact]
    public async Task An_admin_sees_edit_deactivate_and_delete()
    {
        SignInAs(Roles.Admin);
        var supplier = await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var location = await SeedLocationAsync(supplier, "TLL-AIRPORT", "Tallinn Airport");

        var page = Render<LocationPage>(p => p.Add(x => x.Id, location.Id));

        page.WaitForElement("#location-title");
        Assert.Single(page.FindAll("#location-edit"));
        Assert.Single(page.FindAll("#location-deactivate"));
        Assert.Single(page.FindAll("#location-delete"));
        Assert.Empty(page.FindAll("#read-only"));
    }

    [Fact]
    public async Task Deactivating_after_confirmation_stores_it_and_offers_reactivation()
    {
        SignInAs(Roles.Admin);
        var supplier = await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var location = await SeedLocationAsync(supplier, "TLL-AIRPORT", "Tallinn Airport");
        Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var page = Render<LocationPage>(p => p.Add(x => x.Id, location.Id));

        page.WaitForElement("#location-deactivate").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("will no longer be offered to customers", dialogs.Markup));
        dialogs.FindAll("button").First(b => b.TextContent.Trim() == "Deactivate").Click();

        page.WaitForAssertion(() =>
        {
            Assert.Equal("Inactive", page.Find(".location-active").TextContent.Trim());
            Assert.Single(page.FindAll("#location-reactivate"));
        });
        await using var db = await Database.CreateDbContextAsync();
        Assert.False((await db.Locations.SingleAsync()).IsActive);
    }

    [Fact]
    public async Task Deleting_after_confirmation_removes_the_location_and_returns_to_its_supplier()
    {
        SignInAs(Roles.Admin);
        var supplier = await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var location = await SeedLocationAsync(supplier, "TLL-AIRPORT", "Tallinn Airport");
        Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var page = Render<LocationPage>(p => p.Add(x => x.Id, location.Id));

        page.WaitForElement("#location-delete").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("will be removed for good", dialogs.Markup));
        dialogs.FindAll("button").First(b => b.TextContent.Trim() == "Delete").Click();

        page.WaitForAssertion(() => Assert.EndsWith("/suppliers/SIXT-EE", Services.GetRequiredService<Bunit.TestDoubles.BunitNavigationManager>().Uri));
        await using var db = await Database.CreateDbContextAsync();
        Assert.Equal(0, await db.Locations.CountAsync());
        Assert.Contains(await db.AuditEntries.Select(a => a.Action).ToListAsync(), a => a == CarRentalGateway.BackOffice.Data.Auditing.AuditAction.Deleted);
    }

    [Fact]
    public async Task Saving_an_edit_shows_the_new_hours_and_the_change_in_the_history()
    {
        SignInAs(Roles.Admin);
        var supplier = await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var location = await SeedLocationAsync(supplier, "TLL-AIRPORT", "Tallinn Airport");
        Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var page = Render<LocationPage>(p => p.Add(x => x.Id, location.Id));
        page.WaitForElement("#location-title");
        page.FindAll(".mud-tab").Single(tab => tab.TextContent.Trim() == "History").Click();
        page.WaitForAssertion(() => Assert.Contains("Created by", HistoryText(page)));

        page.Find("#location-edit").Click();
        dialogs.WaitForElement("#hours-Saturday-closes").Change("16:00");
        dialogs.Find("#location-save").Click();

        page.WaitForAssertion(() =>
        {
            Assert.Contains("Changed by admin@backoffice.test", HistoryText(page));
            Assert.Contains("Sat 09:00-16:00", HistoryText(page));
            Assert.Contains("Sat 09:00-14:00", HistoryText(page));
        });
    }

    [Fact]
    public async Task An_unknown_location_says_it_may_have_been_deleted()
    {
        SignInAs(Roles.Support);

        var page = Render<LocationPage>(p => p.Add(x => x.Id, Guid.NewGuid()));

        Assert.Contains("It may have been deleted", page.WaitForElement("#location-not-found").TextContent);
    }

    private static string HistoryText(IRenderedComponent<LocationPage> page) =>
        page.FindAll(".audit-trail").SingleOrDefault()?.TextContent ?? "";
}
