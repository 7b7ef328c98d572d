using System.Runtime.CompilerServices;
using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CarRentalGateway.BackOffice.Features.Reports;

/// <summary>How an export asked for on a page goes ahead: a download link to follow now, or a background export to watch.</summary>
public sealed record ReportExportStart(string? DownloadPath, ReportExportView? Background);

/// <summary>
/// Exports for Finance and admins (<see cref="Policies.FinanceReports"/>): straight from a download link, or in the
/// background when the report is big. Every export is audited by <see cref="ReportFiles"/>.
/// </summary>
public sealed class ReportExportService(
    IDbContextFactory<AppDbContext> dbFactory, AccessGuard access, ICurrentUser currentUser, ReportFiles files, ReportJobs jobs,
    IOptions<ReportOptions> options)
{
    /// <summary>Writes the report now, for a download link to send.</summary>
    public async Task<ReportFile> ExportAsync(IExcelReport report, CancellationToken cancellationToken)
    {
        var by = await RequesterAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await files.WriteAsync(db, report, by, new Progress<int>(), cancellationToken);
    }

    /// <summary>
    /// Counts the report's rows: up to <see cref="ReportOptions.BackgroundAboveRows"/> the page follows the returned link
    /// at once; above it the export starts in the background and the page shows its progress.
    /// </summary>
    public async Task<ReportExportStart> StartAsync(IExcelReport report, CancellationToken cancellationToken)
    {
        var by = await RequesterAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await report.CountRowsAsync(db, cancellationToken);
        return rows <= options.Value.BackgroundAboveRows
            ? new ReportExportStart(report.DownloadPath, null)
            : new ReportExportStart(null, jobs.Start(report, by, rows));
    }

    /// <summary>The caller's background exports still kept, newest first.</summary>
    public async Task<IReadOnlyList<ReportExportView>> MyExportsAsync()
    {
        var by = await RequesterAsync();
        return jobs.Of(by.UserId);
    }

    /// <summary>The file of one of the caller's finished background exports; null when it is not theirs, not ready or expired.</summary>
    public async Task<ReportFile?> FinishedExportAsync(Guid id)
    {
        var by = await RequesterAsync();
        return jobs.FileOf(id, by.UserId);
    }

    // The public method asking is passed on, so a refusal in the audit log names it rather than this helper.
    private async Task<ReportRequester> RequesterAsync([CallerMemberName] string caller = "")
    {
        await access.DemandAsync(Policies.FinanceReports, caller);
        return ReportRequester.Of(await currentUser.GetPrincipalAsync());
    }
}
