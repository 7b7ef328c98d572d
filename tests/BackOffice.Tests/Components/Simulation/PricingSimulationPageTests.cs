using Bunit;
using CarRentalGateway.BackOffice.Features.Simulation;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.BackOffice.Tests.Components.Pricing;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Pricing;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace CarRentalGateway.BackOffice.Tests.Components.Simulation;

public sealed class PricingSimulationPageTests : PricingComponentTests
{
    [Fact]
    public async Task Finance_reads_a_stored_run_with_coloured_differences_and_links_to_unpriced_bookings_but_cannot_run_one()
    {
        await SeedRuleSetAsync(1, published: true, Rule("Everything +10 %", 1000));
        await SeedRuleSetAsync(2, published: false, Rule("Everything +12 %", 1200));
        var run = await SeedRunAsync();
        SignInAs(Roles.Finance);

        var page = Render<PricingSimulationPage>(p => p.Add(x => x.RunId, run.Id));

        page.WaitForElement("#run-result");
        Assert.Empty(page.FindAll("#simulation-form"));
        var rows = page.FindAll("#suppliers-table tbody tr");
        Assert.Equal(2, rows.Count);
        Assert.Equal("Avis EstoniaAVIS-EE", rows[0].QuerySelector("td")!.TextContent.Trim());
        Assert.Equal("−5.00", rows[0].QuerySelector(".loss")!.TextContent);
        Assert.Equal("+20.00", rows[1].QuerySelector(".gain")!.TextContent);
        var total = page.Find("#total-row").TextContent;
        Assert.Contains("+15.00", total, StringComparison.Ordinal);
        Assert.Contains("22.5 % → 16.0 %", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("bookings/CRG-7F3K9Q", page.Find("#unpriced-table a").GetAttribute("href"));
        Assert.Contains("no longer stored", page.Find("#unpriced-table").TextContent, StringComparison.Ordinal);
        Assert.Contains("ann.admin@crg.example", page.Find("#runs-table").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Finance_exports_the_run_shown_to_Excel()
    {
        await SeedRuleSetAsync(1, published: true, Rule("Everything +10 %", 1000));
        await SeedRuleSetAsync(2, published: false, Rule("Everything +12 %", 1200));
        var run = await SeedRunAsync();
        SignInAs(Roles.Finance);
        var page = Render<PricingSimulationPage>(p => p.Add(x => x.RunId, run.Id));
        page.WaitForElement("#run-result");

        page.Find("#export-simulation").Click();

        page.WaitForAssertion(() => Assert.Equal(
            $"/reports/pricing-simulation.xlsx?run={run.Id}", Assert.Single(JSInterop.VerifyInvoke("backOffice.download").Arguments)));
    }

    [Fact]
    public async Task An_admin_runs_a_period_and_sees_its_result_and_the_run_stored()
    {
        await SeedRuleSetAsync(1, published: true, Rule("Everything +10 %", 1000));
        await SeedRuleSetAsync(2, published: false, Rule("Everything +12 %", 1200));
        SignInAs(Roles.Admin);

        var page = Render<PricingSimulationPage>();
        page.WaitForAssertion(() => Assert.Contains("published rule set v1 with the draft v2", page.Find("#compared-sets").TextContent, StringComparison.Ordinal));
        page.Find("#simulation-form").Submit();

        page.WaitForAssertion(() => Assert.Contains("No confirmed or completed bookings", page.Find("#run-result").TextContent, StringComparison.Ordinal));
        page.WaitForAssertion(() => Assert.Single(page.FindAll("#runs-table tbody tr")));
        Assert.Contains("pricing/simulate/", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_draft_the_page_says_there_is_nothing_to_simulate_and_offers_no_run()
    {
        await SeedRuleSetAsync(1, published: true, Rule("Everything +10 %", 1000));
        SignInAs(Roles.Admin);

        var page = Render<PricingSimulationPage>();

        page.WaitForAssertion(() => Assert.Contains("There is no draft rule set", page.Find("#no-draft").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("#simulation-form"));
    }

    /// <summary>
    /// A run as the service stores it: AVIS-EE lost 5.00 (45.00 → 40.00 on 200.00 of sales), SIXT-EE gained 20.00
    /// (35.00 → 55.00 on 175.00, then 195.00); in total 80.00 → 95.00 of revenue on 375.00 → 445.00 of sales.
    /// </summary>
    private async Task<SimulationRun> SeedRunAsync()
    {
        var run = new SimulationRun
        {
            Id = Guid.CreateVersion7(),
            RunAtUtc = new DateTime(2026, 3, 14, 9, 0, 0, DateTimeKind.Utc),
            RunBy = "ann.admin@crg.example",
            BookedFrom = new DateOnly(2026, 2, 1),
            BookedTo = new DateOnly(2026, 2, 28),
            PublishedRuleSetNumber = 1,
            DraftRuleSetId = Guid.NewGuid(),
            DraftRuleSetNumber = 2,
            Suppliers =
            [
                new SupplierFigures("AVIS-EE", "Avis Estonia", Figures(2, 200, 45, 250, 40, unpriced: 1)),
                new SupplierFigures("SIXT-EE", "Sixt Estonia", Figures(1, 175, 35, 195, 55, unpriced: 0)),
            ],
            Total = Figures(3, 375, 80, 445, 95, unpriced: 1),
            Unpriced = [new UnpricedBookingRow("CRG-7F3K9Q", "AVIS-EE", CannotPriceReason.NoContract, "Contract #1 v1, which the booking was sold under, is no longer stored.")],
            UnpricedCount = 1,
        };
        await using var db = await Database.CreateDbContextAsync();
        db.SimulationRuns.Add(run);
        await db.SaveChangesAsync();
        return run;
    }

    private static SimulationFigures Figures(int bookings, decimal sales, decimal revenue, decimal simulatedSales, decimal simulatedRevenue, int unpriced) =>
        new(bookings, Eur(sales), Eur(revenue), Eur(simulatedSales), Eur(simulatedRevenue), unpriced, 0);

    private static Money Eur(decimal amount) => Money.FromAmount(amount, "EUR").Value;
}
