using Bunit;
using CarRentalGateway.BackOffice.Features.Pricing;
using CarRentalGateway.BackOffice.Security;
using Microsoft.EntityFrameworkCore;
using MudBlazor;

namespace CarRentalGateway.BackOffice.Tests.Components.Pricing;

public sealed class PricingRulesPageTests : PricingComponentTests
{
    [Fact]
    public async Task Finance_reads_the_rules_but_is_offered_no_edit_delete_or_publish()
    {
        await SeedRuleSetAsync(1, published: true, Rule("Everything +10 %", 1000));
        await SeedRuleSetAsync(2, published: false, Rule("Everything +12 %", 1200));
        SignInAs(Roles.Finance);

        var page = RenderPage();

        page.WaitForAssertion(() => Assert.Contains("Draft v2 — not pricing yet.", page.Find("#rules-draft-banner").TextContent, StringComparison.Ordinal));
        Assert.Contains("+12 %", page.Find("#rules-table").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("#add-rule"));
        Assert.Empty(page.FindAll("#publish-rules"));
        Assert.Empty(page.FindAll("#discard-draft"));
        Assert.Empty(page.FindAll("[id^=edit-rule-]"));
        Assert.Empty(page.FindAll("[id^=delete-rule-]"));
    }

    [Fact]
    public async Task An_admin_gets_edit_and_delete_on_each_rule_of_the_draft_and_publish()
    {
        await SeedRuleSetAsync(1, published: false, Rule("Everything +10 %", 1000), Rule("Long rentals", -500, r => r with { Priority = 300 }));
        SignInAs(Roles.Admin);

        var page = RenderPage();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[id^=edit-rule-]").Count));
        Assert.Equal(2, page.FindAll("[id^=delete-rule-]").Count);
        Assert.Single(page.FindAll("#publish-rules"));
        Assert.Contains("2 rules added", page.Find("#draft-change-summary").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_problem_is_written_beside_its_rule_and_counted_above_the_list()
    {
        await SeedRuleSetAsync(1, published: true, Rule("Everything +10 %", 1000), FloorAboveCeiling("Margin band"));
        SignInAs(Roles.Finance);

        var page = RenderPage();

        page.WaitForAssertion(() => Assert.Equal("1 problem found", page.Find("#problem-count").TextContent.Trim()));
        var flagged = page.Find("#rule-2").ParentElement!;
        var problems = flagged.QuerySelector(".rule-problems")!.TextContent;
        Assert.Contains("Floor above ceiling", problems, StringComparison.Ordinal);
        Assert.Contains("minimum margin", problems, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("", page.Find("#rule-1").ParentElement!.QuerySelector(".rule-problems")!.TextContent.Trim());
    }

    [Fact]
    public async Task Publishing_a_draft_with_problems_stays_disabled_until_publish_anyway_is_ticked()
    {
        await SeedRuleSetAsync(1, published: false, Rule("Everything +10 %", 1000), FloorAboveCeiling("Margin band"));
        SignInAs(Roles.Admin);
        Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var page = RenderPage();
        page.WaitForElement("#publish-rules");

        page.Find("#publish-rules").Click();

        dialogs.WaitForAssertion(() => Assert.Contains("The draft has 1 problem.", dialogs.Find("#publish-problems").TextContent, StringComparison.Ordinal));
        Assert.Contains("R2 Margin band", dialogs.Find("#publish-problems").TextContent, StringComparison.Ordinal);
        Assert.True(dialogs.Find("#publish-confirm").HasAttribute("disabled"));

        dialogs.Find("#publish-anyway").Change(true);
        dialogs.WaitForAssertion(() => Assert.False(dialogs.Find("#publish-confirm").HasAttribute("disabled")));
        dialogs.Find("#publish-confirm").Click();

        page.WaitForAssertion(() => Assert.Contains("Published v1 — pricing quotes now.", page.Find("#rules-published-banner").TextContent, StringComparison.Ordinal));
        await using var db = await Database.CreateDbContextAsync();
        Assert.Equal(Core.Pricing.RuleSetStatus.Published, (await db.PricingRuleSets.SingleAsync()).Status);
    }

    private IRenderedComponent<PricingRulesPage> RenderPage() => Render<PricingRulesPage>();
}
