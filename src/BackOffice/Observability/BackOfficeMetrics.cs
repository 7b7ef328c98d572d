using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CarRentalGateway.BackOffice.Observability;

/// <summary>
/// What an operator watches of the back office's own work, beside the framework's HTTP, circuit and database meters.
/// Labels are closed sets (a report's catalog name, an outcome): never a user, a customer or a booking reference, so
/// /metrics carries no personal data and no unbounded series.
/// </summary>
public sealed class BackOfficeMetrics
{
    public const string MeterName = "CarRentalGateway.BackOffice";

    private readonly Meter meter;
    private readonly Counter<long> bookingChanges;
    private readonly Counter<long> reportExports;
    private readonly Histogram<double> reportExportDuration;
    private readonly Counter<long> signIns;
    private readonly Histogram<double> databaseCommands;

    public BackOfficeMetrics(IMeterFactory meters)
    {
        meter = meters.Create(MeterName);
        bookingChanges = meter.CreateCounter<long>(
            "backoffice.booking.changes", "{change}", "Changes to bookings staff tried to save, by outcome: saved, conflict, database_unreachable.");
        reportExports = meter.CreateCounter<long>(
            "backoffice.report.exports", "{export}", "Report exports written or failed, by report and outcome.");
        reportExportDuration = meter.CreateHistogram<double>(
            "backoffice.report.export.duration", "s", "How long writing a report file took, by report and outcome.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300] });
        signIns = meter.CreateCounter<long>(
            "backoffice.signins", "{sign-in}", "Sign-in attempts by outcome: succeeded, failed, locked_out.");
        // The OpenTelemetry semantic conventions' name and buckets, so database dashboards work unchanged.
        databaseCommands = meter.CreateHistogram<double>(
            "db.client.operation.duration", "s", "How long SQL commands took, by database; error.type when one failed.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 10] });
    }

    public void BookingChangeSaved(string outcome) => bookingChanges.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    /// <param name="outcome">succeeded, failed, or cancelled (the download was abandoned, the app stopped).</param>
    public void ReportExported(string report, string outcome, TimeSpan took)
    {
        var tags = new TagList { { "report", report }, { "outcome", outcome } };
        reportExports.Add(1, tags);
        reportExportDuration.Record(took.TotalSeconds, tags);
    }

    public void SignInAttempted(string outcome) => signIns.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    public void DatabaseCommandRan(string system, TimeSpan took, string? errorType)
    {
        var tags = new TagList { { "db.system.name", system } };
        if (errorType is not null)
        {
            tags.Add("error.type", errorType);
        }

        databaseCommands.Record(took.TotalSeconds, tags);
    }

    /// <summary>Background exports of this instance by state (waiting, writing), read at each scrape.</summary>
    public void ObserveBackgroundExports(Func<IEnumerable<Measurement<int>>> current) =>
        meter.CreateObservableGauge(
            "backoffice.report.background_exports", current, "{export}", "Background exports queued or being written on this instance, by state.");
}
