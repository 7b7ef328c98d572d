using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Rates;

namespace CarRentalGateway.BackOffice.Features.Rates;

/// <summary>What the fallback dialog edits: one daily rate per band, in the offer's currency.</summary>
public sealed class FallbackForm
{
    /// <summary>One amount per band, in band order.</summary>
    public List<decimal?> Rates { get; set; } = [];

    /// <summary>The version of the offer's rates the user started from; null when the offer has no rates yet.</summary>
    public Guid? Version { get; set; }

    public static FallbackForm From(OfferRatesView? rates, RentalLengthBands bands) => new()
    {
        Rates = rates is null ? bands.Bands.Select(_ => (decimal?)null).ToList() : rates.Fallback.DailyRates.Select(m => (decimal?)m.Amount).ToList(),
        Version = rates?.Version,
    };
}

/// <summary>What the season dialog edits. Dates are <see cref="DateTime"/> because MudDatePicker binds nothing else.</summary>
public sealed class SeasonForm
{
    /// <summary>The field the domain reports a clash or a bad date range on.</summary>
    public const string DatesField = nameof(Season.Period);

    public string? Name { get; set; }

    public DateTime? From { get; set; }

    public DateTime? To { get; set; }

    /// <summary>One amount per band, in band order.</summary>
    public List<decimal?> Rates { get; set; } = [];

    /// <summary>The version of the offer's rates the user started from.</summary>
    public Guid? Version { get; set; }

    public static SeasonForm New(OfferRatesView rates) => new()
    {
        Rates = rates.Bands.Bands.Select(_ => (decimal?)null).ToList(),
        Version = rates.Version,
    };

    public static SeasonForm Edit(SeasonView season, Guid version) => new()
    {
        Name = season.Name,
        From = season.From.ToDateTime(TimeOnly.MinValue),
        To = season.To.ToDateTime(TimeOnly.MinValue),
        Rates = season.Rates.DailyRates.Select(m => (decimal?)m.Amount).ToList(),
        Version = version,
    };

    public Result<DateRange> ToPeriod()
    {
        if (From is not { } from || To is not { } to)
        {
            return Result.Fail<DateRange>("Choose the season's first and last day.", DatesField);
        }

        return DateRange.Create(DateOnly.FromDateTime(from), DateOnly.FromDateTime(to), DatesField);
    }
}

/// <summary>Turns typed amounts into a rate per band, with the same words the dialogs show beside each amount.</summary>
public static class RateAmounts
{
    public const string RatesField = nameof(SeasonForm.Rates);

    /// <summary>The message for one typed daily rate, or null when it is a valid amount in <paramref name="currency"/>.</summary>
    public static string? ErrorOf(decimal? amount, string currency) => amount switch
    {
        null => "Enter the daily rate.",
        <= 0 => "A daily rate is a positive amount.",
        { } value => Money.FromAmount(value, currency) is { Failed: true } money ? money.Error : null,
    };

    public static Result<BandRates> ToBandRates(IReadOnlyList<decimal?> amounts, RentalLengthBands bands, string currency)
    {
        if (amounts.Count != bands.Bands.Count)
        {
            return Result.Fail<BandRates>($"Give one daily rate for each band ({bands}).", RatesField);
        }

        var rates = new List<Money>();
        for (var i = 0; i < amounts.Count; i++)
        {
            if (ErrorOf(amounts[i], currency) is { } error)
            {
                return Result.Fail<BandRates>($"{bands.Bands[i]} days: {error}", RatesField);
            }

            rates.Add(Money.FromAmount(amounts[i]!.Value, currency).Value);
        }

        return BandRates.Create(bands, rates, RatesField);
    }
}
