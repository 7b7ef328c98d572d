using Bunit;
using CarRentalGateway.BackOffice.Features.Rates;
using CarRentalGateway.BackOffice.Features.Suppliers;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Locations;
using CarRentalGateway.Core.Rates;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using MudBlazor;

namespace CarRentalGateway.BackOffice.Tests.Components.Rates;

public sealed class SupplierExtrasTabTests : RatesComponentTests
{
    [Fact]
    public async Task Support_sees_the_extras_and_one_way_fees_but_nothing_to_change()
    {
        SignInAs(Roles.Support);
        await SeedExtrasAndFeeAsync();

        var tab = Render<SupplierExtrasTab>(p => p.Add(x => x.SupplierCode, "SIXT-EE").Add(x => x.Currency, "EUR"));

        tab.WaitForAssertion(() => Assert.Equal("1 extra", tab.Find("#supplier-extras-count").TextContent.Trim()));
        Assert.Contains("Child seat (9-18 kg)", tab.Find("#supplier-extras").TextContent);
        Assert.Contains("45.00 EUR", tab.Find("#supplier-extras").TextContent);
        Assert.Contains("Tallinn Airport (TLL-AIRPORT)", tab.Find("#supplier-oneway").TextContent);
        Assert.Contains("25.00 EUR", tab.Find("#supplier-oneway").TextContent);
        Assert.Empty(tab.FindAll("#add-extra"));
        Assert.Empty(tab.FindAll("#add-oneway"));
        Assert.Empty(tab.FindAll(".extra-edit"));
    }

    [Fact]
    public async Task The_suppliers_page_has_an_extras_and_fees_tab()
    {
        SignInAs(Roles.Finance);
        await SeedExtrasAndFeeAsync();
        var page = Render<SupplierPage>(p => p.Add(x => x.Code, "SIXT-EE"));
        page.WaitForElement("#supplier-title");

        page.FindAll(".mud-tab").Single(t => t.TextContent.Trim() == "Extras & fees").Click();

        page.WaitForAssertion(() => Assert.Contains("Child seat (9-18 kg)", page.Find("#supplier-extras").TextContent));
    }

    [Fact]
    public async Task An_admin_adds_an_extra_and_a_duplicate_is_refused_on_its_name()
    {
        SignInAs(Roles.Admin);
        await SeedExtrasAndFeeAsync();
        var popovers = Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var tab = Render<SupplierExtrasTab>(p => p.Add(x => x.SupplierCode, "SIXT-EE").Add(x => x.Currency, "EUR"));
        tab.WaitForElement("#add-extra");

        tab.Find("#add-extra").Click();
        dialogs.WaitForElement("#extra-save");
        var kind = dialogs.FindComponents<MudSelect<ExtraKind?>>().Single();
        await dialogs.InvokeAsync(() => kind.Instance.OpenMenu());
        popovers.WaitForAssertion(() => Assert.Contains(popovers.FindAll(".mud-popover-open .mud-list-item"), o => o.TextContent.Trim() == "Child seat"));
        await popovers.FindAll(".mud-popover-open .mud-list-item").First(o => o.TextContent.Trim() == "Child seat").ClickAsync(new MouseEventArgs());
        dialogs.Find("#extra-name").Input("Child seat (9-18 kg)");
        dialogs.Find("#extra-price").Input("8");
        dialogs.Find("#extra-save").Click();

        dialogs.WaitForAssertion(() => Assert.Equal("The supplier already has a child seat extra named Child seat (9-18 kg).", ErrorOn(dialogs, "extra-name")));

        dialogs.Find("#extra-name").Input("Child seat (0-13 kg)");
        dialogs.Find("#extra-save").Click();

        tab.WaitForAssertion(() => Assert.Equal("2 extras", tab.Find("#supplier-extras-count").TextContent.Trim()));
        await using var db = await Database.CreateDbContextAsync();
        Assert.Equal(800, (await db.SupplierExtras.SingleAsync(e => e.Name == "Child seat (0-13 kg)")).PriceMinor);
    }

    [Fact]
    public async Task A_one_way_fee_for_a_direction_that_has_one_is_refused_on_the_drop_off_and_the_way_back_is_added()
    {
        SignInAs(Roles.Admin);
        await SeedExtrasAndFeeAsync();
        var popovers = Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var tab = Render<SupplierExtrasTab>(p => p.Add(x => x.SupplierCode, "SIXT-EE").Add(x => x.Currency, "EUR"));
        tab.WaitForElement("#add-oneway");

        tab.Find("#add-oneway").Click();
        dialogs.WaitForElement("#oneway-save");
        await ChooseAsync(popovers, dialogs, 0, "Tallinn Airport (TLL-AIRPORT)");
        await ChooseAsync(popovers, dialogs, 1, "Tallinn City (TLL-CITY)");
        dialogs.Find("#oneway-fee").Input("30");
        dialogs.Find("#oneway-save").Click();

        dialogs.WaitForAssertion(() => Assert.Equal(
            "There is already a one-way fee from Tallinn Airport to Tallinn City: change that one instead.", ErrorOn(dialogs, "oneway-to")));

        await ChooseAsync(popovers, dialogs, 0, "Tallinn City (TLL-CITY)");
        await ChooseAsync(popovers, dialogs, 1, "Tallinn Airport (TLL-AIRPORT)");
        dialogs.Find("#oneway-save").Click();

        tab.WaitForAssertion(() => Assert.Equal("2 directions", tab.Find("#supplier-oneway-count").TextContent.Trim()));
    }

    private static async Task ChooseAsync(IRenderedComponent<MudPopoverProvider> popovers, IRenderedComponent<MudDialogProvider> dialogs, int select, string label)
    {
        var component = dialogs.FindComponents<MudSelect<Guid?>>()[select];
        await dialogs.InvokeAsync(() => component.Instance.OpenMenu());
        popovers.WaitForAssertion(() => Assert.Contains(popovers.FindAll(".mud-popover-open .mud-list-item"), o => o.TextContent.Trim() == label));
        await popovers.FindAll(".mud-popover-open .mud-list-item").First(o => o.TextContent.Trim() == label).ClickAsync(new MouseEventArgs());
    }

    private async Task SeedExtrasAndFeeAsync()
    {
        var (supplier, _) = await SeedOfferAsync();
        var city = await SeedLocationAsync(supplier, "TLL-CITY", "Tallinn City", LocationType.Downtown, iata: null);
        await using var db = await Database.CreateDbContextAsync();
        var airport = await db.Locations.SingleAsync(l => l.Code == "TLL-AIRPORT");
        db.SupplierExtras.Add(SupplierExtra.Create(
            Guid.NewGuid(), supplier.Id, new SupplierExtraDetails(ExtraKind.ChildSeat, "Child seat (9-18 kg)", ExtraPriceBasis.PerDay, Money.Of(750, "EUR"), Money.Of(4500, "EUR")), "EUR").Value);
        db.OneWayFees.Add(OneWayFee.Create(Guid.NewGuid(), airport, city, Money.Of(2500, "EUR"), "EUR").Value);
        await db.SaveChangesAsync();
    }
}
