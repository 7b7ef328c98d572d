using System.Globalization;
using CarRentalGateway.Core.Common;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace CarRentalGateway.BackOffice.Features.Reports;

/// <summary>
/// A report's parameters as its download link carries them (<c>?supplier=AVIS&amp;month=2026-11</c>), read back with
/// a sentence naming the parameter when one is missing or malformed.
/// </summary>
public sealed class ReportParameters
{
    public const string DateFormat = "yyyy-MM-dd";

    private readonly IReadOnlyDictionary<string, string?> values;

    public ReportParameters(IEnumerable<KeyValuePair<string, string?>> values) =>
        this.values = values.Where(v => !string.IsNullOrWhiteSpace(v.Value))
            .ToDictionary(v => v.Key, v => (string?)v.Value!.Trim(), StringComparer.OrdinalIgnoreCase);

    public static ReportParameters From(IQueryCollection query) => From((IEnumerable<KeyValuePair<string, StringValues>>)query);

    /// <summary>The parameters of a query string such as "?supplier=AVIS&amp;month=2026-11".</summary>
    public static ReportParameters FromQueryString(string queryString) => From(QueryHelpers.ParseQuery(queryString));

    private static ReportParameters From(IEnumerable<KeyValuePair<string, StringValues>> query) =>
        new(query.Select(q => KeyValuePair.Create(q.Key, (string?)q.Value.ToString())));

    /// <summary>The value as given; null when absent or blank.</summary>
    public string? Text(string name) => values.GetValueOrDefault(name);

    public Result<string> RequiredText(string name, string what) =>
        Text(name) is { } text ? Result.Ok(text) : Result.Fail<string>($"Say which {what} ({name}=…).", name);

    /// <summary>A date as yyyy-MM-dd; null when absent, a failure when malformed.</summary>
    public Result<DateOnly?> Date(string name) => Text(name) switch
    {
        null => Result.Ok<DateOnly?>(null),
        var text when DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) => Result.Ok<DateOnly?>(date),
        var text => Result.Fail<DateOnly?>($"\"{text}\" is not a date: write {name} as yyyy-mm-dd.", name),
    };

    public Result<DateOnly> RequiredDate(string name, string what) => Date(name) switch
    {
        { Failed: true } failed => Result.Fail<DateOnly>(failed.Error!, name),
        { Value: { } date } => Result.Ok(date),
        _ => Result.Fail<DateOnly>($"Say the {what} ({name}=yyyy-mm-dd).", name),
    };

    public Result<ReportMonth> RequiredMonth(string name, string what) => Text(name) switch
    {
        null => Result.Fail<ReportMonth>($"Say the {what} ({name}=yyyy-mm).", name),
        var text => ReportMonth.Parse(text) is { } month ? Result.Ok(month) : Result.Fail<ReportMonth>($"\"{text}\" is not a month: write {name} as yyyy-mm.", name),
    };

    /// <summary>A link: <paramref name="path"/> with the parameters that have a value, in the order given.</summary>
    public static string Link(string path, params (string Name, string? Value)[] parameters) =>
        QueryHelpers.AddQueryString(path, parameters.Where(p => p.Value is not null).Select(p => KeyValuePair.Create(p.Name, p.Value)));

    public static string Format(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);
}

/// <summary>A calendar month, as finance closes them: "2026-11" in links, "November 2026" in titles.</summary>
public readonly record struct ReportMonth(int Year, int Month)
{
    public DateOnly FirstDay => new(Year, Month, 1);

    public DateOnly LastDay => FirstDay.AddMonths(1).AddDays(-1);

    public string Label => FirstDay.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    public static ReportMonth Of(DateOnly date) => new(date.Year, date.Month);

    public static ReportMonth? Parse(string? text) =>
        DateOnly.TryParseExact(text?.Trim() + "-01", ReportParameters.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            ? Of(first)
            : null;

    public ReportMonth Next() => Of(FirstDay.AddMonths(1));

    public override string ToString() => FirstDay.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
