using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace CarRentalGateway.BackOffice.Tests.Components.Suppliers;

/// <summary>Works the supplier dialog as a user does: typing, picking suggestions, reading the messages.</summary>
internal sealed class SupplierDialogDriver(
    IRenderedComponent<MudPopoverProvider> popovers, IRenderedComponent<MudDialogProvider> dialogs)
{
    public IElement SaveButton => dialogs.Find("#supplier-save");

    public IElement CancelButton => dialogs.Find("#supplier-cancel");

    /// <summary>The message above the form, for refusals that are about no single field.</summary>
    public string? FormError => dialogs.FindAll("#supplier-form-error").SingleOrDefault()?.TextContent.Trim();

    public string? TheirChanges => dialogs.FindAll("#supplier-their-changes").SingleOrDefault()?.TextContent;

    public void ReviewConflict() => dialogs.Find("#supplier-review-conflict").Click();

    public bool IsOpen => dialogs.FindAll(".mud-dialog").Count > 0;

    public async Task FillNewSupplierAsync(string code, string name, string email = "reservations@example.test")
    {
        Type("supplier-code", code);
        Type("supplier-name", name);
        Type("supplier-legal-name", $"{name} Ltd");
        await ChooseAsync("supplier-country", "Eston", "Estonia (EE)");
        await ChooseAsync("supplier-currency", "EUR", "Euro (EUR)");
        Type("supplier-reservations-email", email);
    }

    public void Type(string id, string text) => dialogs.Find($"#{id}").Input(text);

    /// <summary>Types into an autocomplete and clicks the suggestion.</summary>
    public async Task ChooseAsync(string id, string typed, string suggestion)
    {
        dialogs.Find($"#{id}").Input(typed);
        popovers.WaitForAssertion(() => Assert.Contains(Suggestions(), i => i.TextContent.Trim() == suggestion));
        await Suggestions().First(i => i.TextContent.Trim() == suggestion).ClickAsync(new MouseEventArgs());
        dialogs.WaitForAssertion(() => Assert.Equal(suggestion, ValueOf(id)));
    }

    public void Save() => SaveButton.Click();

    /// <summary>Clicks Save without waiting for the save to finish.</summary>
    public Task StartSaving() => SaveButton.ClickAsync(new MouseEventArgs());

    /// <summary>The most characters the browser lets a person type into the field.</summary>
    public string? MaxLengthOf(string id) => dialogs.Find($"#{id}").GetAttribute("maxlength");

    public string? ValueOf(string id) => dialogs.Find($"#{id}").GetAttribute("value");

    /// <summary>The message shown under a field, or null when the field shows none.</summary>
    public string? ErrorOn(string id)
    {
        var field = dialogs.Find($"#{id}").Closest(".mud-input-control")!;
        return field.QuerySelector(".mud-input-helper-text.mud-input-error")?.TextContent.Trim() is { Length: > 0 } message
            ? message
            : null;
    }

    public void WaitFor(Action assertion) => dialogs.WaitForAssertion(assertion);

    private IReadOnlyList<IElement> Suggestions() => popovers.FindAll(".mud-popover-open .mud-list-item");
}
