using Bunit;
using Bunit.TestDoubles;
using CarRentalGateway.BackOffice.Features.Locations;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.Core.Locations;
using Microsoft.Extensions.DependencyInjection;

namespace CarRentalGateway.BackOffice.Tests.Components.Locations;

public sealed class LocationsPageTests : LocationComponentTests
{
    [Theory]
    [InlineData("/locations?q=rix", new[] { "RIX-AIRPORT" })]
    [InlineData("/locations?q=tallinn", new[] { "TLL-AIRPORT", "TLL-CITY" })]
    [InlineData("/locations?supplier=RIGA-LV", new[] { "RIX-AIRPORT" })]
    [InlineData("/locations?type=Downtown", new[] { "TLL-CITY" })]
    [InlineData("/locations?country=LV", new[] { "RIX-AIRPORT" })]
    [InlineData("/locations?active=false", new[] { "TLL-CITY" })]
    [InlineData("/locations?q=tll&type=Airport", new[] { "TLL-AIRPORT" })]
    public async Task The_filters_in_the_URL_list_only_the_matching_locations(string url, string[] codes)
    {
        SignInAs(Roles.Support);
        var sixt = await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var riga = await SeedSupplierAsync("RIGA-LV", "Riga Auto", "LV");
        await SeedLocationAsync(sixt, "TLL-AIRPORT", "Tallinn Airport");
        await SeedLocationAsync(sixt, "TLL-CITY", "Tallinn City", LocationType.Downtown, iata: null, active: false);
        await SeedLocationAsync(riga, "RIX-AIRPORT", "Riga Airport", iata: "RIX", city: "Riga");
        Services.GetRequiredService<BunitNavigationManager>().NavigateTo(url);

        var page = Render<LocationsPage>();

        page.WaitForAssertion(() => Assert.Equal(codes, ListedCodes(page)));
    }

    [Fact]
    public async Task Typing_a_search_puts_it_in_the_URL_and_filters_the_list()
    {
        SignInAs(Roles.Finance);
        var sixt = await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        await SeedLocationAsync(sixt, "TLL-AIRPORT", "Tallinn Airport");
        await SeedLocationAsync(sixt, "TRT-CITY", "Tartu", LocationType.Downtown, iata: null, city: "Tartu");
        var navigation = Services.GetRequiredService<BunitNavigationManager>();
        navigation.NavigateTo("/locations");
        var page = Render<LocationsPage>();
        page.WaitForAssertion(() => Assert.Equal(2, ListedCodes(page).Count));

        page.Find("#location-search").Input("tll");

        page.WaitForAssertion(() => Assert.Equal(["TLL-AIRPORT"], ListedCodes(page)));
        Assert.EndsWith("/locations?q=tll", navigation.Uri);
        Assert.Empty(page.FindAll("#new-location"));
    }

    [Fact]
    public async Task Clicking_a_row_opens_that_location()
    {
        SignInAs(Roles.Support);
        var sixt = await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var airport = await SeedLocationAsync(sixt, "TLL-AIRPORT", "Tallinn Airport");
        await SeedLocationAsync(sixt, "TRT-CITY", "Tartu", LocationType.Downtown, iata: null, city: "Tartu");
        var page = Render<LocationsPage>();
        page.WaitForAssertion(() => Assert.Equal(2, ListedCodes(page).Count));

        page.FindAll("tbody tr.mud-table-row").Single(row => row.TextContent.Contains("TLL-AIRPORT", StringComparison.Ordinal)).Click();

        Assert.EndsWith($"/locations/{airport.Id}", Services.GetRequiredService<BunitNavigationManager>().Uri);
    }

    [Fact]
    public async Task An_admin_sees_the_new_location_button()
    {
        SignInAs(Roles.Admin);

        var page = Render<LocationsPage>();

        page.WaitForAssertion(() => Assert.Contains("No location matches these filters.", page.Markup));
        Assert.Single(page.FindAll("#new-location"));
    }

    private static List<string> ListedCodes(IRenderedComponent<LocationsPage> page) =>
        page.FindAll("tbody tr.mud-table-row td:first-child").Select(cell => cell.TextContent.Trim()).ToList();
}
