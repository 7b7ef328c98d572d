using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using CarRentalGateway.BackOffice.Observability;
using CarRentalGateway.EndToEnd.Tests.Infrastructure;

namespace CarRentalGateway.EndToEnd.Tests;

/// <summary>
/// The app as deployed (Production) seen by whoever operates it: JSON log lines carrying the id of the request that
/// wrote them, that id in the response, and /metrics for the scraper.
/// </summary>
public sealed partial class ObservabilityTests : IAsyncLifetime
{
    // The router's "Executing endpoint" lines, so every request writes a few lines of its own.
    private readonly BackOfficeAppFactory _app = new(
        new Dictionary<string, string> { ["Logging:LogLevel:Microsoft.AspNetCore.Routing"] = "Information" }, environment: "Production");

    private HttpClient? _client;

    /// <summary>Plain HTTP without cookies or redirects, as a scraper or a calling service would send.</summary>
    private HttpClient Client => _client ??= new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false })
    {
        BaseAddress = _app.BaseAddress,
    };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        await _app.DisposeAsync();
    }

    [Theory]
    [InlineData("checkout-7f3a.retry_2")]
    [InlineData("0123456789012345678901234567890123456789012345678901234567890123")]
    public async Task A_safe_correlation_id_from_the_caller_comes_back_in_the_response(string incoming)
    {
        using var response = await GetAsync("/Account/Login", incoming);

        Assert.Equal(incoming, CorrelationIdOf(response));
    }

    [Theory]
    [InlineData("has spaces")]
    [InlineData("semi;colon")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("01234567890123456789012345678901234567890123456789012345678901234")]
    public async Task An_unsafe_correlation_id_is_replaced_by_the_request_trace_id(string incoming)
    {
        using var response = await GetAsync("/Account/Login", incoming);

        var id = CorrelationIdOf(response);
        Assert.NotEqual(incoming, id);
        Assert.Matches(TraceId(), id);
    }

    [Fact]
    public async Task Every_log_line_is_one_json_object_carrying_the_correlation_id_of_its_request()
    {
        _ = _app.BaseAddress;
        _app.Logs.TakeAll(); // start-up: migrations, roles, the first Admin

        using (await GetAsync("/Account/Login", "login-page-1"))
        {
        }

        var givenIdLines = Parsed(_app.Logs.TakeAll());
        using var withoutId = await GetAsync("/Account/Login", incoming: null);
        var traceIdLines = Parsed(_app.Logs.TakeAll());

        AssertEveryLineCarries("login-page-1", givenIdLines);
        var traceId = CorrelationIdOf(withoutId);
        AssertEveryLineCarries(traceId, traceIdLines);
        Assert.All(traceIdLines, line => Assert.Equal(traceId, ScopeValue(line, "TraceId")));
        Assert.Contains(givenIdLines, line =>
            line.RootElement.GetProperty("State").GetProperty("{OriginalFormat}").GetString() == "Executing endpoint '{EndpointName}'"
            && line.RootElement.GetProperty("Message").GetString() == "Executing endpoint '/Account/Login (/Account/Login)'");
    }

    [Fact]
    public async Task Metrics_answer_a_scraper_without_sign_in_with_request_durations_by_route_and_the_security_headers()
    {
        using (await GetAsync("/Account/Login", incoming: null))
        {
        }

        var text = await MetricsScrape.UntilAsync(
            Client, t => MetricsScrape.Samples(t, "http_server_request_duration_seconds_count").Any(s => s.Contains("http_route=\"/Account/Login\"")),
            "the sign-in page's request duration");
        using var response = await Client.GetAsync(MetricsOptions.Path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("# TYPE http_server_request_duration_seconds histogram", text);
        ExpectedSecurityHeaders.AssertOn("/metrics", name => response.Headers.TryGetValues(name, out var values) ? string.Join("\n", values) : null);
    }

    private Task<HttpResponseMessage> GetAsync(string path, string? incoming)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (incoming is not null)
        {
            request.Headers.TryAddWithoutValidation(CorrelationId.HeaderName, incoming);
        }

        return Client.SendAsync(request);
    }

    private static string CorrelationIdOf(HttpResponseMessage response) =>
        Assert.Single(response.Headers.GetValues(CorrelationId.HeaderName));

    /// <summary>Each entry as the JSON object it must be, on one line.</summary>
    private static List<JsonDocument> Parsed(IReadOnlyList<string> entries) => entries.Select(entry =>
    {
        Assert.DoesNotContain('\n', entry);
        return JsonDocument.Parse(entry);
    }).ToList();

    private static void AssertEveryLineCarries(string correlationId, IReadOnlyList<JsonDocument> lines)
    {
        Assert.NotEmpty(lines);
        Assert.All(lines, line =>
        {
            Assert.Equal(correlationId, ScopeValue(line, CorrelationId.LogProperty));
            Assert.True(line.RootElement.TryGetProperty("Timestamp", out _), "no Timestamp");
            Assert.True(line.RootElement.TryGetProperty("LogLevel", out _), "no LogLevel");
        });
    }

    /// <summary>The named property of the line's scopes: the JSON formatter writes each scope as an object of its properties.</summary>
    private static string? ScopeValue(JsonDocument line, string property) =>
        line.RootElement.GetProperty("Scopes").EnumerateArray()
            .Where(scope => scope.ValueKind == JsonValueKind.Object && scope.TryGetProperty(property, out _))
            .Select(scope => scope.GetProperty(property).GetString())
            .LastOrDefault();

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex TraceId();
}
