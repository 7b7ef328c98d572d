using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Features.Reports.Excel;
using CarRentalGateway.Core.Bookings;
using CarRentalGateway.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace CarRentalGateway.BackOffice.Features.Reports;

/// <summary>
/// The bookings cancelled in a period (UTC dates of cancelling, both days included), optionally of one supplier,
/// oldest cancellation first: who cancelled, who asked and why, the fee kept and the refund.
/// </summary>
public sealed class CancellationsReport(DateOnly from, DateOnly to, string? supplierCode) : IExcelReport
{
    public const string Name = "cancellations";
    public const string FromParameter = "from";
    public const string ToParameter = "to";
    public const string SupplierParameter = "supplier";

    private ReportSupplier? supplier;

    public DateOnly From { get; } = from;

    public DateOnly To { get; } = to;

    public string? SupplierCode { get; } = string.IsNullOrWhiteSpace(supplierCode) ? null : supplierCode.Trim().ToUpperInvariant();

    public string Title => "Cancellations";

    public string Period => $"Cancelled {ReportParameters.Format(From)} to {ReportParameters.Format(To)} (UTC)";

    /// <summary>The supplier's code until the report has looked the supplier up, then its name and code.</summary>
    public IReadOnlyList<string> Filters => SupplierCode is { } code ? [$"Supplier: {supplier?.Label ?? code}"] : [];

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

    public async Task<int> CountRowsAsync(AppDbContext db, CancellationToken cancellationToken) =>
        await (await CancelledAsync(db, cancellationToken)).CountAsync(cancellationToken);

    public async Task<int> WriteAsync(
        AppDbContext db, ExcelReportWriter writer, ReportHeading heading, IProgress<int> rowsWritten, CancellationToken cancellationToken)
    {
        var cancelled = await CancelledAsync(db, cancellationToken);

        // Amounts in the bookings' own currencies are totalled only when there is one; the euro columns always are.
        var oneCurrency = await cancelled.Select(b => b.Currency).Distinct().CountAsync(cancellationToken) <= 1;

        // Suppliers are few: named from memory, so the database reads the period's cancellations by their index alone (joined
        // in SQL, MariaDB chose to walk every supplier's bookings instead: 5.6 s against a million bookings).
        var suppliers = await db.Suppliers.AsNoTracking().ToDictionaryAsync(s => s.Id, s => new SupplierName(s.Code, s.Name), cancellationToken);
        var rows = cancelled.OrderBy(b => b.CancelledAtUtc).ThenBy(b => b.Id)
            .Select(b => new CancellationLine(
                b.Reference.Value, b.SupplierConfirmationNumber, b.SupplierId, b.CustomerName, b.CustomerEmail, b.CreatedAtUtc, b.PickUpLocal,
                b.CancelledAtUtc!.Value, b.CancelledBy!, b.CancellationRequestedBy!.Value, b.CancellationReason!,
                b.Currency, b.EurPerUnit, b.CustomerTotalMinor, b.AmountPaidMinor, b.CancellationFeeMinor!.Value, b.CancellationRefundMinor!.Value));

        heading = heading with { Filters = Filters };
        return await writer.AddSheetsAsync(
            "Cancellations", heading, Columns(oneCurrency, suppliers), rows.AsAsyncEnumerable().Counted(rowsWritten), cancellationToken);
    }

    private static ReportColumns<CancellationLine> Columns(bool totalInCurrency, IReadOnlyDictionary<Guid, SupplierName> suppliers) =>
        new ReportColumns<CancellationLine>()
            .Text("Reference", 13, c => c.Reference)
            .Text("Confirmation no.", 18, c => c.ConfirmationNumber)
            .Text("Supplier code", 14, c => suppliers[c.SupplierId].Code)
            .Text("Supplier", 22, c => suppliers[c.SupplierId].Name)
            .Text("Customer", 24, c => c.Customer)
            .Text("E-mail", 30, c => c.Email)
            .DateTime("Booked at (UTC)", 17, c => c.BookedAtUtc)
            .DateTime("Pick-up (local)", 17, c => c.PickUpLocal)
            .DateTime("Cancelled at (UTC)", 18, c => c.CancelledAtUtc)
            .Text("Cancelled by", 26, c => c.CancelledBy)
            .Text("Requested by", 13, c => c.RequestedBy.ToString())
            .Text("Reason", 36, c => c.Reason)
            .Money("Customer total", 15, c => c.Amount(c.CustomerTotalMinor), totalInCurrency)
            .Money("Paid", 12, c => c.Amount(c.PaidMinor), totalInCurrency)
            .Money("Fee", 12, c => c.Amount(c.FeeMinor), totalInCurrency)
            .Money("Refund", 12, c => c.Amount(c.RefundMinor), totalInCurrency)
            .Text("Currency", 9, c => c.Currency)
            .Money("Fee EUR", 12, c => c.Eur(c.FeeMinor), total: true)
            .Money("Refund EUR", 12, c => c.Eur(c.RefundMinor), total: true);

    /// <summary>The cancellations of the period (and of the supplier, when one is chosen); an unknown supplier is a 404.</summary>
    private async Task<IQueryable<Booking>> CancelledAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var (fromUtc, toUtc) = (From.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), To.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        var cancelled = db.Bookings.AsNoTracking().Where(b => b.CancelledAtUtc >= fromUtc && b.CancelledAtUtc < toUtc);
        if (SupplierCode is null)
        {
            return cancelled;
        }

        var found = supplier ??= await ReportSupplier.FindAsync(db, SupplierCode, cancellationToken);
        return cancelled.Where(b => b.SupplierId == found.Id);
    }

    private sealed record SupplierName(string Code, string Name);

    private sealed record CancellationLine(
        string Reference, string? ConfirmationNumber, Guid SupplierId, string Customer, string Email, DateTime BookedAtUtc,
        DateTime PickUpLocal, DateTime CancelledAtUtc, string CancelledBy, CancellationParty RequestedBy, string Reason,
        string Currency, decimal EurPerUnit, long CustomerTotalMinor, long PaidMinor, long FeeMinor, long RefundMinor)
    {
        public decimal Amount(long minorUnits) => Money.Of(minorUnits, Currency).Amount;

        public decimal Eur(long minorUnits) => Money.Of(minorUnits, Currency).InEur(EurPerUnit).Amount;
    }
}
