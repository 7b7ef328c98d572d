using System.Globalization;
using System.Text.RegularExpressions;
using CarRentalGateway.Core.Common;

namespace CarRentalGateway.Core.Fleet;

/// <summary>How far a renter may drive: unlimited, or a number of kilometres per rental day.</summary>
public sealed partial record MileagePolicy
{
    public const int MinKilometresPerDay = 1;
    public const int MaxKilometresPerDay = 5000;

    /// <summary>The text form of <see cref="Unlimited"/>.</summary>
    public const string UnlimitedText = "Unlimited";

    /// <summary>The field a refused limit is reported on, unless the caller names another.</summary>
    public const string FieldName = "Mileage";

    private MileagePolicy(int? kilometresPerDay) => KilometresPerDay = kilometresPerDay;

    public static MileagePolicy Unlimited { get; } = new(kilometresPerDay: null);

    /// <summary>The daily limit in km; null when mileage is unlimited.</summary>
    public int? KilometresPerDay { get; }

    public bool IsUnlimited => KilometresPerDay is null;

    /// <summary>A limit of 1 to 5000 km per rental day.</summary>
    public static Result<MileagePolicy> LimitedPerDay(int kilometres, string field = FieldName) =>
        kilometres is < MinKilometresPerDay or > MaxKilometresPerDay
            ? Result.Fail<MileagePolicy>(
                $"A mileage limit is {MinKilometresPerDay} to {MaxKilometresPerDay} km a day; choose unlimited for no limit.", field)
            : Result.Ok(new MileagePolicy(kilometres));

    /// <summary>The policy for a stored column where null means unlimited.</summary>
    public static Result<MileagePolicy> FromKilometresPerDay(int? kilometres, string field = FieldName) =>
        kilometres is { } km ? LimitedPerDay(km, field) : Result.Ok(Unlimited);

    /// <summary>Reads the text form written by <see cref="ToString"/>; case and spacing are forgiven ("300km/day").</summary>
    public static Result<MileagePolicy> Parse(string? text, string field = FieldName)
    {
        var trimmed = (text ?? "").Trim();
        if (trimmed.Equals(UnlimitedText, StringComparison.OrdinalIgnoreCase))
        {
            return Result.Ok(Unlimited);
        }

        var limit = LimitPattern().Match(trimmed);
        return limit.Success
            ? LimitedPerDay(int.Parse(limit.Groups["km"].Value, CultureInfo.InvariantCulture), field)
            : Result.Fail<MileagePolicy>($"Write the mileage as \"{UnlimitedText}\" or a daily limit such as \"300 km/day\".", field);
    }

    /// <summary>"Unlimited" or "300 km/day", with invariant digits and no thousands separator.</summary>
    public override string ToString() =>
        KilometresPerDay is { } km ? km.ToString(CultureInfo.InvariantCulture) + " km/day" : UnlimitedText;

    [GeneratedRegex(@"^(?<km>[0-9]{1,6})\s*km\s*/\s*day$", RegexOptions.IgnoreCase)]
    private static partial Regex LimitPattern();
}
