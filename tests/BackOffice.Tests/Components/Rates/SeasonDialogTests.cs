using Bunit;
using CarRentalGateway.BackOffice.Features.Rates;
using CarRentalGateway.BackOffice.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CarRentalGateway.BackOffice.Tests.Components.Rates;

public sealed class SeasonDialogTests : RatesComponentTests
{
    private IRenderedComponent<MudDialogProvider> _dialogs = default!;

    public SeasonDialogTests() => SignInAs(Roles.Admin);

    [Fact]
    public async Task A_last_day_before_the_first_day_is_shown_on_the_last_day_and_nothing_is_stored()
    {
        var dialog = await OpenAsync();
        Fill("Autumn", "2027-10-10", "2027-10-01", "50", "45", "40", "35");

        _dialogs.Find("#season-save").Click();

        _dialogs.WaitForAssertion(() => Assert.Equal("The end date 2027-10-01 is before the start date 2027-10-10.", ErrorOn(_dialogs, "season-to")));
        Assert.False(dialog.Result.IsCompleted);
        Assert.Equal(1, await SeasonCountAsync());
    }

    [Theory]
    [InlineData("0", "A daily rate is a positive amount.")]
    [InlineData("-5", "A daily rate is a positive amount.")]
    [InlineData("45.123", "EUR amounts have at most 2 decimals.")]
    public async Task A_rate_that_is_not_a_positive_amount_in_euro_is_shown_on_its_band(string typed, string message)
    {
        var dialog = await OpenAsync();
        Fill("Autumn", "2027-10-01", "2027-10-31", "50", typed, "40", "35");

        _dialogs.Find("#season-save").Click();

        _dialogs.WaitForAssertion(() => Assert.Equal(message, ErrorOn(_dialogs, "season-rate-1")));
        Assert.Null(ErrorOn(_dialogs, "season-rate-0"));
        Assert.Contains("EUR", _dialogs.Find("#season-rate-1").Closest(".mud-input")!.QuerySelector(".mud-input-adornment-end")!.TextContent);
        Assert.False(dialog.Result.IsCompleted);
        Assert.Equal(1, await SeasonCountAsync());
    }

    [Fact]
    public async Task An_overlapping_season_is_refused_on_the_dates_with_the_clash_named_and_the_typing_stays()
    {
        var dialog = await OpenAsync();
        Fill("Late summer", "2027-08-15", "2027-09-15", "55", "50", "45", "40");

        _dialogs.Find("#season-save").Click();

        _dialogs.WaitForAssertion(() => Assert.Equal(
            "Season 'Late summer' (2027-08-15 – 2027-09-15) overlaps 'Summer' (2027-06-01 – 2027-08-31).", ErrorOn(_dialogs, "season-from")));
        Assert.Equal("Late summer", _dialogs.Find("#season-name").GetAttribute("value"));
        Assert.False(dialog.Result.IsCompleted);
        Assert.Equal(1, await SeasonCountAsync());
    }

    [Fact]
    public async Task A_valid_season_is_stored_and_closes_the_dialog()
    {
        var dialog = await OpenAsync();
        Fill("Autumn", "2027-09-01", "2027-10-31", "50", "45.5", "40", "35");

        _dialogs.Find("#season-save").Click();

        var result = await dialog.Result.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(result!.Canceled);
        await using var db = await Database.CreateDbContextAsync();
        var autumn = await db.Seasons.SingleAsync(s => s.Name == "Autumn");
        Assert.Equal("1-2: 50.00 EUR; 3-6: 45.50 EUR; 7-13: 40.00 EUR; 14+: 35.00 EUR", autumn.Rates.ToString());
    }

    private void Fill(string name, string from, string to, params string[] rates)
    {
        _dialogs.Find("#season-name").Input(name);
        _dialogs.Find("#season-from").Change(from);
        _dialogs.Find("#season-to").Change(to);
        for (var i = 0; i < rates.Length; i++)
        {
            _dialogs.Find($"#season-rate-{i}").Input(rates[i]);
        }
    }

    private async Task<IDialogReference> OpenAsync()
    {
        var (_, offer) = await SeedOfferAsync();
        await SeedRatesAsync(offer.Id);
        Render<MudPopoverProvider>();
        _dialogs = Render<MudDialogProvider>();
        var rates = await Services.GetRequiredService<RatesService>().RatesForOfferAsync(offer.Id, CancellationToken.None);
        var service = Services.GetRequiredService<IDialogService>();
        IDialogReference? reference = null;
        await _dialogs.InvokeAsync(async () => reference = await service.ShowAsync<SeasonDialog>(
            "New season", new DialogParameters<SeasonDialog> { { d => d.RatesView, rates! } }, SeasonDialog.Options));
        _dialogs.WaitForElement("#season-save");
        return reference!;
    }

    private async Task<int> SeasonCountAsync()
    {
        await using var db = await Database.CreateDbContextAsync();
        return await db.Seasons.CountAsync();
    }
}
