using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Features.Quote;
using CarRentalGateway.BackOffice.Features.Reports;
using CarRentalGateway.BackOffice.Features.Reports.Excel;
using CarRentalGateway.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace CarRentalGateway.BackOffice.Features.Simulation;

/// <summary>
/// A stored pricing simulation as a workbook: a sheet of suppliers with the total below (published against draft, in
/// euros) and a sheet of the bookings the draft could not price, with the reason.
/// </summary>
public sealed class SimulationExportReport(Guid runId) : IExcelReport
{
    public const string Name = "pricing-simulation";
    public const string RunParameter = "run";

    private static readonly ReportColumns<SupplierFigures> SupplierColumns = new ReportColumns<SupplierFigures>()
        .Text("Supplier code", 14, s => s.Code)
        .Text("Supplier", 26, s => s.Name)
        .WholeNumber("Bookings", 11, s => s.Figures.Bookings, total: true)
        .Money("Sales EUR", 15, s => s.Figures.SalesEur.Amount, total: true)
        .Money("Revenue now EUR", 17, s => s.Figures.RevenueEur.Amount, total: true)
        .Money("Simulated sales EUR", 19, s => s.Figures.SimulatedSalesEur.Amount, total: true)
        .Money("Simulated revenue EUR", 21, s => s.Figures.SimulatedRevenueEur.Amount, total: true)
        .Money("Difference EUR", 16, s => s.Figures.DifferenceEur.Amount, total: true)
        .Percent("Margin now", 12, s => s.Figures.Margin)
        .Percent("Simulated margin", 16, s => s.Figures.SimulatedMargin)
        .WholeNumber("Not priced", 11, s => s.Figures.Unpriced, total: true);

    private static readonly ReportColumns<UnpricedBookingRow> UnpricedColumns = new ReportColumns<UnpricedBookingRow>()
        .Text("Reference", 13, u => u.Reference)
        .Text("Supplier code", 14, u => u.SupplierCode)
        .Text("Reason", 20, u => QuoteText.Reason(u.Reason))
        .Text("Why", 70, u => u.Message);

    private SimulationRun? run;

    public Guid RunId { get; } = runId;

    public string Title => "Pricing simulation";

    public string Period => run is null ? "" : $"Bookings sold {ReportParameters.Format(run.BookedFrom)} to {ReportParameters.Format(run.BookedTo)}";

    public IReadOnlyList<string> Filters => run is null
        ? []
        : [$"Published set {(run.PublishedRuleSetNumber is { } published ? $"v{published}" : "none")} against draft v{run.DraftRuleSetNumber}",
           $"Run {run.RunAtUtc:yyyy-MM-dd HH:mm} UTC by {run.RunBy}"];

    public string DownloadPath => ReportCatalog.PathOf(Name, (RunParameter, RunId.ToString()));

    public string FileName => run is null ? "pricing-simulation.xlsx" : $"pricing-simulation-{run.RunAtUtc:yyyy-MM-dd-HHmm}.xlsx";

    public static Result<IExcelReport> Parse(ReportParameters parameters) =>
        Guid.TryParse(parameters.Text(RunParameter), out var id)
            ? Result.Ok<IExcelReport>(new SimulationExportReport(id))
            : Result.Fail<IExcelReport>($"Say which simulation run ({RunParameter}=its id).", RunParameter);

    public async Task<int> CountRowsAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var found = await RunAsync(db, cancellationToken);
        return found.Suppliers.Count + found.Unpriced.Count;
    }

    public async Task<int> WriteAsync(
        AppDbContext db, ExcelReportWriter writer, ReportHeading heading, IProgress<int> rowsWritten, CancellationToken cancellationToken)
    {
        var found = await RunAsync(db, cancellationToken);

        // The heading was made before the run was read: make it again with the run's period and rule sets.
        heading = heading with { Period = Period, Filters = Filters };
        var rows = writer.AddSheet("Suppliers", heading, SupplierColumns, found.Suppliers);
        rows += writer.AddSheet("Not priced", heading, UnpricedColumns, found.Unpriced);
        rowsWritten.Report(rows);
        return rows;
    }

    private async Task<SimulationRun> RunAsync(AppDbContext db, CancellationToken cancellationToken) =>
        run ??= await db.SimulationRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == RunId, cancellationToken)
            ?? throw new ReportNotFoundException($"There is no pricing simulation run {RunId}.");
}
