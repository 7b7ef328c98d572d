using AngleSharp.Dom;
using Bunit;
using CarRentalGateway.BackOffice.Features.Pricing;
using CarRentalGateway.BackOffice.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CarRentalGateway.BackOffice.Tests.Components.Pricing;

public sealed class PricingRuleDialogTests : PricingComponentTests
{
    private IRenderedComponent<MudDialogProvider> _dialogs = default!;

    public PricingRuleDialogTests() => SignInAs(Roles.Admin);

    [Fact]
    public async Task Wrong_values_are_refused_on_their_fields_and_everything_typed_stays()
    {
        var dialog = await OpenAsync();
        await TypeAsync("rule-name", "Premium uplift");
        await TypeAsync("rule-acriss", "p?z?");
        await TypeAsync("rule-percent", "6.125");
        await TypeAsync("rule-per-rental", "5");
        await TypeAsync("rule-lead-min", "10");
        await TypeAsync("rule-lead-max", "3");

        await _dialogs.InvokeAsync(() => _dialogs.Find("#rule-save").Click());

        _dialogs.WaitForAssertion(() =>
        {
            Assert.Contains("Letter 3", ErrorOn("rule-acriss"), StringComparison.Ordinal);
            Assert.Equal("Give the percentage with at most two decimals.", ErrorOn("rule-percent"));
            Assert.Equal("Choose the currency of the amounts.", ErrorOn("rule-currency"));
            Assert.Equal("The minimum lead time (10) is above the maximum (3).", ErrorOn("rule-lead-max"));
        });
        Assert.Equal("Premium uplift", Value("rule-name"));
        Assert.Equal("P?Z?", Value("rule-acriss"));
        Assert.Equal("6.125", Value("rule-percent"));
        Assert.Equal("5", Value("rule-per-rental"));
        Assert.False(dialog.Result.IsCompleted);
        Assert.Equal(0, await RuleCountAsync());
    }

    [Fact]
    public async Task A_valid_rule_reads_in_words_before_saving_and_is_saved_to_a_new_draft()
    {
        var dialog = await OpenAsync();
        await TypeAsync("rule-name", "Long rentals");
        await TypeAsync("rule-length-min", "14");
        await TypeAsync("rule-percent", "-5");

        _dialogs.WaitForAssertion(() =>
        {
            var preview = _dialogs.Find("#rule-preview").TextContent;
            Assert.Contains("Applies to: 14+ days rental", preview, StringComparison.Ordinal);
            Assert.Contains("Adjustment: -5 %", preview, StringComparison.Ordinal);
        });
        await _dialogs.InvokeAsync(() => _dialogs.Find("#rule-save").Click());

        Assert.False((await dialog.Result.WaitAsync(TimeSpan.FromSeconds(10)))!.Canceled);
        await using var db = await Database.CreateDbContextAsync();
        var rule = await db.PricingRules.SingleAsync();
        Assert.Equal((1, "Long rentals", -500, 14), (rule.Number, rule.Name, rule.PercentBasisPoints, rule.MinRentalDays));
        Assert.Equal(Core.Pricing.RuleSetStatus.Draft, (await db.PricingRuleSets.SingleAsync()).Status);
    }

    // Found and fired inside the renderer's dispatcher: a re-render in between would leave a stale event handler.
    private Task TypeAsync(string id, string text) => _dialogs.InvokeAsync(() => _dialogs.Find($"#{id}").Input(text));

    private string? Value(string id) => _dialogs.Find($"#{id}").GetAttribute("value");

    private string? ErrorOn(string id)
    {
        var field = _dialogs.Find($"#{id}").Closest(".mud-input-control")!;
        return field.QuerySelector(".mud-input-helper-text.mud-input-error")?.TextContent.Trim() is { Length: > 0 } message ? message : null;
    }

    private async Task<int> RuleCountAsync()
    {
        await using var db = await Database.CreateDbContextAsync();
        return await db.PricingRules.CountAsync();
    }

    private async Task<IDialogReference> OpenAsync()
    {
        Render<MudPopoverProvider>();
        _dialogs = Render<MudDialogProvider>();
        var service = Services.GetRequiredService<IDialogService>();
        IDialogReference? reference = null;
        await _dialogs.InvokeAsync(async () => reference = await service.ShowAsync<PricingRuleDialog>("Add a pricing rule", PricingRuleDialog.Options));
        // The form appears once the dialog has loaded its suppliers; the save button is there before it.
        _dialogs.WaitForElement("#rule-name");
        return reference!;
    }
}
