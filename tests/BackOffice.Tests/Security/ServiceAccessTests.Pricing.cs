using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.BackOffice.Features.Pricing;
using CarRentalGateway.BackOffice.Features.Simulation;
using CarRentalGateway.BackOffice.Features.Suppliers;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.BackOffice.Tests.Features.Pricing;
using CarRentalGateway.BackOffice.Tests.Features.Simulation;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using CarRentalGateway.Core.Pricing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarRentalGateway.BackOffice.Tests.Security;

/// <summary>
/// Pricing rules in the access matrix (architecture.md: Admin edits, Finance views, Support has no part in them):
/// R1 "Everything +10 %" published as v1, and a draft v2 in which R1 is +12 %.
/// </summary>
public sealed partial class ServiceAccessTests
{
    private static readonly string[] PricingViewers = [Roles.Admin, Roles.Finance];

    private static Dictionary<string, (string[] Roles, Func<UserSession, SupplierView, Task> Call)> PricingMatrix() => new()
    {
        ["PricingRulesService.ListAsync"] = (PricingViewers, async (s, _) =>
            Assert.Equal("+12 %", Assert.Single((await s.Pricing().ListAsync(new RuleListQuery(), None)).Rules).AdjustmentText)),
        ["PricingRulesService.VersionsAsync"] = (PricingViewers, async (s, _) =>
            Assert.Single(await s.Pricing().VersionsAsync(None))),
        ["PricingRulesService.FindRuleAsync"] = (PricingViewers, async (s, _) =>
            Assert.NotNull(await s.Pricing().FindRuleAsync(1, None))),
        ["PricingRulesService.CreateRuleAsync"] = (AdminOnly, async (s, _) =>
            Succeeded(await s.Pricing().CreateRuleAsync(PricingArrange.Rule("Premium +6 %", 6m, f => f.AcrissPattern = "P???"), None))),
        ["PricingRulesService.UpdateRuleAsync"] = (AdminOnly, async (s, _) =>
        {
            var keys = await PricingKeysAsync(s);
            Succeeded(await s.Pricing().UpdateRuleAsync(1, PricingArrange.Rule("Everything +14 %", 14m, f => f.Version = keys.Rule), None));
        }),
        ["PricingRulesService.DeleteRuleAsync"] = (AdminOnly, async (s, _) =>
            Succeeded(await s.Pricing().DeleteRuleAsync(1, (await PricingKeysAsync(s)).Rule, None))),
        ["PricingRulesService.DiscardDraftAsync"] = (AdminOnly, async (s, _) =>
            Succeeded(await s.Pricing().DiscardDraftAsync((await PricingKeysAsync(s)).Draft, None))),
        ["PricingRulesService.PublishPreviewAsync"] = (AdminOnly, async (s, _) =>
            Assert.Single((await s.Pricing().PublishPreviewAsync(None))!.Changes)),
        ["PricingRulesService.PublishAsync"] = (AdminOnly, async (s, _) =>
            Succeeded(await s.Pricing().PublishAsync((await PricingKeysAsync(s)).Draft, confirmProblems: false, None))),
        // Simulations: admins run them, Finance reads the stored runs (an unknown run is simply not found).
        ["PricingSimulationService.OverviewAsync"] = (PricingViewers, async (s, _) =>
            Assert.Equal(2, (await s.Simulations().OverviewAsync(None)).Draft!.Number)),
        ["PricingSimulationService.FindRunAsync"] = (PricingViewers, async (s, _) =>
            Assert.Null(await s.Simulations().FindRunAsync(Guid.NewGuid(), None))),
        ["PricingSimulationService.RunAsync"] = (AdminOnly, async (s, _) =>
            Succeeded(await s.Simulations().RunAsync(
                new SimulationPeriodForm { From = new DateTime(2026, 2, 1), To = new DateTime(2026, 2, 28) }, null, None))),
    };

    /// <summary>Only for the pricing methods: the published v1 and the draft v2 of the class summary.</summary>
    private static async Task AddPricingRulesAsync(TestApp app, string method)
    {
        if (!PricingMatrix().ContainsKey(method))
        {
            return;
        }

        await app.AddRuleAsync(PricingArrange.Rule("Everything +10 %"));
        await app.PublishDraftAsync();
        await app.UpdateRuleAsync(1, f => f.Percent = 12m);
    }

    /// <summary>The draft's version and its R1's, read straight from the database.</summary>
    private static async Task<(Guid Draft, Guid Rule)> PricingKeysAsync(UserSession session)
    {
        await using var db = await session.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var draft = await db.PricingRuleSets.AsNoTracking().Where(r => r.Status == RuleSetStatus.Draft)
            .Select(r => new { r.Id, Version = EF.Property<Guid>(r, AuditingModelExtensions.VersionProperty) }).SingleAsync();
        var rule = await db.PricingRules.AsNoTracking().Where(r => r.RuleSetId == draft.Id && r.Number == 1)
            .Select(r => EF.Property<Guid>(r, AuditingModelExtensions.VersionProperty)).SingleAsync();
        return (draft.Version, rule);
    }

    /// <summary>Everything a refused pricing call could have changed.</summary>
    private static async Task<string> PricingSnapshotAsync(TestApp app)
    {
        await using var db = await app.OpenDbAsync();
        var sets = await db.PricingRuleSets.AsNoTracking().OrderBy(s => s.Number)
            .Select(s => new { s.Number, s.Status, Version = EF.Property<Guid>(s, AuditingModelExtensions.VersionProperty) }).ToListAsync();
        var rules = await db.PricingRules.AsNoTracking().OrderBy(r => r.RuleSetId).ThenBy(r => r.Number)
            .Select(r => new { r.Number, r.RuleVersion, r.PercentBasisPoints, Version = EF.Property<Guid>(r, AuditingModelExtensions.VersionProperty) }).ToListAsync();
        var runs = await db.SimulationRuns.CountAsync();
        return string.Join("; ", sets) + "; " + string.Join("; ", rules) + $"; simulation runs: {runs}";
    }
}
