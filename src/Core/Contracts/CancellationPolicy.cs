using CarRentalGateway.Core.Common;

namespace CarRentalGateway.Core.Contracts;

/// <summary>
/// Free cancellation until <see cref="FreeCancellationHours"/> before pick-up; later, a late fee (a percentage
/// of the rental price or a fixed amount); a fixed fee when the customer does not show up.
/// </summary>
public sealed record CancellationPolicy(
    int FreeCancellationHours,
    LateFeeKind LateFeeKind,
    Percentage? LateFeePercent,
    Money? LateFeeFixed,
    Money NoShowFee)
{
    /// <summary>A year: longer than any booking window we sell.</summary>
    public const int MaxFreeCancellationHours = 24 * 365;

    public Result Validate(string currency)
    {
        if (FreeCancellationHours is < 0 or > MaxFreeCancellationHours)
        {
            return Result.Fail($"Free cancellation is 0 to {MaxFreeCancellationHours} hours before pick-up.", nameof(FreeCancellationHours));
        }

        if (LateFeeKind == LateFeeKind.Percent && LateFeePercent is null)
        {
            return Result.Fail("Enter the late cancellation fee as a percentage of the rental price.", nameof(LateFeePercent));
        }

        if (LateFeeKind == LateFeeKind.Fixed)
        {
            if (LateFeeFixed is null)
            {
                return Result.Fail("Enter the late cancellation fee as an amount.", nameof(LateFeeFixed));
            }

            if (LateFeeFixed.Currency != currency || LateFeeFixed.IsNegative)
            {
                return Result.Fail($"The late cancellation fee is an amount of 0 or more in {currency}.", nameof(LateFeeFixed));
            }
        }

        if (NoShowFee.Currency != currency || NoShowFee.IsNegative)
        {
            return Result.Fail($"The no-show fee is an amount of 0 or more in {currency}.", nameof(NoShowFee));
        }

        return Result.Ok();
    }

    /// <summary>The late fee for a rental price, in the rental's currency.</summary>
    public Money LateFeeFor(Money rentalPrice) =>
        LateFeeKind == LateFeeKind.Percent ? LateFeePercent!.Value.Of(rentalPrice) : LateFeeFixed!;
}
