using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace CarRentalGateway.BackOffice.Components.Layout;

/// <summary>
/// MudBlazor's theme, light and dark, as one stylesheet that browsers keep (<see cref="Path"/>). A MudThemeProvider in the
/// layout kept its 23 KB of CSS text twice in every open session (docs/decisions.md, "Memory per session"); drawn once
/// here by MudThemeProvider itself, the dark palette applies under <c>html.theme-dark</c>, which the dark-mode switch sets.
/// </summary>
public sealed partial class ThemeStylesheet(IServiceScopeFactory scopes, ILoggerFactory loggerFactory)
{
    public const string Path = "/theme.css";

    private readonly Lazy<Task<(string Css, string Version)>> _rendered = new(() => RenderAsync(scopes, loggerFactory));

    public async Task<string> CssAsync() => (await _rendered.Value).Css;

    /// <summary>The stylesheet's address with its content's hash, so a changed theme is never read from an old cache.</summary>
    public async Task<string> VersionedPathAsync() => $"{Path.TrimStart('/')}?v={(await _rendered.Value).Version}";

    private static async Task<(string Css, string Version)> RenderAsync(IServiceScopeFactory scopes, ILoggerFactory loggerFactory)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggerFactory);
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var light = await renderer.RenderComponentAsync<MudThemeProvider>(ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(MudThemeProvider.Theme)] = BackOfficeTheme.ScopedTo(":root"),
            }));
            // The scrollbar's rules only name variables, so the light render's copy serves both.
            var dark = await renderer.RenderComponentAsync<MudThemeProvider>(ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(MudThemeProvider.Theme)] = BackOfficeTheme.ScopedTo($":root.{BackOfficeTheme.DarkClass}"),
                [nameof(MudThemeProvider.IsDarkMode)] = true,
                [nameof(MudThemeProvider.DefaultScrollbar)] = true,
            }));
            return light.ToHtmlString() + dark.ToHtmlString();
        });

        var css = StyleTag().Replace(html, "");
        var version = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(css)))[..16];
        return (css, version);
    }

    [GeneratedRegex("</?style[^>]*>")]
    private static partial Regex StyleTag();
}

public static class ThemeStylesheetEndpoint
{
    /// <summary>Serves <see cref="ThemeStylesheet.Path"/> to everyone, the sign-in page included; its address changes with it.</summary>
    public static IEndpointRouteBuilder MapThemeStylesheet(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ThemeStylesheet.Path, async (ThemeStylesheet theme, HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            return Results.Text(await theme.CssAsync(), "text/css", Encoding.UTF8);
        }).AllowAnonymous();
        return endpoints;
    }
}
