using CarRentalGateway.Core.Common;

namespace CarRentalGateway.Core.Pricing;

/// <summary>
/// What a pricing rule does to the running price: a percentage, then fixed amounts per rental and per day;
/// margin limits and rounding it asks for once every rule has run; and whether later rules still apply.
/// Amounts share one currency, and a rule with amounts applies only to offers priced in that currency.
/// </summary>
/// <param name="Percent">Markup in basis points on the running price; negative is a discount (−10 % = −1000).</param>
/// <param name="PerRental">Added once per rental; negative is a discount.</param>
/// <param name="PerDay">Added for each charged rental day; negative is a discount.</param>
/// <param name="MinMargin">Our revenue on the trip is raised to at least this.</param>
/// <param name="MaxMargin">Our revenue on the trip is lowered to at most this (never below a floor).</param>
public sealed record RuleAdjustment(
    int Percent,
    Money? PerRental,
    Money? PerDay,
    Money? MinMargin,
    Money? MaxMargin,
    PriceRounding Rounding,
    bool StopFurtherRules)
{
    /// <summary>−90 %: a discount that gives the car away is a typing mistake.</summary>
    public const int LowestPercent = -9_000;

    /// <summary>+500 %.</summary>
    public const int HighestPercent = 50_000;

    public static RuleAdjustment None { get; } = new(0, null, null, null, null, PriceRounding.None, false);

    /// <summary>The currency of the rule's amounts, or null when it has none and applies in every currency.</summary>
    public string? Currency => Amounts.FirstOrDefault()?.Currency;

    private IEnumerable<Money> Amounts => new[] { PerRental, PerDay, MinMargin, MaxMargin }.OfType<Money>();

    public Result Validate()
    {
        if (Percent is < LowestPercent or > HighestPercent)
        {
            return Result.Fail(
                $"The percentage is from {LowestPercent / 100} % to +{HighestPercent / 100} %.", nameof(Percent));
        }

        if (Amounts.Select(amount => amount.Currency).Distinct().Count() > 1)
        {
            return Result.Fail("Give every amount of a rule in one currency.", nameof(PerRental));
        }

        if (MinMargin is { IsNegative: true })
        {
            return Result.Fail("A minimum margin is zero or more.", nameof(MinMargin));
        }

        if (MaxMargin is { IsNegative: true })
        {
            return Result.Fail("A maximum margin is zero or more.", nameof(MaxMargin));
        }

        return Percent == 0 && PerRental is null && PerDay is null && MinMargin is null && MaxMargin is null
               && Rounding == PriceRounding.None && !StopFurtherRules
            ? Result.Fail("The rule changes nothing: give a percentage, an amount, a margin limit, rounding, or stop further rules.", nameof(Percent))
            : Result.Ok();
    }
}
