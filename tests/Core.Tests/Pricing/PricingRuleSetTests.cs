using CarRentalGateway.Core.Pricing;

namespace CarRentalGateway.Core.Tests.Pricing;

public sealed class PricingRuleSetTests
{
    private static readonly DateTime Noon = new(2026, 5, 20, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_new_set_is_a_draft_nobody_has_published()
    {
        var id = Guid.NewGuid();

        var set = PricingRuleSet.StartDraft(id, 3);

        Assert.Equal((id, 3, RuleSetStatus.Draft), (set.Id, set.Number, set.Status));
        Assert.Null(set.PublishedBy);
        Assert.Null(set.PublishedAtUtc);
        Assert.Null(set.SupersededAtUtc);
    }

    [Fact]
    public void Publishing_a_draft_records_who_and_when()
    {
        var set = PricingRuleSet.StartDraft(Guid.NewGuid(), 3);

        set.Publish("ann.admin@crg.example", Noon);

        Assert.Equal((RuleSetStatus.Published, "ann.admin@crg.example", Noon), (set.Status, set.PublishedBy, set.PublishedAtUtc!.Value));
    }

    [Fact]
    public void A_published_set_cannot_be_published_again()
    {
        var set = PricingRuleSet.StartDraft(Guid.NewGuid(), 3);
        set.Publish("ann.admin@crg.example", Noon);

        var refused = Assert.Throws<InvalidOperationException>(() => set.Publish("bob.admin@crg.example", Noon.AddHours(1)));

        Assert.Equal("Rule set 3 is Published; only the draft can be published.", refused.Message);
        Assert.Equal("ann.admin@crg.example", set.PublishedBy);
    }

    [Fact]
    public void Superseding_the_published_set_keeps_when_it_was_published_and_when_replaced()
    {
        var set = PricingRuleSet.StartDraft(Guid.NewGuid(), 3);
        set.Publish("ann.admin@crg.example", Noon);

        set.Supersede(Noon.AddDays(7));

        Assert.Equal((RuleSetStatus.Superseded, Noon, Noon.AddDays(7)), (set.Status, set.PublishedAtUtc!.Value, set.SupersededAtUtc!.Value));
    }

    [Fact]
    public void A_draft_cannot_be_superseded()
    {
        var set = PricingRuleSet.StartDraft(Guid.NewGuid(), 4);

        var refused = Assert.Throws<InvalidOperationException>(() => set.Supersede(Noon));

        Assert.Equal("Rule set 4 is Draft; only the published set can be superseded.", refused.Message);
        Assert.Equal(RuleSetStatus.Draft, set.Status);
    }

    [Fact]
    public void A_superseded_set_can_be_neither_superseded_nor_published_again()
    {
        var set = PricingRuleSet.StartDraft(Guid.NewGuid(), 2);
        set.Publish("ann.admin@crg.example", Noon);
        set.Supersede(Noon.AddDays(1));

        Assert.Throws<InvalidOperationException>(() => set.Supersede(Noon.AddDays(2)));
        Assert.Throws<InvalidOperationException>(() => set.Publish("ann.admin@crg.example", Noon.AddDays(2)));
        Assert.Equal(Noon.AddDays(1), set.SupersededAtUtc);
    }
}
