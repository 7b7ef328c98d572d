using ClosedXML.Excel;
using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.Core.Locations;
using CarRentalGateway.EndToEnd.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static CarRentalGateway.EndToEnd.Tests.Infrastructure.SupplierScreens;
using static Microsoft.Playwright.Assertions;

namespace CarRentalGateway.EndToEnd.Tests;

public sealed class RateSheetTests(BackOfficeFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public Task Admin_downloads_the_template_fills_it_in_previews_and_applies_it() => InBrowserAsync(async page =>
    {
        var code = NewCode().ToUpperInvariant();
        await Fixture.AddSupplierAsync(code, "Sheet Rentals");
        await AddAirportAsync(code);

        await SignInAsync(page, TestUsers.Admin, $"/suppliers/{code}");
        await page.Locator("#import-rate-sheet").ClickAsync();
        await Expect(page).ToHaveURLAsync(PathPattern("/rate-sheets/import"));
        await Expect(page.Locator("#rate-sheet-title")).ToBeVisibleAsync();

        // The upload button is enabled once the circuit is up; a click on the pre-rendered page could be lost
        // when the interactive render takes over.
        await Expect(page.Locator("#choose-file")).ToBeEnabledAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#download-template").ClickAsync());
        Assert.Equal("rate-sheet-template.xlsx", download.SuggestedFilename);
        var template = await File.ReadAllBytesAsync((await download.PathAsync())!);
        var filled = Path.Combine(Path.GetTempPath(), $"{code}-rates.xlsx");
        await File.WriteAllBytesAsync(filled, WithFallbackRow(template, "TLL-AIRPORT", "EDMR", "Skoda Fabia", 30m));

        await page.Locator("input[type=file]").SetInputFilesAsync(filled);
        await Expect(page.Locator("#rate-sheet-preview")).ToBeVisibleAsync();
        File.Delete(filled); // read by now: the preview is built from its bytes
        await Expect(page.Locator("#count-created")).ToHaveTextAsync("5 created");
        await Expect(page.Locator("#count-unchanged")).ToHaveTextAsync("0 unchanged");
        await SaveScreenshotAsync(page, "views/rate-sheet-preview");

        await page.Locator("#apply").ClickAsync();
        await Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("5 created, 0 changed, 0 unchanged");
        await Expect(page.Locator("#rate-sheet-preview")).ToHaveCountAsync(0);
        Assert.Equal(["CDMR", "EDMR"], await OffersOfAsync(code));
    });

    [Fact]
    public Task A_sheet_with_errors_lists_them_and_saves_nothing() => InBrowserAsync(async page =>
    {
        var code = NewCode().ToUpperInvariant();
        await Fixture.AddSupplierAsync(code, "Broken Sheet Rentals");
        await AddAirportAsync(code);
        var sheet = Path.Combine(Path.GetTempPath(), $"{code}-broken.xlsx");
        await File.WriteAllBytesAsync(sheet, WithFallbackRow(BackOffice.Features.RateSheets.RateSheetTemplate.Build(), "TLL-NOWHERE", "CDKR", "Skoda Fabia", 30m));

        await SignInAsync(page, TestUsers.Admin, $"/rate-sheets/import?supplier={code}");
        await Expect(page.Locator("#choose-file")).ToBeEnabledAsync();
        await page.Locator("input[type=file]").SetInputFilesAsync(sheet);

        await Expect(page.Locator("#rate-sheet-refused")).ToContainTextAsync("nothing was saved");
        File.Delete(sheet); // read by now: the errors come from its bytes
        await Expect(page.Locator("#rate-sheet-errors tbody tr")).ToHaveCountAsync(2);
        await Expect(page.Locator("#rate-sheet-errors")).ToContainTextAsync("TLL-NOWHERE");
        await Expect(page.Locator("#choose-file")).ToBeEnabledAsync();
        await SaveScreenshotAsync(page, "views/rate-sheet-errors");
        Assert.Empty(await OffersOfAsync(code));
    });

    [Fact]
    public Task Support_is_refused_the_template_and_the_import_page() => InBrowserAsync(async page =>
    {
        await SignInAsync(page, TestUsers.Support);

        var response = await page.APIRequest.GetAsync("/rate-sheets/template", new() { MaxRedirects = 0 });

        Assert.Equal(302, response.Status);
        Assert.Contains("/Account/AccessDenied", response.Headers["location"], StringComparison.OrdinalIgnoreCase);
        await page.GotoAsync("/rate-sheets/import");
        await Expect(page.GetByText("You don't have access to this page")).ToBeVisibleAsync();
    });

    [Fact]
    public Task Admin_gets_the_template_as_an_xlsx_file() => InBrowserAsync(async page =>
    {
        await SignInAsync(page, TestUsers.Admin);

        var response = await page.APIRequest.GetAsync("/rate-sheets/template");

        Assert.Equal(200, response.Status);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Headers["content-type"]);
        using var workbook = new XLWorkbook(new MemoryStream(await response.BodyAsync()));
        Assert.Equal("Location code", workbook.Worksheet("Rates").Cell(1, 1).GetString());
    });

    private static byte[] WithFallbackRow(byte[] xlsx, string location, string acriss, string model, decimal fallback)
    {
        using var workbook = new XLWorkbook(new MemoryStream(xlsx));
        var sheet = workbook.Worksheet("Rates");
        var row = sheet.LastRowUsed().RowNumber() + 1;
        sheet.Cell(row, 1).SetValue(location);
        sheet.Cell(row, 2).SetValue(acriss);
        sheet.Cell(row, 3).SetValue(model);
        sheet.Cell(row, 11).SetValue(fallback);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private async Task AddAirportAsync(string supplierCode)
    {
        await using var scope = Fixture.App.Services.CreateAsyncScope();
        var dbFactory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>();
        await using var db = await dbFactory.CreateDbContextAsync();
        var supplierId = await db.Suppliers.Where(s => s.Code == supplierCode).Select(s => s.Id).SingleAsync();
        var details = new LocationDetails(
            "Tallinn Airport", LocationType.Airport, "TLL", "EE", "Tallinn", "Lennujaama tee 2", Phone: null, "Europe/Tallinn",
            WeeklyOpeningHours.Always, AfterHoursFee: null);
        var location = Core.Locations.Location.Create(Guid.CreateVersion7(), supplierId, "TLL-AIRPORT", details, "EUR");
        Assert.True(location.Succeeded, location.Error);
        db.Locations.Add(location.Value);
        await db.SaveChangesAsync();
    }

    private async Task<List<string>> OffersOfAsync(string supplierCode)
    {
        await using var scope = Fixture.App.Services.CreateAsyncScope();
        var dbFactory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>();
        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.FleetOffers
            .Join(db.Suppliers, o => o.SupplierId, s => s.Id, (o, s) => new { o.Acriss, s.Code })
            .Where(x => x.Code == supplierCode)
            .Select(x => x.Acriss)
            .OrderBy(a => a)
            .ToListAsync();
    }
}
