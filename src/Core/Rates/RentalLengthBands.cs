using System.Globalization;
using System.Text.RegularExpressions;
using CarRentalGateway.Core.Common;

namespace CarRentalGateway.Core.Rates;

/// <summary>
/// The rental-length bands a rate sheet prices by, such as <c>1-2, 3-6, 7-13, 14+</c>: contiguous from day 1,
/// the last one open-ended, so every rental length falls in exactly one band.
/// </summary>
public sealed partial class RentalLengthBands : IEquatable<RentalLengthBands>
{
    /// <summary>Enough for any sheet we have seen; keeps the text form short enough for one column.</summary>
    public const int MaxBands = 12;

    private readonly RentalLengthBand[] _bands;

    private RentalLengthBands(RentalLengthBand[] bands) => _bands = bands;

    /// <summary>1-2, 3-6, 7-13, 14+ days: the bands most suppliers use, and what a sheet gets unless it says otherwise.</summary>
    public static RentalLengthBands Standard { get; } = Parse("1-2, 3-6, 7-13, 14+").Value;

    /// <summary>The bands from the shortest rentals to the open-ended last one.</summary>
    public IReadOnlyList<RentalLengthBand> Bands => _bands;

    /// <summary>
    /// Bands in any order; refused, with the bands at fault named, when they leave a gap, overlap, do not start
    /// at day 1, or do not end open-ended.
    /// </summary>
    public static Result<RentalLengthBands> Create(IEnumerable<RentalLengthBand> bands, string? field = null)
    {
        var sorted = bands.OrderBy(band => band.From).ThenBy(band => band.To ?? int.MaxValue).ToArray();
        if (sorted.Length == 0)
        {
            return Result.Fail<RentalLengthBands>("Give at least one rental-length band, e.g. 1+.", field);
        }

        if (sorted.Length > MaxBands)
        {
            return Result.Fail<RentalLengthBands>($"A rate sheet has at most {MaxBands} rental-length bands.", field);
        }

        if (sorted[0].From != 1)
        {
            return Result.Fail<RentalLengthBands>(
                $"The bands start at {Days(sorted[0].From, sorted[0].From)} days: the first band must start at 1 day.", field);
        }

        for (var i = 1; i < sorted.Length; i++)
        {
            var (previous, next) = (sorted[i - 1], sorted[i]);
            if (previous.To is not { } previousEnd || previousEnd >= next.From)
            {
                // Sorted by start, so the shared lengths run from the later start to the earlier end.
                var sharedEnd = Min(previous.To, next.To);
                return Result.Fail<RentalLengthBands>(
                    $"Bands {previous} and {next} overlap: rentals of {Days(next.From, sharedEnd)} days fall in both.", field);
            }

            if (next.From > previousEnd + 1)
            {
                return Result.Fail<RentalLengthBands>(
                    $"Bands {previous} and {next} leave a gap: rentals of {Days(previousEnd + 1, next.From - 1)} days fall in no band.", field);
            }
        }

        var last = sorted[^1];
        if (!last.IsOpenEnded)
        {
            return Result.Fail<RentalLengthBands>(
                $"The last band, {last}, must be open-ended (e.g. {last.From}+), so every rental length has a rate.", field);
        }

        return Result.Ok(new RentalLengthBands(sorted));
    }

    /// <summary>
    /// Reads the text form <c>1-2, 3-6, 7-13, 14+</c>; commas or semicolons between bands, an en dash for the
    /// hyphen, and spaces are forgiven, because the text is copied from supplier spreadsheets.
    /// </summary>
    public static Result<RentalLengthBands> Parse(string? text, string? field = null)
    {
        var bands = new List<RentalLengthBand>();
        foreach (var part in (text ?? "").Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var match = BandPattern().Match(part);
            if (!match.Success)
            {
                return Result.Fail<RentalLengthBands>(
                    $"\"{part}\" is not a rental-length band; write e.g. \"1-2, 3-6, 7-13, 14+\".", field);
            }

            // At most four digits each (the pattern), so the numbers always fit.
            var from = Number(match.Groups["from"].Value);
            int? to = match.Groups["open"].Success ? null
                : match.Groups["to"].Success ? Number(match.Groups["to"].Value)
                : from;
            var band = RentalLengthBand.Create(from, to, field);
            if (band.Failed)
            {
                return Result.Fail<RentalLengthBands>($"\"{part}\": {band.Error}", field);
            }

            bands.Add(band.Value);
        }

        return Create(bands, field);
    }

    /// <summary>The band a rental of <paramref name="days"/> days is priced in; fewer than 1 day is a bug.</summary>
    public RentalLengthBand BandFor(int days)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);

        // Contiguous from 1 and open-ended, so exactly one band matches.
        return _bands.First(band => band.Contains(days));
    }

    /// <summary>"1-2, 3-6, 7-13, 14+".</summary>
    public override string ToString() => string.Join(", ", _bands);

    public bool Equals(RentalLengthBands? other) => other is not null && _bands.AsSpan().SequenceEqual(other._bands);

    public override bool Equals(object? obj) => Equals(obj as RentalLengthBands);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToString());

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    private static int? Min(int? a, int? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);

    /// <summary>A span of rental lengths in words for messages: "7", "7-8", "14 or more".</summary>
    private static string Days(int from, int? to) => to switch
    {
        null => $"{from} or more",
        { } end when end == from => from.ToString(CultureInfo.InvariantCulture),
        { } end => $"{from}-{end}",
    };

    [GeneratedRegex(@"^(?<from>[0-9]{1,4})\s*(?:(?<open>\+)|[-–]\s*(?<to>[0-9]{1,4}))?$")]
    private static partial Regex BandPattern();
}
