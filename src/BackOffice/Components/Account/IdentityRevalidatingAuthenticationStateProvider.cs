using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using CarRentalGateway.BackOffice.Security;

namespace CarRentalGateway.BackOffice.Components.Account;

/// <summary>
/// An open page (a circuit, which makes no requests) checks every <see cref="StaffSessionOptions.CircuitCheckInterval"/> that
/// its sign-in still holds: the account's security stamp is unchanged (not disabled, roles not changed, password not
/// reset) and its session has not ended, timed out or grown too old. If not, the page loses its user and shows the
/// sign-in page, as the next request would.
/// </summary>
internal sealed class IdentityRevalidatingAuthenticationStateProvider(
        ILoggerFactory loggerFactory,
        IServiceScopeFactory scopeFactory,
        IOptions<IdentityOptions> identityOptions,
        IOptions<StaffSessionOptions> sessionOptions,
        CircuitActivity activity)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => sessionOptions.Value.CircuitCheckInterval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(
        AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        // A scope of its own, so the user and the session are read fresh from the database.
        await using var scope = scopeFactory.CreateAsyncScope();
        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var principal = authenticationState.User;
        return await StampStillMatchesAsync(userManager, principal)
            && await scope.ServiceProvider.GetRequiredService<StaffSessions>().ContinueWithPageAsync(
                SessionCookieEvents.SessionIdOf(principal), activity.LastActivityAtUtc, cancellationToken) is null;
    }

    private async Task<bool> StampStillMatchesAsync(UserManager<ApplicationUser> userManager, ClaimsPrincipal principal)
    {
        var user = await userManager.GetUserAsync(principal);
        return user is not null
            && principal.FindFirstValue(identityOptions.Value.ClaimsIdentity.SecurityStampClaimType) == await userManager.GetSecurityStampAsync(user);
    }
}
