using Bunit;
using CarRentalGateway.BackOffice.Features.Suppliers;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.Core.Suppliers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CarRentalGateway.BackOffice.Tests.Components.Suppliers;

public sealed class SupplierDialogTests : ComponentTestContext
{
    private static readonly TimeSpan SaveTimeout = TimeSpan.FromSeconds(10);

    private SupplierDialogDriver _dialog = default!;

    public SupplierDialogTests() => SignInAs(Roles.Admin);

    [Fact]
    public async Task Saving_with_the_required_fields_empty_shows_each_fields_message_and_stores_nothing()
    {
        var dialog = await OpenAsync();

        _dialog.Save();

        _dialog.WaitFor(() =>
        {
            Assert.Equal("Enter a supplier code.", _dialog.ErrorOn("supplier-code"));
            Assert.Equal("Enter the supplier's display name.", _dialog.ErrorOn("supplier-name"));
            Assert.Equal("Enter the supplier's legal name, as on its invoices.", _dialog.ErrorOn("supplier-legal-name"));
            Assert.Equal("Choose a country.", _dialog.ErrorOn("supplier-country"));
            Assert.Equal("Choose a currency.", _dialog.ErrorOn("supplier-currency"));
            Assert.Equal("Enter the reservations e-mail.", _dialog.ErrorOn("supplier-reservations-email"));
        });
        Assert.Null(_dialog.ErrorOn("supplier-accounting-email"));
        Assert.False(dialog.Result.IsCompleted);
        Assert.Equal(0, await SupplierCountAsync());
    }

    [Fact]
    public async Task An_invalid_email_is_shown_on_its_field_and_nothing_is_stored()
    {
        var dialog = await OpenAsync();
        await _dialog.FillNewSupplierAsync("NEW-CO", "New Co");
        _dialog.Type("supplier-reservations-email", "bookings at new-co");

        _dialog.Save();

        _dialog.WaitFor(() =>
            Assert.Equal("Enter a valid e-mail, e.g. reservations@supplier.com.", _dialog.ErrorOn("supplier-reservations-email")));
        Assert.Null(_dialog.ErrorOn("supplier-code"));
        Assert.Null(_dialog.ErrorOn("supplier-name"));
        Assert.False(dialog.Result.IsCompleted);
        Assert.Equal(0, await SupplierCountAsync());
    }

    [Fact]
    public async Task The_text_boxes_stop_typing_at_the_domains_limits()
    {
        await OpenAsync();

        Assert.Equal(SupplierCode.MaxLength.ToString(), _dialog.MaxLengthOf("supplier-code"));
        Assert.Equal(SupplierDetails.NameMaxLength.ToString(), _dialog.MaxLengthOf("supplier-name"));
        Assert.Equal(SupplierDetails.LegalNameMaxLength.ToString(), _dialog.MaxLengthOf("supplier-legal-name"));
        Assert.Equal(SupplierDetails.VatNumberMaxLength.ToString(), _dialog.MaxLengthOf("supplier-vat"));
        Assert.Equal(SupplierDetails.NotesMaxLength.ToString(), _dialog.MaxLengthOf("supplier-notes"));
    }

    [Fact]
    public async Task A_name_pasted_past_the_limit_is_refused_on_its_field_and_nothing_is_stored()
    {
        var dialog = await OpenAsync();
        await _dialog.FillNewSupplierAsync("NEW-CO", "New Co");
        _dialog.Type("supplier-name", new string('x', SupplierDetails.NameMaxLength + 1));

        _dialog.Save();

        _dialog.WaitFor(() => Assert.Equal("The display name is at most 100 characters.", _dialog.ErrorOn("supplier-name")));
        Assert.Equal(new string('x', SupplierDetails.NameMaxLength + 1), _dialog.ValueOf("supplier-name"));
        Assert.False(dialog.Result.IsCompleted);
        Assert.Equal(0, await SupplierCountAsync());
    }

    [Fact]
    public async Task A_code_already_in_use_is_refused_on_the_code_field_and_the_typed_values_stay()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var dialog = await OpenAsync();
        await _dialog.FillNewSupplierAsync("sixt-ee", "Sixt Tallinn Airport", "tallinn@sixt.test");

        _dialog.Save();

        _dialog.WaitFor(() =>
            Assert.Equal("The code SIXT-EE is already used by Sixt Estonia.", _dialog.ErrorOn("supplier-code")));
        Assert.Equal("SIXT-EE", _dialog.ValueOf("supplier-code")); // typed in lower case, upper-cased as typed
        Assert.Equal("Sixt Tallinn Airport", _dialog.ValueOf("supplier-name"));
        Assert.Equal("Sixt Tallinn Airport Ltd", _dialog.ValueOf("supplier-legal-name"));
        Assert.Equal("Estonia (EE)", _dialog.ValueOf("supplier-country"));
        Assert.Equal("tallinn@sixt.test", _dialog.ValueOf("supplier-reservations-email"));
        Assert.False(dialog.Result.IsCompleted);
        Assert.Equal(1, await SupplierCountAsync());
    }

    [Fact]
    public async Task Changing_a_refused_code_takes_the_message_away()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        await OpenAsync();
        await _dialog.FillNewSupplierAsync("SIXT-EE", "Sixt Tallinn Airport");
        _dialog.Save();
        _dialog.WaitFor(() => Assert.NotNull(_dialog.ErrorOn("supplier-code")));

        _dialog.Type("supplier-code", "SIXT-TLL");

        _dialog.WaitFor(() => Assert.Null(_dialog.ErrorOn("supplier-code")));
    }

    [Fact]
    public async Task A_successful_save_closes_the_dialog_with_the_stored_upper_cased_code()
    {
        var dialog = await OpenAsync();
        await _dialog.FillNewSupplierAsync("new-co", "New Co");

        _dialog.Save();

        var result = await dialog.Result.WaitAsync(SaveTimeout);
        Assert.False(result!.Canceled);
        Assert.Equal("NEW-CO", result.Data);
        _dialog.WaitFor(() => Assert.False(_dialog.IsOpen));

        await using var db = await Database.CreateDbContextAsync();
        var stored = await db.Suppliers.SingleAsync();
        Assert.Equal(("NEW-CO", "New Co", "EE", "EUR"), (stored.Code, stored.Name, stored.CountryCode, stored.CurrencyCode));
    }

    [Fact]
    public async Task The_save_button_is_disabled_while_the_save_is_in_flight()
    {
        var dialog = await OpenAsync();
        await _dialog.FillNewSupplierAsync("NEW-CO", "New Co");
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
        Assert.Equal("NEW-CO", (await dialog.Result.WaitAsync(SaveTimeout))!.Data);
    }

    [Fact]
    public async Task The_save_button_is_enabled_again_when_the_save_in_flight_is_refused()
    {
        var dialog = await OpenAsync();
        await _dialog.FillNewSupplierAsync("NEW-CO", "New Co");
        Saves.PauseNextSave();
        var saving = _dialog.StartSaving();
        await Saves.SaveWaiting.WaitAsync(SaveTimeout);
        _dialog.WaitFor(() => Assert.True(_dialog.SaveButton.HasAttribute("disabled")));

        // A colleague registers the same code while our insert is held back.
        await SeedSupplierAsync("NEW-CO", "Someone Else's Co");
        Saves.Resume();
        await saving.WaitAsync(SaveTimeout);

        _dialog.WaitFor(() =>
        {
            Assert.Equal("The code NEW-CO is already used by Someone Else's Co.", _dialog.ErrorOn("supplier-code"));
            Assert.False(_dialog.SaveButton.HasAttribute("disabled"));
            Assert.Equal("Save", _dialog.SaveButton.TextContent.Trim());
        });
        Assert.False(dialog.Result.IsCompleted);
    }

    [Fact]
    public async Task Saving_over_a_version_changed_meanwhile_shows_the_conflict_above_the_form_and_keeps_the_typed_values()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var opened = await Services.GetRequiredService<SupplierService>().FindAsync("SIXT-EE", CancellationToken.None);
        var dialog = await OpenAsync(opened);
        await RenameInDatabaseAsync("SIXT-EE", "Sixt Eesti");

        _dialog.Type("supplier-name", "Sixt Estonia & Latvia");
        _dialog.Save();

        _dialog.WaitFor(() =>
        {
            var error = _dialog.FormError;
            Assert.NotNull(error);
            Assert.Contains("SIXT-EE was changed by admin@backoffice.test", error);
            Assert.Contains("your save was not applied", error);
        });
        Assert.Equal("Sixt Estonia & Latvia", _dialog.ValueOf("supplier-name"));
        Assert.False(_dialog.SaveButton.HasAttribute("disabled"));
        Assert.False(dialog.Result.IsCompleted);

        await using var db = await Database.CreateDbContextAsync();
        Assert.Equal("Sixt Eesti", (await db.Suppliers.SingleAsync()).Name);
    }

    [Fact]
    public async Task After_a_conflict_reviewing_their_changes_keeps_the_typed_values_and_the_next_save_applies_them()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var opened = await Services.GetRequiredService<SupplierService>().FindAsync("SIXT-EE", CancellationToken.None);
        var dialog = await OpenAsync(opened);
        await RenameInDatabaseAsync("SIXT-EE", "Sixt Eesti");
        _dialog.Type("supplier-name", "Sixt Estonia & Latvia");
        _dialog.Save();
        _dialog.WaitFor(() => Assert.NotNull(_dialog.FormError));

        _dialog.ReviewConflict();

        _dialog.WaitFor(() =>
        {
            var theirs = _dialog.TheirChanges;
            Assert.NotNull(theirs);
            Assert.Contains("Display name", theirs);
            Assert.Contains("Sixt Eesti", theirs);
            Assert.Contains("Sixt Estonia & Latvia", theirs);
        });
        Assert.Null(_dialog.FormError);
        Assert.Equal("Sixt Estonia & Latvia", _dialog.ValueOf("supplier-name"));

        _dialog.Save();

        Assert.Equal("SIXT-EE", (await dialog.Result.WaitAsync(SaveTimeout))!.Data);
        await using var db = await Database.CreateDbContextAsync();
        Assert.Equal("Sixt Estonia & Latvia", (await db.Suppliers.SingleAsync()).Name);
    }

    [Fact]
    public async Task Editing_saves_the_new_details_and_returns_the_unchanged_code()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var opened = await Services.GetRequiredService<SupplierService>().FindAsync("SIXT-EE", CancellationToken.None);

        var dialog = await OpenAsync(opened);
        _dialog.Type("supplier-name", "Sixt Eesti");
        _dialog.Save();

        Assert.Equal("SIXT-EE", (await dialog.Result.WaitAsync(SaveTimeout))!.Data);
        await using var db = await Database.CreateDbContextAsync();
        Assert.Equal("Sixt Eesti", (await db.Suppliers.SingleAsync()).Name);
    }

    private async Task<IDialogReference> OpenAsync(SupplierView? supplier = null)
    {
        var popovers = Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        _dialog = new SupplierDialogDriver(popovers, dialogs);
        var service = Services.GetRequiredService<IDialogService>();
        var parameters = new DialogParameters<SupplierDialog>();
        if (supplier is not null)
        {
            parameters.Add(d => d.Supplier, supplier);
        }

        IDialogReference? reference = null;
        await dialogs.InvokeAsync(async () =>
            reference = await service.ShowAsync<SupplierDialog>("Supplier", parameters, SupplierDialog.Options));
        dialogs.WaitForElement("#supplier-save");
        return reference!;
    }

    private async Task<int> SupplierCountAsync()
    {
        await using var db = await Database.CreateDbContextAsync();
        return await db.Suppliers.CountAsync();
    }

    private async Task RenameInDatabaseAsync(string code, string name)
    {
        await using var db = await Database.CreateDbContextAsync();
        var supplier = await db.Suppliers.SingleAsync(s => s.Code == code);
        Assert.True(supplier.UpdateDetails(supplier.Details with { Name = name }).Succeeded);
        await db.SaveChangesAsync();
    }
}
