using System.Security.Cryptography;

namespace CarRentalGateway.BackOffice.Security;

/// <summary>
/// The browser-side protections every response carries: pages, account pages, downloads, health checks, static
/// files, and the error and not-found pages the pipeline re-executes.
/// </summary>
public static class SecurityHeaders
{
    private static readonly object NonceKey = new();

    /// <summary>
    /// Blazor Server needs no eval and its scripts are files of this origin, so script-src is 'self' plus one
    /// per-request nonce: the framework's &lt;ImportMap&gt; is an inline &lt;script type="importmap"&gt;, and App.razor
    /// gives it the nonce. MudBlazor sets style="" attributes on its components (positions, sizes, colours), which
    /// only 'unsafe-inline' allows for styles. connect-src 'self' covers the circuit's WebSocket to this host (CSP 3:
    /// 'self' matches ws:/wss: of the same host; the Chromium tests check it).
    /// </summary>
    public static string ContentSecurityPolicy(string scriptNonce) =>
        "default-src 'self'; " +
        $"script-src 'self' 'nonce-{scriptNonce}'; " +
        "style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; " +
        "font-src 'self' data:; " +
        "connect-src 'self'; " +
        "frame-ancestors 'none'; " +
        "base-uri 'self'; " +
        "form-action 'self'; " +
        "object-src 'none'";

    /// <summary>No referrer at all: nothing here reads it, and list URLs carry searches (customer names, references).</summary>
    public const string ReferrerPolicy = "no-referrer";

    /// <summary>
    /// Nothing in the back office uses these; the clipboard stays allowed (the booking page copies its reference).
    /// </summary>
    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    /// <summary>
    /// Registered first, so it wraps everything: the headers are written when the response starts, after the
    /// exception handler has cleared the failed response's headers and re-executed the error page.
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        context.Items[NonceKey] = nonce;
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy(nonce);
            headers.XContentTypeOptions = "nosniff";
            // Only for browsers without frame-ancestors; replaces antiforgery's SAMEORIGIN.
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = ReferrerPolicy;
            headers["Permissions-Policy"] = PermissionsPolicy;
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        return next(context);
    });

    /// <summary>The nonce this request's inline scripts must carry; null outside a request through the middleware.</summary>
    public static string? ScriptNonce(HttpContext context) => context.Items[NonceKey] as string;
}
