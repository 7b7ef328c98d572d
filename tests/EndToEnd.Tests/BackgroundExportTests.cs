using ClosedXML.Excel;
using CarRentalGateway.EndToEnd.Tests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace CarRentalGateway.EndToEnd.Tests;

/// <summary>Exports in an app that writes every export with rows in the background (<see cref="BackgroundExportsFixture"/>).</summary>
[Collection(BackgroundExportsCollection.Name)]
public sealed class BackgroundExportTests(BackgroundExportsFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public Task Finance_exports_a_bookings_search_in_the_background_and_downloads_it_when_ready_without_leaving_the_list() => InBrowserAsync(async page =>
    {
        var booking = await BookingWorld.ConfirmedBookingAsync(Fixture);
        await SignInAsync(page, TestUsers.Finance, $"/bookings?supplier={booking.SupplierCode}");
        await Expect(page.Locator("a.booking-reference")).ToHaveTextAsync(booking.Reference);

        await page.Locator("#export-bookings").ClickAsync();

        await Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("Bookings export has 1 row: it is written in the background");
        await Expect(page.Locator("#report-exports")).ToContainTextAsync($"Bookings export · All dates");
        await Expect(page.Locator("#report-exports .export-state")).ToHaveTextAsync("Ready");
        await Expect(page.Locator("#report-exports")).ToContainTextAsync("bookings.xlsx, 1 row, started");
        await SaveScreenshotAsync(page, "views/bookings-export-ready");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#report-exports .export-download").ClickAsync());

        Assert.Equal("bookings.xlsx", download.SuggestedFilename);
        using var workbook = await Downloads.WorkbookAsync(download);
        var sheet = workbook.Worksheet("Bookings");
        Assert.Equal("Reference", sheet.Cell(4, 1).GetString());
        Assert.Equal(booking.Reference, sheet.Cell(5, 1).GetString());
        Assert.Contains($"Supplier: {booking.SupplierCode}", sheet.Cell(1, 1).GetString(), StringComparison.Ordinal);
        await Expect(page).ToHaveURLAsync(PathPattern("/bookings"));
        await Expect(page.Locator("a.booking-reference")).ToHaveTextAsync(booking.Reference);
    });
}
