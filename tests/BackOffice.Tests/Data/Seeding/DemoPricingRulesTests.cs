using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Features.Pricing;
using CarRentalGateway.BackOffice.Tests.Features.Pricing;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using CarRentalGateway.Core.Pricing;

namespace CarRentalGateway.BackOffice.Tests.Data.Seeding;

/// <summary>The demo rule set: published as v1, realistic, and with the one rule the checker is meant to flag.</summary>
public sealed class DemoPricingRulesTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    [Theory, AllProviders]
    public async Task Demo_data_publishes_a_rule_set_whose_only_problem_is_the_shadowed_spree_airport_rule(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);

        await app.Services.InitializeDatabaseAsync(migrate: false, demoData: true);
        await app.Services.InitializeDatabaseAsync(migrate: false, demoData: true);

        var listing = await app.ListRulesAsync(by: TestUser.Fiona);
        Assert.Null(listing.Draft);
        Assert.Equal((1, RuleSetStatus.Published), (listing.Shown!.Number, listing.Shown.Status));
        await using (var fiona = app.As(TestUser.Fiona))
        {
            Assert.Single(await fiona.Pricing().VersionsAsync(CancellationToken.None));
        }

        var rules = listing.Rules.ToDictionary(r => r.Name);
        Assert.Equal("Estonia", rules["Estonia markup"].ScopeText);
        Assert.Equal("ACRISS P???", rules["Premium uplift"].ScopeText);
        Assert.Equal("14+ days rental", rules["Long rental discount (14+ days)"].ScopeText);
        Assert.Equal("min margin 8.00 EUR, max margin 150.00 EUR", rules["Euro margin floor and ceiling"].AdjustmentText);
        Assert.Equal("round up to .99", rules["Round to .99"].AdjustmentText);
        var summer = TestApp.Start.Year + 1;
        Assert.Equal($"pick-up {summer}-06-01 – {summer}-08-31", rules[$"Summer {summer} high season"].ScopeText);

        var flagged = Assert.Single(listing.Rules, r => r.Problems.Count > 0);
        Assert.Equal("Spree Berlin airport uplift", flagged.Name);
        Assert.Equal(RuleProblemKind.Shadowed, Assert.Single(flagged.Problems).Kind);
        Assert.Equal(1, listing.ProblemCount);
    }
}
