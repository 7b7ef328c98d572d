using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace CarRentalGateway.BackOffice.Tests.Components.Contracts;

/// <summary>Works the contract dialog as a user does: typing, ticking, picking, reading the messages.</summary>
internal sealed class ContractDialogDriver(
    IRenderedComponent<MudPopoverProvider> popovers, IRenderedComponent<MudDialogProvider> dialogs)
{
    public IElement SaveButton => dialogs.Find("#contract-save");

    public IElement CancelButton => dialogs.Find("#contract-cancel");

    /// <summary>The message above the form, for refusals that are about no single field.</summary>
    public string? FormError => dialogs.FindAll("#contract-form-error").SingleOrDefault()?.TextContent.Trim();

    public string? TheirChanges => dialogs.FindAll("#contract-their-changes").SingleOrDefault()?.TextContent;

    public bool IsOpen => dialogs.FindAll(".mud-dialog").Count > 0;

    public bool Shows(string id) => dialogs.FindAll($"#{id}").Count > 0;

    /// <summary>Types into a text or number field; the dialog's fields react as the user types.</summary>
    public void Type(string id, string text) => dialogs.Find($"#{id}").Input(text);

    /// <summary>Types a date (yyyy-MM-dd, or nothing to clear it) and leaves the field, as a keyboard user does.</summary>
    public void TypeDate(string id, string date) => dialogs.Find($"#{id}").Change(date);

    /// <summary>Clicks a button or a radio button.</summary>
    public void Click(string id) => dialogs.Find($"#{id}").Click();

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

    public string? ValueOf(string id) => dialogs.Find($"#{id}").GetAttribute("value");

    /// <summary>The text at the end of a field (a unit or a currency), or null when it has none.</summary>
    public string? AdornmentOf(string id) =>
        Field(id).QuerySelector(".mud-input-adornment-end")?.TextContent.Trim() is { Length: > 0 } text ? text : null;

    /// <summary>The message shown under a field, or null when the field shows none.</summary>
    public string? ErrorOn(string id) =>
        Field(id).QuerySelector(".mud-input-helper-text.mud-input-error")?.TextContent.Trim() is { Length: > 0 } message
            ? message
            : null;

    public void WaitFor(Action assertion) => dialogs.WaitForAssertion(assertion);

    private IElement Field(string id) => dialogs.Find($"#{id}").Closest(".mud-input-control")!;

    private IReadOnlyList<IElement> Suggestions() => popovers.FindAll(".mud-popover-open .mud-list-item");
}
