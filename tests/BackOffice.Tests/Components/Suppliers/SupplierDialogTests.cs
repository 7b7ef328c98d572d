using AngleSharp.Dom;
using Bunit;
using CarRentalGateway.BackOffice.Features.Suppliers;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.Core.Suppliers;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CarRentalGateway.BackOffice.Tests.Components.Suppliers;

public sealed class SupplierDialogTests : ComponentTestContext
{
    private static readonly TimeSpan SaveTimeout = TimeSpan.FromSeconds(10);

    private IRenderedComponent<MudPopoverProvider> _popovers = default!;
    private IRenderedComponent<MudDialogProvider> _dialogs = default!;

    public SupplierDialogTests() => SignInAs(Roles.Admin);

    [Fact]
    public async Task Saving_with_the_required_fields_empty_shows_each_fields_message_and_stores_nothing()
    {
        var dialog = await OpenAsync();

        Save();

        _dialogs.WaitForAssertion(() =>
        {
            Assert.Equal("Enter a supplier code.", ErrorOn("supplier-code"));
            Assert.Equal("Enter the supplier's display name.", ErrorOn("supplier-name"));
            Assert.Equal("Enter the supplier's legal name, as on its invoices.", ErrorOn("supplier-legal-name"));
            Assert.Equal("Choose a country.", ErrorOn("supplier-country"));
            Assert.Equal("Choose a currency.", ErrorOn("supplier-currency"));
            Assert.Equal("Enter the reservations e-mail.", ErrorOn("supplier-reservations-email"));
        });
        Assert.Null(ErrorOn("supplier-accounting-email"));
        Assert.False(dialog.Result.IsCompleted);
        Assert.Equal(0, await SupplierCountAsync());
    }

    [Fact]
    public async Task An_invalid_email_is_shown_on_its_field_and_nothing_is_stored()
    {
        var dialog = await OpenAsync();
        await FillNewSupplierAsync("NEW-CO", "New Co");
        Type("supplier-reservations-email", "bookings at new-co");

        Save();

        _dialogs.WaitForAssertion(() =>
            Assert.Equal("Enter a valid e-mail, e.g. reservations@supplier.com.", ErrorOn("supplier-reservations-email")));
        Assert.Null(ErrorOn("supplier-code"));
        Assert.Null(ErrorOn("supplier-name"));
        Assert.False(dialog.Result.IsCompleted);
        Assert.Equal(0, await SupplierCountAsync());
    }

    [Fact]
    public async Task A_code_already_in_use_is_refused_on_the_code_field_and_the_typed_values_stay()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var dialog = await OpenAsync();
        await FillNewSupplierAsync("sixt-ee", "Sixt Tallinn Airport", "tallinn@sixt.test");

        Save();

        _dialogs.WaitForAssertion(() =>
            Assert.Equal("The code SIXT-EE is already used by Sixt Estonia.", ErrorOn("supplier-code")));
        Assert.Equal("sixt-ee", ValueOf("supplier-code"));
        Assert.Equal("Sixt Tallinn Airport", ValueOf("supplier-name"));
        Assert.Equal("Sixt Tallinn Airport Ltd", ValueOf("supplier-legal-name"));
        Assert.Equal("Estonia (EE)", ValueOf("supplier-country"));
        Assert.Equal("tallinn@sixt.test", ValueOf("supplier-reservations-email"));
        Assert.False(dialog.Result.IsCompleted);
        Assert.Equal(1, await SupplierCountAsync());
    }

    [Fact]
    public async Task Changing_a_refused_code_takes_the_message_away()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        await OpenAsync();
        await FillNewSupplierAsync("SIXT-EE", "Sixt Tallinn Airport");
        Save();
        _dialogs.WaitForAssertion(() => Assert.NotNull(ErrorOn("supplier-code")));

        Type("supplier-code", "SIXT-TLL");

        _dialogs.WaitForAssertion(() => Assert.Null(ErrorOn("supplier-code")));
    }

    [Fact]
    public async Task A_successful_save_closes_the_dialog_with_the_stored_upper_cased_code()
    {
        var dialog = await OpenAsync();
        await FillNewSupplierAsync("new-co", "New Co");

        Save();

        var result = await dialog.Result.WaitAsync(SaveTimeout);
        Assert.False(result!.Canceled);
        Assert.Equal("NEW-CO", result.Data);
        _dialogs.WaitForAssertion(() => Assert.Empty(_dialogs.FindAll(".mud-dialog")));

        await using var db = await Database.CreateDbContextAsync();
        var stored = await db.Suppliers.SingleAsync();
        Assert.Equal(("NEW-CO", "New Co", "EE", "EUR"), (stored.Code, stored.Name, stored.CountryCode, stored.CurrencyCode));
    }

    [Fact]
    public async Task The_save_button_is_disabled_while_the_save_is_in_flight()
    {
        var dialog = await OpenAsync();
        await FillNewSupplierAsync("NEW-CO", "New Co");
        Saves.PauseNextSave();

        var saving = _dialogs.Find("#supplier-save").ClickAsync(new MouseEventArgs());
        await Saves.SaveWaiting.WaitAsync(SaveTimeout);

        _dialogs.WaitForAssertion(() =>
        {
            Assert.True(_dialogs.Find("#supplier-save").HasAttribute("disabled"));
            Assert.True(_dialogs.Find("#supplier-cancel").HasAttribute("disabled"));
            Assert.Contains("Saving…", _dialogs.Find("#supplier-save").TextContent);
        });

        Saves.Resume();
        await saving.WaitAsync(SaveTimeout);
        Assert.Equal("NEW-CO", (await dialog.Result.WaitAsync(SaveTimeout))!.Data);
    }

    [Fact]
    public async Task The_save_button_is_enabled_again_when_the_save_in_flight_is_refused()
    {
        var dialog = await OpenAsync();
        await FillNewSupplierAsync("NEW-CO", "New Co");
        Saves.PauseNextSave();
        var saving = _dialogs.Find("#supplier-save").ClickAsync(new MouseEventArgs());
        await Saves.SaveWaiting.WaitAsync(SaveTimeout);
        _dialogs.WaitForAssertion(() => Assert.True(_dialogs.Find("#supplier-save").HasAttribute("disabled")));

        // A colleague registers the same code while our insert is held back.
        await SeedSupplierAsync("NEW-CO", "Someone Else's Co");
        Saves.Resume();
        await saving.WaitAsync(SaveTimeout);

        _dialogs.WaitForAssertion(() =>
        {
            Assert.Equal("The code NEW-CO is already used by Someone Else's Co.", ErrorOn("supplier-code"));
            Assert.False(_dialogs.Find("#supplier-save").HasAttribute("disabled"));
            Assert.Equal("Save", _dialogs.Find("#supplier-save").TextContent.Trim());
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

        Type("supplier-name", "Sixt Estonia & Latvia");
        Save();

        _dialogs.WaitForAssertion(() =>
        {
            var error = _dialogs.Find("#supplier-form-error").TextContent;
            Assert.Contains("SIXT-EE was changed by admin@backoffice.test", error);
            Assert.Contains("your save was not applied", error);
        });
        Assert.Equal("Sixt Estonia & Latvia", ValueOf("supplier-name"));
        Assert.False(_dialogs.Find("#supplier-save").HasAttribute("disabled"));
        Assert.False(dialog.Result.IsCompleted);

        await using var db = await Database.CreateDbContextAsync();
        Assert.Equal("Sixt Eesti", (await db.Suppliers.SingleAsync()).Name);
    }

    [Fact]
    public async Task Editing_saves_the_new_details_and_returns_the_unchanged_code()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var opened = await Services.GetRequiredService<SupplierService>().FindAsync("SIXT-EE", CancellationToken.None);

        var dialog = await OpenAsync(opened);
        Type("supplier-name", "Sixt Eesti");
        Save();

        Assert.Equal("SIXT-EE", (await dialog.Result.WaitAsync(SaveTimeout))!.Data);
        await using var db = await Database.CreateDbContextAsync();
        Assert.Equal("Sixt Eesti", (await db.Suppliers.SingleAsync()).Name);
    }

    private async Task<IDialogReference> OpenAsync(SupplierView? supplier = null)
    {
        _popovers = Render<MudPopoverProvider>();
        _dialogs = Render<MudDialogProvider>();
        var service = Services.GetRequiredService<IDialogService>();
        var parameters = new DialogParameters<SupplierDialog>();
        if (supplier is not null)
        {
            parameters.Add(d => d.Supplier, supplier);
        }

        IDialogReference? reference = null;
        await _dialogs.InvokeAsync(async () =>
            reference = await service.ShowAsync<SupplierDialog>("Supplier", parameters, SupplierDialog.Options));
        _dialogs.WaitForElement("#supplier-save");
        return reference!;
    }

    private async Task FillNewSupplierAsync(string code, string name, string email = "reservations@example.test")
    {
        Type("supplier-code", code);
        Type("supplier-name", name);
        Type("supplier-legal-name", $"{name} Ltd");
        await ChooseAsync("supplier-country", "Eston", "Estonia (EE)");
        await ChooseAsync("supplier-currency", "EUR", "Euro (EUR)");
        Type("supplier-reservations-email", email);
    }

    private void Type(string id, string text) => _dialogs.Find($"#{id}").Input(text);

    /// <summary>Types into an autocomplete and clicks the suggestion, as a user would.</summary>
    private async Task ChooseAsync(string id, string typed, string suggestion)
    {
        _dialogs.Find($"#{id}").Input(typed);
        _popovers.WaitForAssertion(() => Assert.Contains(
            _popovers.FindAll(".mud-popover-open .mud-list-item"), i => i.TextContent.Trim() == suggestion));
        await _popovers.FindAll(".mud-popover-open .mud-list-item").First(i => i.TextContent.Trim() == suggestion)
            .ClickAsync(new MouseEventArgs());
        _dialogs.WaitForAssertion(() => Assert.Equal(suggestion, ValueOf(id)));
    }

    private void Save() => _dialogs.Find("#supplier-save").Click();

    private string? ValueOf(string id) => _dialogs.Find($"#{id}").GetAttribute("value");

    /// <summary>The message shown under a field, or null when the field shows none.</summary>
    private string? ErrorOn(string id)
    {
        var field = _dialogs.Find($"#{id}").Closest(".mud-input-control")!;
        return field.QuerySelector(".mud-input-helper-text.mud-input-error")?.TextContent.Trim() is { Length: > 0 } message ? message : null;
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
