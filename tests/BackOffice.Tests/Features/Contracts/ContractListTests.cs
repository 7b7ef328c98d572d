using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Features.Contracts;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using CarRentalGateway.Core.Contracts;
using static CarRentalGateway.BackOffice.Tests.Features.Contracts.ContractForms;
using static CarRentalGateway.BackOffice.Tests.Features.Suppliers.SupplierForms;

namespace CarRentalGateway.BackOffice.Tests.Features.Contracts;

/// <summary>
/// The contracts list across suppliers (filters, sorting, paging) and the per-supplier and per-contract views,
/// over one contract book with every status in it. The book is made on 2026-03-14; the list is read the day
/// after, so a contract ending on the 14th has expired by then.
/// </summary>
public sealed class ContractListTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>The list's rows by label (supplier code and contract label), in the default order: by end date.</summary>
    private static readonly string[] ByValidTo =
    [
        "SIXT-EE #1 v1",   // 2025-04-01 – 2026-03-14, expired
        "AVIS-LV #1 v1",   // 2026-01-01 – 2026-03-15, last day today
        "SIXT-EE #2 v1",   // 2026-03-15 – 2026-04-14, 30 days left, amendment drafted
        "AVIS-LV #2 v1",   // 2026-03-16 – 2026-04-15, 31 days left
        "BUDGET-LT #1 v1", // 2026-03-01 – 2027-02-28, terminated from 2026-05-01
        "AVIS-LV #3 v1",   // 2026-04-16 – 2027-04-15, draft, net rate
        "BUDGET-LT #2 v2", // 2026-05-01 – 2027-04-30, amended and approved, net rate
    ];

    public static TheoryData<DatabaseProvider, string, bool, string[]> SortCases()
    {
        var orders = new (string Column, bool Descending, string[] Labels)[]
        {
            (ContractSortColumns.Supplier, false, ["AVIS-LV #1 v1", "AVIS-LV #2 v1", "AVIS-LV #3 v1", "BUDGET-LT #1 v1", "BUDGET-LT #2 v2", "SIXT-EE #1 v1", "SIXT-EE #2 v1"]),
            (ContractSortColumns.Supplier, true, ["SIXT-EE #1 v1", "SIXT-EE #2 v1", "BUDGET-LT #1 v1", "BUDGET-LT #2 v2", "AVIS-LV #1 v1", "AVIS-LV #2 v1", "AVIS-LV #3 v1"]),
            (ContractSortColumns.ValidFrom, false, ["SIXT-EE #1 v1", "AVIS-LV #1 v1", "BUDGET-LT #1 v1", "SIXT-EE #2 v1", "AVIS-LV #2 v1", "AVIS-LV #3 v1", "BUDGET-LT #2 v2"]),
            (ContractSortColumns.ValidFrom, true, ["BUDGET-LT #2 v2", "AVIS-LV #3 v1", "AVIS-LV #2 v1", "SIXT-EE #2 v1", "BUDGET-LT #1 v1", "AVIS-LV #1 v1", "SIXT-EE #1 v1"]),
            (ContractSortColumns.ValidTo, false, ByValidTo),
            (ContractSortColumns.ValidTo, true, ByValidTo.Reverse().ToArray()),

            // By the stored status (an expired contract is stored as active), then by end date.
            (ContractSortColumns.Status, false, ["SIXT-EE #1 v1", "AVIS-LV #1 v1", "SIXT-EE #2 v1", "AVIS-LV #2 v1", "BUDGET-LT #2 v2", "AVIS-LV #3 v1", "BUDGET-LT #1 v1"]),
            (ContractSortColumns.Status, true, ["BUDGET-LT #1 v1", "AVIS-LV #3 v1", "SIXT-EE #1 v1", "AVIS-LV #1 v1", "SIXT-EE #2 v1", "AVIS-LV #2 v1", "BUDGET-LT #2 v2"]),
        };
        var cases = new TheoryData<DatabaseProvider, string, bool, string[]>();
        foreach (var provider in Enum.GetValues<DatabaseProvider>())
        {
            foreach (var (column, descending, labels) in orders)
            {
                cases.Add(provider, column, descending, labels);
            }
        }

        return cases;
    }

    [Theory, AllProviders]
    public async Task The_list_shows_each_contract_once_with_its_status_today_and_days_to_expiry(DatabaseProvider provider)
    {
        await using var app = await StartWithContractBookAsync(provider);
        await using var support = app.As(TestUser.Sam);

        var page = await support.Contracts().SearchAsync(new ContractQuery(), None);

        Assert.Equal(7, page.TotalCount);
        Assert.Equal(
            [
                ("SIXT-EE #1 v1", ContractStatus.Expired, (int?)null, false),
                ("AVIS-LV #1 v1", ContractStatus.Active, 0, false),
                ("SIXT-EE #2 v1", ContractStatus.Active, 30, true),
                ("AVIS-LV #2 v1", ContractStatus.Active, 31, false),
                ("BUDGET-LT #1 v1", ContractStatus.Terminated, null, false),
                ("AVIS-LV #3 v1", ContractStatus.Draft, null, false),
                ("BUDGET-LT #2 v2", ContractStatus.Active, 411, false),
            ],
            page.Items.Select(r => (LabelOf(r), r.Status, r.DaysToExpiry, r.HasDraftAmendment)));
        var budget = page.Items.Single(r => r.SupplierCode == "BUDGET-LT" && r.Number == 2);
        Assert.Equal(
            ("Budget Lithuania", CommercialModel.NetRate, Day("2026-05-01"), Day("2027-04-30"), "EUR"),
            (budget.SupplierName, budget.Model, budget.ValidFrom, budget.ValidTo, budget.Currency));
    }

    [Theory, AllProviders]
    public async Task The_list_filters_by_supplier(DatabaseProvider provider)
    {
        await using var app = await StartWithContractBookAsync(provider);

        Assert.Equal(["AVIS-LV #1 v1", "AVIS-LV #2 v1", "AVIS-LV #3 v1"], await LabelsAsync(app, new ContractQuery { SupplierCode = "AVIS-LV" }));
        Assert.Empty(await LabelsAsync(app, new ContractQuery { SupplierCode = "GHOST-EE" }));
    }

    [Theory, AllProviders]
    public async Task The_list_filters_by_the_status_people_see_today(DatabaseProvider provider)
    {
        await using var app = await StartWithContractBookAsync(provider);

        Assert.Equal(
            ["AVIS-LV #1 v1", "SIXT-EE #2 v1", "AVIS-LV #2 v1", "BUDGET-LT #2 v2"],
            await LabelsAsync(app, new ContractQuery { Status = ContractStatus.Active }));
        Assert.Equal(["SIXT-EE #1 v1"], await LabelsAsync(app, new ContractQuery { Status = ContractStatus.Expired }));
        Assert.Equal(["AVIS-LV #3 v1"], await LabelsAsync(app, new ContractQuery { Status = ContractStatus.Draft }));
        Assert.Equal(["BUDGET-LT #1 v1"], await LabelsAsync(app, new ContractQuery { Status = ContractStatus.Terminated }));
        Assert.Empty(await LabelsAsync(app, new ContractQuery { Status = ContractStatus.Superseded }));
        Assert.Equal(
            ["SIXT-EE #2 v1"], await LabelsAsync(app, new ContractQuery { SupplierCode = "SIXT-EE", Status = ContractStatus.Active }));
    }

    [Theory, AllProviders]
    public async Task Expired_follows_the_clock_without_anything_being_saved(DatabaseProvider provider)
    {
        await using var app = await StartWithContractBookAsync(provider);

        app.Clock.Advance(TimeSpan.FromDays(1));

        Assert.Equal(["SIXT-EE #1 v1", "AVIS-LV #1 v1"], await LabelsAsync(app, new ContractQuery { Status = ContractStatus.Expired }));
    }

    [Theory, AllProviders]
    public async Task Expiring_within_n_days_includes_both_boundary_days_and_nothing_already_expired(DatabaseProvider provider)
    {
        await using var app = await StartWithContractBookAsync(provider);

        Assert.Equal(["AVIS-LV #1 v1"], await LabelsAsync(app, new ContractQuery { ExpiringWithinDays = 0 }));
        Assert.Equal(["AVIS-LV #1 v1", "SIXT-EE #2 v1"], await LabelsAsync(app, new ContractQuery { ExpiringWithinDays = 30 }));
        Assert.Equal(
            ["AVIS-LV #1 v1", "SIXT-EE #2 v1", "AVIS-LV #2 v1"], await LabelsAsync(app, new ContractQuery { ExpiringWithinDays = 31 }));
        Assert.Equal(
            ["SIXT-EE #2 v1"], await LabelsAsync(app, new ContractQuery { SupplierCode = "SIXT-EE", ExpiringWithinDays = 30 }));
    }

    [Theory, MemberData(nameof(SortCases))]
    public async Task The_list_sorts_by_each_column_in_both_directions(DatabaseProvider provider, string column, bool descending, string[] expected)
    {
        await using var app = await StartWithContractBookAsync(provider);

        Assert.Equal(expected, await LabelsAsync(app, new ContractQuery { SortBy = column, Descending = descending }));
    }

    [Theory, AllProviders]
    public async Task The_list_sorts_by_model_then_supplier(DatabaseProvider provider)
    {
        await using var app = await StartWithContractBookAsync(provider);
        await using var support = app.As(TestUser.Sam);

        foreach (var descending in new[] { false, true })
        {
            var page = await support.Contracts().SearchAsync(new ContractQuery { SortBy = ContractSortColumns.Model, Descending = descending }, None);

            // Rows of one model and one supplier have no further order, so compare model and supplier only.
            var commission = new[] { "AVIS-LV", "AVIS-LV", "SIXT-EE", "SIXT-EE" }.Select(s => (CommercialModel.Commission, s));
            var netRate = new[] { "AVIS-LV", "BUDGET-LT", "BUDGET-LT" }.Select(s => (CommercialModel.NetRate, s));
            Assert.Equal(
                descending ? netRate.Concat(commission) : commission.Concat(netRate),
                page.Items.Select(r => (r.Model, r.SupplierCode)));
        }
    }

    [Theory, AllProviders]
    public async Task An_unknown_sort_column_sorts_by_end_date(DatabaseProvider provider)
    {
        await using var app = await StartWithContractBookAsync(provider);

        Assert.Equal(ByValidTo, await LabelsAsync(app, new ContractQuery { SortBy = "Notes; DROP TABLE Contracts" }));
    }

    [Theory, AllProviders]
    public async Task The_list_pages_through_every_row_once(DatabaseProvider provider)
    {
        await using var app = await StartWithContractBookAsync(provider);
        await using var support = app.As(TestUser.Sam);

        var pages = new List<string[]>();
        for (var page = 0; page < 3; page++)
        {
            var result = await support.Contracts().SearchAsync(new ContractQuery { Page = page, PageSize = 3 }, None);
            Assert.Equal(7, result.TotalCount);
            pages.Add(result.Items.Select(LabelOf).ToArray());
        }

        Assert.Equal([ByValidTo[..3], ByValidTo[3..6], ByValidTo[6..]], pages);
        Assert.Empty((await support.Contracts().SearchAsync(new ContractQuery { Page = 3, PageSize = 3 }, None)).Items);
    }

    [Theory, AllProviders]
    public async Task Out_of_range_pages_and_sizes_are_brought_within_limits(DatabaseProvider provider)
    {
        await using var app = await StartWithContractBookAsync(provider);
        await using var support = app.As(TestUser.Sam);

        var huge = await support.Contracts().SearchAsync(new ContractQuery { PageSize = 10_000 }, None);
        var empty = await support.Contracts().SearchAsync(new ContractQuery { PageSize = 0 }, None);
        var negative = await support.Contracts().SearchAsync(new ContractQuery { Page = -2, PageSize = 2 }, None);

        Assert.Equal(ByValidTo, huge.Items.Select(LabelOf));
        Assert.Equal([ByValidTo[0]], empty.Items.Select(LabelOf));
        Assert.Equal(ByValidTo[..2], negative.Items.Select(LabelOf));
        Assert.All([huge, empty, negative], p => Assert.Equal(7, p.TotalCount));
    }

    [Theory, AllProviders]
    public async Task A_supplier_page_lists_every_version_newest_contract_and_version_first(DatabaseProvider provider)
    {
        await using var app = await StartWithContractBookAsync(provider);
        await using var finance = app.As(TestUser.Fiona);

        var budget = await finance.Contracts().ForSupplierAsync("BUDGET-LT", None);
        var sixt = await finance.Contracts().ForSupplierAsync("SIXT-EE", None);

        Assert.Equal(
            [("#2 v2", ContractStatus.Active, false), ("#2 v1", ContractStatus.Superseded, false), ("#1 v1", ContractStatus.Terminated, false)],
            budget.Select(r => (r.Label, r.Status, r.HasDraftAmendment)));
        Assert.Equal(
            [("#2 v2", ContractStatus.Draft, false), ("#2 v1", ContractStatus.Active, true), ("#1 v1", ContractStatus.Expired, false)],
            sixt.Select(r => (r.Label, r.Status, r.HasDraftAmendment)));
        Assert.All(sixt, r => Assert.Equal(("SIXT-EE", "Sixt Estonia"), (r.SupplierCode, r.SupplierName)));
    }

    [Theory, AllProviders]
    public async Task The_versions_of_a_contract_are_found_from_any_of_them_oldest_first(DatabaseProvider provider)
    {
        await using var app = await StartWithContractBookAsync(provider);
        await using var finance = app.As(TestUser.Fiona);
        var budget = await finance.Contracts().ForSupplierAsync("BUDGET-LT", None);
        var (v2, v1, other) = (budget[0].Id, budget[1].Id, budget[2].Id);

        var fromV1 = await finance.Contracts().VersionsAsync(v1, None);
        var fromV2 = await finance.Contracts().VersionsAsync(v2, None);

        Assert.Equal([v1, v2], fromV1.Select(v => v.Id));
        Assert.Equal([v1, v2], fromV2.Select(v => v.Id));
        Assert.Equal([ContractStatus.Superseded, ContractStatus.Active], fromV1.Select(v => v.Status));
        Assert.All(fromV1, v => Assert.Equal(("BUDGET-LT", 2), (v.SupplierCode, v.Number)));
        Assert.Equal([other], (await finance.Contracts().VersionsAsync(other, None)).Select(v => v.Id));
    }

    /// <summary>
    /// Three suppliers and their contracts in every status, made on 2026-03-14 as an admin would; the clock is then
    /// moved on to 2026-03-15 for the test to read.
    /// </summary>
    private async Task<TestApp> StartWithContractBookAsync(DatabaseProvider provider)
    {
        var app = await databases.StartAsync(provider);
        try
        {
            await app.RegisterAsync(Valid("SIXT-EE", "Sixt Estonia"));
            await app.RegisterAsync(Valid("AVIS-LV", "Avis Latvia", "LV"));
            await app.RegisterAsync(Valid("BUDGET-LT", "Budget Lithuania", "LT"));

            await app.ActiveAsync("SIXT-EE", Commission("2025-04-01", "2026-03-14"));
            var sixt2 = await app.ActiveAsync("SIXT-EE", Commission("2026-03-15", "2026-04-14"));
            await app.AmendAsync(sixt2);

            await app.ActiveAsync("AVIS-LV", Commission("2026-01-01", "2026-03-15"));
            await app.ActiveAsync("AVIS-LV", Commission("2026-03-16", "2026-04-15"));
            await app.DraftAsync("AVIS-LV", NetRate("2026-04-16", "2027-04-15"));

            var budget1 = await app.ActiveAsync("BUDGET-LT", NetRate("2026-03-01", "2027-02-28"));
            await app.TerminateAsync(budget1, Day("2026-05-01"));
            var budget2 = await app.ActiveAsync("BUDGET-LT", NetRate("2026-05-01", "2027-04-30"));
            await app.ApproveAsync(await app.AmendAsync(budget2));

            app.Clock.Advance(TimeSpan.FromDays(1));
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    private static string LabelOf(ContractRow row) => $"{row.SupplierCode} {row.Label}";

    private static async Task<string[]> LabelsAsync(TestApp app, ContractQuery query)
    {
        await using var support = app.As(TestUser.Sam);
        var page = await support.Contracts().SearchAsync(query with { PageSize = 100 }, None);
        Assert.Equal(page.Items.Count, page.TotalCount);
        return page.Items.Select(LabelOf).ToArray();
    }
}
