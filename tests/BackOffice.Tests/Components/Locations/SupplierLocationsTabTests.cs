using Bunit;
using CarRentalGateway.BackOffice.Features.Locations;
using CarRentalGateway.BackOffice.Features.Suppliers;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.Core.Locations;
using MudBlazor;

namespace CarRentalGateway.BackOffice.Tests.Components.Locations;

public sealed class SupplierLocationsTabTests : LocationComponentTests
{
    [Fact]
    public async Task The_tab_lists_the_suppliers_own_locations_by_code()
    {
        SignInAs(Roles.Support);
        var sixt = await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var avis = await SeedSupplierAsync("AVIS-EE", "Avis Estonia");
        await SeedLocationAsync(sixt, "TLL-CITY", "Tallinn City", LocationType.Downtown, iata: null);
        await SeedLocationAsync(sixt, "TLL-AIRPORT", "Tallinn Airport", active: false);
        await SeedLocationAsync(avis, "AVIS-TLL", "Avis at Tallinn Airport");

        var tab = Render<SupplierLocationsTab>(p => p.Add(x => x.SupplierCode, "SIXT-EE"));

        tab.WaitForAssertion(() => Assert.Equal(["TLL-AIRPORT", "TLL-CITY"], Codes(tab)));
        Assert.Equal("2 locations", tab.Find("#supplier-locations-count").TextContent.Trim());
        Assert.Contains("Inactive", tab.Markup);
        Assert.Empty(tab.FindAll("#add-location"));
    }

    [Fact]
    public async Task The_suppliers_page_has_a_locations_tab()
    {
        SignInAs(Roles.Finance);
        var sixt = await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        await SeedLocationAsync(sixt, "TLL-AIRPORT", "Tallinn Airport");
        var page = Render<SupplierPage>(p => p.Add(x => x.Code, "SIXT-EE"));
        page.WaitForElement("#supplier-title");

        page.FindAll(".mud-tab").Single(t => t.TextContent.Trim() == "Locations").Click();

        page.WaitForAssertion(() => Assert.Contains("Tallinn Airport", page.Find("#supplier-locations").TextContent));
    }

    [Fact]
    public async Task An_admin_adds_a_location_from_the_tab_and_sees_it_listed()
    {
        SignInAs(Roles.Admin);
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var popovers = Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var tab = Render<SupplierLocationsTab>(p => p.Add(x => x.SupplierCode, "SIXT-EE"));
        tab.WaitForAssertion(() => Assert.Equal("No locations yet.", tab.Find("#supplier-locations-count").TextContent.Trim()));

        tab.Find("#add-location").Click();
        dialogs.WaitForElement("#location-save");
        var dialog = new LocationDialogDriver(popovers, dialogs);
        Assert.Equal("Sixt Estonia (SIXT-EE)", dialog.ValueOf("location-supplier"));
        await dialog.FillNewAirportAsync();
        dialog.Save();

        tab.WaitForAssertion(() => Assert.Equal(["TLL-AIRPORT"], Codes(tab)));
        dialogs.WaitForAssertion(() => Assert.False(dialog.IsOpen));
    }

    private static List<string> Codes(IRenderedComponent<SupplierLocationsTab> tab) =>
        tab.FindAll("#supplier-locations tbody tr.mud-table-row td:first-child").Select(c => c.TextContent.Trim()).ToList();
}
