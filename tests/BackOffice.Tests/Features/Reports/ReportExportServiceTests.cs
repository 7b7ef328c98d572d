using ClosedXML.Excel;
using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.BackOffice.Features.Bookings;
using CarRentalGateway.BackOffice.Features.Reports;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.BackOffice.Tests.Data.Bookings;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using CarRentalGateway.BackOffice.Tests.Security;
using CarRentalGateway.Core.Bookings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarRentalGateway.BackOffice.Tests.Features.Reports;

/// <summary>Exports through the service: the bookings export against the list it copies, the audit, and background exports.</summary>
public sealed class ReportExportServiceTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private static readonly CancellationToken None = CancellationToken.None;
    private const int FirstDataRow = 5;

    [Theory, AllProviders]
    public async Task The_bookings_export_has_every_row_of_the_search_on_all_pages_in_the_lists_order(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await SeedAsync(app, world => [
            .. Enumerable.Range(0, 120).Select(i => world.Sell(name: $"Customer {i % 7} No{i:D3}", totalCents: 10_000 + i)),
            world.Sell(name: "Avis Only", station: world.AvisAirport),
        ]);
        var search = new BookingQuery { SupplierCode = "SIXT-EE", SortBy = BookingSortColumns.Customer, Descending = true };
        var listed = new List<string>();
        await using (var sam = app.As(TestUser.Sam))
        {
            for (var page = 0; page < 3; page++)
            {
                listed.AddRange((await sam.BookingSearch().SearchAsync(search with { Page = page }, None)).Items.Select(b => b.Reference));
            }
        }

        await using var fiona = app.As(TestUser.Fiona);
        var file = await fiona.Reports().ExportAsync(new BookingsExportReport(search with { Page = 2 }), None);

        using var workbook = new XLWorkbook(file.Path);
        var sheet = workbook.Worksheet("Bookings");
        Assert.Equal("Bookings export · All dates · Supplier: SIXT-EE", sheet.Cell(1, 1).GetString());
        Assert.Equal(BookingsExportReport.Columns.All.Select(c => c.Header), sheet.Row(FirstDataRow - 1).CellsUsed().Select(c => c.GetString()));
        var exported = Enumerable.Range(FirstDataRow, 120).Select(r => sheet.Cell(r, 1).GetString()).ToList();
        Assert.Equal(120, listed.Count);
        Assert.Equal(listed, exported);
        Assert.Equal((120, "bookings.xlsx"), (file.Rows, file.FileName));
        var totalColumn = BookingsExportReport.Columns.All.ToList().FindIndex(c => c.Header == "Total") + 1;
        var seventh = sheet.Column(4).CellsUsed().Single(c => c.GetString() == "Customer 0 No007").WorksheetRow();
        Assert.Equal((XLDataType.Number, 100.07m, "#,##0.00"),
            (seventh.Cell(totalColumn).DataType, seventh.Cell(totalColumn).GetValue<decimal>(), seventh.Cell(totalColumn).Style.NumberFormat.Format));
    }

    [Theory, AllProviders]
    public async Task Customer_typed_text_that_looks_like_a_formula_is_exported_as_text(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        string[] hostile = ["=HYPERLINK(\"http://evil.example\",\"x\")", "+1+1", "-2+3", "@SUM(A1)"];
        // E-mails are checked when sold, but may still begin with a formula's first character.
        await SeedAsync(app, world => hostile.Select((name, i) => world.Sell(name: name, email: $"{"=+-="[i]}evil{i}@example.com")).ToArray());

        await using var ann = app.As(TestUser.Ann);
        var file = await ann.Reports().ExportAsync(new BookingsExportReport(new BookingQuery { SortBy = BookingSortColumns.Customer }), None);

        using var workbook = new XLWorkbook(file.Path);
        var sheet = workbook.Worksheet("Bookings");
        var rows = Enumerable.Range(FirstDataRow, hostile.Length).Select(sheet.Row).ToList();
        Assert.All(rows.SelectMany(r => new[] { r.Cell(4), r.Cell(5) }), cell =>
        {
            Assert.False(cell.HasFormula, cell.Address.ToString());
            Assert.Equal(XLDataType.Text, cell.DataType);
        });
        Assert.Equal(hostile.Order(StringComparer.Ordinal), rows.Select(r => r.Cell(4).GetString()).Order(StringComparer.Ordinal));
        Assert.Contains("=evil0@example.com", rows.Select(r => r.Cell(5).GetString()));
    }

    [Theory, AllProviders]
    public async Task Every_export_is_audited_with_who_which_report_its_filters_and_rows(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await SeedAsync(app, world => [world.Sell(), SearchWorld.InStatus(world.Sell(), BookingStatus.Cancelled)]);

        await using (var fiona = app.As(TestUser.Fiona))
        {
            await fiona.Reports().ExportAsync(new BookingsExportReport(new BookingQuery { Status = BookingStatus.Cancelled }), None);
        }

        await using var db = await app.OpenDbAsync();
        var entry = await db.AuditEntries.SingleAsync(a => a.Action == AuditAction.Exported);
        Assert.Equal((TestUser.Fiona.Id, TestUser.Fiona.Name, ReportFiles.AuditEntityType, "Bookings export"),
            (entry.UserId, entry.UserName, entry.EntityType, entry.EntityKey));
        Assert.Equal(
            [
                new FieldChange("Period", null, "All dates"),
                new FieldChange("Filters", null, "Status: Cancelled"),
                new FieldChange("Rows", null, "1"),
                new FieldChange("Link", null, "/reports/bookings.xlsx?status=Cancelled"),
            ],
            entry.Changes);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, entry.OccurredAtUtc);
    }

    [Theory, AllProviders]
    public async Task A_report_over_the_threshold_is_written_in_the_background_and_only_its_requester_may_fetch_it(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider, new TestAppOptions
        {
            Settings = new Dictionary<string, string?> { ["Reports:BackgroundAboveRows"] = "10" },
        });
        await SeedAsync(app, world => Enumerable.Range(0, 12).Select(_ => world.Sell()).ToArray());
        var jobs = app.Services.GetRequiredService<ReportJobs>();
        await using var fiona = app.As(TestUser.Fiona);

        var small = await fiona.Reports().StartAsync(new BookingsExportReport(new BookingQuery { Text = "CRG-S222A" }), None);
        var big = await fiona.Reports().StartAsync(new BookingsExportReport(new BookingQuery()), None);

        Assert.Equal(("/reports/bookings.xlsx?q=CRG-S222A", null), (small.DownloadPath, small.Background));
        Assert.Null(big.DownloadPath);
        var started = Assert.IsType<ReportExportView>(big.Background);
        Assert.Equal(("Bookings export", 12), (started.Title, started.RowsExpected));
        await jobs.CompletionOf(started.Id);

        var ready = Assert.Single(await fiona.Reports().MyExportsAsync());
        Assert.Equal((ReportExportState.Ready, 12, 100.0), (ready.State, ready.RowsWritten, ready.Percent));
        Assert.Equal($"/reports/exports/{started.Id}.xlsx", ready.DownloadPath);
        var file = await fiona.Reports().FinishedExportAsync(started.Id);
        Assert.NotNull(file);
        using (var workbook = new XLWorkbook(file.Path))
        {
            var sheet = workbook.Worksheet("Bookings");
            Assert.Equal((false, true), (sheet.Cell(FirstDataRow + 11, 1).IsEmpty(), sheet.Cell(FirstDataRow + 12, 1).IsEmpty()));
        }

        await using var ann = app.As(TestUser.Ann);
        Assert.Empty(await ann.Reports().MyExportsAsync());
        Assert.Null(await ann.Reports().FinishedExportAsync(started.Id));
    }

    [Theory, AllProviders]
    public async Task Support_is_refused_an_export_by_the_service_itself(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await using var sam = app.As(TestUser.Sam);

        var refused = await Assert.ThrowsAsync<AccessDeniedException>(() => sam.Reports().ExportAsync(new BookingsExportReport(new BookingQuery()), None));

        Assert.Equal(Policies.FinanceReports, refused.Policy);
        await using var db = await app.OpenDbAsync();
        Assert.False(await db.AuditEntries.AnyAsync(a => a.Action == AuditAction.Exported));
    }

    private static async Task SeedAsync(TestApp app, Func<SearchWorld, Booking[]> sell)
    {
        await using var db = await app.OpenDbAsync();
        await SearchWorld.SeedAsync(db, sell);
    }
}
