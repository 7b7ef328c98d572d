using CarRentalGateway.Core.Common;

namespace CarRentalGateway.Core.Pricing;

/// <summary>A count of days with an optional minimum and maximum, both included: "7+ days", "0–3 days ahead".</summary>
public readonly record struct DayCountRange(int? Min, int? Max)
{
    public static DayCountRange Any => default;

    public bool IsAny => Min is null && Max is null;

    public bool Contains(int days) => (Min is not { } min || days >= min) && (Max is not { } max || days <= max);

    public bool Overlaps(DayCountRange other) =>
        (Min ?? int.MinValue) <= (other.Max ?? int.MaxValue) && (other.Min ?? int.MinValue) <= (Max ?? int.MaxValue);

    /// <summary>True when every count <paramref name="other"/> allows, this allows too.</summary>
    public bool Covers(DayCountRange other) =>
        (Min is not { } min || other.Min >= min) && (Max is not { } max || other.Max <= max);

    public Result Validate(int lowest, int highest, string what, string field)
    {
        if (Min < lowest || Max < lowest || Min > highest || Max > highest)
        {
            return Result.Fail($"{what} is from {lowest} to {highest} days.", field);
        }

        return Min > Max
            ? Result.Fail($"The minimum {what.ToLowerInvariant()} ({Min}) is above the maximum ({Max}).", field)
            : Result.Ok();
    }

    /// <summary>"7+", "up to 3", "3–6", or "any".</summary>
    public override string ToString() => (Min, Max) switch
    {
        (null, null) => "any",
        ({ } min, null) => $"{min}+",
        (null, { } max) => $"up to {max}",
        ({ } min, { } max) when min == max => $"{min}",
        ({ } min, { } max) => $"{min}–{max}",
    };
}
