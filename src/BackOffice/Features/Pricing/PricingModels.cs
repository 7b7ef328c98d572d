using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.Core.Pricing;

namespace CarRentalGateway.BackOffice.Features.Pricing;

/// <summary>Which rule set the rules page shows, and its filters (all from the URL).</summary>
public sealed record RuleListQuery
{
    /// <summary>A published or superseded set by its number; null for the draft (or the published set when there is no draft).</summary>
    public int? SetNumber { get; init; }

    /// <summary>Show the published set even while a draft exists.</summary>
    public bool Published { get; init; }

    /// <summary>Only rules whose scope names this supplier.</summary>
    public string? SupplierCode { get; init; }

    /// <summary>Only rules whose scope names this country.</summary>
    public string? Country { get; init; }

    public bool? Active { get; init; }
}

/// <summary>A rule set's number, status and who published it when.</summary>
public sealed record RuleSetHeader(
    Guid Id,
    int Number,
    RuleSetStatus Status,
    string? PublishedBy,
    DateTime? PublishedAtUtc,
    DateTime? SupersededAtUtc,
    int RuleCount,
    Guid Version)
{
    /// <summary>"v3": how staff refer to a rule set.</summary>
    public string Label => $"v{Number}";
}

/// <summary>How a draft rule differs from the published rule of the same number.</summary>
public enum RuleChangeKind
{
    Unchanged,
    Added,
    Changed,
    Removed,
}

/// <summary>One rule's change from the published set to the draft, field by field (old → new).</summary>
public sealed record RuleChange(int Number, string Name, RuleChangeKind Kind, IReadOnlyList<FieldChange> Fields)
{
    public string Label => $"R{Number}";

    /// <summary>An added or removed rule's fields in one line: "Name: Summer uplift; Percentage: +8 %; …".</summary>
    public string WholeRule => string.Join("; ", Fields.Select(f => f.New ?? f.Old));
}

/// <summary>A problem the checker found, as shown beside its rule.</summary>
public sealed record RuleProblemView(RuleProblemKind Kind, string Message)
{
    /// <summary>"Shadowed", "Order ambiguous": the chip's short text; the message says the rest.</summary>
    public string Title => Kind switch
    {
        RuleProblemKind.EmptyScope => "Can never match",
        RuleProblemKind.WindowEnded => "Window ended",
        RuleProblemKind.Shadowed => "Shadowed",
        RuleProblemKind.AmbiguousOrder => "Order ambiguous",
        RuleProblemKind.FloorAboveCeiling => "Floor above ceiling",
        _ => Kind.ToString(),
    };
}

/// <summary>A rule as the list shows it: evaluation order, scope and adjustment in words, problems and change.</summary>
public sealed record PricingRuleRow(
    Guid Id,
    int Number,
    int RuleVersion,
    string Name,
    bool IsActive,
    int Priority,
    string ScopeText,
    string AdjustmentText,
    string? Notes,
    RuleChangeKind Change,
    IReadOnlyList<RuleProblemView> Problems)
{
    public string Label => $"R{Number}";
}

/// <summary>What the rules page shows: the chosen set, its rules after the filters, and what there is to switch to.</summary>
/// <param name="Shown">The set whose rules are listed; null when no rule set exists yet.</param>
/// <param name="Draft">The draft, when one exists.</param>
/// <param name="Current">The published set, when one exists.</param>
/// <param name="Changes">For the draft: every rule added, changed or removed since the published set.</param>
/// <param name="ProblemCount">Problems in the whole shown set (not only the filtered rows); 0 for earlier versions.</param>
public sealed record RuleSetListing(
    RuleSetHeader? Shown,
    RuleSetHeader? Draft,
    RuleSetHeader? Current,
    IReadOnlyList<PricingRuleRow> Rules,
    IReadOnlyList<RuleChange> Changes,
    int ProblemCount)
{
    public bool ShowsDraft => Shown?.Status == RuleSetStatus.Draft;
}

/// <summary>A rule as the dialog edits it: the draft's rule, or the published one when there is no draft yet.</summary>
public sealed record PricingRuleView(Guid Id, int Number, int RuleVersion, PricingRuleDefinition Definition, Guid Version)
{
    public string Label => $"R{Number}";
}

/// <summary>What publishing the draft would do, for the confirmation: changes, problems, and the draft version it applies to.</summary>
public sealed record PublishPreview(
    RuleSetHeader Draft,
    RuleSetHeader? Current,
    IReadOnlyList<RuleChange> Changes,
    IReadOnlyList<PricingRuleRow> RulesWithProblems)
{
    public int ProblemCount => RulesWithProblems.Sum(r => r.Problems.Count);
}
