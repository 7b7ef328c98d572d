using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Features.Reports.Excel;
using CarRentalGateway.Core.Bookings;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Contracts;
using CarRentalGateway.Core.Rates;
using Microsoft.EntityFrameworkCore;

namespace CarRentalGateway.BackOffice.Features.Reports;

/// <summary>
/// A supplier's commission statement for one month: a summary of what each side owes (per currency, and in euros),
/// the rentals completed in the month (drop-off, local date) and the cancellation and no-show fees of the month.
/// </summary>
public sealed class CommissionStatementReport(string supplierCode, ReportMonth month) : IExcelReport
{
    public const string Name = "commission-statement";
    public const string SupplierParameter = "supplier";
    public const string MonthParameter = "month";

    private static readonly ReportColumns<StatementFigure> SummaryColumns = new ReportColumns<StatementFigure>()
        .Text("Figure", 32, f => f.Figure)
        .Text("Currency", 12, f => f.Currency)
        .WholeNumber("Number", 10, f => f.Number)
        .Money("Amount", 15, f => f.Amount)
        .Money("Amount EUR", 15, f => f.AmountEur);

    private ReportSupplier? supplier;

    public string SupplierCode { get; } = supplierCode.Trim().ToUpperInvariant();

    public ReportMonth Month { get; } = month;

    public string Title => "Commission statement";

    public string Period => Month.Label;

    /// <summary>The supplier's code until the report has looked the supplier up, then its name and code.</summary>
    public IReadOnlyList<string> Filters => [$"Supplier: {supplier?.Label ?? SupplierCode}"];

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

    public async Task<int> CountRowsAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var found = await SupplierAsync(db, cancellationToken);
        var lines = await Completed(db, found.Id).CountAsync(cancellationToken);
        var fees = await Charged(db, found.Id).CountAsync(cancellationToken);
        var currencies = await Completed(db, found.Id).Select(b => b.Currency)
            .Union(Charged(db, found.Id).Select(b => b.Currency))
            .CountAsync(cancellationToken);
        return StatementFigures.RowsFor(currencies) + lines + fees;
    }

    public async Task<int> WriteAsync(
        AppDbContext db, ExcelReportWriter writer, ReportHeading heading, IProgress<int> rowsWritten, CancellationToken cancellationToken)
    {
        var found = await SupplierAsync(db, cancellationToken);
        var lines = await Completed(db, found.Id)
            .OrderBy(b => b.DropOffLocal).ThenBy(b => b.Reference)
            .Select(b => new StatementLine(
                b.Reference.Value, b.SupplierConfirmationNumber, b.CustomerName, b.PickUpLocal, b.DropOffLocal, b.RentalDays, b.Acriss,
                b.PaymentModel,
                new SaleAmounts(
                    b.Currency, b.EurPerUnit, b.CommercialModel, b.CommissionBasisPoints, b.CustomerTotalMinor, b.SupplierTotalMinor, b.CommissionMinor)))
            .ToListAsync(cancellationToken);
        var fees = (await Charged(db, found.Id)
                .Select(b => new StatementFee(
                    b.Reference.Value, b.SupplierConfirmationNumber, b.CustomerName, b.Status, b.CancelledAtUtc, b.PickUpLocal,
                    b.CancellationRequestedBy, b.CancellationReason, b.CancellationFeeMinor ?? b.NoShowFeeMinor ?? 0, b.PaymentModel,
                    new SaleAmounts(
                        b.Currency, b.EurPerUnit, b.CommercialModel, b.CommissionBasisPoints, b.CustomerTotalMinor, b.SupplierTotalMinor, b.CommissionMinor)))
                .ToListAsync(cancellationToken))
            .OrderBy(f => f.Date).ThenBy(f => f.Reference, StringComparer.Ordinal)
            .ToList();

        // The heading was made before the supplier was looked up: name it now.
        heading = heading with { Filters = Filters };
        var rows = writer.AddSheet("Summary", heading, SummaryColumns, StatementFigures.Of(lines, fees, found.ContractCurrency).SelectMany(f => f.Rows()));
        rows += writer.AddSheet("Lines", heading, LineColumns(InOneCurrency(lines.Select(l => l.Sale))), lines);
        rows += writer.AddSheet("Fees", heading, FeeColumns(InOneCurrency(fees.Select(f => f.Sale))), fees);
        rowsWritten.Report(rows);
        return rows;
    }

    /// <summary>Amounts in the booking's currency are totalled only when the sheet has one currency; euros always are.</summary>
    private static bool InOneCurrency(IEnumerable<SaleAmounts> sales) => sales.Select(s => s.Currency).Distinct().Count() <= 1;

    private static ReportColumns<StatementLine> LineColumns(bool totalInCurrency) => new ReportColumns<StatementLine>()
        .Text("Reference", 13, l => l.Reference)
        .Text("Confirmation no.", 18, l => l.ConfirmationNumber)
        .Text("Customer", 24, l => l.Customer)
        .DateTime("Pick-up (local)", 17, l => l.PickUpLocal)
        .DateTime("Drop-off (local)", 17, l => l.DropOffLocal)
        .WholeNumber("Days", 7, l => l.Days, total: true)
        .Text("ACRISS", 8, l => l.Acriss)
        .Text("Payment", 12, l => PaymentLabel(l.Payment))
        .Money("Customer total", 15, l => l.Sale.CustomerTotal.Amount, totalInCurrency)
        .Money("Supplier price", 15, l => l.Sale.SupplierTotal.Amount, totalInCurrency)
        .Percent("Commission %", 13, l => l.Sale.CommissionRatio)
        .Money("Commission", 13, l => l.Sale.Model == CommercialModel.Commission ? l.Sale.Commission.Amount : null, totalInCurrency)
        .Money("Markup", 12, l => l.Sale.Markup.Amount, totalInCurrency)
        .Money("Our revenue", 13, l => l.Sale.Revenue.Amount, totalInCurrency)
        .Text("Currency", 9, l => l.Sale.Currency)
        .Money("Customer total EUR", 19, l => l.Sale.Eur(l.Sale.CustomerTotal).Amount, total: true)
        .Money("Our revenue EUR", 17, l => l.Sale.Eur(l.Sale.Revenue).Amount, total: true)
        .Money("Due to supplier", 16, l => l.Settlement.DueToSupplier?.Amount, totalInCurrency)
        .Money("Due from supplier", 18, l => l.Settlement.DueFromSupplier?.Amount, totalInCurrency);

    private static ReportColumns<StatementFee> FeeColumns(bool totalInCurrency) => new ReportColumns<StatementFee>()
        .Text("Reference", 13, f => f.Reference)
        .Text("Confirmation no.", 18, f => f.ConfirmationNumber)
        .Text("Customer", 24, f => f.Customer)
        .Text("Kind", 13, f => f.Kind)
        .Date("Date", 12, f => f.Date)
        .Text("Requested by", 13, f => f.RequestedBy?.ToString())
        .Text("Reason", 30, f => f.Reason)
        .Text("Payment", 12, f => PaymentLabel(f.Payment))
        .Money("Fee", 12, f => f.Charged.Amount, totalInCurrency)
        .Money("Our share", 12, f => f.OurShare.Amount, totalInCurrency)
        .Text("Currency", 9, f => f.Sale.Currency)
        .Money("Fee EUR", 12, f => f.Sale.Eur(f.Charged).Amount, total: true)
        .Money("Our share EUR", 14, f => f.Sale.Eur(f.OurShare).Amount, total: true)
        .Money("Due to supplier", 16, f => f.Settlement.DueToSupplier?.Amount, totalInCurrency)
        .Money("Due from supplier", 18, f => f.Settlement.DueFromSupplier?.Amount, totalInCurrency);

    private static string PaymentLabel(PaymentModel payment) => payment == PaymentModel.Prepaid ? "Prepaid" : "Pay at desk";

    /// <summary>The supplier's rentals completed in the month: drop-off on a local date of the month.</summary>
    private IQueryable<Booking> Completed(AppDbContext db, Guid supplierId)
    {
        var (from, to) = (Month.FirstDay.ToDateTime(TimeOnly.MinValue), Month.Next().FirstDay.ToDateTime(TimeOnly.MinValue));

        // Drop-off is not indexed; the supplier + pick-up index is. No rental is priced for more than MaxRentalDays (a
        // day more covers the hours past the last whole day), so the pick-up falls in a bounded range before the month.
        var earliestPickUp = from.AddDays(-(SupplierBasePrice.MaxRentalDays + 1));
        return db.Bookings.AsNoTracking().Where(b =>
            b.SupplierId == supplierId && b.PickUpLocal >= earliestPickUp && b.PickUpLocal < to &&
            b.Status == BookingStatus.Completed && b.DropOffLocal >= from && b.DropOffLocal < to);
    }

    /// <summary>
    /// The supplier's fees of the month: cancellations with a fee cancelled in the month (UTC), and no-shows with a fee
    /// whose pick-up was in the month (local).
    /// </summary>
    private IQueryable<Booking> Charged(AppDbContext db, Guid supplierId)
    {
        var (from, to) = (Month.FirstDay.ToDateTime(TimeOnly.MinValue), Month.Next().FirstDay.ToDateTime(TimeOnly.MinValue));
        var (fromUtc, toUtc) = (DateTime.SpecifyKind(from, DateTimeKind.Utc), DateTime.SpecifyKind(to, DateTimeKind.Utc));
        return db.Bookings.AsNoTracking().Where(b => b.SupplierId == supplierId && (
            (b.Status == BookingStatus.Cancelled && b.CancellationFeeMinor > 0 && b.CancelledAtUtc >= fromUtc && b.CancelledAtUtc < toUtc) ||
            (b.Status == BookingStatus.NoShow && b.NoShowFeeMinor > 0 && b.PickUpLocal >= from && b.PickUpLocal < to)));
    }

    private async Task<ReportSupplier> SupplierAsync(AppDbContext db, CancellationToken cancellationToken) =>
        supplier ??= await ReportSupplier.FindAsync(db, SupplierCode, cancellationToken);
}
