using CarRentalGateway.BackOffice.Observability;
using CarRentalGateway.EndToEnd.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CarRentalGateway.EndToEnd.Tests;

/// <summary>What a dashboard reads from /metrics after people have worked: open pages (circuits) and exports.</summary>
public sealed class MetricsTests(BackOfficeFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public Task An_open_page_and_an_export_show_in_the_metrics_without_naming_anyone() => InBrowserAsync(async page =>
    {
        await SignInAsync(page, TestUsers.Finance, "/reports");
        var download = await page.APIRequest.GetAsync("/reports/revenue-summary.xlsx?from=2026-01&to=2026-10");
        Assert.Equal(200, download.Status);
        using var scraper = new HttpClient { BaseAddress = Fixture.App.BaseAddress };

        var text = await MetricsScrape.UntilAsync(
            scraper,
            t => MetricsScrape.Samples(t, "aspnetcore_components_circuit_active").Any(s => !s.EndsWith(" 0", StringComparison.Ordinal))
                && MetricsScrape.Samples(t, "backoffice_report_exports_total").Any(s => s.Contains("report=\"revenue-summary\"") && s.Contains("outcome=\"succeeded\"")),
            "an open circuit and the export");

        Assert.Contains(MetricsScrape.Samples(text, "backoffice_report_export_duration_seconds_count"), s => s.Contains("report=\"revenue-summary\""));
        Assert.Contains(MetricsScrape.Samples(text, "http_server_request_duration_seconds_count"), s => s.Contains("http_route=\"/reports/{name}.xlsx\""));
        Assert.Contains(MetricsScrape.Samples(text, "backoffice_signins_total"), s => s.Contains("outcome=\"succeeded\""));
        Assert.NotEmpty(MetricsScrape.Samples(text, "db_client_operation_duration_seconds_count"));
        // No person in any label: not the signed-in user, not the staff list, not the supplier the fixture made.
        Assert.DoesNotContain("@", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Baseline Rentals", text, StringComparison.Ordinal);
    });
}
