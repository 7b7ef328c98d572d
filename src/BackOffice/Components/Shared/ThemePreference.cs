namespace CarRentalGateway.BackOffice.Components.Shared;

/// <summary>The dark-mode choice, kept in a cookie so the server renders the right theme from the first byte.</summary>
public static class ThemePreference
{
    public const string CookieName = "crg.theme";
    public const string Dark = "dark";
    public const string Light = "light";
}
