namespace CarRentalGateway.BackOffice.Security;

/// <summary>
/// Someone signed in with a temporary password (a new account, or one an administrator reset) chooses their own before
/// anything else: every other request is sent to the change-password page. The mark is a claim in the sign-in cookie,
/// which the page renews without it once the password is changed.
/// </summary>
public static class PasswordChangeGate
{
    public const string ChangePasswordPath = "/Account/Manage/ChangePassword";

    // What a static page loads; a download such as /reports/….xlsx is not among them.
    private static readonly HashSet<string> AssetExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".css", ".js", ".mjs", ".map", ".png", ".svg", ".ico", ".woff", ".woff2", ".webmanifest",
    };

    public static IApplicationBuilder UsePasswordChangeGate(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.User.HasClaim(BackOfficeClaimsPrincipalFactory.MustChangePasswordClaim, "true") && !StillOpen(context.Request.Path))
        {
            context.Response.Redirect(ChangePasswordPath);
            return;
        }

        await next();
    });

    // The page itself, signing out, and what the static page loads (the framework's script, styles, images).
    private static bool StillOpen(PathString path) =>
        path.StartsWithSegments(ChangePasswordPath, StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/Account/Logout", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/_framework", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/_content", StringComparison.OrdinalIgnoreCase)
        || AssetExtensions.Contains(Path.GetExtension(path.Value) ?? "");
}
