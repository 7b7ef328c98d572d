using Bunit;
using CarRentalGateway.BackOffice.Features.Contracts;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.Core.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CarRentalGateway.BackOffice.Tests.Components.Contracts;

public sealed class ContractDialogTests : ContractComponentTest
{
    private static readonly TimeSpan SaveTimeout = TimeSpan.FromSeconds(10);

    private ContractDialogDriver _dialog = default!;

    public ContractDialogTests() => SignInAs(Roles.Admin);

    [Fact]
    public async Task A_new_draft_starts_on_the_first_of_next_month_for_a_year_in_the_suppliers_currency()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");

        await OpenForSupplierAsync("SIXT-EE", currency: "SEK");

        var start = new DateOnly(Today.Year, Today.Month, 1).AddMonths(1);
        Assert.Equal(start.ToString("yyyy-MM-dd"), _dialog.ValueOf("contract-valid-from"));
        Assert.Equal(start.AddYears(1).AddDays(-1).ToString("yyyy-MM-dd"), _dialog.ValueOf("contract-valid-to"));
        Assert.Equal("Swedish Krona (SEK)", _dialog.ValueOf("contract-currency"));
        Assert.Equal("SEK", _dialog.AdornmentOf("contract-no-show-fee"));
    }

    [Fact]
    public async Task Saving_without_validity_dates_shows_a_message_on_each_date_and_stores_nothing()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var dialog = await OpenForSupplierAsync("SIXT-EE");
        FillSoundTerms();
        _dialog.TypeDate("contract-valid-from", "");
        _dialog.TypeDate("contract-valid-to", "");

        _dialog.Save();

        _dialog.WaitFor(() =>
        {
            Assert.Equal("Choose the first day the contract applies.", _dialog.ErrorOn("contract-valid-from"));
            Assert.Equal("Choose the last day the contract applies.", _dialog.ErrorOn("contract-valid-to"));
        });
        Assert.Null(_dialog.ErrorOn("contract-commission"));
        Assert.False(dialog.Result.IsCompleted);
        Assert.Equal(0, await ContractCountAsync());
    }

    [Fact]
    public async Task An_end_date_before_the_start_date_is_shown_on_the_end_date()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var dialog = await OpenForSupplierAsync("SIXT-EE");
        FillSoundTerms();
        _dialog.TypeDate("contract-valid-from", "2027-03-01");
        _dialog.TypeDate("contract-valid-to", "2027-02-28");

        _dialog.Save();

        _dialog.WaitFor(() =>
            Assert.Equal("The end date 2027-02-28 is before the start date 2027-03-01.", _dialog.ErrorOn("contract-valid-to")));
        Assert.Null(_dialog.ErrorOn("contract-valid-from"));
        Assert.False(dialog.Result.IsCompleted);
        Assert.Equal(0, await ContractCountAsync());
    }

    [Fact]
    public async Task Moving_the_start_date_before_the_end_date_takes_the_end_dates_message_away()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        await OpenForSupplierAsync("SIXT-EE");
        FillSoundTerms();
        _dialog.TypeDate("contract-valid-from", "2027-03-01");
        _dialog.TypeDate("contract-valid-to", "2027-02-28");
        _dialog.Save();
        _dialog.WaitFor(() => Assert.NotNull(_dialog.ErrorOn("contract-valid-to")));

        _dialog.TypeDate("contract-valid-from", "2027-02-01");

        _dialog.WaitFor(() => Assert.Null(_dialog.ErrorOn("contract-valid-to")));
    }

    [Fact]
    public async Task A_commission_contract_without_a_commission_is_refused_on_the_commission_field()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var dialog = await OpenForSupplierAsync("SIXT-EE");
        _dialog.Type("contract-late-fee-percent", "20");

        _dialog.Save();

        _dialog.WaitFor(() => Assert.Equal(
            "A commission contract needs a commission above 0 % and below 100 %.", _dialog.ErrorOn("contract-commission")));
        Assert.Null(_dialog.ErrorOn("contract-valid-to"));
        Assert.Null(_dialog.ErrorOn("contract-late-fee-percent"));
        Assert.False(dialog.Result.IsCompleted);
        Assert.Equal(0, await ContractCountAsync());
    }

    [Fact]
    public async Task A_commission_of_100_percent_refused_by_the_domain_is_shown_on_the_commission_field_and_the_typing_stays()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var dialog = await OpenForSupplierAsync("SIXT-EE");
        FillSoundTerms();
        _dialog.Type("contract-commission", "100");
        _dialog.Type("contract-notes", "Agreed at ITB Berlin");

        _dialog.Save();

        _dialog.WaitFor(() => Assert.Equal(
            "A commission contract needs a commission above 0 % and below 100 %.", _dialog.ErrorOn("contract-commission")));
        Assert.Equal("100", _dialog.ValueOf("contract-commission"));
        Assert.Equal("Agreed at ITB Berlin", _dialog.ValueOf("contract-notes"));
        Assert.False(_dialog.SaveButton.HasAttribute("disabled"));
        Assert.False(dialog.Result.IsCompleted);
        Assert.Equal(0, await ContractCountAsync());

        _dialog.Type("contract-commission", "99.5");

        _dialog.WaitFor(() => Assert.Null(_dialog.ErrorOn("contract-commission")));
    }

    [Fact]
    public async Task A_euro_fee_with_three_decimals_is_refused_on_that_fee()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var dialog = await OpenForSupplierAsync("SIXT-EE");
        FillSoundTerms();
        _dialog.Type("contract-no-show-fee", "49.995");

        _dialog.Save();

        _dialog.WaitFor(() => Assert.Equal("EUR amounts have at most 2 decimals.", _dialog.ErrorOn("contract-no-show-fee")));
        Assert.Equal("EUR", _dialog.AdornmentOf("contract-no-show-fee"));
        Assert.False(dialog.Result.IsCompleted);
        Assert.Equal(0, await ContractCountAsync());
    }

    [Fact]
    public async Task A_fixed_late_fee_with_three_decimals_is_refused_on_the_late_fee()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var dialog = await OpenForSupplierAsync("SIXT-EE");
        FillSoundTerms();
        _dialog.Click("contract-late-fee-fixed-kind");
        _dialog.WaitFor(() => Assert.True(_dialog.Shows("contract-late-fee-fixed")));
        _dialog.Type("contract-late-fee-fixed", "25.125");

        _dialog.Save();

        _dialog.WaitFor(() => Assert.Equal("EUR amounts have at most 2 decimals.", _dialog.ErrorOn("contract-late-fee-fixed")));
        Assert.False(dialog.Result.IsCompleted);
    }

    [Fact]
    public async Task A_yen_no_show_fee_with_any_decimals_is_refused()
    {
        await SeedSupplierAsync("TOYOTA-JP", "Toyota Rent a Car", "JP");
        var dialog = await OpenForSupplierAsync("TOYOTA-JP", currency: "JPY");
        FillSoundTerms();
        _dialog.Type("contract-no-show-fee", "5000.5");

        _dialog.Save();

        _dialog.WaitFor(() => Assert.Equal("JPY amounts have no decimals.", _dialog.ErrorOn("contract-no-show-fee")));
        Assert.Equal("JPY", _dialog.AdornmentOf("contract-no-show-fee"));
        Assert.False(dialog.Result.IsCompleted);
        Assert.Equal(0, await ContractCountAsync());
    }

    [Fact]
    public async Task A_yen_no_show_fee_in_whole_yen_is_stored_exactly()
    {
        await SeedSupplierAsync("TOYOTA-JP", "Toyota Rent a Car", "JP");
        var dialog = await OpenForSupplierAsync("TOYOTA-JP", currency: "JPY");
        FillSoundTerms();
        _dialog.Type("contract-no-show-fee", "5000");

        _dialog.Save();

        var result = await dialog.Result.WaitAsync(SaveTimeout);
        await using var db = await Database.CreateDbContextAsync();
        var stored = await db.Contracts.SingleAsync();
        Assert.Equal(result!.Data, stored.Id);
        Assert.Equal(("JPY", 5000L), (stored.Currency, stored.NoShowFeeMinor));
    }

    [Fact]
    public async Task A_net_rate_contract_without_a_minimum_margin_is_refused_on_the_margin_field()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var dialog = await OpenForSupplierAsync("SIXT-EE");
        FillSoundTerms();
        _dialog.Click("contract-model-net-rate");
        _dialog.WaitFor(() => Assert.True(_dialog.Shows("contract-minimum-margin")));

        _dialog.Save();

        _dialog.WaitFor(() => Assert.Equal(
            "A net-rate contract needs the minimum margin we must keep (0 % or more).", _dialog.ErrorOn("contract-minimum-margin")));
        Assert.False(dialog.Result.IsCompleted);
        Assert.Equal(0, await ContractCountAsync());
    }

    [Fact]
    public async Task Switching_the_model_shows_only_the_percentage_of_that_model()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        await OpenForSupplierAsync("SIXT-EE");
        Assert.True(_dialog.Shows("contract-commission"));
        Assert.False(_dialog.Shows("contract-minimum-margin"));

        _dialog.Click("contract-model-net-rate");

        _dialog.WaitFor(() =>
        {
            Assert.True(_dialog.Shows("contract-minimum-margin"));
            Assert.False(_dialog.Shows("contract-commission"));
        });
        Assert.Equal("%", _dialog.AdornmentOf("contract-minimum-margin"));

        _dialog.Click("contract-model-commission");

        _dialog.WaitFor(() =>
        {
            Assert.True(_dialog.Shows("contract-commission"));
            Assert.False(_dialog.Shows("contract-minimum-margin"));
        });
    }

    [Fact]
    public async Task Switching_the_late_fee_kind_shows_a_percentage_or_an_amount_in_the_contract_currency()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        await OpenForSupplierAsync("SIXT-EE");
        Assert.Equal("%", _dialog.AdornmentOf("contract-late-fee-percent"));
        Assert.False(_dialog.Shows("contract-late-fee-fixed"));

        _dialog.Click("contract-late-fee-fixed-kind");

        _dialog.WaitFor(() =>
        {
            Assert.Equal("EUR", _dialog.AdornmentOf("contract-late-fee-fixed"));
            Assert.False(_dialog.Shows("contract-late-fee-percent"));
        });
    }

    [Fact]
    public async Task A_value_left_in_the_hidden_field_of_the_other_model_is_not_saved()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var dialog = await OpenForSupplierAsync("SIXT-EE");
        FillSoundTerms();
        _dialog.Click("contract-model-net-rate");
        _dialog.WaitFor(() => Assert.True(_dialog.Shows("contract-minimum-margin")));
        _dialog.Type("contract-minimum-margin", "8");

        _dialog.Save();

        await dialog.Result.WaitAsync(SaveTimeout);
        await using var db = await Database.CreateDbContextAsync();
        var stored = await db.Contracts.SingleAsync();
        Assert.Equal((CommercialModel.NetRate, (int?)800, (int?)null), (stored.Model, stored.MinimumMarginBasisPoints, stored.CommissionBasisPoints));
    }

    [Fact]
    public async Task A_sound_draft_is_stored_and_the_dialog_closes_with_its_id()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var dialog = await OpenForSupplierAsync("SIXT-EE");
        FillSoundTerms();
        _dialog.Type("contract-commission", "17.5");

        _dialog.Save();

        var result = await dialog.Result.WaitAsync(SaveTimeout);
        Assert.False(result!.Canceled);
        _dialog.WaitFor(() => Assert.False(_dialog.IsOpen));
        await using var db = await Database.CreateDbContextAsync();
        var stored = await db.Contracts.SingleAsync();
        Assert.Equal(stored.Id, result.Data);
        Assert.Equal((ContractStatus.Draft, 1, 1, (int?)1750), (stored.Status, stored.Number, stored.VersionNumber, stored.CommissionBasisPoints));
        Assert.Equal((2000, 5000L), (stored.LateFeeBasisPoints ?? 0, stored.NoShowFeeMinor));
    }

    [Fact]
    public async Task The_save_button_is_disabled_while_the_save_is_in_flight()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var dialog = await OpenForSupplierAsync("SIXT-EE");
        FillSoundTerms();
        Saves.PauseNextSave();

        var saving = _dialog.StartSaving();
        await Saves.SaveWaiting.WaitAsync(SaveTimeout);

        _dialog.WaitFor(() =>
        {
            Assert.True(_dialog.SaveButton.HasAttribute("disabled"));
            Assert.True(_dialog.CancelButton.HasAttribute("disabled"));
            Assert.Contains("Saving…", _dialog.SaveButton.TextContent);
        });

        Saves.Resume();
        await saving.WaitAsync(SaveTimeout);
        Assert.IsType<Guid>((await dialog.Result.WaitAsync(SaveTimeout))!.Data);
    }

    [Fact]
    public async Task From_the_contracts_list_the_supplier_is_chosen_and_its_currency_proposed()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var dialog = await OpenAsync([]);
        Assert.True(string.IsNullOrEmpty(_dialog.ValueOf("contract-currency")));

        _dialog.Save();
        _dialog.WaitFor(() => Assert.Equal("Choose the supplier the contract is with.", _dialog.ErrorOn("contract-supplier")));

        await _dialog.ChooseAsync("contract-supplier", "Sixt", "Sixt Estonia (SIXT-EE)");

        _dialog.WaitFor(() => Assert.Equal("Euro (EUR)", _dialog.ValueOf("contract-currency")));
        FillSoundTerms();
        _dialog.Save();
        var result = await dialog.Result.WaitAsync(SaveTimeout);
        Assert.NotNull((await Contracts.FindAsync((Guid)result!.Data!, CancellationToken.None))?.SupplierCode);
    }

    [Fact]
    public async Task Editing_a_draft_shows_its_terms_and_saves_the_change()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var draft = await SeedContractAsync("SIXT-EE", SoundForm());
        var dialog = await OpenAsync(new() { { d => d.Contract, draft } });
        Assert.Equal("15", _dialog.ValueOf("contract-commission"));
        Assert.Contains("#1 v1", _dialogs.Find("#contract-supplier-fixed").TextContent);

        _dialog.Type("contract-commission", "16");
        _dialog.Save();

        Assert.Equal(draft.Id, (await dialog.Result.WaitAsync(SaveTimeout))!.Data);
        Assert.Equal(16m, (await Contracts.FindAsync(draft.Id, CancellationToken.None))!.Terms.CommissionPercent!.Value.Value);
    }

    [Fact]
    public async Task Saving_over_a_draft_changed_meanwhile_shows_the_conflict_keeps_the_typing_and_the_review_lets_the_next_save_through()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var draft = await SeedContractAsync("SIXT-EE", SoundForm());
        var dialog = await OpenAsync(new() { { d => d.Contract, draft } });
        var theirs = ContractForm.From(draft);
        theirs.PaymentTermsDays = 45;
        Assert.True((await Contracts.UpdateDraftAsync(draft.Id, theirs, CancellationToken.None)).Succeeded);

        _dialog.Type("contract-commission", "16");
        _dialog.Save();

        _dialog.WaitFor(() => Assert.Contains("were changed by admin@backoffice.test", _dialog.FormError));
        Assert.Equal("16", _dialog.ValueOf("contract-commission"));
        Assert.False(dialog.Result.IsCompleted);

        _dialogs.Find("#contract-review-conflict").Click();

        _dialog.WaitFor(() =>
        {
            var changes = _dialog.TheirChanges;
            Assert.NotNull(changes);
            Assert.Contains("Payment terms", changes);
            Assert.Contains("45 days", changes);
            Assert.Contains("Commission", changes);
        });
        Assert.Null(_dialog.FormError);

        _dialog.Save();

        await dialog.Result.WaitAsync(SaveTimeout);
        var saved = (await Contracts.FindAsync(draft.Id, CancellationToken.None))!.Terms;
        Assert.Equal((16m, 30), (saved.CommissionPercent!.Value.Value, saved.PaymentTermsDays));
    }

    private IRenderedComponent<MudDialogProvider> _dialogs = default!;

    private void FillSoundTerms()
    {
        _dialog.Type("contract-commission", "15");
        _dialog.Type("contract-late-fee-percent", "20");
        _dialog.Type("contract-no-show-fee", "50");
    }

    private Task<IDialogReference> OpenForSupplierAsync(string code, string currency = "EUR") =>
        OpenAsync(new DialogParameters<ContractDialog>
        {
            { d => d.SupplierCode, code },
            { d => d.SupplierName, code },
            { d => d.SupplierCurrency, currency },
        });

    private async Task<IDialogReference> OpenAsync(DialogParameters<ContractDialog> parameters)
    {
        var popovers = Render<MudPopoverProvider>();
        _dialogs = Render<MudDialogProvider>();
        _dialog = new ContractDialogDriver(popovers, _dialogs);
        var service = Services.GetRequiredService<IDialogService>();
        IDialogReference? reference = null;
        await _dialogs.InvokeAsync(async () =>
            reference = await service.ShowAsync<ContractDialog>("Contract", parameters, ContractDialog.Options));
        _dialogs.WaitForElement("#contract-save");
        return reference!;
    }

    private async Task<int> ContractCountAsync()
    {
        await using var db = await Database.CreateDbContextAsync();
        return await db.Contracts.CountAsync();
    }
}
