using CarRentalGateway.Core.Common;

namespace CarRentalGateway.Core.Rates;

/// <summary>
/// What the supplier charges per day for one fleet offer: seasons with a daily rate per rental-length band, and a
/// fallback rate per band for the days no season covers. Seasons never overlap, so each day has one rate.
/// </summary>
public sealed class OfferRates
{
    private readonly List<Season> _seasons = [];

    // Materialization by EF Core, which sets the properties itself.
    private OfferRates()
    {
        Currency = "";
        Bands = RentalLengthBands.Standard;
        Fallback = null!;
    }

    private OfferRates(Guid offerId, BandRates fallback)
    {
        OfferId = offerId;
        Currency = fallback.Currency;
        Bands = fallback.Bands;
        Fallback = fallback;
    }

    /// <summary>The fleet offer these rates belong to (one set of rates per offer).</summary>
    public Guid OfferId { get; private set; }

    /// <summary>The supplier's currency for these rates; every season's rates are in it too.</summary>
    public string Currency { get; private set; }

    /// <summary>The bands every rate of the offer is given for; the whole rental's length picks one.</summary>
    public RentalLengthBands Bands { get; private set; }

    /// <summary>
    /// The daily rate per band for days outside every season. Per band rather than a single amount, so a long
    /// rental is cheaper per day out of season too; a sheet with one fallback rate uses <see cref="BandRates.Flat"/>.
    /// </summary>
    public BandRates Fallback { get; private set; }

    /// <summary>The seasons in date order.</summary>
    public IReadOnlyList<Season> Seasons => _seasons.OrderBy(season => season.From).ToList();

    /// <summary>Rates for an offer with no seasons yet: currency and bands are those of the fallback rates.</summary>
    public static OfferRates Create(Guid offerId, BandRates fallback) => new(offerId, fallback);

    /// <summary>Adds a season; refused when it overlaps another season (naming it) or its rates do not fit the offer.</summary>
    public Result<Season> AddSeason(Guid id, string? name, DateRange period, BandRates rates)
    {
        if (_seasons.Any(season => season.Id == id))
        {
            throw new InvalidOperationException($"Season {id} is already in the rates of offer {OfferId}.");
        }

        var created = Season.Create(id, name, period, rates);
        if (created.Failed)
        {
            return created;
        }

        var fits = Check(created.Value, ignoring: null);
        if (fits.Failed)
        {
            return Result.Fail<Season>(fits.Error!, fits.Field);
        }

        _seasons.Add(created.Value);
        return created;
    }

    /// <summary>Changes a season's name, dates or rates, with the same checks as adding it.</summary>
    public Result ReplaceSeason(Guid id, string? name, DateRange period, BandRates rates)
    {
        var existing = _seasons.FirstOrDefault(season => season.Id == id);
        if (existing is null)
        {
            return Result.Fail("That season is no longer in these rates; reload them and try again.");
        }

        // Checked on a copy, so a refused change leaves the season as it was.
        var candidate = Season.Create(id, name, period, rates);
        if (candidate.Failed)
        {
            return candidate;
        }

        var fits = Check(candidate.Value, ignoring: existing);
        if (fits.Succeeded)
        {
            existing.Apply(name, period, rates);
        }

        return fits;
    }

    public Result RemoveSeason(Guid id)
    {
        var removed = _seasons.RemoveAll(season => season.Id == id);
        return removed == 0
            ? Result.Fail("That season is no longer in these rates; reload them and try again.")
            : Result.Ok();
    }

    /// <summary>Replaces the fallback rates; they must keep the offer's currency and bands, which the seasons share.</summary>
    public Result ChangeFallback(BandRates fallback)
    {
        var fits = Fits(fallback, "The fallback rates", nameof(Fallback));
        if (fits.Succeeded)
        {
            Fallback = fallback;
        }

        return fits;
    }

    /// <summary>The season <paramref name="day"/> falls in; null when the fallback rate applies.</summary>
    public Season? SeasonOn(DateOnly day) => _seasons.FirstOrDefault(season => season.Covers(day));

    /// <summary>The daily rate on <paramref name="day"/> for a rental in <paramref name="band"/>: its season's, else the fallback.</summary>
    public Money DailyRateOn(DateOnly day, RentalLengthBand band) => (SeasonOn(day)?.Rates ?? Fallback).For(band);

    private Result Check(Season season, Season? ignoring)
    {
        var fits = Fits(season.Rates, $"The rates of {season.DescribeAsObject()}", nameof(Season.Rates));
        if (fits.Failed)
        {
            return fits;
        }

        var clash = _seasons
            .Where(other => other != ignoring && other.Period.Overlaps(season.Period))
            .OrderBy(other => other.From)
            .FirstOrDefault();
        return clash is null
            ? Result.Ok()
            : Result.Fail($"{season.Describe()} overlaps {clash.DescribeAsObject()}.", nameof(Season.Period));
    }

    private Result Fits(BandRates rates, string what, string field)
    {
        if (rates.Currency != Currency)
        {
            return Result.Fail($"{what} are in {rates.Currency}, but this offer's rates are in {Currency}.", field);
        }

        return rates.Bands.Equals(Bands)
            ? Result.Ok()
            : Result.Fail($"{what} are for the bands {rates.Bands}, but this offer's rates use {Bands}.", field);
    }
}
