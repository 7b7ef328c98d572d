using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Features.Reports.Excel;
using CarRentalGateway.Core.Common;

namespace CarRentalGateway.BackOffice.Features.Reports;

/// <summary>The bookings cancelled in a period (UTC dates of cancelling), optionally of one supplier. (Sheets: to be written.)</summary>
public sealed class CancellationsReport(DateOnly from, DateOnly to, string? supplierCode) : IExcelReport
{
    public const string Name = "cancellations";
    public const string FromParameter = "from";
    public const string ToParameter = "to";
    public const string SupplierParameter = "supplier";

    public DateOnly From { get; } = from;

    public DateOnly To { get; } = to;

    public string? SupplierCode { get; } = string.IsNullOrWhiteSpace(supplierCode) ? null : supplierCode.Trim().ToUpperInvariant();

    public string Title => "Cancellations";

    public string Period => $"Cancelled {ReportParameters.Format(From)} to {ReportParameters.Format(To)} (UTC)";

    public IReadOnlyList<string> Filters => SupplierCode is { } code ? [$"Supplier: {code}"] : [];

    public string DownloadPath => ReportCatalog.PathOf(Name,
        (FromParameter, ReportParameters.Format(From)), (ToParameter, ReportParameters.Format(To)), (SupplierParameter, SupplierCode));

    public string FileName => $"cancellations-{ReportParameters.Format(From)}-to-{ReportParameters.Format(To)}{(SupplierCode is { } code ? "-" + code : "")}.xlsx";

    public static Result<IExcelReport> Parse(ReportParameters parameters)
    {
        var from = parameters.RequiredDate(FromParameter, "first day");
        var to = parameters.RequiredDate(ToParameter, "last day");
        return from.Failed ? Result.Fail<IExcelReport>(from.Error!, from.Field)
            : to.Failed ? Result.Fail<IExcelReport>(to.Error!, to.Field)
            : to.Value < from.Value ? Result.Fail<IExcelReport>("The last day is before the first.", ToParameter)
            : Result.Ok<IExcelReport>(new CancellationsReport(from.Value, to.Value, parameters.Text(SupplierParameter)));
    }

    public Task<int> CountRowsAsync(AppDbContext db, CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task<int> WriteAsync(AppDbContext db, ExcelReportWriter writer, ReportHeading heading, IProgress<int> rowsWritten, CancellationToken cancellationToken) =>
        throw new NotImplementedException();
}
