using System.Globalization;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Locations;

namespace CarRentalGateway.BackOffice.Features.Locations;

/// <summary>How the location screens write types, hours and fees for people.</summary>
public static class LocationText
{
    public static string Of(LocationType type) => type switch
    {
        LocationType.RailStation => "Rail station",
        _ => type.ToString(),
    };

    /// <summary>"08:00–18:00", "06:00–24:00", "Closed".</summary>
    public static string Of(DailyHours hours) =>
        hours.IsClosed ? "Closed" : hours.ToString().Replace("-", "–", StringComparison.Ordinal);

    public static string Of(Money? fee) => fee?.ToString() ?? "—";

    public static string DayName(DayOfWeek day) => CultureInfo.InvariantCulture.DateTimeFormat.GetDayName(day);
}
