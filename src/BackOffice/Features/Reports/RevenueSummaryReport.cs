using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Features.Reports.Excel;
using CarRentalGateway.Core.Bookings;
using CarRentalGateway.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace CarRentalGateway.BackOffice.Features.Reports;

/// <summary>
/// Revenue per month × supplier and per month × pick-up country over whole months. A booking belongs to the month it
/// was sold in (UTC), as sales are counted: cancelled ones count as cancellations of that month, the others as
/// bookings, rental days and sales; revenue is our revenue on bookings that went ahead plus our share of the fees of
/// cancelled and no-show ones.
/// </summary>
public sealed class RevenueSummaryReport(ReportMonth from, ReportMonth to) : IExcelReport
{
    public const string Name = "revenue-summary";
    public const string FromParameter = "from";
    public const string ToParameter = "to";

    /// <summary>Three years, enough to compare a month with the same month two years before.</summary>
    public const int MaxMonths = 36;

    private static readonly ReportColumns<RevenueRow> SupplierColumns = Columns(columns => columns
        .Text("Supplier code", 14, r => r.Key)
        .Text("Supplier", 26, r => r.Name));

    private static readonly ReportColumns<RevenueRow> CountryColumns = Columns(columns => columns
        .Text("Country", 9, r => r.Key));

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
            : to.Value.FirstDay >= from.Value.FirstDay.AddMonths(MaxMonths) ? Result.Fail<IExcelReport>(
                $"A revenue summary covers at most {MaxMonths} months: from {from.Value} the last month is {Last(from.Value)} at the latest.", ToParameter)
            : Result.Ok<IExcelReport>(new RevenueSummaryReport(from.Value, to.Value));
    }

    public async Task<int> CountRowsAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var bookings = Sold(db);
        var suppliers = await bookings
            .GroupBy(b => new { b.CreatedAtUtc.Year, b.CreatedAtUtc.Month, b.SupplierId })
            .Select(g => g.Key)
            .CountAsync(cancellationToken);
        var countries = await (
                from b in bookings
                join l in db.Locations on b.PickUpLocationId equals l.Id
                group b by new { b.CreatedAtUtc.Year, b.CreatedAtUtc.Month, l.CountryCode } into g
                select g.Key)
            .CountAsync(cancellationToken);
        return suppliers + countries;
    }

    /// <remarks>
    /// The euro figures are summed from each booking's own amounts, converted at its own rate and rounded per booking,
    /// which SQL cannot do here (SQLite has no decimal arithmetic or sums through EF Core), so the bookings stream by,
    /// a few columns each, into one running tally per row of the report: memory grows with the rows, not the bookings.
    /// </remarks>
    public async Task<int> WriteAsync(
        AppDbContext db, ExcelReportWriter writer, ReportHeading heading, IProgress<int> rowsWritten, CancellationToken cancellationToken)
    {
        var bySupplier = new Dictionary<(ReportMonth Month, Guid Supplier), RevenueTally>();
        var byCountry = new Dictionary<(ReportMonth Month, string Country), RevenueTally>();
        var bookings =
            from b in Sold(db)
            join l in db.Locations on b.PickUpLocationId equals l.Id
            select new SoldBooking(
                b.CreatedAtUtc, b.SupplierId, l.CountryCode, b.Status, b.RentalDays, b.CancellationFeeMinor ?? b.NoShowFeeMinor,
                new SaleAmounts(
                    b.Currency, b.EurPerUnit, b.CommercialModel, b.CommissionBasisPoints, b.CustomerTotalMinor, b.SupplierTotalMinor, b.CommissionMinor));
        await foreach (var booking in bookings.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var month = ReportMonth.Of(DateOnly.FromDateTime(booking.SoldAtUtc));
            Tally(bySupplier, (month, booking.SupplierId)).Add(booking);
            Tally(byCountry, (month, booking.CountryCode)).Add(booking);
        }

        var suppliers = await db.Suppliers.AsNoTracking()
            .Select(s => new { s.Id, s.Code, s.Name })
            .ToDictionaryAsync(s => s.Id, cancellationToken);
        var supplierRows = bySupplier
            .Select(t => new RevenueRow(t.Key.Month.ToString(), suppliers[t.Key.Supplier].Code, suppliers[t.Key.Supplier].Name, t.Value))
            .OrderBy(r => r.Month, StringComparer.Ordinal).ThenBy(r => r.Key, StringComparer.Ordinal);
        var countryRows = byCountry
            .Select(t => new RevenueRow(t.Key.Month.ToString(), t.Key.Country, null, t.Value))
            .OrderBy(r => r.Month, StringComparer.Ordinal).ThenBy(r => r.Key, StringComparer.Ordinal);

        var rows = writer.AddSheet("By supplier", heading, SupplierColumns, supplierRows);
        rows += writer.AddSheet("By country", heading, CountryColumns, countryRows);
        rowsWritten.Report(rows);
        return rows;
    }

    private static ReportMonth Last(ReportMonth from) => ReportMonth.Of(from.FirstDay.AddMonths(MaxMonths - 1));

    /// <summary>The month as text ("2026-11"), then what the row is of, then the same figures on both sheets.</summary>
    private static ReportColumns<RevenueRow> Columns(Func<ReportColumns<RevenueRow>, ReportColumns<RevenueRow>> keyColumns) =>
        keyColumns(new ReportColumns<RevenueRow>().Text("Month", 9, r => r.Month))
            .WholeNumber("Bookings", 10, r => r.Tally.Bookings, total: true)
            .WholeNumber("Rental days", 12, r => r.Tally.RentalDays, total: true)
            .Money("Sales EUR", 15, r => r.Tally.SalesEurCents / 100m, total: true)
            .Money("Revenue EUR", 15, r => r.Tally.RevenueEurCents / 100m, total: true)
            .WholeNumber("Cancellations", 14, r => r.Tally.Cancellations, total: true)
            .Percent("Cancellation rate", 17, r => r.Tally.CancellationRate);

    private static RevenueTally Tally<TKey>(Dictionary<TKey, RevenueTally> tallies, TKey key)
        where TKey : notnull
    {
        if (!tallies.TryGetValue(key, out var tally))
        {
            tallies[key] = tally = new RevenueTally();
        }

        return tally;
    }

    /// <summary>Every booking sold in the months, whatever its status now; the <c>CreatedAtUtc</c> index serves the range.</summary>
    private IQueryable<Booking> Sold(AppDbContext db)
    {
        var (fromUtc, toUtc) = (From.FirstDay.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), To.Next().FirstDay.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        return db.Bookings.AsNoTracking().Where(b => b.CreatedAtUtc >= fromUtc && b.CreatedAtUtc < toUtc);
    }

    private sealed record SoldBooking(
        DateTime SoldAtUtc, Guid SupplierId, string CountryCode, BookingStatus Status, int RentalDays, long? FeeMinor, SaleAmounts Sale);

    /// <summary>A row of either sheet: the month, the supplier's code and name or the country's code, and its figures.</summary>
    private sealed record RevenueRow(string Month, string Key, string? Name, RevenueTally Tally);

    /// <summary>The running figures of one row, in whole euro cents so the sums stay exact.</summary>
    private sealed class RevenueTally
    {
        public long Bookings { get; private set; }

        public long RentalDays { get; private set; }

        public long SalesEurCents { get; private set; }

        public long RevenueEurCents { get; private set; }

        public long Cancellations { get; private set; }

        /// <summary>Cancellations ÷ every booking sold in the month, cancelled or not.</summary>
        public decimal CancellationRate => (decimal)Cancellations / (Bookings + Cancellations);

        public void Add(SoldBooking booking)
        {
            var sale = booking.Sale;
            if (booking.Status == BookingStatus.Cancelled)
            {
                Cancellations++;
            }
            else
            {
                Bookings++;
                RentalDays += booking.RentalDays;
                SalesEurCents += sale.Eur(sale.CustomerTotal).MinorUnits;
            }

            // A cancelled or no-show booking earns only our share of its fee; any other earns its revenue.
            RevenueEurCents += booking.Status is BookingStatus.Cancelled or BookingStatus.NoShow
                ? sale.Eur(sale.OurShareOf(sale.In(booking.FeeMinor ?? 0))).MinorUnits
                : sale.Eur(sale.Revenue).MinorUnits;
        }
    }
}
