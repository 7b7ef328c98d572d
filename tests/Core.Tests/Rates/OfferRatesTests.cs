using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Rates;
using static CarRentalGateway.Core.Tests.Rates.RatesExamples;

namespace CarRentalGateway.Core.Tests.Rates;

public sealed class OfferRatesTests
{
    private static readonly RentalLengthBand Short = RentalLengthBands.Standard.BandFor(1);
    private static readonly RentalLengthBand Week = RentalLengthBands.Standard.BandFor(7);

    [Fact]
    public void New_rates_take_currency_and_bands_from_the_fallback_and_have_no_seasons()
    {
        var rates = NoSeasons();

        Assert.Equal(OfferId, rates.OfferId);
        Assert.Equal("EUR", rates.Currency);
        Assert.Equal(RentalLengthBands.Standard, rates.Bands);
        Assert.Empty(rates.Seasons);
        Assert.Equal(5000, rates.DailyRateOn(Day("2026-07-15"), Short).MinorUnits);
    }

    [Fact]
    public void A_day_in_a_season_has_the_seasons_rate_for_the_band()
    {
        var rates = Summer2026();

        Assert.Equal("High summer", rates.SeasonOn(Day("2026-07-15"))?.Name);
        Assert.Equal(8000, rates.DailyRateOn(Day("2026-07-15"), Short).MinorUnits);
        Assert.Equal(6400, rates.DailyRateOn(Day("2026-07-15"), Week).MinorUnits);
    }

    [Theory]
    [InlineData("2026-06-01", 4000)]
    [InlineData("2026-06-30", 4000)]
    [InlineData("2026-07-01", 8000)]
    [InlineData("2026-07-31", 8000)]
    [InlineData("2026-08-01", 4000)]
    public void Season_dates_include_both_the_first_and_the_last_day(string day, long minor)
    {
        Assert.Equal(minor, Summer2026().DailyRateOn(Day(day), Short).MinorUnits);
    }

    [Theory]
    [InlineData("2026-05-31")]
    [InlineData("2026-09-01")]
    [InlineData("2027-07-15")]
    public void A_day_outside_every_season_has_the_fallback_rate(string day)
    {
        var rates = Summer2026();

        Assert.Null(rates.SeasonOn(Day(day)));
        Assert.Equal(5000, rates.DailyRateOn(Day(day), Short).MinorUnits);
        Assert.Equal(4000, rates.DailyRateOn(Day(day), Week).MinorUnits);
    }

    [Fact]
    public void Seasons_are_listed_in_date_order_whatever_order_they_were_added_in()
    {
        var rates = NoSeasons();
        AddSeason(rates, "Autumn", "2026-09-01", "2026-10-31", LowRates);
        AddSeason(rates, "Summer", "2026-06-01", "2026-08-31", HighRates);

        Assert.Equal(["Summer", "Autumn"], rates.Seasons.Select(season => season.Name));
    }

    [Fact]
    public void An_overlapping_season_is_refused_naming_the_season_it_clashes_with()
    {
        var rates = NoSeasons();
        AddSeason(rates, "High summer", "2026-07-01", "2026-07-31", HighRates);

        var added = rates.AddSeason(Guid.NewGuid(), "Summer 2026", Range("2026-06-01", "2026-08-31"), LowRates);

        Assert.True(added.Failed);
        Assert.Equal("Season 'Summer 2026' (2026-06-01 – 2026-08-31) overlaps 'High summer' (2026-07-01 – 2026-07-31).", added.Error);
        Assert.Equal(nameof(Season.Period), added.Field);
        Assert.Single(rates.Seasons);
    }

    [Fact]
    public void Sharing_a_single_day_is_an_overlap()
    {
        var rates = NoSeasons();
        AddSeason(rates, "June", "2026-06-01", "2026-06-30", LowRates);

        var added = rates.AddSeason(Guid.NewGuid(), null, Range("2026-06-30", "2026-07-31"), HighRates);

        Assert.Equal("The season 2026-06-30 – 2026-07-31 overlaps 'June' (2026-06-01 – 2026-06-30).", added.Error);
    }

    [Fact]
    public void An_unnamed_season_is_named_by_its_dates_in_a_clash()
    {
        var rates = NoSeasons();
        AddSeason(rates, "  ", "2026-06-01", "2026-06-30", LowRates);

        var added = rates.AddSeason(Guid.NewGuid(), "Midsummer", Range("2026-06-20", "2026-06-26"), HighRates);

        Assert.Equal("Season 'Midsummer' (2026-06-20 – 2026-06-26) overlaps the season 2026-06-01 – 2026-06-30.", added.Error);
        Assert.Null(rates.Seasons[0].Name);
        Assert.Equal("season 2026-06-01 – 2026-06-30", rates.Seasons[0].Label);
    }

    [Fact]
    public void Seasons_that_touch_one_ending_the_day_before_the_other_starts_are_accepted()
    {
        var rates = NoSeasons();
        AddSeason(rates, "June", "2026-06-01", "2026-06-30", LowRates);

        var added = rates.AddSeason(Guid.NewGuid(), "July", Range("2026-07-01", "2026-07-31"), HighRates);

        Assert.True(added.Succeeded, added.Error);
        Assert.Equal(4000, rates.DailyRateOn(Day("2026-06-30"), Short).MinorUnits);
        Assert.Equal(8000, rates.DailyRateOn(Day("2026-07-01"), Short).MinorUnits);
    }

    [Fact]
    public void A_season_name_is_trimmed_and_limited_in_length()
    {
        var rates = NoSeasons();

        var trimmed = AddSeason(rates, "  High summer ", "2026-07-01", "2026-07-31", HighRates);
        var tooLong = rates.AddSeason(Guid.NewGuid(), new string('x', Season.NameMaxLength + 1), Range("2026-08-01", "2026-08-31"), HighRates);

        Assert.Equal("High summer", trimmed.Name);
        Assert.Equal("A season's name is at most 100 characters.", tooLong.Error);
        Assert.Equal(nameof(Season.Name), tooLong.Field);
    }

    [Fact]
    public void Season_rates_in_another_currency_or_on_other_bands_are_refused()
    {
        var rates = NoSeasons();
        var sek = BandRates.Flat(RentalLengthBands.Standard, Money.Of(50_000, "SEK")).Value;
        var otherBands = BandRates.Flat(RentalLengthBands.Parse("1-3, 4+").Value, Eur(60)).Value;

        var inSek = rates.AddSeason(Guid.NewGuid(), "Summer", Range("2026-06-01", "2026-08-31"), sek);
        var onOtherBands = rates.AddSeason(Guid.NewGuid(), "Summer", Range("2026-06-01", "2026-08-31"), otherBands);

        Assert.Equal("The rates of 'Summer' (2026-06-01 – 2026-08-31) are in SEK, but this offer's rates are in EUR.", inSek.Error);
        Assert.Equal(
            "The rates of 'Summer' (2026-06-01 – 2026-08-31) are for the bands 1-3, 4+, but this offer's rates use 1-2, 3-6, 7-13, 14+.",
            onOtherBands.Error);
        Assert.Empty(rates.Seasons);
    }

    [Fact]
    public void Replacing_a_season_changes_its_dates_and_rates_without_clashing_with_itself()
    {
        var rates = Summer2026();
        var high = rates.Seasons.Single(season => season.Name == "High summer");

        var replaced = rates.ReplaceSeason(high.Id, "Peak", Range("2026-07-10", "2026-07-20"), Daily(90, 81, 72, 63));

        Assert.True(replaced.Succeeded, replaced.Error);
        Assert.Equal(("Peak", Day("2026-07-10"), Day("2026-07-20")), (high.Name, high.From, high.To));
        Assert.Equal(9000, rates.DailyRateOn(Day("2026-07-15"), Short).MinorUnits);
        Assert.Equal(5000, rates.DailyRateOn(Day("2026-07-05"), Short).MinorUnits);
    }

    [Fact]
    public void A_refused_replacement_leaves_the_season_as_it_was()
    {
        var rates = Summer2026();
        var high = rates.Seasons.Single(season => season.Name == "High summer");

        var replaced = rates.ReplaceSeason(high.Id, "Long high", Range("2026-07-01", "2026-08-15"), HighRates);

        Assert.Equal("Season 'Long high' (2026-07-01 – 2026-08-15) overlaps 'Low August' (2026-08-01 – 2026-08-31).", replaced.Error);
        Assert.Equal(("High summer", Day("2026-07-31")), (high.Name, high.To));
    }

    [Fact]
    public void A_removed_season_falls_back_to_the_fallback_rate()
    {
        var rates = Summer2026();
        var high = rates.SeasonOn(Day("2026-07-15"))!;

        Assert.True(rates.RemoveSeason(high.Id).Succeeded);
        Assert.Equal(5000, rates.DailyRateOn(Day("2026-07-15"), Short).MinorUnits);
        Assert.Equal(2, rates.Seasons.Count);
    }

    [Fact]
    public void Replacing_or_removing_a_season_that_is_gone_says_to_reload()
    {
        var rates = Summer2026();

        Assert.Equal("That season is no longer in these rates; reload them and try again.", rates.RemoveSeason(Guid.NewGuid()).Error);
        Assert.Equal(
            "That season is no longer in these rates; reload them and try again.",
            rates.ReplaceSeason(Guid.NewGuid(), "X", Range("2027-01-01", "2027-01-31"), LowRates).Error);
    }

    [Fact]
    public void The_fallback_can_change_but_keeps_the_offers_currency_and_bands()
    {
        var rates = Summer2026();

        Assert.True(rates.ChangeFallback(Daily(55, 50, 45, 40)).Succeeded);
        Assert.Equal(5500, rates.DailyRateOn(Day("2026-09-15"), Short).MinorUnits);

        var otherBands = rates.ChangeFallback(BandRates.Flat(RentalLengthBands.Parse("1+").Value, Eur(60)).Value);
        Assert.Equal("The fallback rates are for the bands 1+, but this offer's rates use 1-2, 3-6, 7-13, 14+.", otherBands.Error);
        Assert.Equal(nameof(OfferRates.Fallback), otherBands.Field);
        Assert.Equal(5500, rates.DailyRateOn(Day("2026-09-15"), Short).MinorUnits);
    }
}
