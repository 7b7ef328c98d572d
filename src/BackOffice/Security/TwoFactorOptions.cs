using System.Security.Claims;

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

    /// <summary>Those of <paramref name="roles"/> that require two-factor, in the order given; empty when none does.</summary>
    public IReadOnlyList<string> RequiringRolesAmong(IEnumerable<string> roles)
    {
        var required = RequiredRoles;
        return roles.Where(role => required.Contains(role, StringComparer.OrdinalIgnoreCase)).ToList();
    }

    /// <summary>The signed-in person's roles that require two-factor, from the role claims of the sign-in.</summary>
    public IReadOnlyList<string> RequiringRolesOf(ClaimsPrincipal user) =>
        RequiringRolesAmong(user.Identities.SelectMany(identity => identity.FindAll(identity.RoleClaimType)).Select(claim => claim.Value));
}
