using System.Globalization;
using CarRentalGateway.Core.Common;

namespace CarRentalGateway.Core.Locations;

/// <summary>
/// A location's hours on one day, in local wall-clock time: closed, or open from <see cref="Opens"/> until
/// <see cref="Closes"/>. A closing time of 00:00 means midnight at the end of the day (written 24:00).
/// </summary>
public sealed record DailyHours
{
    private DailyHours(TimeOnly? opens, TimeOnly? closes)
    {
        Opens = opens;
        Closes = closes;
    }

    /// <summary>Closed all day.</summary>
    public static DailyHours Closed { get; } = new(null, null);

    /// <summary>Open from 00:00 until midnight.</summary>
    public static DailyHours AllDay { get; } = new(TimeOnly.MinValue, TimeOnly.MinValue);

    /// <summary>The first minute the desk is open; null when closed.</summary>
    public TimeOnly? Opens { get; }

    /// <summary>The first minute the desk is closed again; 00:00 means midnight; null when closed all day.</summary>
    public TimeOnly? Closes { get; }

    public bool IsClosed => Opens is null;

    /// <summary>Open from <paramref name="opens"/> until <paramref name="closes"/>: whole minutes, closing after opening.</summary>
    public static Result<DailyHours> Open(TimeOnly opens, TimeOnly closes, string? field = null)
    {
        if (!IsWholeMinute(opens) || !IsWholeMinute(closes))
        {
            return Result.Fail<DailyHours>("Opening hours are in whole minutes, e.g. 08:30.", field);
        }

        // 00:00 as a closing time is midnight, after every opening time; otherwise it must simply be later.
        if (closes != TimeOnly.MinValue && closes <= opens)
        {
            return Result.Fail<DailyHours>(
                $"The closing time {Format(closes)} is not after the opening time {Format(opens)}.", field);
        }

        return Result.Ok(new DailyHours(opens, closes));
    }

    /// <summary>Open from opening time (included) until closing time (excluded).</summary>
    public bool IsOpenAt(TimeOnly time) =>
        Opens is { } opens && Closes is { } closes && time >= opens && (closes == TimeOnly.MinValue || time < closes);

    /// <summary>"08:00-20:00", "06:00-24:00" or "closed".</summary>
    public override string ToString() =>
        Opens is { } opens && Closes is { } closes
            ? $"{Format(opens)}-{(closes == TimeOnly.MinValue ? "24:00" : Format(closes))}"
            : "closed";

    internal static string Format(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static bool IsWholeMinute(TimeOnly time) => time.Ticks % TimeSpan.TicksPerMinute == 0;
}
