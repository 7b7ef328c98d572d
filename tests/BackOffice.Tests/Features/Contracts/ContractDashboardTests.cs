using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using CarRentalGateway.Core.Suppliers;
using static CarRentalGateway.BackOffice.Tests.Features.Contracts.ContractForms;
using static CarRentalGateway.BackOffice.Tests.Features.Suppliers.SupplierForms;

namespace CarRentalGateway.BackOffice.Tests.Features.Contracts;

/// <summary>What the dashboard warns about: contracts ending within 30 days, and active suppliers no contract covers today.</summary>
public sealed class ContractDashboardTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory, AllProviders]
    public async Task Contracts_ending_within_30_days_include_today_and_day_30_but_not_day_31(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        foreach (var (code, name) in new[]
        {
            ("ALPHA-EE", "Alpha Cars"), ("BRAVO-EE", "Bravo Rent"), ("CHARLIE-EE", "Charlie Auto"),
            ("DELTA-EE", "Delta Drive"), ("ECHO-EE", "Echo Wheels"), ("FOXTROT-EE", "Foxtrot Fleet"),
        })
        {
            await app.RegisterAsync(Valid(code, name));
        }

        // Made on 2026-03-14, read on 2026-03-15.
        var alpha = await app.ActiveAsync("ALPHA-EE", Commission("2026-01-01", "2026-03-15"));
        var bravo = await app.AmendAsync(await app.ActiveAsync("BRAVO-EE", Commission("2026-03-01", "2026-04-14")));
        await app.ApproveAsync(bravo);
        await app.ActiveAsync("CHARLIE-EE", Commission("2026-03-01", "2026-04-15"));
        await app.ActiveAsync("DELTA-EE", Commission("2025-04-01", "2026-03-14"));
        await app.DraftAsync("ECHO-EE", Commission("2026-03-01", "2026-03-20"));
        await app.TerminateAsync(await app.ActiveAsync("FOXTROT-EE", Commission("2026-01-01", "2026-03-31")), Day("2026-03-20"));
        app.Clock.Advance(TimeSpan.FromDays(1));
        await using var finance = app.As(TestUser.Fiona);

        var figures = await finance.Dashboard.GetFiguresAsync(None);

        Assert.Equal(
            [
                (alpha, "ALPHA-EE", "Alpha Cars", "#1 v1", Day("2026-03-15"), 0),
                (bravo, "BRAVO-EE", "Bravo Rent", "#1 v2", Day("2026-04-14"), 30),
            ],
            figures.ContractsExpiringSoon.Select(c => (c.Id, c.SupplierCode, c.SupplierName, c.Label, c.ValidTo, c.DaysLeft)));
    }

    [Theory, AllProviders]
    public async Task Active_suppliers_that_no_contract_covers_today_are_listed_by_name(DatabaseProvider provider)
    {
        await using var app = await StartWithSuppliersAsync(provider);
        await using var support = app.As(TestUser.Sam);

        var figures = await support.Dashboard.GetFiguresAsync(None);

        Assert.Equal(
            [
                ("DRAFTONLY-EE", "Draft Only", "EE"),
                ("ENDED-LV", "Ended Today", "LV"),
                ("LATER-EE", "Later Start", "EE"),
                ("NONE-EE", "No Contract", "EE"),
            ],
            figures.SuppliersWithoutContract.Select(s => (s.Code, s.Name, s.CountryCode)));
    }

    [Theory, AllProviders]
    public async Task The_next_day_the_contracts_that_ended_leave_their_suppliers_uncovered_and_the_one_that_starts_covers_its_supplier(DatabaseProvider provider)
    {
        await using var app = await StartWithSuppliersAsync(provider);
        app.Clock.Advance(TimeSpan.FromDays(1));
        await using var support = app.As(TestUser.Sam);

        var figures = await support.Dashboard.GetFiguresAsync(None);

        Assert.Equal(
            ["DRAFTONLY-EE", "ENDED-LV", "ENDING-EE", "LASTDAY-EE", "NONE-EE"],
            figures.SuppliersWithoutContract.Select(s => s.Code));
    }

    /// <summary>Suppliers in each situation, on 2026-03-14.</summary>
    private async Task<TestApp> StartWithSuppliersAsync(DatabaseProvider provider)
    {
        var app = await databases.StartAsync(provider);
        try
        {
            await app.RegisterAsync(Valid("COVERED-EE", "Covered All Year"));
            await app.ActiveAsync("COVERED-EE", Commission("2026-01-01", "2026-12-31"));

            await app.RegisterAsync(Valid("NONE-EE", "No Contract"));

            await app.RegisterAsync(Valid("LATER-EE", "Later Start"));
            await app.ActiveAsync("LATER-EE", Commission("2026-03-15", "2026-12-31"));

            await app.RegisterAsync(Valid("DRAFTONLY-EE", "Draft Only"));
            await app.DraftAsync("DRAFTONLY-EE", Commission("2026-01-01", "2026-12-31"));

            await app.RegisterAsync(Valid("LASTDAY-EE", "Last Day Today"));
            await app.ActiveAsync("LASTDAY-EE", Commission("2025-03-15", "2026-03-14"));

            // Terminated, but in force until the day before the effective date.
            await app.RegisterAsync(Valid("ENDING-EE", "Ending Tomorrow"));
            await app.TerminateAsync(await app.ActiveAsync("ENDING-EE", Commission("2026-01-01", "2026-12-31")), Day("2026-03-15"));

            await app.RegisterAsync(Valid("ENDED-LV", "Ended Today", "LV"));
            await app.TerminateAsync(await app.ActiveAsync("ENDED-LV", Commission("2026-01-01", "2026-12-31")), Day("2026-03-14"));

            // Suspended and offboarded suppliers sell nothing, so a missing contract is no news.
            await app.RegisterAsync(Valid("PAUSED-EE", "Paused Supplier"));
            await app.RegisterAsync(Valid("GONE-EE", "Gone Supplier"));
            await using (var ann = app.As(TestUser.Ann))
            {
                Assert.True((await ann.Suppliers.ChangeStatusAsync("PAUSED-EE", SupplierStatus.Suspended, (await app.LoadAsync("PAUSED-EE")).Version, None)).Succeeded);
                Assert.True((await ann.Suppliers.ChangeStatusAsync("GONE-EE", SupplierStatus.Offboarded, (await app.LoadAsync("GONE-EE")).Version, None)).Succeeded);
            }

            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }
}
