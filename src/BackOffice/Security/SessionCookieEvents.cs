using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace CarRentalGateway.BackOffice.Security;

/// <summary>
/// Ties the sign-in cookie to a <see cref="StaffSession"/>: signing in starts one (its id travels in the cookie and as a
/// claim, which an open page reads), every request first checks the security stamp as Identity does and then continues
/// the session, and signing out ends it. A request in an ended session is signed out and sent to sign in with the reason.
/// </summary>
public sealed class SessionCookieEvents(StaffSessions sessions) : CookieAuthenticationEvents
{
    public const string SessionIdClaim = "session_id";

    /// <summary>The query parameter that tells the sign-in page why the last session ended.</summary>
    public const string EndedParameter = "ended";

    // Survives the rebuilt principals of a cookie refresh (a password or two-factor change), which keep the properties.
    private const string SessionIdProperty = ".session";

    private const string EndedItem = "crg.session-ended";

    public static string? SessionIdOf(ClaimsPrincipal user) => user.FindFirstValue(SessionIdClaim);

    /// <summary>Why this request's session ended, when it was refused for that; the sign-in page says so.</summary>
    public static SessionEnd? EndedFor(HttpContext context) => context.Items[EndedItem] as SessionEnd?;

    public override async Task SigningIn(CookieSigningInContext context)
    {
        var sessionId = context.Properties.GetString(SessionIdProperty);
        if (sessionId is null)
        {
            var userId = context.Principal!.FindFirstValue(ClaimTypes.NameIdentifier)!;
            sessionId = await sessions.StartAsync(userId, context.HttpContext.RequestAborted);
            context.Properties.SetString(SessionIdProperty, sessionId);
        }

        CarryId(context.Principal!, sessionId);
    }

    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        await SecurityStampValidator.ValidatePrincipalAsync(context);
        if (context.Principal?.Identity?.IsAuthenticated != true)
        {
            return;
        }

        // The stamp check may have rebuilt the principal from the database; the session's id goes on it again.
        var sessionId = context.Properties.GetString(SessionIdProperty);
        if (await sessions.ContinueWithRequestAsync(sessionId, context.HttpContext.RequestAborted) is { } ended)
        {
            context.HttpContext.Items[EndedItem] = ended;
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        CarryId(context.Principal, sessionId!);
    }

    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context)
    {
        if (EndedFor(context.HttpContext) is { } ended and not SessionEnd.Unknown)
        {
            context.RedirectUri = QueryHelpers.AddQueryString(context.RedirectUri, EndedParameter, ended.ToString());
        }

        return base.RedirectToLogin(context);
    }

    public override Task SigningOut(CookieSigningOutContext context) =>
        EndedFor(context.HttpContext) is null
            ? sessions.SignOutAsync(SessionIdOf(context.HttpContext.User), context.HttpContext.RequestAborted)
            : Task.CompletedTask;

    private static void CarryId(ClaimsPrincipal principal, string sessionId)
    {
        if (SessionIdOf(principal) is null && principal.Identity is ClaimsIdentity identity)
        {
            identity.AddClaim(new Claim(SessionIdClaim, sessionId));
        }
    }
}
