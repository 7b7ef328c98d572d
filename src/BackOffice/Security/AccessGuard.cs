using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Authorization;

namespace CarRentalGateway.BackOffice.Security;

/// <summary>Thrown when a caller asks a service for something its roles do not allow.</summary>
public sealed class AccessDeniedException(string policy)
    : Exception($"Your role does not allow this ({policy}).")
{
    public string Policy { get; } = policy;
}

/// <summary>
/// Lets services check the same named policies as the pages, so hiding a button is never the only control.
/// A refusal is recorded in the audit log with the policy and the service method that refused.
/// </summary>
public sealed class AccessGuard(ICurrentUser currentUser, IAuthorizationService authorization, SecurityEvents securityEvents)
{
    public async Task<bool> AllowsAsync(string policy)
    {
        var user = await currentUser.GetPrincipalAsync();
        return (await authorization.AuthorizeAsync(user, policy)).Succeeded;
    }

    /// <summary>Throws <see cref="AccessDeniedException"/> unless the current user meets <paramref name="policy"/>.</summary>
    /// <param name="policy">One of <see cref="Policies"/>.</param>
    /// <param name="caller">Filled in by the compiler: the service method asking, which the audit log names.</param>
    /// <param name="callerFile">Filled in by the compiler: its file, named after the service class.</param>
    public async Task DemandAsync(string policy, [CallerMemberName] string caller = "", [CallerFilePath] string callerFile = "")
    {
        var user = await currentUser.GetPrincipalAsync();
        if (!(await authorization.AuthorizeAsync(user, policy)).Succeeded)
        {
            await securityEvents.AccessDeniedAsync(user, policy, $"{Path.GetFileNameWithoutExtension(callerFile)}.{caller}");
            throw new AccessDeniedException(policy);
        }
    }
}
