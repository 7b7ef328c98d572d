using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CarRentalGateway.BackOffice.Security;

/// <summary>
/// Puts the display name in the sign-in cookie, so the app bar can greet people by name, and marks the account set-up
/// still to do before anything else (<see cref="AccountSetupGate"/>): a temporary password to change, two-factor that
/// the person's roles require. Every request rebuilds the principal here (the security stamp is checked each time), so
/// the marks follow the account as it is now: a role given or two-factor reset counts from the next request.
/// </summary>
internal sealed class BackOfficeClaimsPrincipalFactory(
    UserManager<ApplicationUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options,
    IOptions<TwoFactorOptions> twoFactor)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(users, roles, options)
{
    public const string DisplayNameClaim = "display_name";
    public const string MustChangePasswordClaim = "must_change_password";
    public const string MustSetUpTwoFactorClaim = "must_set_up_two_factor";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (!string.IsNullOrWhiteSpace(user.DisplayName))
        {
            identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName));
        }

        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(MustChangePasswordClaim, "true"));
        }

        if (!user.TwoFactorEnabled && twoFactor.Value.RequiringRolesOf(new ClaimsPrincipal(identity)).Count > 0)
        {
            identity.AddClaim(new Claim(MustSetUpTwoFactorClaim, "true"));
        }

        return identity;
    }
}
