using System.Text.RegularExpressions;
using CarRentalGateway.Core.Common;

namespace CarRentalGateway.Core.Locations;

/// <summary>A location's short, upper-case code, unique within its supplier, such as <c>TLL-AIRPORT</c>.</summary>
public sealed partial record LocationCode
{
    public const int MinLength = 2;
    public const int MaxLength = 20;

    private LocationCode(string value) => Value = value;

    public string Value { get; }

    /// <summary>
    /// Accepts letters, digits and single dashes between them; lower case is upper-cased, as for supplier codes.
    /// </summary>
    public static Result<LocationCode> Parse(string? input)
    {
        var code = (input ?? "").Trim().ToUpperInvariant();
        if (code.Length == 0)
        {
            return Result.Fail<LocationCode>("Enter a location code.", nameof(Location.Code));
        }

        if (code.Length is < MinLength or > MaxLength)
        {
            return Result.Fail<LocationCode>(
                $"A location code has {MinLength} to {MaxLength} characters.", nameof(Location.Code));
        }

        if (!Pattern().IsMatch(code))
        {
            return Result.Fail<LocationCode>(
                "A location code uses letters A-Z, digits and single dashes between them, e.g. TLL-AIRPORT.",
                nameof(Location.Code));
        }

        return Result.Ok(new LocationCode(code));
    }

    public override string ToString() => Value;

    [GeneratedRegex("^[A-Z0-9]+(-[A-Z0-9]+)*$")]
    private static partial Regex Pattern();
}
