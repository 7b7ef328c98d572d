using ClosedXML.Excel;
using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Features.Reports;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using CarRentalGateway.Core.Bookings;
using static CarRentalGateway.BackOffice.Tests.Features.Reports.CommissionStatementReportTests;
using static CarRentalGateway.BackOffice.Tests.Features.Reports.FinanceWorld;

namespace CarRentalGateway.BackOffice.Tests.Features.Reports;

/// <summary>
/// Cancelled in February 2026 (UTC): at Sixt at the first second of the month, a prepaid 200.00 EUR booking with the
/// 40.00 late fee (refund 160.00); at "=Riga Rent" a prepaid 1,200.00 SEK booking cancelled free by the supplier
/// (refund 1,200.00 SEK = 105.00 EUR at 0.0875); at Sixt at the last second of the month, a pay-at-desk booking with the
/// late fee (paid and refunded nothing). Cancelled a second before and a second after February:
/// left out.
/// </summary>
public sealed class CancellationsReportTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private static readonly DateOnly First = new(2026, 2, 1);
    private static readonly DateOnly Last = new(2026, 2, 28);

    [Theory, AllProviders]
    public async Task The_bookings_cancelled_in_the_period_are_listed_oldest_first_with_fee_and_refund(DatabaseProvider provider)
    {
        await using var app = await SeededAsync(provider);

        using var workbook = await WriteAsync(app, new CancellationsReport(First, Last, null));

        var sheet = Assert.Single(workbook.Worksheets);
        Assert.Equal("Cancellations", sheet.Name);
        Assert.Equal("Cancellations · Cancelled 2026-02-01 to 2026-02-28 (UTC) · no filters", sheet.Cell(1, 1).GetString());
        Assert.Equal(
            ["Reference", "Confirmation no.", "Supplier code", "Supplier", "Customer", "E-mail", "Booked at (UTC)", "Pick-up (local)",
             "Cancelled at (UTC)", "Cancelled by", "Requested by", "Reason", "Customer total", "Paid", "Fee", "Refund", "Currency", "Fee EUR",
             "Refund EUR"],
            Texts(sheet, Header, 19));
        Assert.Equal(Header, sheet.SheetView.SplitRow);
        Assert.Equal("A4:S7", sheet.AutoFilter.Range.RangeAddress.ToString());
        Assert.Equal(["CRG-CA2222", "CRG-CB2222", "CRG-CC2222"], Enumerable.Range(FirstData, 3).Select(r => sheet.Cell(r, 1).GetString()));

        var first = sheet.Row(FirstData);
        Assert.Equal(["CRG-CA2222", "-2+3", "SIXT-EE", "Sixt Estonia", "=1+2", "+sum@example.com"], Texts(sheet, FirstData, 6));
        Assert.Equal(XLDataType.DateTime, first.Cell(7).DataType);
        Assert.Equal(new DateTime(2026, 1, 10, 12, 0, 0), first.Cell(7).GetDateTime());
        Assert.Equal(new DateTime(2026, 2, 3, 10, 0, 0), first.Cell(8).GetDateTime());
        Assert.Equal(new DateTime(2026, 2, 1, 0, 0, 0), first.Cell(9).GetDateTime());
        Assert.Equal("yyyy-mm-dd hh:mm", first.Cell(9).Style.DateFormat.Format);
        Assert.Equal(["sam.support@crg.example", "Customer", "@SUM(1,1)"], Texts(sheet, FirstData, 12).Skip(9));
        Assert.Equal([200m, 200m, 40m, 160m], Enumerable.Range(13, 4).Select(c => Number(first.Cell(c))));
        Assert.Equal("EUR", first.Cell(17).GetString());
        Assert.Equal([40m, 160m], new[] { Number(first.Cell(18)), Number(first.Cell(19)) });

        var riga = sheet.Row(FirstData + 1);
        Assert.Equal(["Supplier", "Car unavailable"], new[] { riga.Cell(11).GetString(), riga.Cell(12).GetString() });
        Assert.Equal([1_200m, 1_200m, 0m, 1_200m], Enumerable.Range(13, 4).Select(c => Number(riga.Cell(c))));
        Assert.Equal("SEK", riga.Cell(17).GetString());
        Assert.Equal([0m, 105m], new[] { Number(riga.Cell(18)), Number(riga.Cell(19)) });

        var atTheDesk = sheet.Row(FirstData + 2);
        Assert.Equal(new DateTime(2026, 2, 28, 23, 59, 59), atTheDesk.Cell(9).GetDateTime());
        Assert.Equal("Customer", atTheDesk.Cell(11).GetString());
        Assert.Equal([200m, 0m, 40m, 0m], Enumerable.Range(13, 4).Select(c => Number(atTheDesk.Cell(c))));

        // Euros add up; euros and kronor do not.
        Assert.Equal([80m, 265m], new[] { Total(sheet, 18, 3), Total(sheet, 19, 3) });
        Assert.All(Enumerable.Range(13, 4), c => Assert.False(sheet.Cell(FirstData + 3, c).HasFormula));
    }

    [Theory, AllProviders]
    public async Task One_suppliers_cancellations_are_named_by_the_supplier_and_totalled_in_its_currency(DatabaseProvider provider)
    {
        await using var app = await SeededAsync(provider);
        var report = new CancellationsReport(First, Last, "sixt-ee");

        using var workbook = await WriteAsync(app, report);

        var sheet = workbook.Worksheet("Cancellations");
        Assert.Equal("Cancellations · Cancelled 2026-02-01 to 2026-02-28 (UTC) · Supplier: Sixt Estonia (SIXT-EE)", sheet.Cell(1, 1).GetString());
        Assert.Equal(["CRG-CA2222", "CRG-CC2222"], Enumerable.Range(FirstData, 2).Select(r => sheet.Cell(r, 1).GetString()));
        Assert.Equal([400m, 200m, 80m, 160m, 80m, 160m], new[] { 13, 14, 15, 16, 18, 19 }.Select(c => Total(sheet, c, 2)));
        Assert.Equal(["Supplier: Sixt Estonia (SIXT-EE)"], report.Filters);
    }

    [Theory, AllProviders]
    public async Task An_unknown_supplier_is_not_found(DatabaseProvider provider)
    {
        await using var app = await SeededAsync(provider);
        await using var db = await app.OpenDbAsync();

        var notFound = await Assert.ThrowsAsync<ReportNotFoundException>(
            () => new CancellationsReport(First, Last, "NOPE").CountRowsAsync(db, CancellationToken.None));

        Assert.Equal("There is no supplier NOPE.", notFound.Message);
    }

    [Theory]
    [InlineData("2026-02-01", "2026-01-31", "The last day is before the first.", "to")]
    [InlineData("2026-02-01", "", "Say the last day (to=yyyy-mm-dd).", "to")]
    [InlineData("1 Feb", "2026-02-28", "\"1 Feb\" is not a date: write from as yyyy-mm-dd.", "from")]
    public void A_period_that_is_missing_malformed_or_backwards_is_refused(string from, string to, string refusal, string field)
    {
        var report = CancellationsReport.Parse(Parameters(("from", from), ("to", to)));

        Assert.Equal((refusal, field), (report.Error, report.Field));
    }

    private async Task<TestApp> SeededAsync(DatabaseProvider provider)
    {
        var app = await databases.StartAsync(provider);
        var world = await FinanceWorld.SeedAsync(app);
        var (sixt, riga) = (world.Sixt, world.Riga);
        var soldAt = new DateTime(2026, 1, 10, 12, 0, 0, DateTimeKind.Utc);
        var pickUp = new DateTime(2026, 2, 3, 10, 0, 0);
        var total = Commission(18_000, 20_000, 1_500);
        await StoreAsync(app,
            Cancelled(
                Sell(sixt, "CRG-CA2222", soldAt, pickUp, total, customer: "=1+2", email: "+sum@example.com"),
                new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc), 4_000, reason: "@SUM(1,1)", confirmation: "-2+3"),
            Cancelled(Sell(riga, "CRG-CB2222", soldAt, pickUp, NetRate(100_000, 120_000, "SEK", 0.0875m)),
                new DateTime(2026, 2, 10, 12, 0, 0, DateTimeKind.Utc), 4_000, by: CancellationParty.Supplier, reason: "Car unavailable"),
            Cancelled(Sell(sixt, "CRG-CC2222", soldAt, pickUp, total, PaymentModel.PayAtDesk),
                new DateTime(2026, 2, 28, 23, 59, 59, DateTimeKind.Utc), 4_000),
            Cancelled(Sell(sixt, "CRG-CD2222", soldAt, pickUp, total), new DateTime(2026, 1, 31, 23, 59, 59, DateTimeKind.Utc), 4_000),
            Cancelled(Sell(sixt, "CRG-CE2222", soldAt, pickUp, total), new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc), 4_000));
        return app;
    }
}
