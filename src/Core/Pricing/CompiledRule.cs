using System.Globalization;
using CarRentalGateway.Core.Common;

namespace CarRentalGateway.Core.Pricing;

/// <summary>
/// An active rule's scope and adjustment, read once from the entity so pricing never rebuilds them, with the
/// words of its price step written once too unless they depend on the rental's length.
/// </summary>
internal sealed class CompiledRule
{
    // Either the whole text of the step, or everything before the number of days when a per-day amount needs it.
    private readonly string? _fixedDescription;
    private readonly string? _perDayDescription;

    public CompiledRule(PricingRule rule)
    {
        Reference = new AppliedRule(rule.Number, rule.RuleVersion, rule.Name);
        Scope = rule.Scope;
        Adjustment = rule.Adjustment;
        Currency = rule.Currency;

        var parts = new List<string>(2);
        if (Adjustment.Percent != 0)
        {
            parts.Add($"{(Adjustment.Percent > 0 ? "+" : "−")}{Percentage.FromBasisPoints(Math.Abs(Adjustment.Percent))}");
        }

        if (Adjustment.PerRental is { } perRental)
        {
            parts.Add($"{Signed(perRental)} per rental");
        }

        if (Adjustment.PerDay is { } perDay)
        {
            parts.Add($"{Signed(perDay)} per day × ");
            _perDayDescription = $"{Reference}: {string.Join(", ", parts)}";
        }
        else
        {
            _fixedDescription = $"{Reference}: {(parts.Count == 0 ? "no change to the price" : string.Join(", ", parts))}";
        }
    }

    public AppliedRule Reference { get; }

    public RuleScope Scope { get; }

    public RuleAdjustment Adjustment { get; }

    public string? Currency { get; }

    public bool Matches(in RuleContext trip) => (Currency is null || Currency == trip.Currency) && Scope.Matches(trip);

    /// <summary>"R12 v3 Summer uplift: +10 %, +5.00 EUR per rental, −1.00 EUR per day × 3".</summary>
    public string Description(int rentalDays) =>
        _fixedDescription ?? string.Concat(_perDayDescription, rentalDays.ToString(CultureInfo.InvariantCulture));

    private static string Signed(Money amount) => amount.IsNegative ? $"−{Money.Of(-amount.MinorUnits, amount.Currency)}" : $"+{amount}";
}
