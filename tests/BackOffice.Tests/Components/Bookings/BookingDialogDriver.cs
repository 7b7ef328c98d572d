using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace CarRentalGateway.BackOffice.Tests.Components.Bookings;

/// <summary>Works a booking action dialog as an agent does: typing, clicking, picking, reading what it says.</summary>
public sealed class BookingDialogDriver(IRenderedComponent<MudPopoverProvider> popovers, IRenderedComponent<MudDialogProvider> dialogs)
{
    /// <summary>The message above the form: a refusal about no single field, a conflict, a technical failure.</summary>
    public string? FormError => dialogs.FindAll("#booking-form-error").SingleOrDefault()?.TextContent.Trim();

    public string? TheirChanges => dialogs.FindAll("#booking-their-changes").SingleOrDefault()?.TextContent;

    public bool IsOpen => dialogs.FindAll(".mud-dialog").Count > 0;

    public bool Shows(string id) => dialogs.FindAll($"#{id}").Count > 0;

    public string Text(string id) => dialogs.Find($"#{id}").TextContent.Trim();

    public void Type(string id, string text) => dialogs.Find($"#{id}").Input(text);

    /// <summary>Types a date or a time and leaves the field, as a keyboard user does.</summary>
    public void TypeAndLeave(string id, string text) => dialogs.Find($"#{id}").Change(text);

    public void Click(string id) => dialogs.Find($"#{id}").Click();

    public string? ValueOf(string id) => dialogs.Find($"#{id}").GetAttribute("value");

    /// <summary>The message under a field, or null when it shows none.</summary>
    public string? ErrorOn(string id) =>
        dialogs.Find($"#{id}").Closest(".mud-input-control")!.QuerySelector(".mud-input-helper-text.mud-input-error")?.TextContent.Trim() is { Length: > 0 } message
            ? message
            : null;

    /// <summary>Opens the select with this id and clicks the option that starts with <paramref name="option"/>.</summary>
    public async Task SelectAsync<T>(string id, string option)
    {
        var select = dialogs.FindComponents<MudSelect<T>>().Single(s => Equals(s.Instance.UserAttributes.GetValueOrDefault("id"), id));
        await dialogs.InvokeAsync(() => select.Instance.OpenMenu());
        popovers.WaitForAssertion(() => Assert.Contains(Options(), o => o.TextContent.Trim().StartsWith(option, StringComparison.Ordinal)));
        await Options().First(o => o.TextContent.Trim().StartsWith(option, StringComparison.Ordinal)).ClickAsync(new MouseEventArgs());
    }

    public void WaitFor(Action assertion) => dialogs.WaitForAssertion(assertion);

    private IReadOnlyList<IElement> Options() => popovers.FindAll(".mud-popover-open .mud-list-item");
}
