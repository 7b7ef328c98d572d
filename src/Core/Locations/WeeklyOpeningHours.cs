using System.Globalization;
using System.Text.RegularExpressions;
using CarRentalGateway.Core.Common;

namespace CarRentalGateway.Core.Locations;

/// <summary>
/// When a location is open, week by week in local wall-clock time: hours per weekday, or open 24 hours every
/// day. Its text form (<c>Mon 08:00-20:00; …; Sun closed</c>, or <c>24h</c>) is what the database stores and
/// the audit trail shows; <see cref="Parse"/> reads it back.
/// </summary>
public sealed partial class WeeklyOpeningHours : IEquatable<WeeklyOpeningHours>
{
    /// <summary>The text form of <see cref="Always"/>.</summary>
    public const string AlwaysText = "24h";

    /// <summary>The longest text form: seven days of "Ddd HH:mm-HH:mm" and their separators.</summary>
    public const int MaxTextLength = 7 * 15 + 6 * 2;

    private readonly DailyHours[] _days;

    private WeeklyOpeningHours(DailyHours[] days, bool is24Hours)
    {
        _days = days;
        Is24Hours = is24Hours;
    }

    /// <summary>Monday first, as staff read a week.</summary>
    public static IReadOnlyList<DayOfWeek> Week { get; } =
    [
        DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday,
        DayOfWeek.Saturday, DayOfWeek.Sunday,
    ];

    /// <summary>Open all day, every day.</summary>
    public static WeeklyOpeningHours Always { get; } = new(Week.Select(_ => DailyHours.AllDay).ToArray(), is24Hours: true);

    /// <summary>Open all day, every day; no hour of the week is "after hours".</summary>
    public bool Is24Hours { get; }

    /// <summary>
    /// Hours for each of the seven days. A week with every day closed is refused: a location that is never
    /// open should be deactivated instead.
    /// </summary>
    public static Result<WeeklyOpeningHours> Create(IReadOnlyDictionary<DayOfWeek, DailyHours> days, string? field = null)
    {
        var missing = Week.Where(day => !days.ContainsKey(day)).ToList();
        if (missing.Count > 0)
        {
            return Result.Fail<WeeklyOpeningHours>(
                $"Opening hours need every day of the week; missing: {string.Join(", ", missing)}.", field);
        }

        if (days.Values.All(hours => hours.IsClosed))
        {
            return Result.Fail<WeeklyOpeningHours>(
                "A location is open on at least one day. To stop using it, deactivate it instead.", field);
        }

        return Result.Ok(new WeeklyOpeningHours(Week.Select(day => days[day]).ToArray(), is24Hours: false));
    }

    /// <summary>Reads the text form written by <see cref="ToString"/>; days in any order, case and spacing are forgiven.</summary>
    public static Result<WeeklyOpeningHours> Parse(string? text, string? field = null)
    {
        var trimmed = (text ?? "").Trim();
        if (trimmed.Equals(AlwaysText, StringComparison.OrdinalIgnoreCase))
        {
            return Result.Ok(Always);
        }

        var days = new Dictionary<DayOfWeek, DailyHours>();
        foreach (var part in trimmed.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var entry = DayPattern().Match(part);
            if (!entry.Success || DayNamed(entry.Groups["day"].Value) is not { } day)
            {
                return Result.Fail<WeeklyOpeningHours>(
                    $"\"{part}\" is not a day's opening hours; write e.g. \"Mon 08:00-20:00\" or \"Sun closed\".", field);
            }

            if (days.ContainsKey(day))
            {
                return Result.Fail<WeeklyOpeningHours>($"{day} appears twice in the opening hours.", field);
            }

            var hours = HoursOf(entry, field);
            if (hours.Failed)
            {
                return Result.Fail<WeeklyOpeningHours>($"{day}: {hours.Error}", field);
            }

            days[day] = hours.Value;
        }

        return Create(days, field);
    }

    /// <summary>The hours on <paramref name="day"/>; all day when the location is open 24 hours.</summary>
    public DailyHours On(DayOfWeek day) => _days[IndexOf(day)];

    /// <summary>Whether the desk is open at this local wall-clock time; used to tell when the after-hours fee applies.</summary>
    public bool IsOpenAt(DayOfWeek day, TimeOnly time) => On(day).IsOpenAt(time);

    /// <summary><c>Mon 08:00-20:00; Tue 08:00-20:00; …; Sun closed</c>, or <c>24h</c>.</summary>
    public override string ToString() =>
        Is24Hours
            ? AlwaysText
            : string.Join("; ", Week.Select(day => $"{Abbreviation(day)} {On(day)}"));

    public bool Equals(WeeklyOpeningHours? other) =>
        other is not null && string.Equals(ToString(), other.ToString(), StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as WeeklyOpeningHours);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToString());

    /// <summary>"Mon", "Tue", …: invariant English, whatever the culture of the server.</summary>
    public static string Abbreviation(DayOfWeek day) => CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedDayName(day);

    private static int IndexOf(DayOfWeek day) => ((int)day + 6) % 7;

    private static DayOfWeek? DayNamed(string abbreviation) =>
        Week.Select(day => (DayOfWeek?)day)
            .FirstOrDefault(day => Abbreviation(day!.Value).Equals(abbreviation, StringComparison.OrdinalIgnoreCase));

    private static Result<DailyHours> HoursOf(Match entry, string? field)
    {
        if (entry.Groups["closed"].Success)
        {
            return Result.Ok(DailyHours.Closed);
        }

        var closesText = entry.Groups["closes"].Value;
        if (!TryParseTime(entry.Groups["opens"].Value, out var opens)
            || !(closesText == "24:00" || TryParseTime(closesText, out _)))
        {
            return Result.Fail<DailyHours>("times are written HH:mm, from 00:00 to 23:59 (24:00 only as closing time).", field);
        }

        // 24:00 as a closing time is midnight at the end of the day, which DailyHours keeps as 00:00.
        TryParseTime(closesText == "24:00" ? "00:00" : closesText, out var closes);
        return DailyHours.Open(opens, closes, field);
    }

    private static bool TryParseTime(string text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    [GeneratedRegex(@"^(?<day>[A-Za-z]{3})\s+(?:(?<closed>closed)|(?<opens>\d{2}:\d{2})\s*-\s*(?<closes>\d{2}:\d{2}))$", RegexOptions.IgnoreCase)]
    private static partial Regex DayPattern();
}
