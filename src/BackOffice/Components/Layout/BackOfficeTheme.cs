using MudBlazor;

namespace CarRentalGateway.BackOffice.Components.Layout;

/// <summary>The app's colours: a calm blue for work all day, with a matching dark palette.</summary>
internal static class BackOfficeTheme
{
    public static MudTheme Theme { get; } = new()
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
    };
}
