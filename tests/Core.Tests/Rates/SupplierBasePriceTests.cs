using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Rates;
using static CarRentalGateway.Core.Tests.Rates.RatesExamples;

namespace CarRentalGateway.Core.Tests.Rates;

/// <summary>
/// The supplier base price of a trip, line by line. Rates per day on the bands 1-2, 3-6, 7-13, 14+:
/// fallback 50/45/40/35, Low 40/36/32/28, High 80/72/64/56 EUR.
/// </summary>
public sealed class SupplierBasePriceTests
{
    private static readonly RentalStation Airport = RentalStation.Of(TallinnAirport);
    private static readonly RentalStation CityCentre = RentalStation.Of(TallinnCityCentre);
    private static readonly RentalStation Tartu = RentalStation.Of(TartuStation);

    /// <summary>Low until 9 July, a two-day "Festival" on 10-11 July, Low again from 12 July.</summary>
    private static OfferRates WithShortFestival()
    {
        var rates = NoSeasons();
        AddSeason(rates, "Low early summer", "2026-06-01", "2026-07-09", LowRates);
        AddSeason(rates, "Festival", "2026-07-10", "2026-07-11", HighRates);
        AddSeason(rates, "Low late summer", "2026-07-12", "2026-08-31", LowRates);
        return rates;
    }

    private static BasePriceRequest Trip(
        string pickUp, string dropOff, OfferRates? rates = null, RentalStation? from = null, RentalStation? to = null,
        IReadOnlyList<ChosenExtra>? extras = null, OneWayFees? oneWayFees = null) =>
        new(At(pickUp), At(dropOff), from ?? Airport, to ?? from ?? Airport, rates ?? Summer2026(), extras ?? [], oneWayFees ?? OneWayFees.None);

    private static SupplierBaseQuote Priced(BasePriceRequest request)
    {
        var quote = SupplierBasePrice.Compute(request);
        Assert.True(quote.Succeeded, quote.Error);
        return quote.Value;
    }

    private static long[] DayRates(SupplierBaseQuote quote) =>
        quote.Lines.Where(line => line.Kind == QuoteLineKind.RentalDay).Select(line => line.Amount.MinorUnits).ToArray();

    [Fact]
    public void A_rental_across_two_seasons_prices_each_day_by_its_own_season()
    {
        var quote = Priced(Trip("2026-06-29 10:00", "2026-07-02 10:00"));

        Assert.Equal(3, quote.RentalDays);
        Assert.Equal("3-6", quote.Band.ToString());
        Assert.Equal(
            [
                "Day 1, Mon 2026-06-29: Low June, 3-6 days rate",
                "Day 2, Tue 2026-06-30: Low June, 3-6 days rate",
                "Day 3, Wed 2026-07-01: High summer, 3-6 days rate",
            ],
            quote.Lines.Select(line => line.Description));
        Assert.Equal([3600L, 3600, 7200], DayRates(quote));
        Assert.Equal([Day("2026-06-29"), Day("2026-06-30"), Day("2026-07-01")], quote.Lines.Select(line => line.Date!.Value));
        Assert.Equal(Money.Of(14_400, "EUR"), quote.Total);
    }

    [Fact]
    public void A_five_day_rental_from_low_through_high_back_to_low_is_priced_day_by_day()
    {
        var quote = Priced(Trip("2026-07-09 10:00", "2026-07-14 10:00", WithShortFestival()));

        Assert.Equal(5, quote.RentalDays);
        Assert.Equal(
            ["Low early summer", "Festival", "Festival", "Low late summer", "Low late summer"],
            quote.Lines.Select(line => line.Season));
        Assert.Equal([3600L, 7200, 7200, 3600, 3600], DayRates(quote));
        Assert.Equal(25_200, quote.Total.MinorUnits);
    }

    [Fact]
    public void A_rental_across_three_month_long_seasons_prices_each_day_by_its_season()
    {
        var quote = Priced(Trip("2026-06-30 09:00", "2026-08-02 09:00"));

        Assert.Equal(33, quote.RentalDays);
        Assert.Equal("14+", quote.Band.ToString());
        Assert.Equal(("Low June", 2800L), (quote.Lines[0].Season, quote.Lines[0].Amount.MinorUnits));
        Assert.All(quote.Lines.Skip(1).Take(31), line => Assert.Equal(("High summer", 5600L), (line.Season, line.Amount.MinorUnits)));
        Assert.Equal(("Low August", 2800L), (quote.Lines[32].Season, quote.Lines[32].Amount.MinorUnits));
        Assert.Equal(2800 + 31 * 5600 + 2800, quote.Total.MinorUnits);
    }

    [Fact]
    public void The_band_comes_from_the_whole_rental_even_for_days_in_a_short_season()
    {
        var quote = Priced(Trip("2026-07-08 10:00", "2026-07-15 10:00", WithShortFestival()));

        Assert.Equal(7, quote.RentalDays);
        Assert.Equal("7-13", quote.Band.ToString());
        Assert.All(quote.Lines, line => Assert.EndsWith(", 7-13 days rate", line.Description, StringComparison.Ordinal));
        Assert.Equal([3200L, 3200, 6400, 6400, 3200, 3200, 3200], DayRates(quote));
        Assert.Equal(28_800, quote.Total.MinorUnits);
    }

    [Fact]
    public void Returning_an_hour_late_adds_a_day_and_can_move_the_whole_rental_into_the_next_band()
    {
        var onTime = Priced(Trip("2026-09-07 10:00", "2026-09-13 10:59"));
        var late = Priced(Trip("2026-09-07 10:00", "2026-09-13 11:00"));

        Assert.Equal((6, "3-6", 6 * 4500L), (onTime.RentalDays, onTime.Band.ToString(), onTime.Total.MinorUnits));
        Assert.Equal((7, "7-13", 7 * 4000L), (late.RentalDays, late.Band.ToString(), late.Total.MinorUnits));
    }

    [Fact]
    public void Days_outside_every_season_have_the_fallback_rate()
    {
        var quote = Priced(Trip("2026-05-30 10:00", "2026-06-02 10:00"));

        Assert.Equal(["fallback", "fallback", "Low June"], quote.Lines.Select(line => line.Season));
        Assert.Equal("Day 1, Sat 2026-05-30: fallback, 3-6 days rate", quote.Lines[0].Description);
        Assert.Equal([4500L, 4500, 3600], DayRates(quote));
        Assert.Equal(12_600, quote.Total.MinorUnits);
    }

    [Fact]
    public void A_short_rental_is_charged_one_day_in_the_shortest_band()
    {
        var quote = Priced(Trip("2026-09-10 10:00", "2026-09-10 14:00"));

        Assert.Equal((1, "1-2"), (quote.RentalDays, quote.Band.ToString()));
        Assert.Equal(5000, quote.Total.MinorUnits);
    }

    [Fact]
    public void A_day_in_an_unnamed_season_is_named_by_the_seasons_dates()
    {
        var rates = NoSeasons();
        AddSeason(rates, null, "2026-09-01", "2026-09-30", LowRates);

        var quote = Priced(Trip("2026-09-10 10:00", "2026-09-11 10:00", rates));

        Assert.Equal("Day 1, Thu 2026-09-10: season 2026-09-01 – 2026-09-30, 1-2 days rate", quote.Lines[0].Description);
    }

    [Fact]
    public void Extras_follow_the_days_with_caps_and_quantities_spelled_out()
    {
        var extras = new List<ChosenExtra>
        {
            new(SupplierExtraTests.ChildSeat(), 2),
            new(SupplierExtraTests.Gps(), 1),
            new(SupplierExtraTests.Extra("Full protection", ExtraPriceBasis.PerDay, 15, cap: 150, ExtraKind.FullProtection), 1),
        };

        var quote = Priced(Trip("2026-09-07 10:00", "2026-09-14 10:00", extras: extras));

        var lines = quote.Lines.Where(line => line.Kind == QuoteLineKind.Extra).ToList();
        Assert.Equal(
            [
                ("Child seat × 2: 7 days × 10.00 EUR = 70.00 EUR, capped at 50.00 EUR each", 10_000L),
                ("GPS: 25.00 EUR per rental", 2500L),
                ("Full protection: 7 days × 15.00 EUR", 10_500L),
            ],
            lines.Select(line => (line.Description, line.Amount.MinorUnits)));
        Assert.Equal(7 * 4000 + 10_000 + 2500 + 10_500, quote.Total.MinorUnits);
        Assert.Equal(Money.Of(23_000, "EUR"), quote.AmountOf(QuoteLineKind.Extra));
        Assert.Equal(Money.Of(28_000, "EUR"), quote.AmountOf(QuoteLineKind.RentalDay));
    }

    [Fact]
    public void An_extra_chosen_zero_times_or_twice_is_refused()
    {
        var seat = SupplierExtraTests.ChildSeat();

        var none = SupplierBasePrice.Compute(Trip("2026-09-07 10:00", "2026-09-08 10:00", extras: [new(seat, 0)]));
        var twice = SupplierBasePrice.Compute(Trip("2026-09-07 10:00", "2026-09-08 10:00", extras: [new(seat, 1), new(seat, 1)]));

        Assert.Equal(("Choose at least one Child seat, or leave it out.", "Extras"), (none.Error, none.Field));
        Assert.Equal("Child seat is chosen twice: give it once with the quantity.", twice.Error);
    }

    [Fact]
    public void A_one_way_trip_adds_the_fee_for_its_direction()
    {
        var fees = new OneWayFees(
        [
            OneWayFeeTests.Fee(TallinnAirport, TartuStation, 60),
            OneWayFeeTests.Fee(TartuStation, TallinnAirport, 40),
        ]);

        var there = Priced(Trip("2026-09-07 10:00", "2026-09-09 10:00", from: Airport, to: Tartu, oneWayFees: fees));
        var back = Priced(Trip("2026-09-07 10:00", "2026-09-09 10:00", from: Tartu, to: Airport, oneWayFees: fees));

        var line = Assert.Single(there.Lines, line => line.Kind == QuoteLineKind.OneWayFee);
        Assert.Equal(("One-way fee: Tallinn Airport → Tartu Railway Station", 6000L), (line.Description, line.Amount.MinorUnits));
        Assert.Equal(2 * 5000 + 6000, there.Total.MinorUnits);
        Assert.Equal(4000, back.AmountOf(QuoteLineKind.OneWayFee).MinorUnits);
    }

    [Fact]
    public void A_return_to_the_pick_up_location_has_no_one_way_line()
    {
        var quote = Priced(Trip("2026-09-07 10:00", "2026-09-09 10:00", from: Airport, to: Airport));

        Assert.DoesNotContain(quote.Lines, line => line.Kind == QuoteLineKind.OneWayFee);
        Assert.Equal(10_000, quote.Total.MinorUnits);
    }

    [Fact]
    public void A_one_way_trip_without_a_fee_for_that_direction_cannot_be_priced()
    {
        var fees = new OneWayFees([OneWayFeeTests.Fee(TartuStation, TallinnAirport, 40)]);

        var quote = SupplierBasePrice.Compute(Trip("2026-09-07 10:00", "2026-09-09 10:00", from: Airport, to: Tartu, oneWayFees: fees));

        Assert.True(quote.Failed);
        Assert.Equal(
            "One-way rentals from Tallinn Airport to Tartu Railway Station are not offered: there is no one-way fee for that direction.",
            quote.Error);
        Assert.Equal(nameof(BasePriceRequest.DropOff), quote.Field);
    }

    [Fact]
    public void Pick_up_and_drop_off_outside_opening_hours_each_cost_the_after_hours_fee()
    {
        // Saturday 08:59, a minute before opening; the next Saturday at 14:00, the closing minute.
        var quote = Priced(Trip("2026-09-05 08:59", "2026-09-12 14:00", from: Tartu, to: Tartu));

        var lines = quote.Lines.Where(line => line.Kind == QuoteLineKind.AfterHoursFee).ToList();
        Assert.Equal(
            [
                ("After-hours pick-up at Tartu Railway Station (Sat 08:59)", 2500L),
                ("After-hours drop-off at Tartu Railway Station (Sat 14:00)", 2500L),
            ],
            lines.Select(line => (line.Description, line.Amount.MinorUnits)));
        Assert.Equal(8, quote.RentalDays);
        Assert.Equal(8 * 4000 + 2 * 2500, quote.Total.MinorUnits);
    }

    [Fact]
    public void Hand_overs_at_the_opening_minute_and_just_before_closing_cost_nothing_extra()
    {
        var quote = Priced(Trip("2026-09-05 09:00", "2026-09-12 13:59", from: Tartu, to: Tartu));

        Assert.DoesNotContain(quote.Lines, line => line.Kind == QuoteLineKind.AfterHoursFee);
    }

    [Fact]
    public void A_location_open_24_hours_never_adds_an_after_hours_line()
    {
        var quote = Priced(Trip("2026-09-06 03:00", "2026-09-08 02:30", from: Airport, to: Airport));

        Assert.All(quote.Lines, line => Assert.Equal(QuoteLineKind.RentalDay, line.Kind));
    }

    [Fact]
    public void A_pick_up_while_a_desk_without_after_hours_service_is_closed_cannot_be_priced()
    {
        var quote = SupplierBasePrice.Compute(Trip("2026-07-04 22:30", "2026-07-06 10:00", from: CityCentre, to: CityCentre));

        Assert.True(quote.Failed);
        Assert.Equal("Tallinn City Centre is closed at 22:30 on Saturday and offers no after-hours service.", quote.Error);
        Assert.Equal(nameof(BasePriceRequest.PickUpLocal), quote.Field);
    }

    [Fact]
    public void A_drop_off_while_a_desk_without_after_hours_service_is_closed_cannot_be_priced()
    {
        var quote = SupplierBasePrice.Compute(Trip("2026-07-06 10:00", "2026-07-12 10:00", from: CityCentre, to: CityCentre));

        Assert.Equal("Tallinn City Centre is closed at 10:00 on Sunday and offers no after-hours service.", quote.Error);
        Assert.Equal(nameof(BasePriceRequest.DropOffLocal), quote.Field);
    }

    [Fact]
    public void Every_kind_of_line_together_adds_up_to_the_total()
    {
        var fees = new OneWayFees([OneWayFeeTests.Fee(TallinnAirport, TartuStation, 60)]);
        var extras = new List<ChosenExtra> { new(SupplierExtraTests.ChildSeat(), 1), new(SupplierExtraTests.Gps(), 2) };

        // Friday 2026-07-10 in the festival until Thursday 16 July 19:30, after Tartu has closed.
        var quote = Priced(Trip("2026-07-10 10:00", "2026-07-16 19:30", WithShortFestival(), Airport, Tartu, extras, fees));

        Assert.Equal(
            [
                QuoteLineKind.RentalDay, QuoteLineKind.RentalDay, QuoteLineKind.RentalDay, QuoteLineKind.RentalDay,
                QuoteLineKind.RentalDay, QuoteLineKind.RentalDay, QuoteLineKind.RentalDay,
                QuoteLineKind.Extra, QuoteLineKind.Extra, QuoteLineKind.OneWayFee, QuoteLineKind.AfterHoursFee,
            ],
            quote.Lines.Select(line => line.Kind));
        Assert.Equal([6400L, 6400, 3200, 3200, 3200, 3200, 3200], DayRates(quote));
        Assert.Equal(quote.Lines.Sum(line => line.Amount.MinorUnits), quote.Total.MinorUnits);
        Assert.Equal(28_800 + 5000 + 5000 + 6000 + 2500, quote.Total.MinorUnits);
        Assert.All(quote.Lines, line => Assert.Equal("EUR", line.Amount.Currency));
        Assert.Equal("EUR", quote.Currency);
    }

    [Fact]
    public void A_drop_off_before_the_pick_up_is_refused()
    {
        var quote = SupplierBasePrice.Compute(Trip("2026-07-06 10:00", "2026-07-05 10:00"));

        Assert.Equal("The drop-off (2026-07-05 10:00) must be after the pick-up (2026-07-06 10:00).", quote.Error);
        Assert.Equal(nameof(BasePriceRequest.DropOffLocal), quote.Field);
    }

    [Fact]
    public void A_suppliers_own_grace_period_is_used_when_given()
    {
        var request = Trip("2026-09-07 10:00", "2026-09-08 10:30") with { Grace = TimeSpan.Zero };

        Assert.Equal(2, Priced(request).RentalDays);
    }

    [Fact]
    public void A_rental_longer_than_a_year_is_refused_as_a_mistyped_date()
    {
        var quote = SupplierBasePrice.Compute(Trip("2026-09-07 10:00", "2027-09-09 10:00"));

        Assert.Equal("A rental is priced for at most 366 days; this one is 367 days. Check the dates.", quote.Error);
    }

    [Fact]
    public void An_extra_in_another_currency_than_the_rates_is_a_bug()
    {
        var sekSeat = SupplierExtra.Create(
            Guid.NewGuid(), SupplierId,
            new SupplierExtraDetails(ExtraKind.ChildSeat, "Child seat", ExtraPriceBasis.PerDay, Money.Of(10_000, "SEK"), null), "SEK").Value;

        Assert.Throws<InvalidOperationException>(
            () => SupplierBasePrice.Compute(Trip("2026-09-07 10:00", "2026-09-08 10:00", extras: [new(sekSeat, 1)])));
    }

    [Fact]
    public void An_after_hours_fee_in_another_currency_than_the_rates_is_a_bug()
    {
        var sekDesk = Tartu with { AfterHoursFee = Money.Of(25_000, "SEK") };

        Assert.Throws<InvalidOperationException>(
            () => SupplierBasePrice.Compute(Trip("2026-09-05 22:00", "2026-09-07 10:00", from: sekDesk, to: sekDesk)));
    }
}
