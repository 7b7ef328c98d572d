using CarRentalGateway.BackOffice.Observability;

namespace CarRentalGateway.EndToEnd.Tests.Infrastructure;

/// <summary>Reads /metrics as a Prometheus server would, without signing in.</summary>
public static class MetricsScrape
{
    /// <summary>
    /// Scrapes until <paramref name="shows"/> holds: a request's duration is recorded once its response has ended, and
    /// the exporter serves the same scrape for a few hundred milliseconds, so the first read may predate what the test did.
    /// </summary>
    public static Task<string> UntilAsync(HttpClient client, Func<string, bool> shows, string what) =>
        Eventually.ReadUntilAsync(
            async () =>
            {
                using var response = await client.GetAsync(MetricsOptions.Path);
                response.EnsureSuccessStatusCode();
                return await response.Content.ReadAsStringAsync();
            },
            shows,
            text => $"/metrics never showed {what}:\n{text}");

    /// <summary>The sample lines of one metric (no # HELP or # TYPE), e.g. every bucket, sum and count of a histogram.</summary>
    public static IEnumerable<string> Samples(string text, string metric) =>
        text.Split('\n').Where(line => line.StartsWith(metric + "{", StringComparison.Ordinal) || line.StartsWith(metric + " ", StringComparison.Ordinal));
}
