using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace CarRentalGateway.BackOffice.Security;

/// <summary>Who is acting in this scope: the user of a Blazor circuit, of an HTTP request, or nobody (start-up jobs).</summary>
public interface ICurrentUser
{
    Task<ClaimsPrincipal> GetPrincipalAsync();
}

/// <summary>
/// In a circuit the authentication state provider knows the user (and is revalidated); in a plain HTTP
/// request such as a file download it has not been set, and the request's own user is the one.
/// </summary>
internal sealed class CurrentUser(AuthenticationStateProvider authenticationState, IHttpContextAccessor http) : ICurrentUser
{
    private static readonly ClaimsPrincipal Nobody = new(new ClaimsIdentity());

    public async Task<ClaimsPrincipal> GetPrincipalAsync()
    {
        try
        {
            return (await authenticationState.GetAuthenticationStateAsync()).User;
        }
        catch (InvalidOperationException)
        {
            return http.HttpContext?.User ?? Nobody;
        }
    }
}
