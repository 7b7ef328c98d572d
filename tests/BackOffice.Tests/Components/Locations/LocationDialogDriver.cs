using AngleSharp.Dom;
using Bunit;
using CarRentalGateway.Core.Locations;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace CarRentalGateway.BackOffice.Tests.Components.Locations;

/// <summary>Works the location dialog as a user does: typing, picking, switching, reading the messages.</summary>
internal sealed class LocationDialogDriver(
    IRenderedComponent<MudPopoverProvider> popovers, IRenderedComponent<MudDialogProvider> dialogs)
{
    public IElement SaveButton => dialogs.Find("#location-save");

    public IElement CancelButton => dialogs.Find("#location-cancel");

    public string? FormError => dialogs.FindAll("#location-form-error").SingleOrDefault()?.TextContent.Trim();

    public bool IsOpen => dialogs.FindAll(".mud-dialog").Count > 0;

    /// <summary>Fills in everything a new Tallinn airport station needs, keeping the default opening hours.</summary>
    public async Task FillNewAirportAsync(string code = "TLL-AIRPORT", string name = "Tallinn Airport", string iata = "TLL")
    {
        Type("location-code", code);
        await ChooseTypeAsync(LocationType.Airport);
        Type("location-name", name);
        Type("location-iata", iata);
        Type("location-city", "Tallinn");
        Type("location-address", "Lennujaama tee 2");
    }

    public void Type(string id, string text) => dialogs.Find($"#{id}").Input(text);

    /// <summary>Types a time into an editable time picker, as a user typing "07:00" and leaving the field.</summary>
    public void SetTime(string id, string time) => dialogs.Find($"#{id}").Change(time);

    public void Toggle(string id) => dialogs.Find($"#{id}").Change(!dialogs.Find($"#{id}").HasAttribute("checked"));

    public async Task ChooseTypeAsync(LocationType type)
    {
        var select = dialogs.FindComponents<MudSelect<LocationType?>>().Single();
        await dialogs.InvokeAsync(() => select.Instance.OpenMenu());
        popovers.WaitForAssertion(() => Assert.Contains(Options(), o => o.TextContent.Trim() == LocationLabel(type)));
        await Options().First(o => o.TextContent.Trim() == LocationLabel(type)).ClickAsync(new MouseEventArgs());
    }

    /// <summary>Types into an autocomplete and clicks the suggestion.</summary>
    public async Task ChooseAsync(string id, string typed, string suggestion)
    {
        dialogs.Find($"#{id}").Input(typed);
        popovers.WaitForAssertion(() => Assert.Contains(Options(), i => i.TextContent.Trim() == suggestion));
        await Options().First(i => i.TextContent.Trim() == suggestion).ClickAsync(new MouseEventArgs());
        dialogs.WaitForAssertion(() => Assert.Equal(suggestion, ValueOf(id)));
    }

    public void Click(string id) => dialogs.Find($"#{id}").Click();

    /// <summary>The text beside the fee: the currency it is in.</summary>
    public string FeeAdornment() =>
        dialogs.Find("#location-fee").Closest(".mud-input")!.QuerySelector(".mud-input-adornment-end")?.TextContent.Trim() ?? "";

    public void Save() => SaveButton.Click();

    /// <summary>Clicks Save without waiting for the save to finish.</summary>
    public Task StartSaving() => SaveButton.ClickAsync(new MouseEventArgs());

    public string? ValueOf(string id) => dialogs.Find($"#{id}").GetAttribute("value");

    public bool IsDisabled(string id) => dialogs.Find($"#{id}").HasAttribute("disabled");

    /// <summary>The message shown under a field, or null when the field shows none.</summary>
    public string? ErrorOn(string id)
    {
        var field = dialogs.Find($"#{id}").Closest(".mud-input-control")!;
        return field.QuerySelector(".mud-input-helper-text.mud-input-error")?.TextContent.Trim() is { Length: > 0 } message
            ? message
            : null;
    }

    public void WaitFor(Action assertion) => dialogs.WaitForAssertion(assertion);

    private static string LocationLabel(LocationType type) => CarRentalGateway.BackOffice.Features.Locations.LocationText.Of(type);

    private IReadOnlyList<IElement> Options() => popovers.FindAll(".mud-popover-open .mud-list-item");
}
