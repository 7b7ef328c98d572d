using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Features.Reports.Excel;

namespace CarRentalGateway.BackOffice.Features.Reports;

/// <summary>
/// One report with its parameters chosen: what it is called, what it covers, the link that makes it again, and how
/// its sheets are written. Building one checks nothing about the caller: <see cref="ReportExportService"/> does.
/// </summary>
public interface IExcelReport
{
    /// <summary>The report's name in the title row, the audit log and the exports list: "Commission statement".</summary>
    string Title { get; }

    /// <summary>What the report covers, for the title row: "November 2026", "2026-10-01 to 2026-10-31".</summary>
    string Period { get; }

    /// <summary>The filters used, each in words ("Supplier: AVIS"); empty when there are none.</summary>
    IReadOnlyList<string> Filters { get; }

    /// <summary>The download endpoint with the parameters that make this same report again.</summary>
    string DownloadPath { get; }

    /// <summary>The file name the browser saves, without a time: "commission-statement-AVIS-2026-11.xlsx".</summary>
    string FileName { get; }

    /// <summary>How many rows the report will write in all its sheets, to choose a background export and show progress.</summary>
    Task<int> CountRowsAsync(AppDbContext db, CancellationToken cancellationToken);

    /// <summary>Adds the report's sheets; tells <paramref name="rowsWritten"/> the running row count; returns the rows written.</summary>
    Task<int> WriteAsync(AppDbContext db, ExcelReportWriter writer, ReportHeading heading, IProgress<int> rowsWritten, CancellationToken cancellationToken);
}

/// <summary>A report's link names something that does not exist (a simulation run, a supplier): the download answers 404.</summary>
public sealed class ReportNotFoundException(string message) : Exception(message);
