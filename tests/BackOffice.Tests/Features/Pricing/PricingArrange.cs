using CarRentalGateway.BackOffice.Features.Pricing;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CarRentalGateway.BackOffice.Tests.Features.Pricing;

/// <summary>Pricing rules as admins write them, and the shortcuts tests use to add rules and publish.</summary>
public static class PricingArrange
{
    public static PricingRulesService Pricing(this UserSession session) => session.Services.GetRequiredService<PricingRulesService>();

    /// <summary>
    /// An active rule for every offer with a percentage markup, changed as the test needs. Rules of one test get
    /// their own priorities: two overlapping rules of one priority are a problem the checker reports.
    /// </summary>
    public static PricingRuleForm Rule(string name, decimal percent = 10m, Action<PricingRuleForm>? change = null, int priority = 100)
    {
        var form = new PricingRuleForm { Name = name, Priority = priority, Percent = percent };
        change?.Invoke(form);
        return form;
    }

    /// <summary>Adds a rule to the draft as an Admin would, and insists it worked; returns its number.</summary>
    public static async Task<int> AddRuleAsync(this TestApp app, PricingRuleForm form, TestUser? by = null)
    {
        await using var session = app.As(by ?? TestUser.Ann);
        var created = await session.Pricing().CreateRuleAsync(form, CancellationToken.None);
        Assert.True(created.Succeeded, created.Error);
        return created.Value;
    }

    /// <summary>The rule as the dialog opens it: in the draft, or in the published set while there is no draft.</summary>
    public static async Task<PricingRuleView> FindRuleAsync(this TestApp app, int number, TestUser? by = null)
    {
        await using var session = app.As(by ?? TestUser.Ann);
        var rule = await session.Pricing().FindRuleAsync(number, CancellationToken.None);
        Assert.NotNull(rule);
        return rule;
    }

    /// <summary>Changes a rule from its current version as the dialog would, and insists it worked.</summary>
    public static async Task UpdateRuleAsync(this TestApp app, int number, Action<PricingRuleForm> change, TestUser? by = null)
    {
        var form = PricingRuleForm.From(await app.FindRuleAsync(number, by));
        change(form);
        await using var session = app.As(by ?? TestUser.Ann);
        var updated = await session.Pricing().UpdateRuleAsync(number, form, CancellationToken.None);
        Assert.True(updated.Succeeded, updated.Error);
    }

    /// <summary>Publishes the draft as the confirmation dialog would (problems accepted when asked), and insists it worked.</summary>
    public static async Task PublishDraftAsync(this TestApp app, bool confirmProblems = false, TestUser? by = null)
    {
        await using var session = app.As(by ?? TestUser.Ann);
        var preview = await session.Pricing().PublishPreviewAsync(CancellationToken.None);
        Assert.NotNull(preview);
        var published = await session.Pricing().PublishAsync(preview.Draft.Version, confirmProblems, CancellationToken.None);
        Assert.True(published.Succeeded, published.Error);
    }

    public static async Task<RuleSetListing> ListRulesAsync(this TestApp app, RuleListQuery? query = null, TestUser? by = null)
    {
        await using var session = app.As(by ?? TestUser.Ann);
        return await session.Pricing().ListAsync(query ?? new RuleListQuery(), CancellationToken.None);
    }
}
