using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace CarRentalGateway.BackOffice.Security;

/// <summary>
/// Records each request a signed-in user is refused (a page opened by its address, a download link) with its path
/// and the policies the endpoint names, then answers as ASP.NET Core would (the access-denied page). Requests of
/// people not signed in are only sent to sign in: they are not refusals.
/// </summary>
internal sealed class AuditedAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden)
        {
            var policies = context.GetEndpoint()?.Metadata.GetOrderedMetadata<IAuthorizeData>()
                .Select(a => a.Policy ?? (a.Roles is null ? null : "roles " + a.Roles))
                .OfType<string>()
                .Distinct()
                .ToList() ?? [];
            var events = context.RequestServices.GetRequiredService<SecurityEvents>();
            await events.AccessDeniedAsync(
                context.User, policies.Count == 0 ? "signed-in staff" : string.Join(", ", policies), context.Request.Path.Value ?? "/");
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
