using CarRentalGateway.Core.Common;

namespace CarRentalGateway.Core.Rates;

/// <summary>A daily rate for each rental-length band of a rate sheet, all positive and in one currency.</summary>
public sealed class BandRates : IEquatable<BandRates>
{
    private readonly Money[] _rates;

    private BandRates(RentalLengthBands bands, Money[] rates)
    {
        Bands = bands;
        _rates = rates;
    }

    public RentalLengthBands Bands { get; }

    public string Currency => _rates[0].Currency;

    /// <summary>The daily rates in the order of <see cref="RentalLengthBands.Bands"/>, as a sheet lists them in columns.</summary>
    public IReadOnlyList<Money> DailyRates => _rates;

    /// <summary>
    /// One daily rate per band, in band order. A rate of zero or less is refused: a free car is a typing error
    /// on a sheet, never a supplier's price.
    /// </summary>
    public static Result<BandRates> Create(RentalLengthBands bands, IReadOnlyList<Money> dailyRates, string? field = null)
    {
        if (dailyRates.Count != bands.Bands.Count)
        {
            return Result.Fail<BandRates>(
                $"Give one daily rate for each of the {bands.Bands.Count} bands ({bands}); {dailyRates.Count} were given.", field);
        }

        for (var i = 0; i < dailyRates.Count; i++)
        {
            if (dailyRates[i].Currency != dailyRates[0].Currency)
            {
                return Result.Fail<BandRates>(
                    $"All rates are in one currency: {bands.Bands[i]} days is in {dailyRates[i].Currency}, {bands.Bands[0]} days in {dailyRates[0].Currency}.",
                    field);
            }

            if (dailyRates[i].MinorUnits <= 0)
            {
                return Result.Fail<BandRates>(
                    $"The daily rate for {bands.Bands[i]} days must be a positive amount; it is {dailyRates[i]}.", field);
            }
        }

        return Result.Ok(new BandRates(bands, [.. dailyRates]));
    }

    /// <summary>The same daily rate in every band: what a sheet's single fallback rate means.</summary>
    public static Result<BandRates> Flat(RentalLengthBands bands, Money dailyRate, string? field = null) =>
        Create(bands, bands.Bands.Select(_ => dailyRate).ToArray(), field);

    /// <summary>The daily rate of <paramref name="band"/>; a band from other bands is a bug.</summary>
    public Money For(RentalLengthBand band)
    {
        var index = IndexOf(band);
        return index >= 0
            ? _rates[index]
            : throw new ArgumentException($"Band {band} is not one of these rates' bands ({Bands}).", nameof(band));
    }

    /// <summary>Reads the text <see cref="ToString"/> writes, as stored in the database (and shown in the audit trail).</summary>
    public static Result<BandRates> Parse(string? text, string? field = null)
    {
        var entries = (text ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var bands = new List<string>();
        var rates = new List<Money>();
        foreach (var entry in entries)
        {
            var separator = entry.IndexOf(':', StringComparison.Ordinal);
            var rate = separator < 0 ? null : Money.Parse(entry[(separator + 1)..], field);
            if (rate is null || rate.Failed)
            {
                return Result.Fail<BandRates>($"'{entry}' is not a band with its daily rate, e.g. 1-2: 45.00 EUR.", field);
            }

            bands.Add(entry[..separator].Trim());
            rates.Add(rate.Value);
        }

        var parsedBands = RentalLengthBands.Parse(string.Join(", ", bands), field);
        return parsedBands.Failed ? Result.Fail<BandRates>(parsedBands.Error!, field) : Create(parsedBands.Value, rates, field);
    }

    /// <summary>"1-2: 45.00 EUR; 3-6: 40.00 EUR; 7-13: 35.00 EUR; 14+: 30.00 EUR".</summary>
    public override string ToString() =>
        string.Join("; ", Bands.Bands.Select((band, i) => $"{band}: {_rates[i]}"));

    public bool Equals(BandRates? other) =>
        other is not null && Bands.Equals(other.Bands) && _rates.AsSpan().SequenceEqual(other._rates);

    public override bool Equals(object? obj) => Equals(obj as BandRates);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToString());

    private int IndexOf(RentalLengthBand band)
    {
        for (var i = 0; i < Bands.Bands.Count; i++)
        {
            if (Bands.Bands[i] == band)
            {
                return i;
            }
        }

        return -1;
    }
}
