using System.Reflection;
using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.BackOffice.Features.Locations;
using CarRentalGateway.BackOffice.Features.Shared;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Locations;
using CarRentalGateway.Core.Suppliers;
using Microsoft.EntityFrameworkCore;
using static CarRentalGateway.BackOffice.Tests.Features.Locations.LocationForms;
using static CarRentalGateway.BackOffice.Tests.Features.Suppliers.SupplierForms;

namespace CarRentalGateway.BackOffice.Tests.Features.Locations;

public sealed class LocationServiceTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>
    /// Two suppliers' stations. Each search term below matches through one field only; the same code appears at
    /// both suppliers; there are ties in type, country and city, an inactive one and a lower-case name.
    /// </summary>
    private static readonly (string Supplier, LocationForm Form)[] Catalogue =
    [
        ("SIXT-EE", ValidLocation("TLL-AIRPORT", "Tallinn Airport", LocationType.Airport, "TLL")),
        ("SIXT-EE", ValidLocation("TLL-CITY", "Tallinn Old Town Office", LocationType.Downtown, null)),
        ("SIXT-EE", ValidLocation("TRT-RAIL", "Riverside Rail Desk", LocationType.RailStation, null, city: "Tartu")),
        ("FJORD-NO", ValidLocation("NO-GA1", "Gardermoen Airport", LocationType.Airport, "OSL", "NO", "Ullensaker", "Europe/Oslo")),
        ("FJORD-NO", ValidLocation("BGO-PORT", "bergen harbour", LocationType.Port, null, "NO", "Bergen", "Europe/Oslo")),
        ("FJORD-NO", ValidLocation("TLL-AIRPORT", "Fjord at Tallinn Airport", LocationType.Airport, "TLL")),
    ];

    public static TheoryData<DatabaseProvider, string, bool> SortCases()
    {
        var cases = new TheoryData<DatabaseProvider, string, bool>();
        foreach (var provider in Enum.GetValues<DatabaseProvider>())
        {
            foreach (var column in typeof(LocationSortColumns).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
            {
                cases.Add(provider, (string)column.GetRawConstantValue()!, false);
                cases.Add(provider, (string)column.GetRawConstantValue()!, true);
            }
        }

        return cases;
    }

    public static TheoryData<DatabaseProvider, string, string[]> SearchCases()
    {
        var cases = new TheoryData<DatabaseProvider, string, string[]>();
        foreach (var provider in Enum.GetValues<DatabaseProvider>())
        {
            cases.Add(provider, "CiT", ["SIXT-EE/TLL-CITY"]);                                   // part of the code
            cases.Add(provider, "ga1", ["FJORD-NO/NO-GA1"]);                                    // part of the code, lower case
            cases.Add(provider, "HARBOUR", ["FJORD-NO/BGO-PORT"]);                              // part of a lower-case name
            cases.Add(provider, "old town", ["SIXT-EE/TLL-CITY"]);                              // part of the name
            cases.Add(provider, "ullens", ["FJORD-NO/NO-GA1"]);                                 // part of the city
            cases.Add(provider, "TARTU", ["SIXT-EE/TRT-RAIL"]);                                 // the city, upper case
            cases.Add(provider, "osl", ["FJORD-NO/NO-GA1"]);                                    // the IATA code, lower case
            cases.Add(provider, "  OS ", ["FJORD-NO/NO-GA1"]);                                  // the start of the IATA code
            cases.Add(provider, "tll", ["FJORD-NO/TLL-AIRPORT", "SIXT-EE/TLL-AIRPORT", "SIXT-EE/TLL-CITY"]);
            cases.Add(provider, "nowhere", []);
        }

        return cases;
    }

    [Theory, AllProviders]
    public async Task A_new_location_appears_in_the_list_and_on_its_suppliers_tab(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE", "Sixt Estonia"));

        var id = await app.AddLocationAsync("SIXT-EE", ValidLocation("tll-airport", "Tallinn Airport", iata: "tll"));

        await using var support = app.As(TestUser.Sam);
        var expected = new LocationRow(id, "SIXT-EE", "Sixt Estonia", "TLL-AIRPORT", "Tallinn Airport", LocationType.Airport, "TLL", "Tallinn", "EE", true);
        var page = await support.Locations.SearchAsync(new LocationQuery(), None);
        Assert.Equal(expected, Assert.Single(page.Items));
        Assert.Equal(1, page.TotalCount);
        Assert.Equal([expected], await support.Locations.ForSupplierAsync("SIXT-EE", None));
    }

    [Theory, AllProviders]
    public async Task Find_returns_the_stored_details_its_supplier_and_a_version(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("FJORD-NO", "Fjord Bil", "NO", "NOK"));
        var form = ValidLocation("OSL-AIRPORT", " Oslo Airport ", iata: " osl ", country: "no", city: "Gardermoen", timeZone: "europe/oslo", fee: 450m)
            .With(f => { f.Phone = " "; f.Day(DayOfWeek.Sunday).Open = true; f.Day(DayOfWeek.Sunday).Opens = new TimeSpan(10, 0, 0); f.Day(DayOfWeek.Sunday).Closes = TimeSpan.Zero; });

        var id = await app.AddLocationAsync("FJORD-NO", form);

        await using var finance = app.As(TestUser.Fiona);
        var location = await finance.Locations.FindAsync(id, None);
        Assert.NotNull(location);
        Assert.Equal("OSL-AIRPORT", location.Code);
        Assert.Equal(("FJORD-NO", "Fjord Bil", "NOK"), (location.Supplier.Code, location.Supplier.Name, location.Supplier.CurrencyCode));
        Assert.Equal(
            new LocationDetails(
                "Oslo Airport", LocationType.Airport, "OSL", "NO", "Gardermoen", "Lennujaama tee 2, 11101 Gardermoen", null, "Europe/Oslo",
                WeeklyOpeningHours.Parse(OfficeHours.Replace("Sun closed", "Sun 10:00-24:00", StringComparison.Ordinal)).Value,
                Money.Of(45_000, "NOK")),
            location.Details);
        Assert.True(location.IsActive);
        Assert.NotEqual(Guid.Empty, location.Version);
        Assert.True(location.CanBeDeleted);
        Assert.Null(await finance.Locations.FindAsync(Guid.NewGuid(), None));
    }

    [Theory, AllProviders]
    public async Task A_code_is_unique_per_supplier_but_another_supplier_may_use_it(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE", "Sixt Estonia"));
        await app.RegisterAsync(Valid("AVIS-EE", "Avis Estonia"));
        await app.AddLocationAsync("SIXT-EE", ValidLocation("TLL-AIRPORT", "Tallinn Airport"));
        await using var admin = app.As(TestUser.Ann);

        var again = await admin.Locations.CreateAsync("SIXT-EE", ValidLocation("tll-airport", "Tallinn Airport, terminal B"), None);
        var elsewhere = await admin.Locations.CreateAsync("AVIS-EE", ValidLocation("TLL-AIRPORT", "Avis at Tallinn Airport"), None);

        Assert.True(again.Failed);
        Assert.Equal(nameof(LocationForm.Code), again.Field);
        Assert.Equal("The supplier already has a location TLL-AIRPORT: Tallinn Airport.", again.Error);
        Assert.True(elsewhere.Succeeded, elsewhere.Error);
        await using var db = await app.OpenDbAsync();
        Assert.Equal(2, await db.Locations.CountAsync());
    }

    [Theory, AllProviders]
    public async Task The_unique_index_catches_a_code_opened_twice_at_the_same_moment(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE", "Sixt Estonia"));
        await using var db = await app.OpenDbAsync();
        var supplierId = await db.Suppliers.Select(s => s.Id).SingleAsync();
        var details = ValidLocation().ToDetails("EUR").Value;
        db.Locations.Add(Location.Create(Guid.NewGuid(), supplierId, "TLL-AIRPORT", details, "EUR").Value);
        db.Locations.Add(Location.Create(Guid.NewGuid(), supplierId, "tll-airport", details, "EUR").Value);

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    public static TheoryData<DatabaseProvider, string, string> InvalidForms()
    {
        var cases = new TheoryData<DatabaseProvider, string, string>();
        foreach (var provider in Enum.GetValues<DatabaseProvider>())
        {
            cases.Add(provider, "code with spaces", nameof(LocationForm.Code));
            cases.Add(provider, "IATA of two letters", nameof(LocationForm.IataCode));
            cases.Add(provider, "airport without IATA", nameof(LocationForm.IataCode));
            cases.Add(provider, "unknown time zone", nameof(LocationForm.TimeZoneId));
            cases.Add(provider, "closing before opening", LocationForm.OpeningHoursField);
            cases.Add(provider, "fee with three decimals", nameof(LocationForm.AfterHoursFee));
            cases.Add(provider, "no type", nameof(LocationForm.Type));
        }

        return cases;
    }

    private static readonly Dictionary<string, Action<LocationForm>> Mistakes = new()
    {
        ["code with spaces"] = f => f.Code = "TLL AIRPORT",
        ["IATA of two letters"] = f => f.IataCode = "TL",
        ["airport without IATA"] = f => f.IataCode = null,
        ["unknown time zone"] = f => f.TimeZoneId = "Europe/Atlantis",
        ["closing before opening"] = f => f.Day(DayOfWeek.Wednesday).Closes = new TimeSpan(7, 0, 0),
        ["fee with three decimals"] = f => f.AfterHoursFee = 12.345m,
        ["no type"] = f => f.Type = null,
    };

    [Theory, MemberData(nameof(InvalidForms))]
    public async Task An_invalid_form_is_refused_on_its_field_and_stores_nothing(DatabaseProvider provider, string mistake, string field)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE", "Sixt Estonia"));
        await using var admin = app.As(TestUser.Ann);

        var created = await admin.Locations.CreateAsync("SIXT-EE", ValidLocation().With(Mistakes[mistake]), None);

        Assert.True(created.Failed);
        Assert.Equal(field, created.Field);
        await using var db = await app.OpenDbAsync();
        Assert.Equal(0, await db.Locations.CountAsync());
        Assert.Equal(1, await db.AuditEntries.CountAsync());
    }

    [Theory, AllProviders]
    public async Task A_location_for_a_supplier_that_does_not_exist_is_refused(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await using var admin = app.As(TestUser.Ann);

        var created = await admin.Locations.CreateAsync("GHOST-EE", ValidLocation(), None);

        Assert.True(created.Failed);
        Assert.Contains("GHOST-EE", created.Error, StringComparison.Ordinal);
    }

    [Theory, AllProviders]
    public async Task The_fee_is_kept_in_the_suppliers_currency_with_that_currencys_decimals(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("GEYSIR-IS", "Geysir Cars", "IS", "ISK"));
        await using var admin = app.As(TestUser.Ann);
        var iceland = ValidLocation("KEF-AIRPORT", "Keflavik Airport", iata: "KEF", country: "IS", city: "Reykjanesbaer", timeZone: "Atlantic/Reykjavik");

        var withCents = await admin.Locations.CreateAsync("GEYSIR-IS", iceland.With(f => f.AfterHoursFee = 4500.5m), None);
        var whole = await admin.Locations.CreateAsync("GEYSIR-IS", iceland.With(f => f.AfterHoursFee = 4500m), None);

        Assert.True(withCents.Failed);
        Assert.Equal((nameof(LocationForm.AfterHoursFee), "ISK amounts have no decimals."), (withCents.Field, withCents.Error));
        Assert.True(whole.Succeeded, whole.Error);
        Assert.Equal(Money.Of(4500, "ISK"), (await app.LoadLocationAsync(whole.Value)).Details.AfterHoursFee);
    }

    [Theory, AllProviders]
    public async Task Update_saves_the_new_details_but_never_the_code_or_the_supplier(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE", "Sixt Estonia"));
        await app.RegisterAsync(Valid("AVIS-EE", "Avis Estonia"));
        var id = await app.AddLocationAsync("SIXT-EE", ValidLocation());
        var before = await app.LoadLocationAsync(id);
        await using var admin = app.As(TestUser.Ann);

        var edited = LocationForm.From(before).With(f =>
        {
            f.SupplierCode = "AVIS-EE";
            f.Code = "OTHER";
            f.Name = "Tallinn Lennart Meri Airport";
            f.Is24Hours = true;
            f.AfterHoursFee = null;
            f.Phone = "+372 605 8888";
        });
        var updated = await admin.Locations.UpdateAsync(id, edited, None);

        Assert.True(updated.Succeeded, updated.Error);
        var after = await app.LoadLocationAsync(id);
        Assert.Equal(
            before.Details with { Name = "Tallinn Lennart Meri Airport", OpeningHours = WeeklyOpeningHours.Always, AfterHoursFee = null, Phone = "+372 605 8888" },
            after.Details);
        Assert.Equal(("TLL-AIRPORT", "SIXT-EE"), (after.Code, after.Supplier.Code));
        Assert.NotEqual(before.Version, after.Version);
    }

    [Theory, AllProviders]
    public async Task Update_with_invalid_details_is_refused_on_the_field_and_changes_nothing(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE", "Sixt Estonia"));
        var id = await app.AddLocationAsync("SIXT-EE", ValidLocation());
        var before = await app.LoadLocationAsync(id);
        await using var admin = app.As(TestUser.Ann);

        var updated = await admin.Locations.UpdateAsync(
            id, LocationForm.From(before).With(f => { f.Name = "Renamed"; f.Is24Hours = true; }), None);

        Assert.True(updated.Failed);
        Assert.Equal(nameof(LocationForm.AfterHoursFee), updated.Field);
        var after = await app.LoadLocationAsync(id);
        Assert.Equal((before.Details, before.Version), (after.Details, after.Version));
    }

    [Theory, AllProviders]
    public async Task Changes_to_a_location_that_does_not_exist_are_refused(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await using var admin = app.As(TestUser.Ann);
        var ghost = Guid.NewGuid();

        Assert.Equal("This location no longer exists.", (await admin.Locations.UpdateAsync(ghost, ValidLocation(), None)).Error);
        Assert.Equal("This location no longer exists.", (await admin.Locations.DeactivateAsync(ghost, Guid.NewGuid(), None)).Error);
        Assert.Equal("This location no longer exists.", (await admin.Locations.DeleteAsync(ghost, Guid.NewGuid(), None)).Error);
    }

    [Theory, AllProviders]
    public async Task A_location_is_deactivated_and_reactivated_but_never_twice_in_a_row(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE", "Sixt Estonia"));
        var id = await app.AddLocationAsync("SIXT-EE", ValidLocation());
        await using var admin = app.As(TestUser.Ann);

        async Task<Guid> VersionAsync() => (await app.LoadLocationAsync(id)).Version;

        Assert.True((await admin.Locations.DeactivateAsync(id, await VersionAsync(), None)).Succeeded);
        Assert.False((await app.LoadLocationAsync(id)).IsActive);
        var twice = await admin.Locations.DeactivateAsync(id, await VersionAsync(), None);
        Assert.Equal(("TLL-AIRPORT is already inactive.", nameof(Location.IsActive)), (twice.Error, twice.Field));

        Assert.True((await admin.Locations.ReactivateAsync(id, await VersionAsync(), None)).Succeeded);
        Assert.True((await app.LoadLocationAsync(id)).IsActive);
        var again = await admin.Locations.ReactivateAsync(id, await VersionAsync(), None);
        Assert.Equal("TLL-AIRPORT is already active.", again.Error);
    }

    [Theory, AllProviders]
    public async Task Deleting_an_unused_location_removes_it_and_its_history_keeps_a_deleted_entry(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE", "Sixt Estonia"));
        var id = await app.AddLocationAsync("SIXT-EE", ValidLocation());
        var location = await app.LoadLocationAsync(id);
        app.Clock.Advance(TimeSpan.FromMinutes(3));
        await using var admin = app.As(TestUser.Adam);

        var deleted = await admin.Locations.DeleteAsync(id, location.Version, None);

        Assert.True(deleted.Succeeded, deleted.Error);
        Assert.Null(await admin.Locations.FindAsync(id, None));
        Assert.Empty(await admin.Locations.ForSupplierAsync("SIXT-EE", None));
        var history = await admin.Locations.HistoryAsync(id, None);
        Assert.Equal([AuditAction.Deleted, AuditAction.Created], history.Select(h => h.Action));
        Assert.Equal((TestUser.Adam.Name, TestApp.Start.UtcDateTime.AddMinutes(3)), (history[0].UserName, history[0].OccurredAtUtc));
        Assert.Contains(new FieldChange("Code", "TLL-AIRPORT", null), history[0].Changes);
        Assert.Contains(new FieldChange("OpeningHours", OfficeHours, null), history[0].Changes);
        Assert.Contains(new FieldChange("AfterHoursFee", "25.00 EUR", null), history[0].Changes);
        Assert.Contains(new FieldChange("Supplier", "SIXT-EE", null), history[0].Changes);
    }

    [Theory, MemberData(nameof(SearchCases))]
    public async Task Search_matches_part_of_the_code_name_or_city_or_the_start_of_the_IATA_code_in_any_case(
        DatabaseProvider provider, string search, string[] expected)
    {
        await using var app = await StartWithCatalogueAsync(provider);

        Assert.Equal(expected, await SearchAsync(app, new LocationQuery { Search = search }));
    }

    [Theory, AllProviders]
    public async Task Search_takes_percent_and_underscore_literally(DatabaseProvider provider)
    {
        await using var app = await StartWithCatalogueAsync(provider);

        Assert.Empty(await SearchAsync(app, new LocationQuery { Search = "%" }));
        Assert.Empty(await SearchAsync(app, new LocationQuery { Search = "_" }));
        Assert.Empty(await SearchAsync(app, new LocationQuery { Search = "TLL_AIRPORT" }));
        Assert.Empty(await SearchAsync(app, new LocationQuery { Search = "\\" }));
    }

    [Theory, AllProviders]
    public async Task The_list_filters_by_supplier_country_type_and_active(DatabaseProvider provider)
    {
        await using var app = await StartWithCatalogueAsync(provider);

        Assert.Equal(
            ["SIXT-EE/TLL-AIRPORT", "SIXT-EE/TLL-CITY", "SIXT-EE/TRT-RAIL"],
            await SearchAsync(app, new LocationQuery { SupplierCode = "sixt-ee" }));
        Assert.Empty(await SearchAsync(app, new LocationQuery { SupplierCode = "GHOST-EE" }));
        Assert.Equal(["FJORD-NO/BGO-PORT", "FJORD-NO/NO-GA1"], await SearchAsync(app, new LocationQuery { Country = "NO" }));
        Assert.Equal(
            ["FJORD-NO/NO-GA1", "FJORD-NO/TLL-AIRPORT", "SIXT-EE/TLL-AIRPORT"],
            await SearchAsync(app, new LocationQuery { Type = LocationType.Airport }));
        Assert.Equal(["SIXT-EE/TRT-RAIL"], await SearchAsync(app, new LocationQuery { Active = false }));
        Assert.Equal(5, (await SearchAsync(app, new LocationQuery { Active = true })).Count);
        Assert.Equal(
            ["FJORD-NO/TLL-AIRPORT"],
            await SearchAsync(app, new LocationQuery { SupplierCode = "FJORD-NO", Type = LocationType.Airport, Country = "EE", Search = "tll" }));
    }

    [Theory, MemberData(nameof(SortCases))]
    public async Task The_list_sorts_by_each_sortable_column_in_both_directions(DatabaseProvider provider, string column, bool descending)
    {
        await using var app = await StartWithCatalogueAsync(provider);
        await using var support = app.As(TestUser.Sam);

        var page = await support.Locations.SearchAsync(new LocationQuery { SortBy = column, Descending = descending, PageSize = 100 }, None);

        Assert.Equal(Catalogue.Length, page.TotalCount);
        Assert.Equal(ExpectedOrder(page.Items, column, descending).Select(Label), page.Items.Select(Label));
        Assert.NotEqual(ExpectedOrder(page.Items, column, !descending).Select(Label), page.Items.Select(Label));
    }

    [Theory, AllProviders]
    public async Task An_unknown_sort_column_sorts_by_name(DatabaseProvider provider)
    {
        await using var app = await StartWithCatalogueAsync(provider);
        await using var support = app.As(TestUser.Sam);

        var page = await support.Locations.SearchAsync(new LocationQuery { SortBy = "Address; DROP TABLE Locations" }, None);

        Assert.Equal(
            ["bergen harbour", "Fjord at Tallinn Airport", "Gardermoen Airport", "Riverside Rail Desk", "Tallinn Airport", "Tallinn Old Town Office"],
            page.Items.Select(r => r.Name));
    }

    [Theory, AllProviders]
    public async Task The_list_pages_on_the_server_with_the_total_on_every_page(DatabaseProvider provider)
    {
        await using var app = await StartWithCatalogueAsync(provider);
        await using var support = app.As(TestUser.Sam);

        var pages = new List<PageOf<LocationRow>>();
        for (var page = 0; page < 3; page++)
        {
            pages.Add(await support.Locations.SearchAsync(
                new LocationQuery { SortBy = LocationSortColumns.Supplier, Page = page, PageSize = 4 }, None));
        }

        var huge = await support.Locations.SearchAsync(new LocationQuery { PageSize = 10_000, Page = -2 }, None);

        Assert.All(pages, p => Assert.Equal(Catalogue.Length, p.TotalCount));
        Assert.Equal([4, 2, 0], pages.Select(p => p.Items.Count));
        Assert.Equal(
            Catalogue.Select(c => $"{c.Supplier}/{c.Form.Code}").Order(StringComparer.Ordinal),
            pages.SelectMany(p => p.Items).Select(Label));
        Assert.Equal(Catalogue.Length, huge.Items.Count);
    }

    [Theory, AllProviders]
    public async Task The_filters_offer_every_supplier_and_the_countries_with_locations(DatabaseProvider provider)
    {
        await using var app = await StartWithCatalogueAsync(provider);
        await app.RegisterAsync(Valid("ALPEN-CH", "Alpen Auto", "CH", "CHF"));
        await using var finance = app.As(TestUser.Fiona);

        var suppliers = await finance.Locations.SuppliersAsync(None);
        var countries = await finance.Locations.CountriesInUseAsync(None);

        Assert.Equal(["ALPEN-CH", "FJORD-NO", "SIXT-EE"], suppliers.Select(s => s.Code));
        Assert.Equal(("Fjord Bil", "NO", "NOK", SupplierStatus.Active), (suppliers[1].Name, suppliers[1].CountryCode, suppliers[1].CurrencyCode, suppliers[1].Status));
        Assert.Equal(["EE", "NO"], countries);
    }

    private static string Label(LocationRow row) => $"{row.SupplierCode}/{row.Code}";

    /// <summary>The order a person expects: by the column ignoring case, ties by name, supplier and code.</summary>
    private static IEnumerable<LocationRow> ExpectedOrder(IEnumerable<LocationRow> rows, string column, bool descending)
    {
        Func<LocationRow, string?> key = column switch
        {
            LocationSortColumns.Code => r => r.Code,
            LocationSortColumns.Name => r => r.Name,
            LocationSortColumns.Type => r => r.Type.ToString(),
            LocationSortColumns.Iata => r => r.IataCode,
            LocationSortColumns.City => r => r.City,
            LocationSortColumns.Country => r => r.CountryCode,
            LocationSortColumns.Supplier => r => r.SupplierCode,
            LocationSortColumns.Active => r => r.IsActive.ToString(),
            _ => throw new ArgumentOutOfRangeException(nameof(column), column, "A new sort column: say here how it sorts."),
        };
        var sorted = descending
            ? rows.OrderByDescending(key, StringComparer.OrdinalIgnoreCase)
            : rows.OrderBy(key, StringComparer.OrdinalIgnoreCase);
        return column switch
        {
            LocationSortColumns.Code => sorted.ThenBy(r => r.SupplierCode, StringComparer.OrdinalIgnoreCase),
            LocationSortColumns.Supplier => sorted.ThenBy(r => r.Code, StringComparer.OrdinalIgnoreCase),
            LocationSortColumns.Name => sorted.ThenBy(r => r.SupplierCode, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Code, StringComparer.OrdinalIgnoreCase),
            _ => sorted.ThenBy(r => r.Name, StringComparer.OrdinalIgnoreCase)
                .ThenBy(r => r.SupplierCode, StringComparer.OrdinalIgnoreCase)
                .ThenBy(r => r.Code, StringComparer.OrdinalIgnoreCase),
        };
    }

    private async Task<TestApp> StartWithCatalogueAsync(DatabaseProvider provider)
    {
        var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE", "Sixt Estonia"));
        await app.RegisterAsync(Valid("FJORD-NO", "Fjord Bil", "NO", "NOK"));
        foreach (var (supplier, form) in Catalogue)
        {
            await app.AddLocationAsync(supplier, form);
        }

        await using var admin = app.As(TestUser.Ann);
        var (id, version) = await admin.LocationKeyAsync("SIXT-EE", "TRT-RAIL");
        Assert.True((await admin.Locations.DeactivateAsync(id, version, None)).Succeeded);
        return app;
    }

    /// <summary>The matching locations as "SUPPLIER/CODE", in code order, checking the total matches.</summary>
    private static async Task<List<string>> SearchAsync(TestApp app, LocationQuery query)
    {
        await using var support = app.As(TestUser.Sam);
        var page = await support.Locations.SearchAsync(query, None);
        Assert.Equal(page.Items.Count, page.TotalCount);
        return page.Items.Select(Label).Order(StringComparer.Ordinal).ToList();
    }
}
