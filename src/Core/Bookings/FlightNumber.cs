using System.Text.RegularExpressions;
using CarRentalGateway.Core.Common;

namespace CarRentalGateway.Core.Bookings;

/// <summary>
/// The customer's arriving flight, so the desk waits for a late plane: an airline designator (two characters of IATA,
/// "LH", "U2", "9W", or three letters of ICAO, "DLH"), then 1-4 digits and an optional suffix letter.
/// </summary>
public static partial class FlightNumber
{
    public const int MaxLength = 9;

    /// <summary>"LH 1234": upper case, one space between the airline and the number, so every booking shows it alike.</summary>
    public static Result<string> Normalize(string input, string field)
    {
        var match = Pattern().Match(input.Trim().ToUpperInvariant());
        return match.Success
            ? Result.Ok($"{match.Groups["airline"].Value} {match.Groups["number"].Value}")
            : Result.Fail<string>(
                $"'{input.Trim()}' is not a flight number: the airline's code and the number, e.g. LH 1234 or BA123.", field);
    }

    [GeneratedRegex(@"^(?<airline>[A-Z]{2,3}|[A-Z][0-9]|[0-9][A-Z]) ?(?<number>[0-9]{1,4}[A-Z]?)$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
