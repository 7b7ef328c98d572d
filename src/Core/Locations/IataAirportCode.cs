using System.Text.RegularExpressions;

namespace CarRentalGateway.Core.Locations;

/// <summary>An IATA airport code: exactly three letters A-Z, such as <c>TLL</c> or <c>RIX</c>.</summary>
public static partial class IataAirportCode
{
    public const int Length = 3;

    /// <summary>Whether <paramref name="code"/> is three upper-case letters A-Z (normalise first).</summary>
    public static bool IsValid(string? code) => code is not null && Pattern().IsMatch(code);

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex Pattern();
}
