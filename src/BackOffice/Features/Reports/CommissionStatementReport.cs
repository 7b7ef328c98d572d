using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Features.Reports.Excel;
using CarRentalGateway.Core.Common;

namespace CarRentalGateway.BackOffice.Features.Reports;

/// <summary>A supplier's commission statement for one month. (Sheets: to be written.)</summary>
public sealed class CommissionStatementReport(string supplierCode, ReportMonth month) : IExcelReport
{
    public const string Name = "commission-statement";
    public const string SupplierParameter = "supplier";
    public const string MonthParameter = "month";

    public string SupplierCode { get; } = supplierCode.Trim().ToUpperInvariant();

    public ReportMonth Month { get; } = month;

    public string Title => "Commission statement";

    public string Period => Month.Label;

    public IReadOnlyList<string> Filters => [$"Supplier: {SupplierCode}"];

    public string DownloadPath => ReportCatalog.PathOf(Name, (SupplierParameter, SupplierCode), (MonthParameter, Month.ToString()));

    public string FileName => $"commission-statement-{SupplierCode}-{Month}.xlsx";

    public static Result<IExcelReport> Parse(ReportParameters parameters)
    {
        var supplier = parameters.RequiredText(SupplierParameter, "supplier");
        var month = parameters.RequiredMonth(MonthParameter, "month");
        return supplier.Failed ? Result.Fail<IExcelReport>(supplier.Error!, supplier.Field)
            : month.Failed ? Result.Fail<IExcelReport>(month.Error!, month.Field)
            : Result.Ok<IExcelReport>(new CommissionStatementReport(supplier.Value, month.Value));
    }

    public Task<int> CountRowsAsync(AppDbContext db, CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task<int> WriteAsync(AppDbContext db, ExcelReportWriter writer, ReportHeading heading, IProgress<int> rowsWritten, CancellationToken cancellationToken) =>
        throw new NotImplementedException();
}
