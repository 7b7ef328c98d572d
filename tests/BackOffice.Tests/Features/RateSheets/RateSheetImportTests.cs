using ClosedXML.Excel;
using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.BackOffice.Features.RateSheets;
using CarRentalGateway.BackOffice.Tests.Features.Locations;
using CarRentalGateway.BackOffice.Tests.Features.Suppliers;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Rates;
using Microsoft.EntityFrameworkCore;
using static CarRentalGateway.BackOffice.Tests.Features.RateSheets.SheetFiles;

namespace CarRentalGateway.BackOffice.Tests.Features.RateSheets;

/// <summary>Supplier rate sheets imported from real .xlsx files: preview, every error by row and column, one-transaction apply.</summary>
public sealed class RateSheetImportTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private const string Supplier = "SIXT-EE";
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory, AllProviders]
    public async Task The_downloaded_template_filled_in_imports(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        var filled = Append(RateSheetTemplate.Build(),
            SeasonRow("TLL-AIRPORT", "CDMR", null, "Winter 2027", "2027-12-01", "2028-02-29", 40, 38, 35, 30),
            FallbackRow("TLL-CITY", "EDMR", "Skoda Fabia", 29.9m));

        var preview = await PreviewAsync(app, filled);

        Assert.True(preview.IsValid, string.Join("\n", preview.Errors));
        Assert.Equal((6, 0, 0), (preview.Created, preview.Changed, preview.Unchanged));
        var result = await ApplyAsync(app, filled);
        Assert.True(result.Applied);
        await using var db = await app.OpenDbAsync();
        Assert.Equal(["CDMR", "EDMR"], await db.FleetOffers.Select(o => o.Acriss).OrderBy(a => a).ToListAsync());
        var cdmr = await RatesOfAsync(db, "TLL-AIRPORT", "CDMR");
        Assert.Equal(["Summer 2027", "Winter 2027"], cdmr.Seasons.Select(s => s.Name));
        Assert.Equal(Flat(4000), cdmr.Fallback);
        Assert.Equal(Rates(6000, 5500, 5000, 4500), cdmr.Seasons[0].Rates);
        Assert.Equal(new DateOnly(2028, 2, 29), cdmr.Seasons[1].To);
        Assert.Equal(Flat(2990), (await RatesOfAsync(db, "TLL-CITY", "EDMR")).Fallback);
    }

    [Theory, AllProviders]
    public async Task A_valid_sheet_creates_offers_with_their_defaults_and_seasons(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        var sheet = Sheet(
            SeasonRow("TLL-AIRPORT", "CDMR", "Toyota Corolla", "Summer", "2027-06-01", "2027-08-31", 60, 55, 50, 45, 40),
            SeasonRow("tll-airport", "cdmr", null, null, "2027-09-01", "2027-10-15", 50, 45, 40, 35),
            ["TLL-AIRPORT", "IFAR", "Toyota RAV4", null, "2027-06-01", "2027-08-31", 90, 85, 80, 75, 70]);

        var preview = await PreviewAsync(app, sheet);

        Assert.True(preview.IsValid, string.Join("\n", preview.Errors));
        Assert.Equal(
            ["CDMR Offer Created", "CDMR Fallback Created", "CDMR Season 'Summer' (2027-06-01 – 2027-08-31) Created",
             "CDMR The season 2027-09-01 – 2027-10-15 Created", "IFAR Offer Created", "IFAR Fallback Created",
             "IFAR The season 2027-06-01 – 2027-08-31 Created"],
            preview.Lines.Select(l => $"{l.Acriss} {l.What} {l.Change}"));
        await using (var db = await app.OpenDbAsync())
        {
            Assert.Empty(await db.FleetOffers.ToListAsync());
        }

        Assert.True((await ApplyAsync(app, sheet)).Applied);
        await using (var db = await app.OpenDbAsync())
        {
            var offer = await db.FleetOffers.SingleAsync(o => o.Acriss == "IFAR");
            Assert.Equal(("Toyota RAV4", 5, 0, true, 21), (offer.SampleModel, offer.Seats, offer.DailyAllocation, offer.Mileage.IsUnlimited, offer.MinimumDriverAge));
            Assert.Equal(Money.Zero("EUR"), offer.Deposit);
            var ifar = await RatesOfAsync(db, "TLL-AIRPORT", "IFAR");
            Assert.Equal(Rates(9000, 8500, 8000, 7500), Assert.Single(ifar.Seasons).Rates);
            Assert.Equal(2, (await RatesOfAsync(db, "TLL-AIRPORT", "CDMR")).Seasons.Count);
        }
    }

    [Theory, AllProviders]
    public async Task Every_error_is_listed_with_its_row_and_column_and_nothing_is_saved(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        var sheet = Sheet(
            SeasonRow("TLL-NOWHERE", "CDMR", "Toyota Corolla", null, "2027-06-01", "2027-08-31", 60, 55, 50, 45, 40),   // row 2
            SeasonRow("TLL-AIRPORT", "CDKR", "Toyota Corolla", null, "2027-06-01", "2027-08-31", 60, 55, 50, 45, 40),   // row 3
            SeasonRow("TLL-AIRPORT", "EDMR", "Skoda Fabia", null, "2027-08-31", "2027-06-01", 60, 55, 50, 45, 40),      // row 4
            SeasonRow("TLL-AIRPORT", "IDMR", "VW Passat", "Summer", "2027-06-01", "2027-08-31", 60, 55, 50, 45, 40),    // row 5
            SeasonRow("TLL-AIRPORT", "IDMR", null, "Late summer", "2027-08-15", "2027-09-30", 60, 55, 50, 45),          // row 6
            SeasonRow("TLL-AIRPORT", "SDMR", "VW Arteon", null, "2027-06-01", "2027-08-31", 0, 55, 50, 45, 40),         // row 7
            SeasonRow("TLL-AIRPORT", "FDMR", "Skoda Superb", null, "2027-06-01", "2027-08-31", 60, 55.555m, 50, 45, 40), // row 8
            ["TLL-AIRPORT", "PDAR", "BMW 5", null, "1 June", "2027-08-31", 60, 55, "fifty", null, 40],                 // row 9
            ["TLL-AIRPORT", "LDAR", null, null, null, null, null, null, null, null, -5m],                              // row 10
            ["TLL-AIRPORT", "XDAR", "Tesla S", null, null, null, null, null, null, null, null],                         // row 11
            FallbackRow("TLL-NOWHERE", "C", "Mini", 20));                                                               // row 12

        var preview = await PreviewAsync(app, sheet);

        Assert.False(preview.IsValid);
        Assert.Empty(preview.Lines);
        var errors = preview.Errors.Select(e => (e.Row, e.Column, e.ColumnName)).ToList();
        Assert.Equal(
            [
                (2, "A", "Location code"),
                (3, "B", "ACRISS"),
                (4, "F", "Season to"),
                (6, "E", "Season from"),
                (7, "G", "1-2 days"),
                (8, "H", "3-6 days"),
                (9, "E", "Season from"),
                (9, "I", "7-13 days"),
                (9, "J", "14+ days"),
                (10, "K", "Fallback daily rate"),
                (11, "K", "Fallback daily rate"),
                (12, "A", "Location code"),
                (12, "B", "ACRISS"),
            ],
            errors);
        Assert.All(preview.Errors, e => Assert.Equal("Rates", e.Sheet));
        Assert.Contains("has no location \"TLL-NOWHERE\" (its locations are TLL-AIRPORT, TLL-CITY)", Message(preview, 2, "A"));
        Assert.StartsWith("Letter 3 (transmission/drive) cannot be 'K'", Message(preview, 3, "B"));
        Assert.Contains("before the start date", Message(preview, 4, "F"));
        Assert.Equal("Season 'Late summer' (2027-08-15 – 2027-09-30) overlaps 'Summer' (2027-06-01 – 2027-08-31).", Message(preview, 6, "E"));
        Assert.Contains("positive amount", Message(preview, 7, "G"));
        Assert.Contains("at most 2 decimals", Message(preview, 8, "H"));
        Assert.Contains("not a date", Message(preview, 9, "E"));
        Assert.Contains("not an amount", Message(preview, 9, "I"));

        var applied = await ApplyAsync(app, sheet);
        Assert.False(applied.Applied);
        Assert.Equal(preview.Errors, applied.Preview.Errors);
        await AssertNothingSavedAsync(app);
    }

    [Theory, AllProviders]
    public async Task A_sheet_with_good_rows_and_one_bad_row_saves_nothing(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        var sheet = Sheet(
            SeasonRow("TLL-AIRPORT", "CDMR", "Toyota Corolla", "Summer", "2027-06-01", "2027-08-31", 60, 55, 50, 45, 40),
            FallbackRow("TLL-CITY", "EDMR", "Skoda Fabia", 30),
            SeasonRow("TLL-AIRPORT", "IDMR", "VW Passat", null, "2027-06-01", "2027-08-31", 60, 55, 50, -45, 40));

        var result = await ApplyAsync(app, sheet);

        Assert.False(result.Applied);
        var error = Assert.Single(result.Preview.Errors);
        Assert.Equal((4, "J"), (error.Row, error.Column));
        await AssertNothingSavedAsync(app);
    }

    [Theory, AllProviders]
    public async Task Re_importing_the_same_sheet_changes_nothing_and_duplicates_nothing(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        var sheet = Sheet(
            SeasonRow("TLL-AIRPORT", "CDMR", "Toyota Corolla", "Summer", "2027-06-01", "2027-08-31", 60, 55, 50, 45, 40),
            SeasonRow("TLL-AIRPORT", "CDMR", null, null, "2027-09-01", "2027-10-15", 50.5m, 45, 40, 35),
            FallbackRow("TLL-CITY", "EDMR", "Skoda Fabia", 30));
        Assert.True((await ApplyAsync(app, sheet)).Applied);

        var again = await ApplyAsync(app, sheet);

        Assert.True(again.Applied);
        Assert.Equal((0, 0, 4), (again.Preview.Created, again.Preview.Changed, again.Preview.Unchanged));
        await using var db = await app.OpenDbAsync();
        Assert.Equal(2, await db.FleetOffers.CountAsync());
        Assert.Equal(2, await db.OfferRates.CountAsync());
        Assert.Equal(2, await db.Seasons.CountAsync());
        Assert.Empty(await db.AuditEntries.Where(a => a.Action == AuditAction.Updated).ToListAsync());
    }

    [Theory, AllProviders]
    public async Task A_changed_rate_shows_old_and_new_and_other_seasons_are_left_alone(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        Assert.True((await ApplyAsync(app, Sheet(
            SeasonRow("TLL-AIRPORT", "CDMR", "Toyota Corolla", "Summer", "2027-06-01", "2027-08-31", 60, 55, 50, 45, 40),
            SeasonRow("TLL-AIRPORT", "CDMR", null, "Autumn", "2027-09-01", "2027-10-15", 50, 45, 40, 35)))).Applied);
        var update = Sheet(SeasonRow("TLL-AIRPORT", "CDMR", null, "Summer", "2027-06-01", "2027-08-31", 62, 55, 50, 45, 42));

        var preview = await PreviewAsync(app, update);

        Assert.True(preview.IsValid, string.Join("\n", preview.Errors));
        Assert.Equal(
            [
                ("Fallback", RateSheetChange.Changed, "1-2: 40.00 EUR; 3-6: 40.00 EUR; 7-13: 40.00 EUR; 14+: 40.00 EUR", "1-2: 42.00 EUR; 3-6: 42.00 EUR; 7-13: 42.00 EUR; 14+: 42.00 EUR"),
                ("Season 'Summer' (2027-06-01 – 2027-08-31)", RateSheetChange.Changed, "1-2: 60.00 EUR; 3-6: 55.00 EUR; 7-13: 50.00 EUR; 14+: 45.00 EUR", "1-2: 62.00 EUR; 3-6: 55.00 EUR; 7-13: 50.00 EUR; 14+: 45.00 EUR"),
            ],
            preview.Lines.Select(l => (l.What, l.Change, l.Old, l.New)));
        Assert.True((await ApplyAsync(app, update)).Applied);
        await using var db = await app.OpenDbAsync();
        var rates = await RatesOfAsync(db, "TLL-AIRPORT", "CDMR");
        Assert.Equal([Rates(6200, 5500, 5000, 4500), Rates(5000, 4500, 4000, 3500)], rates.Seasons.Select(s => s.Rates));
    }

    [Theory, AllProviders]
    public async Task A_season_overlapping_a_stored_season_is_refused_naming_it(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        Assert.True((await ApplyAsync(app, Sheet(
            SeasonRow("TLL-AIRPORT", "CDMR", "Toyota Corolla", "Summer", "2027-06-01", "2027-08-31", 60, 55, 50, 45, 40)))).Applied);

        var preview = await PreviewAsync(app, Sheet(
            SeasonRow("TLL-AIRPORT", "CDMR", null, "Peak", "2027-07-01", "2027-07-31", 70, 65, 60, 55)));

        var error = Assert.Single(preview.Errors);
        Assert.Equal((2, "E"), (error.Row, error.Column));
        Assert.Equal("Season 'Peak' (2027-07-01 – 2027-07-31) overlaps 'Summer' (2027-06-01 – 2027-08-31).", error.Message);
    }

    [Theory, AllProviders]
    public async Task Dates_may_be_iso_text_and_columns_may_be_in_any_order(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        string[] header = [.. Header.Reverse()];
        var sheet = Build(header, [[40m, 45m, 50m, 55m, 60m, "2027-08-31", "2027-06-01", "Summer", "Toyota Corolla", "CDMR", "TLL-AIRPORT"]]);

        var preview = await PreviewAsync(app, sheet);

        Assert.True(preview.IsValid, string.Join("\n", preview.Errors));
        Assert.Contains(preview.Lines, l => l.What == "Season 'Summer' (2027-06-01 – 2027-08-31)");
    }

    [Theory, AllProviders]
    public async Task A_missing_column_is_named(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        var sheet = Build([.. Header.Where(h => h != "14+ days")], [["TLL-AIRPORT", "CDMR", "Toyota Corolla", null, null, null, null, null, null, 40m]]);

        var error = Assert.Single((await PreviewAsync(app, sheet)).Errors);

        Assert.Equal((1, "14+ days"), (error.Row, error.ColumnName));
        Assert.Contains("The column \"14+ days\" is missing", error.Message);
    }

    [Theory, AllProviders]
    public async Task Files_that_are_not_a_rate_sheet_get_a_clear_message(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider, maxFileBytes: 20_000);

        Assert.Contains("not an Excel workbook", Single(await PreviewAsync(app, "Location code;ACRISS\nTLL-AIRPORT;CDMR"u8.ToArray())));
        Assert.Contains("The file is empty", Single(await PreviewAsync(app, [])));
        Assert.Contains("larger than 19.5 KB", Single(await PreviewAsync(app, new byte[20_001])));
        Assert.Contains("no worksheet \"Rates\"", Single(await PreviewAsync(app, Build(Header, [], worksheet: "Sheet1"))));
        Assert.Contains("The sheet has no rates", Single(await PreviewAsync(app, RateSheetTemplateWithoutExample())));
        Assert.False((await ApplyAsync(app, new byte[20_001])).Applied);
        await AssertNothingSavedAsync(app);

        static string Single(RateSheetPreview preview) => Assert.Single(preview.Errors).Message;
    }

    [Theory, AllProviders]
    public async Task A_sheet_with_more_rows_than_the_limit_is_refused_whole_saying_so(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        var row = FallbackRow("TLL-AIRPORT", "CDMR", "Toyota Corolla", 40m);

        var atLimit = await PreviewAsync(app, Sheet(Enumerable.Repeat(row, RateSheetFormat.MaxRows).ToArray()));
        var overLimit = await PreviewAsync(app, Sheet(Enumerable.Repeat(row, RateSheetFormat.MaxRows + 1).ToArray()));

        Assert.DoesNotContain(atLimit.Errors, e => e.Message.Contains("rows below the header"));
        Assert.Equal(
            "The sheet has 10,001 rows below the header; a rate sheet has at most 10,000. Split it by location.",
            Assert.Single(overLimit.Errors).Message);
    }

    [Theory, AllProviders]
    public async Task An_import_is_audited_once_with_who_when_file_and_counts(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        var sheet = Sheet(SeasonRow("TLL-AIRPORT", "CDMR", "Toyota Corolla", "Summer", "2027-06-01", "2027-08-31", 60, 55, 50, 45, 40));

        Assert.True((await ApplyAsync(app, sheet, "sixt-2027.xlsx")).Applied);

        await using var db = await app.OpenDbAsync();
        var import = await db.AuditEntries.SingleAsync(a => a.EntityType == RateSheetImporter.AuditEntityType);
        Assert.Equal((TestUser.Ann.Id, TestUser.Ann.Name, TestApp.Start.UtcDateTime), (import.UserId, import.UserName, import.OccurredAtUtc));
        Assert.Equal(
            [("Supplier", "SIXT-EE"), ("FileName", "sixt-2027.xlsx"), ("Created", "3"), ("Changed", "0"), ("Unchanged", "0")],
            import.Changes.Select(c => (c.Field, c.New)));

        // The offer, its rates and its season are audited by the interceptor, like any other change.
        Assert.Equal(3, await db.AuditEntries.CountAsync(a => a.EntityType != RateSheetImporter.AuditEntityType && a.EntityType != "Supplier" && a.EntityType != "Location"));
    }

    [Fact]
    public void The_template_has_a_bold_frozen_header_a_description_row_an_example_and_typed_formats()
    {
        using var workbook = new XLWorkbook(RateSheetTemplate.Build().Stream());
        var sheet = workbook.Worksheet("Rates");

        Assert.Equal(Header, Enumerable.Range(1, 11).Select(c => sheet.Cell(1, c).GetString()));
        Assert.True(sheet.Cell(1, 1).Style.Font.Bold);
        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.True(sheet.Cell(2, 1).Style.Font.Italic);
        Assert.Contains("supplier's currency", sheet.Cell(2, 7).GetString());
        Assert.Equal(XLDataType.DateTime, sheet.Cell(3, 5).DataType);
        Assert.Equal("yyyy-mm-dd", sheet.Cell(3, 5).Style.DateFormat.Format);
        Assert.Equal(XLDataType.Number, sheet.Cell(3, 7).DataType);
        Assert.Equal("#,##0.00", sheet.Cell(3, 7).Style.NumberFormat.Format);
        Assert.All(Enumerable.Range(1, 11), c => Assert.True(sheet.Column(c).Width >= 10));
    }

    private async Task<TestApp> StartAsync(DatabaseProvider provider, long? maxFileBytes = null)
    {
        var options = maxFileBytes is null
            ? null
            : new TestAppOptions { Settings = new Dictionary<string, string?> { [RateSheetImporter.ConfigurationKey] = maxFileBytes.ToString() } };
        var app = await databases.StartAsync(provider, options);
        await app.RegisterAsync(SupplierForms.Valid(Supplier, "Sixt Estonia"));
        await app.AddLocationAsync(Supplier, LocationForms.ValidLocation());
        await app.AddLocationAsync(Supplier, LocationForms.ValidLocation("TLL-CITY", "Tallinn City", Core.Locations.LocationType.Downtown));
        return app;
    }

    internal static async Task<RateSheetPreview> PreviewAsync(TestApp app, byte[] sheet, string fileName = "rates.xlsx")
    {
        await using var session = app.As(TestUser.Ann);
        return await session.RateSheetImporter().PreviewAsync(Supplier, fileName, sheet.Stream(), None);
    }

    internal static async Task<RateSheetImportResult> ApplyAsync(TestApp app, byte[] sheet, string fileName = "rates.xlsx")
    {
        await using var session = app.As(TestUser.Ann);
        return await session.RateSheetImporter().ApplyAsync(Supplier, fileName, sheet.Stream(), None);
    }

    private static string Message(RateSheetPreview preview, int row, string column) =>
        Assert.Single(preview.Errors, e => e.Row == row && e.Column == column).Message;

    private static async Task AssertNothingSavedAsync(TestApp app)
    {
        await using var db = await app.OpenDbAsync();
        Assert.Equal(0, await db.FleetOffers.CountAsync());
        Assert.Equal(0, await db.OfferRates.CountAsync());
        Assert.Equal(0, await db.Seasons.CountAsync());
        Assert.Equal(0, await db.AuditEntries.CountAsync(a => a.EntityType == RateSheetImporter.AuditEntityType));
    }

    private static async Task<OfferRates> RatesOfAsync(AppDbContext db, string location, string acriss)
    {
        var offerId = await db.FleetOffers
            .Join(db.Locations, o => o.LocationId, l => l.Id, (o, l) => new { o.Id, o.Acriss, Location = l.Code })
            .Where(x => x.Location == location && x.Acriss == acriss)
            .Select(x => x.Id)
            .SingleAsync();
        return await db.OfferRates.WithSeasons().SingleAsync(r => r.OfferId == offerId);
    }

    private static byte[] RateSheetTemplateWithoutExample()
    {
        using var workbook = new XLWorkbook(RateSheetTemplate.Build().Stream());
        workbook.Worksheet("Rates").Row(3).Delete();
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static BandRates Rates(params long[] minor) =>
        BandRates.Create(RentalLengthBands.Standard, minor.Select(m => Money.Of(m, "EUR")).ToArray()).Value;

    private static BandRates Flat(long minor) => BandRates.Flat(RentalLengthBands.Standard, Money.Of(minor, "EUR")).Value;
}
