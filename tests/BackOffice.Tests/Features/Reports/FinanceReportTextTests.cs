using ClosedXML.Excel;
using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Features.Reports;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using static CarRentalGateway.BackOffice.Tests.Features.Reports.FinanceWorld;

namespace CarRentalGateway.BackOffice.Tests.Features.Reports;

/// <summary>What customers, agents and suppliers typed stays text in every finance report, however it starts.</summary>
public sealed class FinanceReportTextTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private const string Customer = "=HYPERLINK(\"http://evil.example\",\"open\")";
    private const string Email = "+sum@example.com";
    private const string Confirmation = "-2+3";
    private const string Reason = "@SUM(1,1)";
    private const string SupplierName = "=Riga Rent";

    [Theory, AllProviders]
    public async Task Typed_text_that_looks_like_a_formula_stays_text_in_every_report(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        var riga = (await FinanceWorld.SeedAsync(app)).Riga;
        var soldAt = new DateTime(2026, 2, 1, 12, 0, 0, DateTimeKind.Utc);
        await StoreAsync(app,
            Completed(Sell(riga, "CRG-XA2222", soldAt, new DateTime(2026, 2, 7, 10, 0, 0), NetRate(10_000, 12_500), customer: Customer, email: Email),
                Confirmation),
            Cancelled(Sell(riga, "CRG-XB2222", soldAt, new DateTime(2026, 2, 20, 10, 0, 0), NetRate(10_000, 12_500), customer: Customer, email: Email),
                new DateTime(2026, 2, 5, 8, 0, 0, DateTimeKind.Utc), 4_000, reason: Reason, confirmation: Confirmation));
        var month = new ReportMonth(2026, 2);

        using var statement = await WriteAsync(app, new CommissionStatementReport("RIGA-LV", month));
        using var revenue = await WriteAsync(app, new RevenueSummaryReport(month, month));
        using var cancellations = await WriteAsync(app, new CancellationsReport(month.FirstDay, month.LastDay, null));

        AssertText(statement.Worksheet("Lines"), Confirmation, Customer);
        AssertText(statement.Worksheet("Fees"), Confirmation, Customer, Reason);
        AssertText(revenue.Worksheet("By supplier"), SupplierName);
        AssertText(cancellations.Worksheet("Cancellations"), Confirmation, SupplierName, Customer, Email, Reason);
        Assert.All(new[] { statement, revenue, cancellations }.SelectMany(w => w.Worksheets), OnlyTotalsAreFormulas);
    }

    /// <summary>Each value is in a text cell of its own, written as typed.</summary>
    private static void AssertText(IXLWorksheet sheet, params string[] values)
    {
        var cells = sheet.CellsUsed().Where(c => c.Address.RowNumber >= FirstData && !c.HasFormula).ToList();
        foreach (var value in values)
        {
            Assert.Contains(value, cells.Select(c => c.GetString()));
            Assert.All(cells.Where(c => c.GetString() == value), c => Assert.Equal(XLDataType.Text, c.DataType));
        }
    }

    private static void OnlyTotalsAreFormulas(IXLWorksheet sheet) =>
        Assert.All(sheet.CellsUsed(c => c.HasFormula), c => Assert.StartsWith("SUBTOTAL(109,", c.FormulaA1, StringComparison.Ordinal));
}
