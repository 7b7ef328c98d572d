using ClosedXML.Excel;
using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Features.Reports;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using CarRentalGateway.Core.Bookings;
using static CarRentalGateway.BackOffice.Tests.Features.Reports.CommissionStatementReportTests;
using static CarRentalGateway.BackOffice.Tests.Features.Reports.FinanceWorld;

namespace CarRentalGateway.BackOffice.Tests.Features.Reports;

/// <summary>
/// January and February 2026, by the month each booking was sold. Sixt Estonia in January: a completed 15 % rental
/// 180.00 → 200.00 (revenue 47.00, 3 days), a confirmed net-rate one 100.00 → 125.00 (revenue 25.00, 4 days) and a
/// late cancellation with a 40.00 fee (our share 6.00); in February a net-rate no-show with a 60.00 fee (our share
/// 12.00; still a sale of 125.00 over 3 days). "=Riga Rent" in Latvia in January: a net-rate booking on request in SEK,
/// 1,000.00 → 1,200.00 SEK at 0.0875 (sales 105.00 EUR, revenue 17.50 EUR, 5 days) and a free cancellation.
/// Sold on 31 December and on 1 March: left out.
/// </summary>
public sealed class RevenueSummaryReportTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private static readonly RevenueSummaryReport JanuaryToFebruary = new(new ReportMonth(2026, 1), new ReportMonth(2026, 2));

    [Theory, AllProviders]
    public async Task Each_month_has_a_row_per_supplier_with_its_sales_revenue_and_cancellations(DatabaseProvider provider)
    {
        await using var app = await SeededAsync(provider);

        using var workbook = await WriteAsync(app, JanuaryToFebruary);

        Assert.Equal(["By supplier", "By country"], workbook.Worksheets.Select(s => s.Name));
        var sheet = workbook.Worksheet("By supplier");
        Assert.Equal("Revenue summary · January 2026 to February 2026 · no filters", sheet.Cell(1, 1).GetString());
        Assert.Equal(
            ["Month", "Supplier code", "Supplier", "Bookings", "Rental days", "Sales EUR", "Revenue EUR", "Cancellations", "Cancellation rate"],
            Texts(sheet, Header, 9));
        Assert.Equal(Header, sheet.SheetView.SplitRow);
        Assert.Equal("A4:I7", sheet.AutoFilter.Range.RangeAddress.ToString());
        Assert.Equal(
            [
                new Line("2026-01", "RIGA-LV", "=Riga Rent", 1, 5, 105m, 17.5m, 1, 0.5m),
                new Line("2026-01", "SIXT-EE", "Sixt Estonia", 2, 7, 325m, 78m, 1, 0.3333m),
                new Line("2026-02", "SIXT-EE", "Sixt Estonia", 1, 3, 125m, 12m, 0, 0m),
            ],
            Lines(sheet, withName: true));
        Assert.Equal(XLDataType.Text, sheet.Cell(FirstData, 1).DataType);
        Assert.Equal("#,##0.00", sheet.Cell(FirstData, 6).Style.NumberFormat.Format);
        Assert.Equal("0.00%", sheet.Cell(FirstData, 9).Style.NumberFormat.Format);

        Assert.Equal([4m, 15m, 555m, 107.5m, 2m], Enumerable.Range(4, 5).Select(c => Total(sheet, c, 3)));
        Assert.False(sheet.Cell(FirstData + 3, 9).HasFormula);
    }

    [Theory, AllProviders]
    public async Task Each_month_has_a_row_per_pick_up_country(DatabaseProvider provider)
    {
        await using var app = await SeededAsync(provider);

        using var workbook = await WriteAsync(app, JanuaryToFebruary);

        var sheet = workbook.Worksheet("By country");
        Assert.Equal(
            ["Month", "Country", "Bookings", "Rental days", "Sales EUR", "Revenue EUR", "Cancellations", "Cancellation rate"],
            Texts(sheet, Header, 8));
        Assert.Equal(
            [
                new Line("2026-01", "EE", null, 2, 7, 325m, 78m, 1, 0.3333m),
                new Line("2026-01", "LV", null, 1, 5, 105m, 17.5m, 1, 0.5m),
                new Line("2026-02", "EE", null, 1, 3, 125m, 12m, 0, 0m),
            ],
            Lines(sheet, withName: false));
        Assert.Equal([4m, 15m, 555m, 107.5m, 2m], Enumerable.Range(3, 5).Select(c => Total(sheet, c, 3)));
    }

    [Theory]
    [InlineData("2026-01", "2028-12", null)]
    [InlineData("2026-01", "2029-01", "A revenue summary covers at most 36 months: from 2026-01 the last month is 2028-12 at the latest.")]
    [InlineData("2026-03", "2026-02", "The last month is before the first.")]
    [InlineData("2026-03", "2026-3x", "\"2026-3x\" is not a month: write to as yyyy-mm.")]
    public void The_months_are_checked_and_span_at_most_three_years(string from, string to, string? refusal)
    {
        var report = RevenueSummaryReport.Parse(Parameters(("from", from), ("to", to)));

        Assert.Equal(refusal, report.Error);
        Assert.Equal(refusal is null ? null : "to", report.Field);
    }

    /// <summary>A row as read back, the cancellation rate to four decimals (a third is 0.3333).</summary>
    private sealed record Line(
        string Month, string Key, string? Name, long Bookings, long Days, decimal Sales, decimal Revenue, long Cancellations, decimal Rate);

    private static List<Line> Lines(IXLWorksheet sheet, bool withName)
    {
        var skip = withName ? 1 : 0;
        return sheet.Rows(FirstData, sheet.LastRowUsed()!.RowNumber() - 1)
            .Select(r => new Line(
                r.Cell(1).GetString(), r.Cell(2).GetString(), withName ? r.Cell(3).GetString() : null,
                (long)Number(r.Cell(3 + skip)), (long)Number(r.Cell(4 + skip)), Number(r.Cell(5 + skip)), Number(r.Cell(6 + skip)),
                (long)Number(r.Cell(7 + skip)), Math.Round(Number(r.Cell(8 + skip)), 4)))
            .ToList();
    }

    private async Task<TestApp> SeededAsync(DatabaseProvider provider)
    {
        var app = await databases.StartAsync(provider);
        var world = await FinanceWorld.SeedAsync(app);
        var (sixt, riga) = (world.Sixt, world.Riga);
        DateTime Sold(int month, int day) => new(2026, month, day, 12, 0, 0, DateTimeKind.Utc);
        await StoreAsync(app,
            Completed(Sell(sixt, "CRG-SA2222", Sold(1, 10), new DateTime(2026, 2, 7, 10, 0, 0), Commission(18_000, 20_000, 1_500))),
            Confirmed(Sell(sixt, "CRG-SB2222", Sold(1, 20), new DateTime(2026, 3, 20, 10, 0, 0), NetRate(10_000, 12_500), days: 4)),
            Cancelled(Sell(sixt, "CRG-SC2222", Sold(1, 25), new DateTime(2026, 2, 20, 10, 0, 0), Commission(18_000, 20_000, 1_500)),
                Sold(2, 19), 4_000),
            NoShow(Sell(sixt, "CRG-SD2222", Sold(2, 3), new DateTime(2026, 2, 14, 10, 0, 0), NetRate(10_000, 12_500), PaymentModel.PayAtDesk), 6_000),
            Sell(sixt, "CRG-SE2222", new DateTime(2025, 12, 31, 23, 59, 59, DateTimeKind.Utc), new DateTime(2026, 2, 1, 10, 0, 0), NetRate(10_000, 12_500)),
            Sell(sixt, "CRG-SF2222", new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 4, 1, 10, 0, 0), NetRate(10_000, 12_500)),
            Sell(riga, "CRG-RA2222", Sold(1, 15), new DateTime(2026, 4, 1, 10, 0, 0), NetRate(100_000, 120_000, "SEK", 0.0875m), days: 5),
            Cancelled(Sell(riga, "CRG-RB2222", Sold(1, 16), new DateTime(2026, 4, 1, 10, 0, 0), NetRate(10_000, 12_500)), Sold(1, 17), 4_000, late: false));
        return app;
    }
}
