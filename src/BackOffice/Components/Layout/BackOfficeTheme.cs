using CarRentalGateway.BackOffice.Components.Shared;
using MudBlazor;

namespace CarRentalGateway.BackOffice.Components.Layout;

/// <summary>The app's colours: a calm blue for work all day, with a matching dark palette.</summary>
internal static class BackOfficeTheme
{
    /// <summary>The class on the page's html element that switches on the dark palette (<see cref="ThemeStylesheet"/>).</summary>
    public const string DarkClass = "theme-" + ThemePreference.Dark;

    public const string LightClass = "theme-" + ThemePreference.Light;

    /// <summary>The theme whose CSS variables apply to the whole page, under <paramref name="scope"/>.</summary>
    public static MudTheme ScopedTo(string scope) => new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1e5a96",
            Secondary = "#00897b",
            AppbarBackground = "#173f68",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#7fb3e8",
            Secondary = "#4db6ac",
        },
        PseudoCss = new PseudoCss { Scope = scope },
    };
}
