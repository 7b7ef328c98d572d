using System.Collections.Frozen;

namespace CarRentalGateway.Core.Locations;

/// <summary>
/// The IANA time zone a location's local wall-clock times (opening hours, pick-ups) are in, e.g. <c>Europe/Tallinn</c>.
/// </summary>
public static class LocationTimeZone
{
    public const int MaxLength = 64;

    // Read before any lookup of a typed id: lookups are case-insensitive and cache the zone under the spelling
    // they were asked for, so the system's list, taken first, is where the right spelling comes from.
    private static readonly FrozenDictionary<string, string> SystemSpelling = TimeZoneInfo.GetSystemTimeZones()
        .Select(zone => zone.Id)
        .DistinctBy(id => id, StringComparer.OrdinalIgnoreCase)
        .ToFrozenDictionary(id => id, id => id, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The zones to choose from: the system's IANA zones ("Europe/Tallinn", "UTC"), without legacy aliases such as
    /// "CET" or "EST5EDT", sorted by id.
    /// </summary>
    public static IReadOnlyList<string> Choices { get; } = SystemSpelling.Keys
        .Where(id => id.Contains('/', StringComparison.Ordinal) || id.Contains("UTC", StringComparison.Ordinal))
        .Where(IsKnown)
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>
    /// Whether the system's time zone database knows <paramref name="id"/> as an IANA id. Windows ids
    /// ("FLE Standard Time") are refused: they are not what OpenTravel messages and suppliers use.
    /// </summary>
    public static bool IsKnown(string? id) =>
        !string.IsNullOrWhiteSpace(id) && id.Length <= MaxLength
        && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && zone.HasIanaId;

    /// <summary>The id as the time zone database spells it ("europe/tallinn" → "Europe/Tallinn"), or the input when unlisted.</summary>
    public static string Canonical(string id) => SystemSpelling.GetValueOrDefault(id) ?? id;
}
