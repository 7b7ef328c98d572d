namespace CarRentalGateway.Core.Pricing;

/// <summary>
/// A numbered set of pricing rules: the draft admins edit, the published set that prices quotes, or an earlier
/// published set kept readable. Publishing swaps the draft in and the published set out in one step.
/// </summary>
public sealed class PricingRuleSet
{
    public const int UserNameMaxLength = 256;

    // Materialization by EF Core, which sets the properties itself.
    private PricingRuleSet()
    {
    }

    private PricingRuleSet(Guid id, int number)
    {
        Id = id;
        Number = number;
        Status = RuleSetStatus.Draft;
    }

    public Guid Id { get; private set; }

    /// <summary>1, 2, …: the set's version number, in the order drafts were started.</summary>
    public int Number { get; private set; }

    public RuleSetStatus Status { get; private set; }

    public string? PublishedBy { get; private set; }

    public DateTime? PublishedAtUtc { get; private set; }

    /// <summary>When a later publish replaced it.</summary>
    public DateTime? SupersededAtUtc { get; private set; }

    public static PricingRuleSet StartDraft(Guid id, int number) => new(id, number);

    /// <summary>Makes the draft the published set; the caller supersedes the previous one in the same save.</summary>
    public void Publish(string publishedBy, DateTime atUtc)
    {
        if (Status != RuleSetStatus.Draft)
        {
            throw new InvalidOperationException($"Rule set {Number} is {Status}; only the draft can be published.");
        }

        Status = RuleSetStatus.Published;
        PublishedBy = publishedBy;
        PublishedAtUtc = atUtc;
    }

    public void Supersede(DateTime atUtc)
    {
        if (Status != RuleSetStatus.Published)
        {
            throw new InvalidOperationException($"Rule set {Number} is {Status}; only the published set can be superseded.");
        }

        Status = RuleSetStatus.Superseded;
        SupersededAtUtc = atUtc;
    }
}
