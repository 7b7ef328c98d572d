using System.Reflection;
using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Features.Shared;
using CarRentalGateway.BackOffice.Features.Suppliers;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Suppliers;
using Microsoft.EntityFrameworkCore;
using static CarRentalGateway.BackOffice.Tests.Features.Suppliers.SupplierForms;

namespace CarRentalGateway.BackOffice.Tests.Features.Suppliers;

public sealed class SupplierServiceTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>A small catalogue with ties in country, currency and status, and a name in lower case.</summary>
    private static readonly SupplierForm[] Catalogue =
    [
        Valid("BALTIC-EE", "Baltic Drive", "EE", "EUR"),
        Valid("TALLINN-EE", "tallinn city cars", "EE", "EUR"),
        Valid("RIGA-LV", "Riga Auto", "LV", "EUR"),
        Valid("AMBER-LT", "Amber Wheels", "LT", "EUR"),
        Valid("NORDIC-FI", "Nordic Wheels", "FI", "EUR"),
        Valid("FJORD-NO", "Fjord Bil", "NO", "NOK"),
        Valid("NORRLAND-SE", "Norrland Biluthyrning", "SE", "SEK"),
    ];

    public static TheoryData<DatabaseProvider, string, bool> SortCases()
    {
        var cases = new TheoryData<DatabaseProvider, string, bool>();
        foreach (var provider in Enum.GetValues<DatabaseProvider>())
        {
            foreach (var column in SortColumns())
            {
                cases.Add(provider, column, false);
                cases.Add(provider, column, true);
            }
        }

        return cases;
    }

    [Theory, AllProviders]
    public async Task A_registered_supplier_appears_in_the_list(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);

        var code = await app.RegisterAsync(Valid("BALTIC-EE", "Baltic Drive", "EE", "EUR"));

        await using var support = app.As(TestUser.Sam);
        var page = await support.Suppliers.SearchAsync(new SupplierQuery(), None);
        var row = Assert.Single(page.Items);
        Assert.Equal(new SupplierRow(code, "Baltic Drive", "EE", "EUR", SupplierStatus.Active), row);
        Assert.Equal(1, page.TotalCount);
    }

    [Theory, AllProviders]
    public async Task The_code_is_stored_in_upper_case(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await using var admin = app.As(TestUser.Ann);

        var created = await admin.Suppliers.CreateAsync(Valid("sixt-ee"), None);

        Assert.True(created.Succeeded, created.Error);
        Assert.Equal("SIXT-EE", created.Value);
        await using var db = await app.OpenDbAsync();
        Assert.Equal(["SIXT-EE"], await db.Suppliers.Select(s => s.Code).ToListAsync());
    }

    [Theory, AllProviders]
    public async Task A_code_already_in_use_is_refused_on_the_code_field_naming_its_supplier(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE", "Sixt Estonia"));
        await using var admin = app.As(TestUser.Ann);

        var second = await admin.Suppliers.CreateAsync(Valid("sixt-ee", "Sixt Tallinn Airport"), None);

        Assert.True(second.Failed);
        Assert.Equal(nameof(SupplierForm.Code), second.Field);
        Assert.Contains("SIXT-EE", second.Error, StringComparison.Ordinal);
        Assert.Contains("Sixt Estonia", second.Error, StringComparison.Ordinal);
        await using var db = await app.OpenDbAsync();
        Assert.Equal(["Sixt Estonia"], await db.Suppliers.Select(s => s.Name).ToListAsync());
    }

    /// <summary>Each way a form can be wrong, the change that makes it so, and the field the error belongs to.</summary>
    private static readonly Dictionary<string, (Action<SupplierForm> Spoil, string Field)> InvalidForms = new()
    {
        ["no code"] = (f => f.Code = " ", nameof(SupplierForm.Code)),
        ["a one-character code"] = (f => f.Code = "X", nameof(SupplierForm.Code)),
        ["a code with a space"] = (f => f.Code = "SIXT EE", nameof(SupplierForm.Code)),
        ["a code with a double dash"] = (f => f.Code = "SIXT--EE", nameof(SupplierForm.Code)),
        ["no display name"] = (f => f.Name = "   ", nameof(SupplierForm.Name)),
        ["a display name over 100 characters"] = (f => f.Name = new string('n', 101), nameof(SupplierForm.Name)),
        ["no legal name"] = (f => f.LegalName = "", nameof(SupplierForm.LegalName)),
        ["no country"] = (f => f.CountryCode = null, nameof(SupplierForm.CountryCode)),
        ["an unknown country"] = (f => f.CountryCode = "XX", nameof(SupplierForm.CountryCode)),
        ["an unknown currency"] = (f => f.CurrencyCode = "EUX", nameof(SupplierForm.CurrencyCode)),
        ["a VAT number over 20 characters"] = (f => f.VatNumber = "EE" + new string('1', 19), nameof(SupplierForm.VatNumber)),
        ["a reservations e-mail without a domain"] = (f => f.ReservationsEmail = "reservations@", nameof(SupplierForm.ReservationsEmail)),
        ["an accounting e-mail with a display name"] = (f => f.AccountingEmail = "Ann <ann@sixt.example>", nameof(SupplierForm.AccountingEmail)),
        ["a phone number with letters"] = (f => f.Phone = "+372 CALL NOW", nameof(SupplierForm.Phone)),
        ["notes over 2000 characters"] = (f => f.Notes = new string('x', 2001), nameof(SupplierForm.Notes)),
    };

    public static TheoryData<DatabaseProvider, string> InvalidFormCases()
    {
        var cases = new TheoryData<DatabaseProvider, string>();
        foreach (var provider in Enum.GetValues<DatabaseProvider>())
        {
            foreach (var name in InvalidForms.Keys)
            {
                cases.Add(provider, name);
            }
        }

        return cases;
    }

    [Theory, MemberData(nameof(InvalidFormCases))]
    public async Task A_new_supplier_with_invalid_details_is_refused_on_the_field_at_fault(DatabaseProvider provider, string mistake)
    {
        await using var app = await databases.StartAsync(provider);
        await using var admin = app.As(TestUser.Ann);
        var (spoil, field) = InvalidForms[mistake];

        var created = await admin.Suppliers.CreateAsync(Valid().With(spoil), None);

        Assert.True(created.Failed, $"A form with {mistake} was accepted.");
        Assert.Equal(field, created.Field);
        Assert.False(string.IsNullOrWhiteSpace(created.Error));
        await using var db = await app.OpenDbAsync();
        Assert.Equal(0, await db.Suppliers.CountAsync());
    }

    [Theory, AllProviders]
    public async Task Find_returns_the_details_the_version_and_the_allowed_status_changes(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        var form = Valid("BALTIC-EE", "Baltic Drive").With(f =>
        {
            f.CountryCode = "ee";
            f.CurrencyCode = "eur";
            f.VatNumber = "ee101234567";
            f.Phone = "  +372 600 1234 ";
            f.AccountingEmail = " ";
            f.Notes = "Desk at Tallinn airport, arrivals hall.";
        });
        await app.RegisterAsync(form);
        await using var support = app.As(TestUser.Sam);

        var supplier = await support.Suppliers.FindAsync("BALTIC-EE", None);

        Assert.NotNull(supplier);
        Assert.Equal("BALTIC-EE", supplier.Code);
        Assert.Equal(
            new SupplierDetails(
                "Baltic Drive", "Baltic Drive AS", "EE", "EUR", "EE101234567", "reservations@baltic-ee.example",
                AccountingEmail: null, "+372 600 1234", "Desk at Tallinn airport, arrivals hall."),
            supplier.Details);
        Assert.Equal(SupplierStatus.Active, supplier.Status);
        Assert.NotEqual(Guid.Empty, supplier.Version);
        Assert.Equal([SupplierStatus.Suspended, SupplierStatus.Offboarded], supplier.AllowedStatusChanges);
        Assert.Null(await support.Suppliers.FindAsync("NOPE-EE", None));
    }

    [Theory, AllProviders]
    public async Task Update_saves_the_new_details_but_never_the_code(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("BALTIC-EE", "Baltic Drive"));
        var before = await app.LoadAsync("BALTIC-EE");
        await using var admin = app.As(TestUser.Ann);

        var edited = SupplierForm.From(before).With(f =>
        {
            f.Code = "OTHER-LV";
            f.Name = "Baltic Drive Riga";
            f.LegalName = "SIA Baltic Drive";
            f.CountryCode = "LV";
            f.VatNumber = null;
            f.Phone = "+371 6700 1122";
            f.Notes = "Moved to Riga.";
        });
        var updated = await admin.Suppliers.UpdateAsync("BALTIC-EE", edited, None);

        Assert.True(updated.Succeeded, updated.Error);
        var after = await app.LoadAsync("BALTIC-EE");
        Assert.Equal(
            before.Details with
            {
                Name = "Baltic Drive Riga",
                LegalName = "SIA Baltic Drive",
                CountryCode = "LV",
                VatNumber = null,
                Phone = "+371 6700 1122",
                Notes = "Moved to Riga.",
            },
            after.Details);
        Assert.Equal(before.Id, after.Id);
        Assert.NotEqual(before.Version, after.Version);
        Assert.Null(await admin.Suppliers.FindAsync("OTHER-LV", None));
    }

    [Theory, AllProviders]
    public async Task Update_with_invalid_details_is_refused_on_the_field_and_changes_nothing(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("BALTIC-EE", "Baltic Drive"));
        var before = await app.LoadAsync("BALTIC-EE");
        await using var admin = app.As(TestUser.Ann);

        var updated = await admin.Suppliers.UpdateAsync(
            "BALTIC-EE", SupplierForm.From(before).With(f => { f.Name = "Renamed"; f.ReservationsEmail = "not an e-mail"; }), None);

        Assert.True(updated.Failed);
        Assert.Equal(nameof(SupplierForm.ReservationsEmail), updated.Field);
        Assert.Equal(before, await app.LoadAsync("BALTIC-EE"), new SupplierViewComparer());
    }

    [Theory, AllProviders]
    public async Task Update_of_a_supplier_that_does_not_exist_is_refused(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await using var admin = app.As(TestUser.Ann);

        var updated = await admin.Suppliers.UpdateAsync("GHOST-EE", Valid("GHOST-EE"), None);

        Assert.True(updated.Failed);
        Assert.Contains("GHOST-EE", updated.Error, StringComparison.Ordinal);
    }

    [Theory, AllProviders]
    public async Task Status_changes_follow_the_rules(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("BALTIC-EE"));
        await using var admin = app.As(TestUser.Ann);

        async Task<Result> ChangeTo(SupplierStatus target) =>
            await admin.Suppliers.ChangeStatusAsync("BALTIC-EE", target, (await app.LoadAsync("BALTIC-EE")).Version, None);

        var again = await ChangeTo(SupplierStatus.Active);
        Assert.True(again.Failed, "An active supplier was 'activated' again.");
        Assert.Equal(nameof(Supplier.Status), again.Field);

        Assert.True((await ChangeTo(SupplierStatus.Suspended)).Succeeded);
        Assert.Equal([SupplierStatus.Active, SupplierStatus.Offboarded], (await app.LoadAsync("BALTIC-EE")).AllowedStatusChanges);
        Assert.True((await ChangeTo(SupplierStatus.Offboarded)).Succeeded);
        Assert.Equal([SupplierStatus.Active], (await app.LoadAsync("BALTIC-EE")).AllowedStatusChanges);

        var backToSuspended = await ChangeTo(SupplierStatus.Suspended);
        Assert.True(backToSuspended.Failed, "An offboarded supplier was suspended without being reactivated.");
        Assert.Equal(nameof(Supplier.Status), backToSuspended.Field);
        Assert.Equal(SupplierStatus.Offboarded, (await app.LoadAsync("BALTIC-EE")).Status);

        Assert.True((await ChangeTo(SupplierStatus.Active)).Succeeded);
        Assert.Equal(SupplierStatus.Active, (await app.LoadAsync("BALTIC-EE")).Status);
    }

    [Theory, AllProviders]
    public async Task Search_matches_the_start_of_the_code_in_any_case(DatabaseProvider provider)
    {
        await using var app = await StartWithCatalogueAsync(provider);

        Assert.Equal(["BALTIC-EE"], await SearchCodesAsync(app, new SupplierQuery { Search = "BALT" }));
        Assert.Equal(["BALTIC-EE"], await SearchCodesAsync(app, new SupplierQuery { Search = "balt" }));
        Assert.Equal(["NORDIC-FI", "NORRLAND-SE"], await SearchCodesAsync(app, new SupplierQuery { Search = "nor" }));
        Assert.Empty(await SearchCodesAsync(app, new SupplierQuery { Search = "-EE" }));
    }

    [Theory, AllProviders]
    public async Task Search_finds_part_of_the_name_in_any_case(DatabaseProvider provider)
    {
        await using var app = await StartWithCatalogueAsync(provider);

        Assert.Equal(["BALTIC-EE"], await SearchCodesAsync(app, new SupplierQuery { Search = "baltic" }));
        Assert.Equal(["BALTIC-EE"], await SearchCodesAsync(app, new SupplierQuery { Search = "DRIVE" }));
        Assert.Equal(["TALLINN-EE"], await SearchCodesAsync(app, new SupplierQuery { Search = "City Cars" }));
        Assert.Equal(["AMBER-LT", "NORDIC-FI"], await SearchCodesAsync(app, new SupplierQuery { Search = " wHeElS " }));
    }

    [Theory, AllProviders]
    public async Task Search_takes_percent_and_underscore_literally(DatabaseProvider provider)
    {
        await using var app = await StartWithCatalogueAsync(provider);

        Assert.Empty(await SearchCodesAsync(app, new SupplierQuery { Search = "%" }));
        Assert.Empty(await SearchCodesAsync(app, new SupplierQuery { Search = "_" }));
        Assert.Empty(await SearchCodesAsync(app, new SupplierQuery { Search = "Baltic%Drive" }));
        Assert.Empty(await SearchCodesAsync(app, new SupplierQuery { Search = "Baltic_Drive" }));
        Assert.Empty(await SearchCodesAsync(app, new SupplierQuery { Search = "\\" }));
    }

    [Theory, AllProviders]
    public async Task The_list_filters_by_status_and_by_country(DatabaseProvider provider)
    {
        await using var app = await StartWithCatalogueAsync(provider);

        Assert.Equal(["AMBER-LT", "FJORD-NO"], await SearchCodesAsync(app, new SupplierQuery { Status = SupplierStatus.Suspended }));
        Assert.Equal(["NORRLAND-SE"], await SearchCodesAsync(app, new SupplierQuery { Status = SupplierStatus.Offboarded }));
        Assert.Equal(["BALTIC-EE", "TALLINN-EE"], await SearchCodesAsync(app, new SupplierQuery { Country = "EE" }));
        Assert.Equal(["NORDIC-FI"], await SearchCodesAsync(app, new SupplierQuery { Search = "wheels", Status = SupplierStatus.Active }));
        Assert.Empty(await SearchCodesAsync(app, new SupplierQuery { Country = "EE", Status = SupplierStatus.Suspended }));
    }

    [Theory, MemberData(nameof(SortCases))]
    public async Task The_list_sorts_by_each_sortable_column_in_both_directions(DatabaseProvider provider, string column, bool descending)
    {
        await using var app = await StartWithCatalogueAsync(provider);
        await using var support = app.As(TestUser.Sam);

        var page = await support.Suppliers.SearchAsync(new SupplierQuery { SortBy = column, Descending = descending, PageSize = 100 }, None);

        var expected = ExpectedOrder(page.Items, column, descending).Select(r => r.Code).ToList();
        Assert.Equal(Catalogue.Length, page.TotalCount);
        Assert.Equal(expected, page.Items.Select(r => r.Code).ToList());
        Assert.NotEqual(
            ExpectedOrder(page.Items, column, !descending).Select(r => r.Code).ToList(),
            page.Items.Select(r => r.Code).ToList());
    }

    [Theory, AllProviders]
    public async Task An_unknown_sort_column_sorts_by_name(DatabaseProvider provider)
    {
        await using var app = await StartWithCatalogueAsync(provider);

        var codes = await SearchCodesAsync(app, new SupplierQuery { SortBy = "Notes; DROP TABLE Suppliers" });

        Assert.Equal(
            ["AMBER-LT", "BALTIC-EE", "FJORD-NO", "NORDIC-FI", "NORRLAND-SE", "RIGA-LV", "TALLINN-EE"],
            codes);
    }

    [Theory, AllProviders]
    public async Task The_list_pages_on_the_server_with_the_total_on_every_page(DatabaseProvider provider)
    {
        await using var app = await StartWithCatalogueAsync(provider);
        await using var support = app.As(TestUser.Sam);

        var pages = new List<PageOf<SupplierRow>>();
        for (var page = 0; page < 4; page++)
        {
            pages.Add(await support.Suppliers.SearchAsync(
                new SupplierQuery { SortBy = SupplierSortColumns.Code, Page = page, PageSize = 3 }, None));
        }

        Assert.All(pages, p => Assert.Equal(Catalogue.Length, p.TotalCount));
        Assert.Equal([3, 3, 1, 0], pages.Select(p => p.Items.Count));
        Assert.Equal(
            Catalogue.Select(f => f.Code).Order(StringComparer.Ordinal),
            pages.SelectMany(p => p.Items).Select(r => r.Code));
    }

    [Theory, AllProviders]
    public async Task Impossible_page_numbers_and_sizes_are_brought_into_range(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await using (var db = await app.OpenDbAsync())
        {
            for (var i = 0; i <= SupplierService.MaxPageSize; i++)
            {
                db.Suppliers.Add(Supplier.Register($"BULK-{i:D3}", Valid().ToDetails(), Guid.NewGuid()).Value);
            }

            await db.SaveChangesAsync();
        }

        await using var support = app.As(TestUser.Sam);
        var huge = await support.Suppliers.SearchAsync(new SupplierQuery { PageSize = 10_000 }, None);
        var empty = await support.Suppliers.SearchAsync(new SupplierQuery { PageSize = 0 }, None);
        var negative = await support.Suppliers.SearchAsync(new SupplierQuery { SortBy = SupplierSortColumns.Code, Page = -3, PageSize = 2 }, None);

        Assert.Equal(SupplierService.MaxPageSize, huge.Items.Count);
        Assert.Single(empty.Items);
        Assert.Equal(["BULK-000", "BULK-001"], negative.Items.Select(r => r.Code));
        Assert.All([huge, empty, negative], p => Assert.Equal(SupplierService.MaxPageSize + 1, p.TotalCount));
    }

    [Theory, AllProviders]
    public async Task The_countries_in_use_are_listed_once_each_in_order(DatabaseProvider provider)
    {
        await using var app = await StartWithCatalogueAsync(provider);
        await using var finance = app.As(TestUser.Fiona);

        var countries = await finance.Suppliers.CountriesInUseAsync(None);

        Assert.Equal(["EE", "FI", "LT", "LV", "NO", "SE"], countries);
    }

    [Theory, AllProviders]
    public async Task The_dashboard_counts_suppliers_by_status(DatabaseProvider provider)
    {
        await using var app = await StartWithCatalogueAsync(provider);
        await using var finance = app.As(TestUser.Fiona);

        var figures = await finance.Dashboard.GetFiguresAsync(None);

        Assert.Equal(4, figures.SuppliersByStatus[SupplierStatus.Active]);
        Assert.Equal(2, figures.SuppliersByStatus[SupplierStatus.Suspended]);
        Assert.Equal(1, figures.SuppliersByStatus[SupplierStatus.Offboarded]);
    }

    private static IEnumerable<string> SortColumns() =>
        typeof(SupplierSortColumns).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!);

    /// <summary>The order a person expects: by the column ignoring case, ties by name (by code when sorting by name).</summary>
    private static IEnumerable<SupplierRow> ExpectedOrder(IEnumerable<SupplierRow> rows, string column, bool descending)
    {
        Func<SupplierRow, string> key = column switch
        {
            SupplierSortColumns.Code => r => r.Code,
            SupplierSortColumns.Name => r => r.Name,
            SupplierSortColumns.Country => r => r.CountryCode,
            SupplierSortColumns.Currency => r => r.CurrencyCode,
            SupplierSortColumns.Status => r => r.Status.ToString(),
            _ => throw new ArgumentOutOfRangeException(nameof(column), column, "A new sort column: say here how it sorts."),
        };
        Func<SupplierRow, string> tie = column == SupplierSortColumns.Name ? r => r.Code : r => r.Name;
        var sorted = descending
            ? rows.OrderByDescending(key, StringComparer.OrdinalIgnoreCase)
            : rows.OrderBy(key, StringComparer.OrdinalIgnoreCase);
        return sorted.ThenBy(tie, StringComparer.OrdinalIgnoreCase);
    }

    private async Task<TestApp> StartWithCatalogueAsync(DatabaseProvider provider)
    {
        var app = await databases.StartAsync(provider);
        foreach (var form in Catalogue)
        {
            await app.RegisterAsync(form);
        }

        await using var admin = app.As(TestUser.Ann);
        foreach (var (code, status) in new[]
        {
            ("AMBER-LT", SupplierStatus.Suspended),
            ("FJORD-NO", SupplierStatus.Suspended),
            ("NORRLAND-SE", SupplierStatus.Offboarded),
        })
        {
            var changed = await admin.Suppliers.ChangeStatusAsync(code, status, (await app.LoadAsync(code)).Version, None);
            Assert.True(changed.Succeeded, changed.Error);
        }

        return app;
    }

    private static async Task<List<string>> SearchCodesAsync(TestApp app, SupplierQuery query)
    {
        await using var support = app.As(TestUser.Sam);
        var page = await support.Suppliers.SearchAsync(query, None);
        Assert.Equal(page.Items.Count, page.TotalCount);
        return page.Items.Select(r => r.Code).ToList();
    }

    /// <summary>Compares views by value; the record's own equality compares its list by reference.</summary>
    private sealed class SupplierViewComparer : IEqualityComparer<SupplierView>
    {
        public bool Equals(SupplierView? x, SupplierView? y) =>
            x is not null && y is not null
            && x with { AllowedStatusChanges = [] } == y with { AllowedStatusChanges = [] }
            && x.AllowedStatusChanges.SequenceEqual(y.AllowedStatusChanges);

        public int GetHashCode(SupplierView obj) => obj.Id.GetHashCode();
    }
}
