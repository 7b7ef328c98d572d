using Bunit;
using CarRentalGateway.BackOffice.Features.Rates;
using CarRentalGateway.BackOffice.Security;
using MudBlazor;

namespace CarRentalGateway.BackOffice.Tests.Components.Rates;

public sealed class OfferRatesPanelTests : RatesComponentTests
{
    [Fact]
    public async Task Support_sees_the_fallback_and_the_seasons_but_nothing_to_change()
    {
        SignInAs(Roles.Support);
        var (_, offer) = await SeedOfferAsync();
        await SeedRatesAsync(offer.Id);

        var panel = Render<OfferRatesPanel>(p => p.Add(x => x.OfferId, offer.Id));

        panel.WaitForElement("#rates-table");
        var summer = panel.Find(".season-row").TextContent;
        Assert.Contains("Summer", summer);
        Assert.Contains("2027-06-01 – 2027-08-31", summer);
        Assert.Contains("55.00 EUR", summer);
        Assert.Contains("45.00 EUR", panel.Find("#fallback-row").TextContent);
        Assert.Empty(panel.FindAll("#edit-fallback"));
        Assert.Empty(panel.FindAll("#add-season"));
        Assert.Empty(panel.FindAll(".season-edit"));
        Assert.Empty(panel.FindAll(".season-remove"));
    }

    [Fact]
    public async Task An_admin_sees_the_buttons_to_change_the_rates()
    {
        SignInAs(Roles.Admin);
        var (_, offer) = await SeedOfferAsync();
        await SeedRatesAsync(offer.Id);

        var panel = Render<OfferRatesPanel>(p => p.Add(x => x.OfferId, offer.Id));

        panel.WaitForElement("#rates-table");
        Assert.Single(panel.FindAll("#edit-fallback"));
        Assert.Single(panel.FindAll("#add-season"));
        Assert.Single(panel.FindAll(".season-edit"));
    }

    [Fact]
    public async Task Trying_a_trip_shows_the_lines_and_the_total()
    {
        SignInAs(Roles.Finance);
        var (_, offer) = await SeedOfferAsync();
        await SeedRatesAsync(offer.Id);
        Render<MudPopoverProvider>();
        var panel = Render<OfferRatesPanel>(p => p.Add(x => x.OfferId, offer.Id));
        panel.WaitForElement("#try-trip");

        // Monday 2027-05-31 10:00 to Wednesday 2027-06-02 10:00: a fallback day and a summer day, in the 1-2 band.
        panel.Find("#trip-pickup-date").Change("2027-05-31");
        panel.Find("#trip-dropoff-date").Change("2027-06-02");
        panel.Find("#trip-quote").Click();

        panel.WaitForAssertion(() => Assert.Equal("105.00 EUR", panel.Find("#trip-total").TextContent.Trim()));
        Assert.Equal(2, panel.FindAll("#trip-lines tr").Count - 1);
    }

    [Fact]
    public async Task A_trip_before_any_rates_shows_why_it_cannot_be_priced()
    {
        SignInAs(Roles.Admin);
        var (_, offer) = await SeedOfferAsync();
        Render<MudPopoverProvider>();
        var panel = Render<OfferRatesPanel>(p => p.Add(x => x.OfferId, offer.Id));
        panel.WaitForElement("#rates-none");
        Assert.True(panel.Find("#add-season").HasAttribute("disabled"));

        panel.Find("#trip-pickup-date").Change("2027-05-31");
        panel.Find("#trip-dropoff-date").Change("2027-06-02");
        panel.Find("#trip-quote").Click();

        panel.WaitForAssertion(() => Assert.Equal("This offer has no rates yet: enter its fallback rates first.", panel.Find("#trip-error").TextContent.Trim()));
    }
}
