using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Features.Reports.Excel;
using CarRentalGateway.Core.Bookings;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Contracts;
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
        return db.Bookings.AsNoTracking().Where(b =>
            b.SupplierId == supplierId && b.Status == BookingStatus.Completed && b.DropOffLocal >= from && b.DropOffLocal < to);
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

/// <summary>A rental completed in the statement's month.</summary>
internal sealed record StatementLine(
    string Reference, string? ConfirmationNumber, string Customer, DateTime PickUpLocal, DateTime DropOffLocal, int Days, string Acriss,
    PaymentModel Payment, SaleAmounts Sale)
{
    public Settlement Settlement => SaleAmounts.Settle(Payment, Sale.CustomerTotal, Sale.Revenue);
}

/// <summary>A cancellation or no-show fee of the statement's month.</summary>
internal sealed record StatementFee(
    string Reference, string? ConfirmationNumber, string Customer, BookingStatus Status, DateTime? CancelledAtUtc, DateTime PickUpLocal,
    CancellationParty? RequestedBy, string? Reason, long FeeMinor, PaymentModel Payment, SaleAmounts Sale)
{
    public string Kind => Status == BookingStatus.Cancelled ? "Cancellation" : "No-show";

    /// <summary>A cancellation's day (UTC), a no-show's pick-up day (local): what puts the fee in the month.</summary>
    public DateOnly Date => DateOnly.FromDateTime(CancelledAtUtc ?? PickUpLocal);

    public Money Charged => Sale.In(FeeMinor);

    public Money OurShare => Sale.OurShareOf(Charged);

    public Settlement Settlement => SaleAmounts.Settle(Payment, Charged, OurShare);
}

/// <summary>One row of the statement's summary: a count, or an amount with its euro value.</summary>
internal sealed record StatementFigure(string Figure, string Currency, long? Number, decimal? Amount, decimal? AmountEur);

/// <summary>A sum of amounts in one currency, and of the same amounts each converted to euros at its booking's rate.</summary>
internal readonly record struct DualSum(long Minor, long EurCents)
{
    public static DualSum Of<T>(IEnumerable<T> items, Func<T, SaleAmounts> sale, Func<T, Money?> amount) =>
        items.Aggregate(default(DualSum), (sum, item) => amount(item) is { } money
            ? new DualSum(sum.Minor + money.MinorUnits, sum.EurCents + sale(item).Eur(money).MinorUnits)
            : sum);

    public static DualSum operator +(DualSum a, DualSum b) => new(a.Minor + b.Minor, a.EurCents + b.EurCents);

    public static DualSum operator -(DualSum a, DualSum b) => new(a.Minor - b.Minor, a.EurCents - b.EurCents);

    public static DualSum operator -(DualSum a) => new(-a.Minor, -a.EurCents);
}

/// <summary>
/// The statement's figures in one currency, or in euros only across currencies (<see cref="Currency"/> null): what
/// was sold and earned, the fees, and the settlement both ways with the net that names who pays.
/// </summary>
internal sealed record StatementFigures(
    string? Currency, long Bookings, long RentalDays, DualSum CustomerTotals, DualSum SupplierPrices, DualSum Revenue, long FeeCount,
    DualSum Fees, DualSum FeeShares, DualSum DueToSupplier, DualSum DueFromSupplier)
{
    private const int RowsPerBlock = 10;
    private const string AllCurrencies = "All, in EUR";

    /// <summary>How many summary rows <see cref="Of"/> makes for bookings in <paramref name="currencies"/> currencies.</summary>
    public static int RowsFor(int currencies) => currencies <= 1 ? RowsPerBlock : (currencies + 1) * RowsPerBlock;

    /// <summary>
    /// One block per currency of the bookings (the contract currency when there are none) and, with more than one, a
    /// block across them in euros.
    /// </summary>
    public static IReadOnlyList<StatementFigures> Of(IReadOnlyList<StatementLine> lines, IReadOnlyList<StatementFee> fees, string contractCurrency)
    {
        var currencies = lines.Select(l => l.Sale.Currency).Concat(fees.Select(f => f.Sale.Currency)).Distinct().Order(StringComparer.Ordinal).ToList();
        if (currencies.Count == 0)
        {
            currencies.Add(contractCurrency);
        }

        var blocks = currencies
            .Select(currency => In(currency, lines.Where(l => l.Sale.Currency == currency).ToList(), fees.Where(f => f.Sale.Currency == currency).ToList()))
            .ToList();
        if (blocks.Count > 1)
        {
            blocks.Add(blocks.Aggregate((a, b) => new StatementFigures(
                null, a.Bookings + b.Bookings, a.RentalDays + b.RentalDays, a.CustomerTotals + b.CustomerTotals, a.SupplierPrices + b.SupplierPrices,
                a.Revenue + b.Revenue, a.FeeCount + b.FeeCount, a.Fees + b.Fees, a.FeeShares + b.FeeShares, a.DueToSupplier + b.DueToSupplier,
                a.DueFromSupplier + b.DueFromSupplier)));
        }

        return blocks;
    }

    public IEnumerable<StatementFigure> Rows()
    {
        var net = DueToSupplier - DueFromSupplier;
        var supplierIsOwed = (Currency is null ? net.EurCents : net.Minor) >= 0;
        return
        [
            Count("Completed bookings", Bookings),
            Count("Rental days", RentalDays),
            Amount("Customer totals", CustomerTotals),
            Amount("Supplier prices", SupplierPrices),
            Amount("Our revenue", Revenue),
            Amount("Cancellation and no-show fees", Fees) with { Number = FeeCount },
            Amount("Our share of fees", FeeShares),
            Amount("Due to supplier (prepaid)", DueToSupplier),
            Amount("Due from supplier (pay at desk)", DueFromSupplier),
            supplierIsOwed ? Amount("Net payable to supplier", net) : Amount("Commission due from supplier", -net),
        ];
    }

    private StatementFigure Count(string figure, long number) => new(figure, Currency ?? AllCurrencies, number, null, null);

    private StatementFigure Amount(string figure, DualSum sum) => new(
        figure, Currency ?? AllCurrencies, null, Currency is { } currency ? Money.Of(sum.Minor, currency).Amount : null,
        Money.Of(sum.EurCents, BookingPrice.Eur).Amount);

    private static StatementFigures In(string currency, IReadOnlyList<StatementLine> lines, IReadOnlyList<StatementFee> fees) => new(
        currency,
        lines.Count,
        lines.Sum(l => (long)l.Days),
        DualSum.Of(lines, l => l.Sale, l => l.Sale.CustomerTotal),
        DualSum.Of(lines, l => l.Sale, l => l.Sale.SupplierTotal),
        DualSum.Of(lines, l => l.Sale, l => l.Sale.Revenue),
        fees.Count,
        DualSum.Of(fees, f => f.Sale, f => f.Charged),
        DualSum.Of(fees, f => f.Sale, f => f.OurShare),
        DualSum.Of(lines, l => l.Sale, l => l.Settlement.DueToSupplier) + DualSum.Of(fees, f => f.Sale, f => f.Settlement.DueToSupplier),
        DualSum.Of(lines, l => l.Sale, l => l.Settlement.DueFromSupplier) + DualSum.Of(fees, f => f.Sale, f => f.Settlement.DueFromSupplier));
}
