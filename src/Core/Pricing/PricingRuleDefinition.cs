using CarRentalGateway.Core.Common;

namespace CarRentalGateway.Core.Pricing;

/// <summary>Everything an admin decides about a pricing rule, checked together.</summary>
/// <param name="Priority">Lower runs first; ties run in rule-number order.</param>
public sealed record PricingRuleDefinition(
    string Name,
    bool IsActive,
    int Priority,
    RuleScope Scope,
    RuleAdjustment Adjustment,
    string? Notes)
{
    public const int NameMaxLength = 100;
    public const int NotesMaxLength = 1000;
    public const int MaxPriority = 100_000;

    public Result Validate()
    {
        if (string.IsNullOrWhiteSpace(Name))
        {
            return Result.Fail("Give the rule a name staff will recognise in a price explanation.", nameof(Name));
        }

        if (Name.Trim().Length > NameMaxLength)
        {
            return Result.Fail($"A rule name is at most {NameMaxLength} characters.", nameof(Name));
        }

        if (Priority is < 0 or > MaxPriority)
        {
            return Result.Fail($"Priority is from 0 to {MaxPriority}; lower runs first.", nameof(Priority));
        }

        if (Notes is { Length: > NotesMaxLength })
        {
            return Result.Fail($"Notes are at most {NotesMaxLength} characters.", nameof(Notes));
        }

        var scope = Scope.Validate();
        return scope.Failed ? scope : Adjustment.Validate();
    }

    public PricingRuleDefinition Normalized() => this with
    {
        Name = Name.Trim(),
        Notes = string.IsNullOrWhiteSpace(Notes) ? null : Notes.Trim(),
        Scope = Scope with { Country = Scope.Country?.Trim().ToUpperInvariant() },
    };
}
