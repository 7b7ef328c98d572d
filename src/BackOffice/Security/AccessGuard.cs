using Microsoft.AspNetCore.Authorization;

namespace CarRentalGateway.BackOffice.Security;

/// <summary>Thrown when a caller asks a service for something its roles do not allow.</summary>
public sealed class AccessDeniedException(string policy)
    : Exception($"Your role does not allow this ({policy}).")
{
    public string Policy { get; } = policy;
}

/// <summary>Lets services check the same named policies as the pages, so hiding a button is never the only control.</summary>
public sealed class AccessGuard(ICurrentUser currentUser, IAuthorizationService authorization)
{
    public async Task<bool> AllowsAsync(string policy)
    {
        var user = await currentUser.GetPrincipalAsync();
        return (await authorization.AuthorizeAsync(user, policy)).Succeeded;
    }

    public async Task DemandAsync(string policy)
    {
        if (!await AllowsAsync(policy))
        {
            throw new AccessDeniedException(policy);
        }
    }
}
