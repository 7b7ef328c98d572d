using System.Collections.Frozen;
using CarRentalGateway.Core.Locations;

namespace CarRentalGateway.BackOffice.Features.Locations;

/// <summary>
/// The time zone a new location in a country most likely has: the first zone the tz database's
/// <c>zone.tab</c> lists for the country (its most populous one: Europe/Madrid before Atlantic/Canary).
/// Only a suggestion to pre-fill the form; without the file there is none and staff pick one.
/// </summary>
public static class CountryTimeZones
{
    private static readonly Lazy<FrozenDictionary<string, string>> FirstZoneByCountry = new(Load);

    public static string? DefaultFor(string? countryCode) =>
        countryCode is null ? null : FirstZoneByCountry.Value.GetValueOrDefault(countryCode);

    private static FrozenDictionary<string, string> Load()
    {
        // .NET reads the time zone database from TZDIR when set, else from the standard Linux location.
        var folder = Environment.GetEnvironmentVariable("TZDIR") is { Length: > 0 } tzdir ? tzdir : "/usr/share/zoneinfo";
        var path = Path.Combine(folder, "zone.tab");
        if (!File.Exists(path))
        {
            return FrozenDictionary<string, string>.Empty;
        }

        var choices = LocationTimeZone.Choices.ToHashSet(StringComparer.Ordinal);
        var zones = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            // "EE	+5925+02445	Europe/Tallinn": country code, coordinates, zone, optional comment.
            var columns = line.Split('\t');
            if (line.StartsWith('#') || columns.Length < 3 || !choices.Contains(columns[2]))
            {
                continue;
            }

            zones.TryAdd(columns[0], columns[2]);
        }

        return zones.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
