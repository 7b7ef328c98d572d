using ClosedXML.Excel;
using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.BackOffice.Features.Reports;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using CarRentalGateway.Core.Bookings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CarRentalGateway.BackOffice.Tests.Features.Reports.FinanceWorld;

namespace CarRentalGateway.BackOffice.Tests.Features.Reports;

/// <summary>
/// February 2026. Sixt Estonia (EUR): a 15 % commission rental, prepaid, 180.00 → 200.00 (commission 27.00, markup
/// 20.00, revenue 47.00, we owe 153.00) and a net-rate rental at the desk, 100.00 → 125.00 (revenue 25.00 owed to us),
/// both dropped off in February; a late cancellation of a prepaid 15 % booking with a 40.00 fee (our share 6.00, we
/// owe 34.00) and a net-rate no-show at the desk with a 60.00 fee (our share 60 × 25 ÷ 125 = 12.00 owed to us).
/// Left out: a drop-off at midnight into March, a confirmed rental not completed, a fee cancelled on 31 January, a
/// free cancellation. "=Riga Rent" has a net-rate rental in SEK and a 10 % commission one in EUR, both at the desk.
/// </summary>
public sealed class CommissionStatementReportTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private static readonly ReportMonth February = new(2026, 2);
    private static readonly DateTime SoldAt = new(2026, 1, 5, 12, 0, 0, DateTimeKind.Utc);

    [Theory, AllProviders]
    public async Task The_lines_are_the_suppliers_rentals_completed_in_the_month_with_what_each_side_earns_and_owes(DatabaseProvider provider)
    {
        await using var app = await SeededAsync(provider);

        using var workbook = await WriteAsync(app, new CommissionStatementReport("sixt-ee", February));

        Assert.Equal(["Summary", "Lines", "Fees"], workbook.Worksheets.Select(s => s.Name));
        var lines = workbook.Worksheet("Lines");
        Assert.Equal("Commission statement · February 2026 · Supplier: Sixt Estonia (SIXT-EE)", lines.Cell(1, 1).GetString());
        Assert.Equal(
            ["Reference", "Confirmation no.", "Customer", "Pick-up (local)", "Drop-off (local)", "Days", "ACRISS", "Payment", "Customer total",
             "Supplier price", "Commission %", "Commission", "Markup", "Our revenue", "Currency", "Customer total EUR", "Our revenue EUR",
             "Due to supplier", "Due from supplier"],
            Texts(lines, Header, 19));
        Assert.Equal(Header, lines.SheetView.SplitRow);
        Assert.Equal("A4:S6", lines.AutoFilter.Range.RangeAddress.ToString());

        var prepaid = lines.Row(FirstData);
        Assert.Equal(["CRG-CMP222", "-2+3", "Ivo Kask"], Texts(lines, FirstData, 3));
        Assert.Equal(XLDataType.DateTime, prepaid.Cell(4).DataType);
        Assert.Equal(new DateTime(2026, 2, 7, 10, 0, 0), prepaid.Cell(4).GetDateTime());
        Assert.Equal(new DateTime(2026, 2, 10, 10, 0, 0), prepaid.Cell(5).GetDateTime());
        Assert.Equal("yyyy-mm-dd hh:mm", prepaid.Cell(5).Style.DateFormat.Format);
        Assert.Equal(3, Number(prepaid.Cell(6)));
        Assert.Equal(["CDMR", "Prepaid"], new[] { prepaid.Cell(7).GetString(), prepaid.Cell(8).GetString() });
        Assert.Equal([200m, 180m, 0.15m, 27m, 20m, 47m], Enumerable.Range(9, 6).Select(c => Number(prepaid.Cell(c))));
        Assert.Equal("#,##0.00", prepaid.Cell(9).Style.NumberFormat.Format);
        Assert.Equal("0.00%", prepaid.Cell(11).Style.NumberFormat.Format);
        Assert.Equal("EUR", prepaid.Cell(15).GetString());
        Assert.Equal([200m, 47m, 153m], Enumerable.Range(16, 3).Select(c => Number(prepaid.Cell(c))));
        Assert.True(prepaid.Cell(19).IsEmpty());

        var atTheDesk = lines.Row(FirstData + 1);
        Assert.Equal("CRG-NET222", atTheDesk.Cell(1).GetString());
        Assert.Equal(new DateTime(2026, 2, 28, 23, 30, 0), atTheDesk.Cell(5).GetDateTime());
        Assert.Equal("Pay at desk", atTheDesk.Cell(8).GetString());
        Assert.True(atTheDesk.Cell(11).IsEmpty(), "A net-rate rental has no commission percent.");
        Assert.True(atTheDesk.Cell(12).IsEmpty());
        Assert.Equal([125m, 100m], new[] { Number(atTheDesk.Cell(9)), Number(atTheDesk.Cell(10)) });
        Assert.Equal([25m, 25m], new[] { Number(atTheDesk.Cell(13)), Number(atTheDesk.Cell(14)) });
        Assert.True(atTheDesk.Cell(18).IsEmpty());
        Assert.Equal(25m, Number(atTheDesk.Cell(19)));

        Assert.Equal(6m, Total(lines, 6, 2));
        Assert.Equal(
            [325m, 280m, 27m, 45m, 72m, 325m, 72m, 153m, 25m],
            new[] { 9, 10, 12, 13, 14, 16, 17, 18, 19 }.Select(c => Total(lines, c, 2)));
        Assert.False(lines.Cell(FirstData + 2, 11).HasFormula, "A sum of percentages means nothing.");
    }

    [Theory, AllProviders]
    public async Task The_fees_are_the_months_cancellation_fees_and_no_show_fees_with_our_share_of_each(DatabaseProvider provider)
    {
        await using var app = await SeededAsync(provider);

        using var workbook = await WriteAsync(app, new CommissionStatementReport("SIXT-EE", February));

        var fees = workbook.Worksheet("Fees");
        Assert.Equal(
            ["Reference", "Confirmation no.", "Customer", "Kind", "Date", "Requested by", "Reason", "Payment", "Fee", "Our share", "Currency",
             "Fee EUR", "Our share EUR", "Due to supplier", "Due from supplier"],
            Texts(fees, Header, 15));
        Assert.Equal("A4:O6", fees.AutoFilter.Range.RangeAddress.ToString());

        var cancellation = fees.Row(FirstData);
        Assert.Equal(["CRG-FEE222", "BD-558812", "Anna Tamm", "Cancellation"], Texts(fees, FirstData, 4));
        Assert.Equal(XLDataType.DateTime, cancellation.Cell(5).DataType);
        Assert.Equal(new DateTime(2026, 2, 5), cancellation.Cell(5).GetDateTime());
        Assert.Equal("yyyy-mm-dd", cancellation.Cell(5).Style.DateFormat.Format);
        Assert.Equal(["Customer", "@SUM(1,1)", "Prepaid"], Texts(fees, FirstData, 8).Skip(5));
        Assert.Equal([40m, 6m], new[] { Number(cancellation.Cell(9)), Number(cancellation.Cell(10)) });
        Assert.Equal([40m, 6m, 34m], Enumerable.Range(12, 3).Select(c => Number(cancellation.Cell(c))));
        Assert.True(cancellation.Cell(15).IsEmpty());

        var noShow = fees.Row(FirstData + 1);
        Assert.Equal(["CRG-NSH222", "BD-558812", "Anna Tamm", "No-show"], Texts(fees, FirstData + 1, 4));
        Assert.Equal(new DateTime(2026, 2, 14), noShow.Cell(5).GetDateTime());
        Assert.True(noShow.Cell(6).IsEmpty());
        Assert.Equal("Pay at desk", noShow.Cell(8).GetString());
        Assert.Equal([60m, 12m], new[] { Number(noShow.Cell(9)), Number(noShow.Cell(10)) });
        Assert.True(noShow.Cell(14).IsEmpty());
        Assert.Equal(12m, Number(noShow.Cell(15)));

        Assert.Equal([100m, 18m, 100m, 18m, 34m, 12m], new[] { 9, 10, 12, 13, 14, 15 }.Select(c => Total(fees, c, 2)));
    }

    [Theory, AllProviders]
    public async Task The_summary_settles_both_ways_and_names_the_net_payable_to_the_supplier(DatabaseProvider provider)
    {
        await using var app = await SeededAsync(provider);
        var report = new CommissionStatementReport("SIXT-EE", February);

        using var workbook = await WriteAsync(app, report);

        var summary = workbook.Worksheet("Summary");
        Assert.Equal(["Figure", "Currency", "Number", "Amount", "Amount EUR"], Texts(summary, Header, 5));
        Assert.Equal("A4:E14", summary.AutoFilter.Range.RangeAddress.ToString());
        Assert.Equal(
            [
                new Figure("Completed bookings", "EUR", 2m, null, null),
                new Figure("Rental days", "EUR", 6m, null, null),
                new Figure("Customer totals", "EUR", null, 325m, 325m),
                new Figure("Supplier prices", "EUR", null, 280m, 280m),
                new Figure("Our revenue", "EUR", null, 72m, 72m),
                new Figure("Cancellation and no-show fees", "EUR", 2m, 100m, 100m),
                new Figure("Our share of fees", "EUR", null, 18m, 18m),
                new Figure("Due to supplier (prepaid)", "EUR", null, 187m, 187m),
                new Figure("Due from supplier (pay at desk)", "EUR", null, 37m, 37m),
                new Figure("Net payable to supplier", "EUR", null, 150m, 150m),
            ],
            SummaryRows(summary));
        Assert.False(summary.Row(FirstData + 10).Cells(1, 5).Any(c => c.HasFormula), "Sums of different figures mean nothing.");

        // The export's audit entry names the supplier as the heading does.
        Assert.Equal(["Supplier: Sixt Estonia (SIXT-EE)"], report.Filters);
    }

    [Theory, AllProviders]
    public async Task A_supplier_paid_at_the_desk_in_two_currencies_owes_the_commission_in_each_and_in_euros(DatabaseProvider provider)
    {
        await using var app = await SeededAsync(provider);

        using var workbook = await WriteAsync(app, new CommissionStatementReport("RIGA-LV", February));

        var summary = workbook.Worksheet("Summary");
        var rows = SummaryRows(summary);
        Assert.Equal(30, rows.Count);
        Assert.Equal(new Figure("Our revenue", "EUR", null, 15m, 15m), rows[4]);
        Assert.Equal(new Figure("Commission due from supplier", "EUR", null, 15m, 15m), rows[9]);
        Assert.Equal(new Figure("Customer totals", "SEK", null, 1_200m, 105m), rows[12]);
        Assert.Equal(new Figure("Due to supplier (prepaid)", "SEK", null, 0m, 0m), rows[17]);
        Assert.Equal(new Figure("Commission due from supplier", "SEK", null, 200m, 17.5m), rows[19]);
        Assert.Equal(new Figure("Completed bookings", "All, in EUR", 2m, null, null), rows[20]);
        Assert.Equal(new Figure("Commission due from supplier", "All, in EUR", null, null, 32.5m), rows[29]);

        // Amounts in two currencies are never added up; their euro values are.
        var lines = workbook.Worksheet("Lines");
        Assert.Equal(["CRG-REW222", "CRG-RSK222"], new[] { lines.Cell(FirstData, 1).GetString(), lines.Cell(FirstData + 1, 1).GetString() });
        Assert.False(lines.Cell(FirstData + 2, 9).HasFormula);
        Assert.False(lines.Cell(FirstData + 2, 19).HasFormula);
        Assert.Equal(255m, Total(lines, 16, 2));
        Assert.Equal(32.5m, Total(lines, 17, 2));
        Assert.Equal("A4:O4", workbook.Worksheet("Fees").AutoFilter.Range.RangeAddress.ToString());
    }

    [Theory, AllProviders]
    public async Task An_export_by_finance_is_audited_with_the_supplier_named_and_every_row_counted(DatabaseProvider provider)
    {
        await using var app = await SeededAsync(provider);
        await using var fiona = app.As(TestUser.Fiona);

        var file = await fiona.Services.GetRequiredService<ReportExportService>()
            .ExportAsync(new CommissionStatementReport("SIXT-EE", February), CancellationToken.None);

        Assert.Equal(("commission-statement-SIXT-EE-2026-02.xlsx", 14), (file.FileName, file.Rows));
        await using var db = await app.OpenDbAsync();
        var entry = Assert.Single(await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == ReportFiles.AuditEntityType).ToListAsync());
        Assert.Equal(("Commission statement", TestUser.Fiona.Name), (entry.EntityKey, entry.UserName));
        Assert.Contains(new FieldChange("Filters", null, "Supplier: Sixt Estonia (SIXT-EE)"), entry.Changes);
        Assert.Contains(new FieldChange("Rows", null, "14"), entry.Changes);
    }

    [Theory, AllProviders]
    public async Task An_unknown_supplier_is_not_found(DatabaseProvider provider)
    {
        await using var app = await SeededAsync(provider);
        var report = new CommissionStatementReport("NOPE", February);
        await using var db = await app.OpenDbAsync();

        var notFound = await Assert.ThrowsAsync<ReportNotFoundException>(() => report.CountRowsAsync(db, CancellationToken.None));

        Assert.Equal("There is no supplier NOPE.", notFound.Message);
    }

    [Fact]
    public void A_link_without_a_supplier_or_with_a_malformed_month_is_refused()
    {
        var noSupplier = CommissionStatementReport.Parse(Parameters(("month", "2026-02")));
        var badMonth = CommissionStatementReport.Parse(Parameters(("supplier", "SIXT-EE"), ("month", "2026-13")));

        Assert.Equal(("Say which supplier (supplier=…).", "supplier"), (noSupplier.Error, noSupplier.Field));
        Assert.Equal(("\"2026-13\" is not a month: write month as yyyy-mm.", "month"), (badMonth.Error, badMonth.Field));
    }

    internal static ReportParameters Parameters(params (string Name, string Value)[] values) =>
        new(values.Select(v => KeyValuePair.Create(v.Name, (string?)v.Value)));

    private static List<Figure> SummaryRows(IXLWorksheet summary) =>
        summary.Rows(FirstData, summary.LastRowUsed()!.RowNumber())
            .Select(r => new Figure(r.Cell(1).GetString(), r.Cell(2).GetString(), Optional(r.Cell(3)), Optional(r.Cell(4)), Optional(r.Cell(5))))
            .ToList();

    private static decimal? Optional(IXLCell cell) => cell.IsEmpty() ? null : Number(cell);

    private sealed record Figure(string Name, string Currency, decimal? Number, decimal? Amount, decimal? AmountEur);

    private async Task<TestApp> SeededAsync(DatabaseProvider provider)
    {
        var app = await databases.StartAsync(provider);
        var world = await FinanceWorld.SeedAsync(app);
        var (sixt, riga) = (world.Sixt, world.Riga);
        await StoreAsync(app,
            Completed(Sell(sixt, "CRG-CMP222", SoldAt, new DateTime(2026, 2, 7, 10, 0, 0), Commission(18_000, 20_000, 1_500), customer: "Ivo Kask"), "-2+3"),
            Completed(Sell(sixt, "CRG-NET222", SoldAt, new DateTime(2026, 2, 25, 23, 30, 0), NetRate(10_000, 12_500), PaymentModel.PayAtDesk)),
            Completed(Sell(sixt, "CRG-MAR222", SoldAt, new DateTime(2026, 2, 26, 0, 0, 0), NetRate(10_000, 12_500))),
            Cancelled(Sell(sixt, "CRG-FEE222", SoldAt, new DateTime(2026, 2, 20, 10, 0, 0), Commission(18_000, 20_000, 1_500)),
                new DateTime(2026, 2, 5, 8, 0, 0, DateTimeKind.Utc), 4_000, reason: "@SUM(1,1)"),
            NoShow(Sell(sixt, "CRG-NSH222", SoldAt, new DateTime(2026, 2, 14, 10, 0, 0), NetRate(10_000, 12_500), PaymentModel.PayAtDesk), 6_000),
            Cancelled(Sell(sixt, "CRG-JAN222", SoldAt, new DateTime(2026, 2, 1, 10, 0, 0), Commission(18_000, 20_000, 1_500)),
                new DateTime(2026, 1, 31, 23, 59, 59, DateTimeKind.Utc), 4_000),
            Cancelled(Sell(sixt, "CRG-FRE222", SoldAt, new DateTime(2026, 2, 20, 10, 0, 0), Commission(18_000, 20_000, 1_500)),
                new DateTime(2026, 2, 6, 8, 0, 0, DateTimeKind.Utc), 4_000, late: false),
            Confirmed(Sell(sixt, "CRG-CNF222", SoldAt, new DateTime(2026, 2, 1, 10, 0, 0), NetRate(10_000, 12_500))),
            Completed(Sell(riga, "CRG-RSK222", SoldAt, new DateTime(2026, 2, 10, 10, 0, 0), NetRate(100_000, 120_000, "SEK", 0.0875m), PaymentModel.PayAtDesk)),
            Completed(Sell(riga, "CRG-REW222", SoldAt, new DateTime(2026, 2, 3, 10, 0, 0), Commission(15_000, 15_000, 1_000), PaymentModel.PayAtDesk)));
        return app;
    }
}
