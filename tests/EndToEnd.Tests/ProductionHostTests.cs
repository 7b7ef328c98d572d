using System.Net;
using System.Text.RegularExpressions;
using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.EndToEnd.Tests.Infrastructure;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CarRentalGateway.EndToEnd.Tests;

/// <summary>
/// The app as deployed (the Production environment), over plain HTTP with cookies handled by hand: a client that
/// honoured the Secure flag would not send them back over http://, which is what the flag is for. It is configured
/// to ask for detailed errors, as a careless deployment might, and must not give them.
/// </summary>
public sealed partial class ProductionHostTests : IAsyncLifetime
{
    private readonly BackOfficeAppFactory _app = new(new Dictionary<string, string> { ["DetailedErrors"] = "true" }, environment: "Production");
    private readonly Dictionary<string, string> _cookies = [];
    private HttpClient? _client;

    private HttpClient Client => _client ?? throw new InvalidOperationException("The app has not started.");

    public Task InitializeAsync()
    {
        _client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = _app.BaseAddress };
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task Every_cookie_is_secure_http_only_and_same_site_outside_development()
    {
        var setCookies = await SignInAsync(TestUsers.Admin);

        Assert.Contains(setCookies, cookie => cookie.Name == "crg.auth" && cookie.SameSite == SameSiteMode.Lax);
        Assert.Contains(setCookies, cookie => cookie.Name.Value!.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        Assert.All(setCookies, cookie =>
        {
            Assert.True(cookie.Secure, $"{cookie.Name} is not Secure");
            Assert.True(cookie.HttpOnly, $"{cookie.Name} is not HttpOnly");
            Assert.True(cookie.SameSite is SameSiteMode.Lax or SameSiteMode.Strict, $"{cookie.Name} is SameSite={cookie.SameSite}");
        });
    }

    [Fact]
    public async Task In_production_an_admin_without_two_factor_is_sent_to_set_it_up_before_anything_else()
    {
        await SignInAsync(TestUsers.Admin);

        using var bookings = await SendAsync(new HttpRequestMessage(HttpMethod.Get, "/bookings"));

        Assert.Equal(HttpStatusCode.Redirect, bookings.StatusCode);
        Assert.Equal($"{AccountSetupGate.EnableAuthenticatorPath}?returnUrl=%2Fbookings", bookings.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_failing_download_shows_the_error_page_without_the_exception_or_its_sql()
    {
        await SignInAsync(TestUsers.Admin);
        // Production requires two-factor of an Admin before anything else (appsettings.json); without it the download
        // would only be a redirect to the set-up.
        await SetUpTwoFactorAsync();
        // A database that has lost its bookings: the export's query fails with SQLite's own words and the SQL.
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
            await db.Database.ExecuteSqlRawAsync("DROP TABLE \"Bookings\"");
        }

        using var response = await SendAsync(new HttpRequestMessage(HttpMethod.Get, "/reports/bookings.xlsx?status=Cancelled"));
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Something went wrong", page, StringComparison.Ordinal);
        foreach (var leak in new[] { "no such table", "SqliteException", "SELECT", "Exception", " at CarRentalGateway" })
        {
            Assert.DoesNotContain(leak, page, StringComparison.Ordinal);
        }

        ExpectedSecurityHeaders.AssertOn("the error page", name => response.Headers.TryGetValues(name, out var values) ? string.Join("\n", values) : null);
    }

    [Fact]
    public void Circuit_errors_stay_generic_even_when_configured_to_be_detailed() =>
        Assert.False(_app.Services.GetRequiredService<IOptions<CircuitOptions>>().Value.DetailedErrors);

    /// <summary>Signs in through the login form, token and all; returns every cookie the two responses set.</summary>
    private async Task<List<SetCookieHeaderValue>> SignInAsync(TestUser user)
    {
        using var loginPage = await SendAsync(new HttpRequestMessage(HttpMethod.Get, "/Account/Login"));
        var set = Remember(loginPage);
        var fields = FormFields(await loginPage.Content.ReadAsStringAsync());
        fields["Input.Email"] = user.Email;
        fields["Input.Password"] = user.Password;

        using var signIn = await SendAsync(new HttpRequestMessage(HttpMethod.Post, "/Account/Login") { Content = new FormUrlEncodedContent(fields) });

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        set.AddRange(Remember(signIn));
        return set;
    }

    /// <summary>Sets up the authenticator app as a person would: reads the key from the page, answers with its code.</summary>
    private async Task SetUpTwoFactorAsync()
    {
        using var setUpPage = await SendAsync(new HttpRequestMessage(HttpMethod.Get, AccountSetupGate.EnableAuthenticatorPath));
        Remember(setUpPage);
        var html = await setUpPage.Content.ReadAsStringAsync();
        var fields = FormFields(html);
        fields["Input.Code"] = AuthenticatorCode.For(SharedKey().Match(html).Groups["key"].Value);

        using var enabled = await SendAsync(
            new HttpRequestMessage(HttpMethod.Post, AccountSetupGate.EnableAuthenticatorPath) { Content = new FormUrlEncodedContent(fields) });

        Assert.Contains("two-factor authentication is now on", await enabled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Remember(enabled);
    }

    // The form's own hidden fields; the sign-out form of a signed-in page carries the same token.
    private static Dictionary<string, string> FormFields(string html)
    {
        var fields = new Dictionary<string, string>();
        foreach (Match match in HiddenField().Matches(html))
        {
            fields[match.Groups["name"].Value] = match.Groups["value"].Value;
        }

        return fields;
    }

    private Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        if (_cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(cookie => $"{cookie.Key}={cookie.Value}")));
        }

        return Client.SendAsync(request);
    }

    private List<SetCookieHeaderValue> Remember(HttpResponseMessage response)
    {
        var set = response.Headers.TryGetValues("Set-Cookie", out var values) ? SetCookieHeaderValue.ParseList(values.ToList()).ToList() : [];
        foreach (var cookie in set)
        {
            if (cookie.Value.HasValue && cookie.Value.Value.Length > 0)
            {
                _cookies[cookie.Name.Value!] = cookie.Value.Value;
            }
            else
            {
                _cookies.Remove(cookie.Name.Value!);
            }
        }

        return set;
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>_handler|__RequestVerificationToken)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenField();

    [GeneratedRegex("id=\"shared-key\">(?<key>[^<]*)<")]
    private static partial Regex SharedKey();
}
