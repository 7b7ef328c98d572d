using AngleSharp.Dom;
using Bunit;
using CarRentalGateway.BackOffice.Features.Fleet;
using CarRentalGateway.BackOffice.Security;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CarRentalGateway.BackOffice.Tests.Components.Fleet;

public sealed class FleetOfferDialogTests : FleetComponentTests
{
    private static readonly TimeSpan SaveTimeout = TimeSpan.FromSeconds(10);

    private IRenderedComponent<MudDialogProvider> _dialogs = default!;

    public FleetOfferDialogTests() => SignInAs(Roles.Admin);

    private IElement SaveButton => _dialogs.Find("#offer-save");

    [Fact]
    public async Task A_code_with_wrong_letters_is_refused_naming_each_position_and_its_allowed_letters()
    {
        await SeedStationAsync();
        var dialog = await OpenAsync(supplierCode: "SIXT-EE");
        await TypeAsync("offer-acriss", "cxzr");
        await TypeAsync("offer-model", "Toyota Corolla");

        await ClickSaveAsync();

        _dialogs.WaitForAssertion(() => Assert.Equal(
            "Letter 3 (transmission/drive) cannot be 'Z': use one of M, N, C, A, B, D.", ErrorOn("offer-acriss")));
        await TypeAsync("offer-acriss", "XQZY");
        _dialogs.WaitForAssertion(() =>
        {
            var message = ErrorOn("offer-acriss");
            Assert.Contains("Letter 3 (transmission/drive) cannot be 'Z': use one of M, N, C, A, B, D.", message, StringComparison.Ordinal);
            Assert.Contains("Letter 4 (fuel/air conditioning) cannot be 'Y': use one of R, N, D, Q, H, I, E, C, L, S, A, B, M, F, V, Z, U, X.", message, StringComparison.Ordinal);
        });
        Assert.False(dialog.Result.IsCompleted);
        Assert.Equal(0, await OfferCountAsync());
    }

    [Fact]
    public async Task A_valid_code_is_described_in_words_under_the_field()
    {
        await SeedStationAsync();
        await OpenAsync(supplierCode: "SIXT-EE");

        await TypeAsync("offer-acriss", "cdmr");

        _dialogs.WaitForAssertion(() =>
        {
            Assert.Equal("CDMR", _dialogs.Find("#offer-acriss").GetAttribute("value"));
            Assert.Contains("Compact, 4-5 door, manual", _dialogs.Find("#offer-acriss").Closest(".mud-input-control")!.TextContent, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task A_young_driver_age_not_above_the_minimum_age_shows_the_domains_rule()
    {
        await SeedStationAsync();
        var dialog = await OpenAsync(supplierCode: "SIXT-EE");
        await TypeAsync("offer-acriss", "CDMR");
        await TypeAsync("offer-model", "Toyota Corolla");
        await TypeAsync("offer-min-age", "25");
        await TypeAsync("offer-young-age", "23");

        await ClickSaveAsync();

        _dialogs.WaitForAssertion(() => Assert.Equal(
            "The young-driver age is above the minimum driver age (25) and at most 30.", ErrorOn("offer-young-age")));
        _dialogs.WaitForAssertion(() => Assert.Equal("Enter the daily fee young drivers pay.", ErrorOn("offer-young-fee")));
        Assert.False(dialog.Result.IsCompleted);
        Assert.Equal(0, await OfferCountAsync());
    }

    [Fact]
    public async Task A_code_the_location_already_offers_is_refused_on_the_code_field()
    {
        var (supplier, location) = await SeedStationAsync();
        await SeedOfferAsync(supplier, location);
        var dialog = await OpenAsync(supplierCode: "SIXT-EE");
        await TypeAsync("offer-acriss", "CDMR");
        await TypeAsync("offer-model", "VW Golf");

        await ClickSaveAsync();

        _dialogs.WaitForAssertion(() => Assert.Equal(
            "TLL-AIRPORT already has a CDMR offer (Toyota Corolla or similar): edit that offer instead.", ErrorOn("offer-acriss")));
        Assert.False(dialog.Result.IsCompleted);
        Assert.Equal(1, await OfferCountAsync());
    }

    [Fact]
    public async Task The_save_button_is_disabled_while_the_save_is_in_flight()
    {
        await SeedStationAsync();
        var dialog = await OpenAsync(supplierCode: "SIXT-EE");
        await TypeAsync("offer-acriss", "CDMR");
        await TypeAsync("offer-model", "Toyota Corolla");
        Saves.PauseNextSave();

        var saving = SaveButton.ClickAsync(new MouseEventArgs());
        await Saves.SaveWaiting.WaitAsync(SaveTimeout);

        _dialogs.WaitForAssertion(() =>
        {
            Assert.True(SaveButton.HasAttribute("disabled"));
            Assert.True(_dialogs.Find("#offer-cancel").HasAttribute("disabled"));
            Assert.Contains("Saving…", SaveButton.TextContent, StringComparison.Ordinal);
        });

        Saves.Resume();
        await saving.WaitAsync(SaveTimeout);
        Assert.False((await dialog.Result.WaitAsync(SaveTimeout))!.Canceled);
        Assert.Equal(1, await OfferCountAsync());
    }

    [Fact]
    public async Task The_allocation_says_that_zero_means_on_request_and_the_deposit_shows_the_suppliers_currency()
    {
        await SeedStationAsync();
        await OpenAsync(supplierCode: "SIXT-EE");

        Assert.Contains("0 = every booking is on request", _dialogs.Find("#offer-allocation").Closest(".mud-input-control")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("EUR", _dialogs.Find("#offer-deposit").Closest(".mud-input")!.QuerySelector(".mud-input-adornment-end")?.TextContent.Trim());
        Assert.Contains("TLL-AIRPORT", _dialogs.Find("#offer-location").GetAttribute("value") ?? "", StringComparison.Ordinal);
    }

    // Found and fired inside the renderer's dispatcher: a re-render in between would leave a stale event handler.
    private Task TypeAsync(string id, string text) => _dialogs.InvokeAsync(() => _dialogs.Find($"#{id}").Input(text));

    private Task ClickSaveAsync() => _dialogs.InvokeAsync(() => SaveButton.Click());

    private string? ErrorOn(string id)
    {
        var field = _dialogs.Find($"#{id}").Closest(".mud-input-control")!;
        return field.QuerySelector(".mud-input-helper-text.mud-input-error")?.TextContent.Trim() is { Length: > 0 } message ? message : null;
    }

    private async Task<int> OfferCountAsync()
    {
        await using var db = await Database.CreateDbContextAsync();
        return await db.FleetOffers.CountAsync();
    }

    private async Task<IDialogReference> OpenAsync(string? supplierCode = null, FleetOfferView? offer = null)
    {
        Render<MudPopoverProvider>();
        _dialogs = Render<MudDialogProvider>();
        var service = Services.GetRequiredService<IDialogService>();
        var parameters = new DialogParameters<FleetOfferDialog>();
        if (supplierCode is not null)
        {
            parameters.Add(d => d.SupplierCode, supplierCode);
        }

        if (offer is not null)
        {
            parameters.Add(d => d.Offer, offer);
        }

        IDialogReference? reference = null;
        await _dialogs.InvokeAsync(async () =>
            reference = await service.ShowAsync<FleetOfferDialog>("Fleet offer", parameters, FleetOfferDialog.Options));
        _dialogs.WaitForElement("#offer-save");
        if (offer is null && supplierCode is not null)
        {
            // The dialog loads the supplier's stations after it first renders; typing before that render lands
            // on elements the next render replaces, and bUnit refuses the stale event.
            _dialogs.WaitForAssertion(() => Assert.Contains(
                "The supplier's active stations", _dialogs.Find("#offer-location").Closest(".mud-input-control")!.TextContent, StringComparison.Ordinal));
        }

        return reference!;
    }
}
