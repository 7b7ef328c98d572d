using System.Globalization;
using CarRentalGateway.Core.Common;

namespace CarRentalGateway.Core.Rates;

/// <summary>
/// A range of rental lengths in whole days that shares one daily rate on a rate sheet, such as 3-6 days or 14+
/// days. <see cref="To"/> is null for the open-ended last band.
/// </summary>
public readonly record struct RentalLengthBand
{
    private RentalLengthBand(int from, int? to)
    {
        From = from;
        To = to;
    }

    /// <summary>The shortest rental in the band, in days (at least 1).</summary>
    public int From { get; }

    /// <summary>The longest rental in the band, in days; null when the band has no upper end.</summary>
    public int? To { get; }

    public bool IsOpenEnded => To is null;

    /// <summary>A band from <paramref name="from"/> to <paramref name="to"/> days, both included; null for no upper end.</summary>
    public static Result<RentalLengthBand> Create(int from, int? to, string? field = null)
    {
        if (from < 1)
        {
            return Result.Fail<RentalLengthBand>("A rental-length band starts at 1 day or more.", field);
        }

        if (to < from)
        {
            return Result.Fail<RentalLengthBand>(
                $"A rental-length band cannot end ({to} days) before it starts ({from} days).", field);
        }

        return Result.Ok(new RentalLengthBand(from, to));
    }

    /// <summary>Whether a rental of <paramref name="days"/> days falls in this band.</summary>
    public bool Contains(int days) => days >= From && (To is not { } to || days <= to);

    /// <summary>"3-6", "14+", or "1" for a band of a single length.</summary>
    public override string ToString() => To switch
    {
        null => $"{From.ToString(CultureInfo.InvariantCulture)}+",
        { } to when to == From => From.ToString(CultureInfo.InvariantCulture),
        { } to => $"{From.ToString(CultureInfo.InvariantCulture)}-{to.ToString(CultureInfo.InvariantCulture)}",
    };
}
