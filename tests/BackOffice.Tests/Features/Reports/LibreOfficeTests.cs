using System.Globalization;
using ClosedXML.Excel;
using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Features.Bookings;
using CarRentalGateway.BackOffice.Features.Reports;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using CarRentalGateway.BackOffice.Tests.Security;
using CarRentalGateway.Core.Bookings;
using static CarRentalGateway.BackOffice.Tests.Features.Reports.FinanceWorld;

namespace CarRentalGateway.BackOffice.Tests.Features.Reports;

/// <summary>
/// Every report opens in LibreOffice Calc as it reads in the file: each sheet loads, each cell shows in its number or
/// date format, Calc's own recalculation of every total gives the value the file holds, and customer text that looks
/// like a formula stays text.
/// </summary>
public sealed class LibreOfficeTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private static readonly DateTime SoldAt = new(2026, 1, 5, 12, 0, 0, DateTimeKind.Utc);

    public static TheoryData<string> Reports => new()
    {
        "/reports/bookings.xlsx?sort=reference",
        "/reports/commission-statement.xlsx?supplier=SIXT-EE&month=2026-02",
        "/reports/revenue-summary.xlsx?from=2026-01&to=2026-02",
        "/reports/cancellations.xlsx?from=2026-02-01&to=2026-02-28",
    };

    [Theory, MemberData(nameof(Reports))]
    public async Task The_report_shows_in_calc_as_it_was_written(string link)
    {
        await using var app = await databases.StartAsync(DatabaseProvider.Sqlite);
        var world = await SeedAsync(app);
        await StoreAsync(app,
            Completed(Sell(world.Sixt, "CRG-CMP222", SoldAt, new DateTime(2026, 2, 7, 10, 0, 0), Commission(18_000, 123_456, 1_500), customer: "=1+1 Tamm"), "-2+3"),
            Completed(Sell(world.Sixt, "CRG-NET222", SoldAt, new DateTime(2026, 2, 25, 23, 30, 0), NetRate(10_000, 12_500), PaymentModel.PayAtDesk)),
            Cancelled(Sell(world.Sixt, "CRG-FEE222", SoldAt, new DateTime(2026, 2, 20, 10, 0, 0), Commission(18_000, 20_000, 1_500)),
                new DateTime(2026, 2, 5, 8, 0, 0, DateTimeKind.Utc), 4_000, reason: "@SUM(1,1)"),
            Completed(Sell(world.Riga, "CRG-RSK222", SoldAt, new DateTime(2026, 2, 10, 10, 0, 0), NetRate(100_000, 120_000, "SEK", 0.0875m), PaymentModel.PayAtDesk)));
        var report = ReportCatalog.FromLink(link).Value;

        await using var fiona = app.As(TestUser.Fiona);
        var file = await fiona.Reports().ExportAsync(report, CancellationToken.None);
        var shown = await LibreOffice.SheetsAsync(file.Path);

        using var workbook = new XLWorkbook(file.Path);
        Assert.Equal(workbook.Worksheets.Select(s => s.Name).Order(), shown.Keys.Order());
        var differences = workbook.Worksheets
            .SelectMany(sheet => sheet.CellsUsed().Select(cell => (Where: $"{sheet.Name}!{cell.Address}", Written: AsShown(cell), InCalc: At(shown[sheet.Name], cell))))
            .Where(cell => cell.Written != cell.InCalc)
            .Select(cell => $"{cell.Where}: written {cell.Written}, Calc shows {cell.InCalc}")
            .ToList();
        Assert.Empty(differences);
    }

    [Fact]
    public async Task Customer_text_that_looks_like_a_formula_shows_as_typed_in_calc()
    {
        await using var app = await databases.StartAsync(DatabaseProvider.Sqlite);
        var world = await SeedAsync(app);
        await StoreAsync(app, Sell(world.Sixt, "CRG-CMP222", SoldAt, new DateTime(2026, 2, 7, 10, 0, 0), Commission(18_000, 20_000, 1_500), customer: "=1+1"));

        await using var fiona = app.As(TestUser.Fiona);
        var file = await fiona.Reports().ExportAsync(new BookingsExportReport(new BookingQuery()), CancellationToken.None);
        var bookings = (await LibreOffice.SheetsAsync(file.Path))["Bookings"];

        Assert.Equal(["CRG-CMP222", "", "On request", "=1+1"], bookings[FirstData - 1].Take(4));
    }

    private static string At(IReadOnlyList<string[]> rows, IXLCell cell) =>
        cell.Address.RowNumber <= rows.Count && cell.Address.ColumnNumber <= rows[cell.Address.RowNumber - 1].Length
            ? rows[cell.Address.RowNumber - 1][cell.Address.ColumnNumber - 1]
            : "(nothing)";

    /// <summary>The cell as its format shows it; a total as the value the file holds with its formula.</summary>
    private static string AsShown(IXLCell cell)
    {
        if (cell.HasFormula)
        {
            return Formatted(Convert.ToDecimal(cell.CachedValue, CultureInfo.InvariantCulture), cell.Style.NumberFormat.Format);
        }

        return cell.DataType switch
        {
            XLDataType.Number => Formatted(cell.GetValue<decimal>(), cell.Style.NumberFormat.Format),
            XLDataType.DateTime => cell.GetDateTime().ToString(
                cell.Style.DateFormat.Format == "yyyy-mm-dd" ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            XLDataType.Boolean => cell.GetBoolean() ? "TRUE" : "FALSE",
            _ => cell.GetString(),
        };
    }

    private static string Formatted(decimal value, string format) => format switch
    {
        "0.00%" => (value * 100).ToString("0.00", CultureInfo.InvariantCulture) + "%",
        _ => value.ToString(format, CultureInfo.InvariantCulture),
    };
}
