using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Features.Reports.Excel;
using CarRentalGateway.Core.Common;

namespace CarRentalGateway.BackOffice.Features.Reports;

/// <summary>Revenue per month × supplier and per month × country over whole months. (Sheets: to be written.)</summary>
public sealed class RevenueSummaryReport(ReportMonth from, ReportMonth to) : IExcelReport
{
    public const string Name = "revenue-summary";
    public const string FromParameter = "from";
    public const string ToParameter = "to";

    public ReportMonth From { get; } = from;

    public ReportMonth To { get; } = to;

    public string Title => "Revenue summary";

    public string Period => From == To ? From.Label : $"{From.Label} to {To.Label}";

    public IReadOnlyList<string> Filters => [];

    public string DownloadPath => ReportCatalog.PathOf(Name, (FromParameter, From.ToString()), (ToParameter, To.ToString()));

    public string FileName => From == To ? $"revenue-summary-{From}.xlsx" : $"revenue-summary-{From}-to-{To}.xlsx";

    public static Result<IExcelReport> Parse(ReportParameters parameters)
    {
        var from = parameters.RequiredMonth(FromParameter, "first month");
        var to = parameters.RequiredMonth(ToParameter, "last month");
        return from.Failed ? Result.Fail<IExcelReport>(from.Error!, from.Field)
            : to.Failed ? Result.Fail<IExcelReport>(to.Error!, to.Field)
            : to.Value.FirstDay < from.Value.FirstDay ? Result.Fail<IExcelReport>("The last month is before the first.", ToParameter)
            : Result.Ok<IExcelReport>(new RevenueSummaryReport(from.Value, to.Value));
    }

    public Task<int> CountRowsAsync(AppDbContext db, CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task<int> WriteAsync(AppDbContext db, ExcelReportWriter writer, ReportHeading heading, IProgress<int> rowsWritten, CancellationToken cancellationToken) =>
        throw new NotImplementedException();
}
