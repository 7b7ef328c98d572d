using System.Security.Claims;

namespace CarRentalGateway.BackOffice.Security;

/// <summary>
/// Account set-up that comes before anything else, in order: someone signed in with a temporary password (a new account,
/// or one an administrator reset) chooses their own first; then someone whose role requires two-factor
/// (<see cref="TwoFactorOptions"/>) sets up the authenticator app. Until a step is done every other request is sent to
/// its page, with the page they asked for as the return URL. The marks are claims that
/// <see cref="BackOfficeClaimsPrincipalFactory"/> computes from the account on every request.
/// </summary>
public static class AccountSetupGate
{
    public const string ChangePasswordPath = "/Account/Manage/ChangePassword";
    public const string EnableAuthenticatorPath = "/Account/Manage/EnableAuthenticator";
    public const string ReturnUrlParameter = "returnUrl";

    // The recovery codes that follow enabling are shown by the set-up page itself, in the answer to the code.
    private static readonly SetupStep[] Steps =
    [
        new(BackOfficeClaimsPrincipalFactory.MustChangePasswordClaim, ChangePasswordPath),
        new(BackOfficeClaimsPrincipalFactory.MustSetUpTwoFactorClaim, EnableAuthenticatorPath),
    ];

    // What a static page loads; a download such as /reports/….xlsx is not among them.
    private static readonly HashSet<string> AssetExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".css", ".js", ".mjs", ".map", ".png", ".svg", ".ico", ".woff", ".woff2", ".webmanifest",
    };

    public static IApplicationBuilder UseAccountSetupGate(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var step = StepToDo(context.User);
        if (step is not null && !StillOpen(step, context.Request.Path))
        {
            context.Response.Redirect(PageFor(step, context.Request));
            return;
        }

        await next();
    });

    /// <summary>Whether a set-up step is still to do: the account pages then leave out the ways elsewhere, which lead back.</summary>
    public static bool HasStepToDo(ClaimsPrincipal user) => StepToDo(user) is not null;

    /// <summary>
    /// Where to go once the set-up is done: <paramref name="returnUrl"/> when it is a path in this app, otherwise the
    /// dashboard, so a crafted link cannot send anyone to another site.
    /// </summary>
    public static string LocalReturnUrlOrHome(string? returnUrl) =>
        returnUrl is ['/', not '/' and not '\\', ..] && Uri.IsWellFormedUriString(returnUrl, UriKind.Relative) ? returnUrl : "/";

    private static SetupStep? StepToDo(ClaimsPrincipal user) => Array.Find(Steps, step => user.HasClaim(step.Claim, "true"));

    private static string PageFor(SetupStep step, HttpRequest request)
    {
        // Only a page that was asked for is worth going back to: a form post or a script's call is not.
        var asked = request.Path + request.QueryString;
        return HttpMethods.IsGet(request.Method) && asked != "/"
            ? $"{step.PagePath}?{ReturnUrlParameter}={Uri.EscapeDataString(asked)}"
            : step.PagePath;
    }

    // The step's page, signing out, and what the static page loads (the framework's script, styles, images).
    private static bool StillOpen(SetupStep step, PathString path) =>
        path.StartsWithSegments(step.PagePath, StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/Account/Logout", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/_framework", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/_content", StringComparison.OrdinalIgnoreCase)
        || AssetExtensions.Contains(Path.GetExtension(path.Value) ?? "");

    /// <summary>One step: the claim that says it is still to do, and the page where it is done.</summary>
    private sealed record SetupStep(string Claim, string PagePath);
}
