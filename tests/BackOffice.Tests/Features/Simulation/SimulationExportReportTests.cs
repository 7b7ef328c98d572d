using ClosedXML.Excel;
using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Features.Reports;
using CarRentalGateway.BackOffice.Features.Simulation;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using CarRentalGateway.BackOffice.Tests.Security;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Pricing;

namespace CarRentalGateway.BackOffice.Tests.Features.Simulation;

/// <summary>A stored run exported to Excel: its suppliers with a filter-following total, and the bookings the draft could not price.</summary>
public sealed class SimulationExportReportTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private static readonly CancellationToken None = CancellationToken.None;
    private const int HeaderRow = 4;

    private static readonly SimulationFigures Sixt = Figures(2, 300_00, 45_00, 310_00, 55_00, unpriced: 1);
    private static readonly SimulationFigures Avis = Figures(1, 100_00, 10_00, 100_00, 8_00, unpriced: 0);

    [Theory, AllProviders]
    public async Task A_run_exports_its_suppliers_with_totals_and_the_bookings_it_could_not_price(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        var run = await StoreRunAsync(app);

        await using var fiona = app.As(TestUser.Fiona);
        var file = await fiona.Reports().ExportAsync(new SimulationExportReport(run.Id), None);

        using var workbook = new XLWorkbook(file.Path);
        Assert.Equal(["Suppliers", "Not priced"], workbook.Worksheets.Select(s => s.Name));
        var suppliers = workbook.Worksheet("Suppliers");
        Assert.Equal(
            "Pricing simulation · Bookings sold 2026-10-01 to 2026-10-31 · Published set v2 against draft v3; Run 2026-11-02 08:30 UTC by ann.admin@crg.example",
            suppliers.Cell(1, 1).GetString());
        Assert.Equal(("AVIS-EE", 1, 10m, 8m, -2m), Line(suppliers.Row(HeaderRow + 1)));
        Assert.Equal(("SIXT-EE", 2, 45m, 55m, 10m), Line(suppliers.Row(HeaderRow + 2)));
        var totals = suppliers.Row(HeaderRow + 3);
        Assert.Equal("SUBTOTAL(109,C5:C6)", totals.Cell(3).FormulaA1);
        Assert.Equal([3m, 55m, 63m, 8m], new[] { 3, 5, 7, 8 }.Select(c => Cached(totals.Cell(c))));
        Assert.Equal((0.15m, "0.00%"), (suppliers.Cell(HeaderRow + 2, 9).GetValue<decimal>(), suppliers.Cell(HeaderRow + 2, 9).Style.NumberFormat.Format));
        var unpriced = workbook.Worksheet("Not priced").Row(HeaderRow + 1);
        Assert.Equal(("CRG-7F3K9Q", "SIXT-EE", "No contract", "No active contract on 2026-10-12."),
            (unpriced.Cell(1).GetString(), unpriced.Cell(2).GetString(), unpriced.Cell(3).GetString(), unpriced.Cell(4).GetString()));
        Assert.Equal((3, $"pricing-simulation-2026-11-02-0830.xlsx"), (file.Rows, file.FileName));
    }

    [Theory, AllProviders]
    public async Task A_run_that_does_not_exist_is_not_found(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await using var ann = app.As(TestUser.Ann);
        var missing = Guid.NewGuid();

        var refused = await Assert.ThrowsAsync<ReportNotFoundException>(() => ann.Reports().ExportAsync(new SimulationExportReport(missing), None));

        Assert.Equal($"There is no pricing simulation run {missing}.", refused.Message);
    }

    // ClosedXML 0.95.4 cannot evaluate SUBTOTAL: the writer stores each total's value with its formula.
    private static decimal Cached(IXLCell cell) => Convert.ToDecimal(cell.CachedValue, System.Globalization.CultureInfo.InvariantCulture);

    private static (string, int, decimal, decimal, decimal) Line(IXLRow row) => (
        row.Cell(1).GetString(), row.Cell(3).GetValue<int>(), row.Cell(5).GetValue<decimal>(), row.Cell(7).GetValue<decimal>(), row.Cell(8).GetValue<decimal>());

    private static async Task<SimulationRun> StoreRunAsync(TestApp app)
    {
        var run = new SimulationRun
        {
            Id = Guid.NewGuid(),
            RunAtUtc = new DateTime(2026, 11, 2, 8, 30, 0, DateTimeKind.Utc),
            RunBy = TestUser.Ann.Name,
            BookedFrom = new DateOnly(2026, 10, 1),
            BookedTo = new DateOnly(2026, 10, 31),
            PublishedRuleSetId = Guid.NewGuid(),
            PublishedRuleSetNumber = 2,
            DraftRuleSetId = Guid.NewGuid(),
            DraftRuleSetNumber = 3,
            Total = Figures(3, 400_00, 55_00, 410_00, 63_00, unpriced: 1),
            Suppliers = [new SupplierFigures("AVIS-EE", "Avis Estonia", Avis), new SupplierFigures("SIXT-EE", "Sixt Estonia", Sixt)],
            Unpriced = [new UnpricedBookingRow("CRG-7F3K9Q", "SIXT-EE", CannotPriceReason.NoContract, "No active contract on 2026-10-12.")],
            UnpricedCount = 1,
        };
        await using var db = await app.OpenDbAsync();
        db.SimulationRuns.Add(run);
        await db.SaveChangesAsync();
        return run;
    }

    private static SimulationFigures Figures(int bookings, long sales, long revenue, long simulatedSales, long simulatedRevenue, int unpriced) => new(
        bookings, Eur(sales), Eur(revenue), Eur(simulatedSales), Eur(simulatedRevenue), unpriced, PricedDifferentlyByPublished: 0);

    private static Money Eur(long cents) => Money.Of(cents, "EUR");
}
