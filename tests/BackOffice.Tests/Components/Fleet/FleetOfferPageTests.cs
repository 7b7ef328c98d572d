using Bunit;
using CarRentalGateway.BackOffice.Features.Fleet;
using CarRentalGateway.BackOffice.Security;
using Microsoft.EntityFrameworkCore;
using MudBlazor;

namespace CarRentalGateway.BackOffice.Tests.Components.Fleet;

public sealed class FleetOfferPageTests : FleetComponentTests
{
    [Theory]
    [InlineData(Roles.Support)]
    [InlineData(Roles.Finance)]
    public async Task Support_and_finance_see_the_offer_read_only(string role)
    {
        SignInAs(role);
        var (supplier, location) = await SeedStationAsync();
        var offer = await SeedOfferAsync(supplier, location);

        var page = Render<FleetOfferPage>(p => p.Add(x => x.Id, offer.Id));

        page.WaitForElement("#offer-title");
        Assert.Single(page.FindAll("#read-only"));
        Assert.Empty(page.FindAll("#offer-edit"));
        Assert.Empty(page.FindAll("#offer-stop-sell"));
        Assert.Contains("Compact, 4-5 door, manual", page.Find("#offer-acriss-value").TextContent, StringComparison.Ordinal);
        Assert.Equal("300.00 EUR", page.Find("#offer-deposit-value").TextContent.Trim());
    }

    [Fact]
    public async Task An_admin_stops_selling_after_confirming()
    {
        SignInAs(Roles.Admin);
        var (supplier, location) = await SeedStationAsync();
        var offer = await SeedOfferAsync(supplier, location);
        Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var page = Render<FleetOfferPage>(p => p.Add(x => x.Id, offer.Id));
        page.WaitForElement("#offer-stop-sell");
        Assert.Empty(page.FindAll("#read-only"));

        page.Find("#offer-stop-sell").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("will no longer be sold", dialogs.Markup, StringComparison.Ordinal));
        dialogs.FindAll("button").First(b => b.TextContent.Trim() == "Stop selling").Click();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("#offer-resume")));
        await using var db = await Database.CreateDbContextAsync();
        Assert.True((await db.FleetOffers.SingleAsync()).StopSell);
    }
}
