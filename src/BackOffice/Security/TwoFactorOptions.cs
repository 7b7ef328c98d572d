namespace CarRentalGateway.BackOffice.Security;

/// <summary>Who must sign in with an authenticator app, from the "TwoFactor" configuration section.</summary>
public sealed class TwoFactorOptions
{
    public const string Section = "TwoFactor";

    /// <summary>
    /// Roles, separated by commas, whose members must set up two-factor sign-in before anything else. A list in one
    /// string, because an empty JSON array in a later settings file does not clear the items of an earlier one.
    /// </summary>
    public string RequiredForRoles { get; set; } = "";

    public IReadOnlyList<string> RequiredRoles =>
        RequiredForRoles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
