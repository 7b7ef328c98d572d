using System.Globalization;
using System.Security.Claims;
using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.BackOffice.Features.Reports.Excel;
using CarRentalGateway.BackOffice.Observability;
using Microsoft.Extensions.Options;

namespace CarRentalGateway.BackOffice.Features.Reports;

/// <summary>Who asked for an export, as the audit log names them.</summary>
public sealed record ReportRequester(string? UserId, string UserName)
{
    public static ReportRequester Of(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier),
        user.Identity?.Name ?? AuditingInterceptor.SystemUserName);
}

/// <summary>A written report waiting in a temporary file to be downloaded.</summary>
public sealed record ReportFile(string Path, string FileName, int Rows);

/// <summary>
/// Writes reports to temporary files (the writer is synchronous, so never straight into a response) and audits each
/// export: who, which report, its period and filters, and how many rows. One per application.
/// </summary>
public sealed class ReportFiles : IDisposable
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Where an export's audit entry is filed: entity type "Report", keyed by the report's title.</summary>
    public const string AuditEntityType = "Report";

    private readonly TimeProvider clock;
    private readonly BackOfficeMetrics metrics;

    public ReportFiles(TimeProvider clock, IOptions<ReportOptions> options, BackOfficeMetrics metrics)
    {
        this.clock = clock;
        this.metrics = metrics;

        // A folder of this process's own, so clearing it at shutdown never touches another instance's files.
        Folder = System.IO.Path.Combine(
            string.IsNullOrWhiteSpace(options.Value.Directory) ? System.IO.Path.GetTempPath() : options.Value.Directory,
            "crg-reports",
            $"{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    /// <summary>Writes <paramref name="report"/> to a new file and audits the export in the same database.</summary>
    public async Task<ReportFile> WriteAsync(
        AppDbContext db, IExcelReport report, ReportRequester by, IProgress<int> rowsWritten, CancellationToken cancellationToken)
    {
        var generatedAt = clock.GetUtcNow().UtcDateTime;
        var started = clock.GetTimestamp();
        var path = System.IO.Path.Combine(Folder, $"{Guid.NewGuid():N}.xlsx");
        var outcome = "failed";
        try
        {
            int rows;
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16))
            {
                using var writer = ExcelReportWriter.Create(file);
                rows = await report.WriteAsync(db, writer, new ReportHeading(report.Title, report.Period, report.Filters, generatedAt), rowsWritten, cancellationToken);
            }

            db.AuditEntries.Add(AuditEntry(report, by, rows, generatedAt));
            await db.SaveChangesAsync(cancellationToken);
            outcome = "succeeded";
            return new ReportFile(path, report.FileName, rows);
        }
        catch (Exception failure)
        {
            outcome = failure is OperationCanceledException ? "cancelled" : "failed";
            File.Delete(path);
            throw;
        }
        finally
        {
            metrics.ReportExported(ReportCatalog.NameOf(report), outcome, clock.GetElapsedTime(started));
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A download still reading its file at shutdown: the system's temp cleaning takes it later.
        }
    }

    private static AuditEntry AuditEntry(IExcelReport report, ReportRequester by, int rows, DateTime generatedAt) => new()
    {
        OccurredAtUtc = generatedAt,
        UserId = by.UserId,
        UserName = by.UserName,
        EntityType = AuditEntityType,
        EntityKey = report.Title,
        Action = AuditAction.Exported,
        Changes =
        [
            new FieldChange("Period", null, report.Period),
            new FieldChange("Filters", null, report.Filters.Count == 0 ? "none" : string.Join("; ", report.Filters)),
            new FieldChange("Rows", null, rows.ToString(CultureInfo.InvariantCulture)),
            new FieldChange("Link", null, report.DownloadPath),
        ],
    };
}
