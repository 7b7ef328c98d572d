using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Features.Bookings;
using CarRentalGateway.BackOffice.Features.Reports;
using CarRentalGateway.BackOffice.Tests.Data.Bookings;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using CarRentalGateway.BackOffice.Tests.Security;

namespace CarRentalGateway.BackOffice.Tests.Features.Reports;

/// <summary>
/// The reports open in LibreOffice Calc as they are meant to read: every sheet loads, numbers and dates show in their
/// formats, totals are recalculated by Calc itself, and customer text that looks like a formula stays text.
/// </summary>
public sealed class LibreOfficeTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task The_bookings_export_opens_in_calc_with_its_formats_and_customer_text_kept_literal()
    {
        await using var app = await databases.StartAsync(DatabaseProvider.Sqlite);
        await using (var db = await app.OpenDbAsync())
        {
            await SearchWorld.SeedAsync(db, world => [world.Sell("CRG-22AAAA", name: "=1+1 Tamm", totalCents: 123_456)]);
        }

        await using var fiona = app.As(TestUser.Fiona);
        var file = await fiona.Reports().ExportAsync(new BookingsExportReport(new BookingQuery()), None);

        var sheets = await LibreOffice.SheetsAsync(file.Path);

        var rows = Assert.Single(sheets, s => s.Key == "Bookings").Value;
        Assert.Equal("Bookings export · All dates · no filters", rows[0][0]);
        Assert.Equal(BookingsExportReport.Columns.All.Select(c => c.Header), rows[3].Take(BookingsExportReport.Columns.All.Count));
        Assert.Equal(
            ["CRG-22AAAA", "", "On request", "=1+1 Tamm", "anna.tamm@example.com", "Sixt Estonia", "Tallinn Airport", "2026-03-21 10:00",
             "2026-03-24 10:00", "CDMR", "1,234.56", "EUR", "2026-03-10 09:30"],
            rows[4].Take(13));
    }
}
