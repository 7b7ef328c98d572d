using System.Globalization;
using ClosedXML.Excel;
using CarRentalGateway.EndToEnd.Tests.Infrastructure;
using Xunit.Abstractions;
using static CarRentalGateway.EndToEnd.Tests.Infrastructure.SupplierScreens;
using static Microsoft.Playwright.Assertions;

namespace CarRentalGateway.EndToEnd.Tests;

public sealed class ReportTests(BackOfficeFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public Task Finance_downloads_a_suppliers_commission_statement_for_the_month_its_bookings_completed() => InBrowserAsync(async page =>
    {
        var month = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-1);
        var booking = await BookingWorld.CompletedBookingAsync(Fixture, month);
        var monthName = month.ToString("MMMM", CultureInfo.InvariantCulture);

        await SignInAsync(page, TestUsers.Finance, "/reports");
        await ChooseOptionAsync(page, "commission-supplier", $"Booking Rentals ({booking.SupplierCode})");
        // The open picker's calendar carries the field's id too: the field is its input.
        await page.Locator("input#commission-month").ClickAsync();
        await page.Locator($".mud-popover-open .mud-picker-month[aria-label='{monthName}']").ClickAsync();
        await Expect(page.Locator("input#commission-month")).ToHaveValueAsync($"{monthName} {month.Year}");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#download-commission-statement").ClickAsync());

        Assert.Equal($"commission-statement-{booking.SupplierCode}-{month:yyyy-MM}.xlsx", download.SuggestedFilename);
        using var workbook = await Downloads.WorkbookAsync(download);
        Assert.Equal(["Summary", "Lines", "Fees"], workbook.Worksheets.Select(sheet => sheet.Name));
        // The customer paid 158.40 EUR for the trip (BookingWorld): a number on the booking's line, not text.
        var lines = workbook.Worksheet("Lines");
        var line = lines.Column(1).CellsUsed().Single(cell => cell.GetString() == booking.Reference).WorksheetRow();
        var customerTotal = line.Cell(lines.Row(4).CellsUsed().Single(cell => cell.GetString() == "Customer total").Address.ColumnNumber);
        Assert.Equal(XLDataType.Number, customerTotal.DataType);
        Assert.Equal(158.40m, customerTotal.GetValue<decimal>());
        await Expect(page).ToHaveURLAsync(PathPattern("/reports"));
        await SaveScreenshotAsync(page, "views/reports");
    });

    [Fact]
    public Task Support_sees_no_reports_and_no_export_and_is_refused_a_report_link() => InBrowserAsync(async page =>
    {
        await SignInAsync(page, TestUsers.Support, "/bookings");
        await Expect(page.Locator("a[href='bookings']")).ToBeVisibleAsync();
        await Expect(page.Locator("#bookings-grid")).ToBeVisibleAsync();

        await Expect(page.Locator("a[href='reports']")).ToHaveCountAsync(0);
        await Expect(page.Locator("#export-bookings")).ToHaveCountAsync(0);
        await SaveScreenshotAsync(page, "views/bookings-support");

        var response = await page.APIRequest.GetAsync(
            $"/reports/commission-statement.xlsx?supplier={BackOfficeFixture.BaselineSupplierCode}&month=2026-10", new() { MaxRedirects = 0 });
        Assert.Equal(302, response.Status);
        Assert.Contains("/Account/AccessDenied", response.Headers["location"], StringComparison.OrdinalIgnoreCase);

        await page.GotoAsync("/reports");
        await Expect(page.GetByText("You don't have access to this page")).ToBeVisibleAsync();
    });
}
