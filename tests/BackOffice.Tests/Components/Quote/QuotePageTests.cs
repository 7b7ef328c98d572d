using Bunit;
using Bunit.TestDoubles;
using CarRentalGateway.BackOffice.Features.Quote;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.BackOffice.Tests.Features.Quote;
using Microsoft.Extensions.DependencyInjection;

namespace CarRentalGateway.BackOffice.Tests.Components.Quote;

/// <summary>The quote page over <see cref="QuoteWorld"/>: the form in the URL, checked on its fields, the offers and the reasons.</summary>
public sealed class QuotePageTests : ComponentTestContext
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task A_shared_link_quotes_at_once_cheapest_first_then_the_offers_that_cannot_be_priced()
    {
        SignInAs(Roles.Support);
        await SeedAsync();
        Services.GetRequiredService<BunitNavigationManager>().NavigateTo(TripUrl(days: 3));

        var page = Render<QuotePage>();

        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll(".priced-offers tbody tr").Count));
        var rows = page.FindAll(".priced-offers tbody tr").Select(r => r.TextContent).ToList();
        Assert.StartsWith("116.67 EUR", rows[0].Trim(), StringComparison.Ordinal);
        Assert.Contains("AVIS-EE", rows[0], StringComparison.Ordinal);
        Assert.Contains("CDMR VW Golf or similar", rows[0], StringComparison.Ordinal);
        Assert.Contains("SIXT-EE", rows[1], StringComparison.Ordinal);
        Assert.Contains("IDAR", rows[2], StringComparison.Ordinal);
        Assert.Contains("No rule set is published yet", page.Find("#no-rule-set").TextContent, StringComparison.Ordinal);
        var reasons = page.FindAll(".unpriced-offers tbody td.reason").Select(r => r.TextContent.Trim()).ToList();
        Assert.Equal(3, reasons.Count);
        Assert.StartsWith("Stop-sell", reasons[0], StringComparison.Ordinal);
        Assert.StartsWith("Supplier not active", reasons[1], StringComparison.Ordinal);
        Assert.StartsWith("No contract", reasons[2], StringComparison.Ordinal);
        Assert.Contains("Hertz Estonia has no contract in force", reasons[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clicking_an_offer_shows_how_its_price_was_built()
    {
        SignInAs(Roles.Finance);
        await SeedAsync();
        Services.GetRequiredService<BunitNavigationManager>().NavigateTo(TripUrl(days: 3));
        var page = Render<QuotePage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".priced-offers tbody tr")));
        Assert.Empty(page.FindAll(".price-explanation"));

        page.FindAll(".priced-offers tbody tr")[0].Click();

        var explanation = page.WaitForElement(".price-explanation");
        Assert.Equal(3, explanation.QuerySelectorAll(".supplier-line").Length);
        var floor = explanation.QuerySelector(".price-step")!.TextContent;
        Assert.Contains("Margin floor", floor, StringComparison.Ordinal);
        Assert.Contains("105.00 → 116.67", floor, StringComparison.Ordinal);
        Assert.Contains("+11.67", floor, StringComparison.Ordinal);
        Assert.Contains("116.67", explanation.QuerySelector(".customer-total")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("11.67", explanation.QuerySelector(".revenue")!.TextContent, StringComparison.Ordinal);

        page.Find(".explain-button").Click();
        page.WaitForAssertion(() => Assert.Empty(page.FindAll(".price-explanation")));
    }

    [Fact]
    public async Task Fields_at_fault_show_their_messages_and_keep_what_was_typed()
    {
        SignInAs(Roles.Admin);
        await SeedAsync();
        var page = Render<QuotePage>();

        page.Find("#quote-form").Submit();

        page.WaitForAssertion(() => Assert.Contains("Enter an airport code (TLL) or a city with its country", page.Markup, StringComparison.Ordinal));
        Assert.Contains("Choose the pick-up date.", page.Markup, StringComparison.Ordinal);
        Assert.Empty(page.FindAll(".priced-offers"));

        Services.GetRequiredService<BunitNavigationManager>().NavigateTo(
            $"/quote?from=TLL&pickUp={Day(7)}T10:00&dropOff={Day(5)}T10:00&age=17&acriss=Q");
        page.WaitForAssertion(() => Assert.Contains("Drop-off must be after pick-up.", page.Markup, StringComparison.Ordinal));
        Assert.Contains("The driver's age is 18 to 99.", page.Markup, StringComparison.Ordinal);
        Assert.Contains("Q is not an ACRISS category", page.Markup, StringComparison.Ordinal);
        Assert.Equal("17", page.Find("#driver-age").GetAttribute("value"));
        Assert.Equal("Q", page.Find("#acriss").GetAttribute("value"));
        Assert.Empty(page.FindAll(".priced-offers"));
    }

    [Fact]
    public async Task A_place_without_stations_is_refused_on_the_pick_up_field()
    {
        SignInAs(Roles.Support);
        await SeedAsync();
        Services.GetRequiredService<BunitNavigationManager>().NavigateTo($"/quote?from=RIX&pickUp={Day(7)}T10:00&dropOff={Day(9)}T10:00");

        var page = Render<QuotePage>();

        page.WaitForAssertion(() => Assert.Contains("No supplier has an active station at RIX.", page.Markup, StringComparison.Ordinal));
        Assert.Equal("RIX", page.Find("#pick-up-place").GetAttribute("value"));
    }

    [Fact]
    public async Task Quoting_puts_the_form_in_the_url()
    {
        SignInAs(Roles.Support);
        await SeedAsync();
        var navigation = Services.GetRequiredService<BunitNavigationManager>();
        navigation.NavigateTo(TripUrl(days: 2));
        var page = Render<QuotePage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".priced-offers tbody tr")));

        page.Find("#acriss").Change("idar");
        page.Find("#quote-form").Submit();

        page.WaitForAssertion(() => Assert.Contains("acriss=IDAR", navigation.Uri, StringComparison.Ordinal));
        page.WaitForAssertion(() => Assert.Single(page.FindAll(".priced-offers tbody tr")));
        Assert.Contains("140.00 EUR", page.Find(".priced-offers tbody tr").TextContent, StringComparison.Ordinal);
    }

    private static string Day(int days) => Today.AddDays(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string TripUrl(int days) => $"/quote?from=TLL&pickUp={Day(7)}T10:00&dropOff={Day(7 + days)}T10:00&age=30";

    private async Task SeedAsync()
    {
        await using var db = await Database.CreateDbContextAsync();
        await QuoteWorld.SeedAsync(db, Today);
    }
}
