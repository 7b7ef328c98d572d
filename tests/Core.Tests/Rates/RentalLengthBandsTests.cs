using CarRentalGateway.Core.Rates;

namespace CarRentalGateway.Core.Tests.Rates;

public sealed class RentalLengthBandsTests
{
    [Theory]
    [InlineData(1, "1-2")]
    [InlineData(2, "1-2")]
    [InlineData(3, "3-6")]
    [InlineData(6, "3-6")]
    [InlineData(7, "7-13")]
    [InlineData(13, "7-13")]
    [InlineData(14, "14+")]
    [InlineData(400, "14+")]
    public void The_standard_bands_put_each_rental_length_in_exactly_one_band(int days, string band)
    {
        Assert.Equal(band, RentalLengthBands.Standard.BandFor(days).ToString());
    }

    [Fact]
    public void The_standard_bands_read_as_a_rate_sheet_writes_them()
    {
        Assert.Equal("1-2, 3-6, 7-13, 14+", RentalLengthBands.Standard.ToString());
        Assert.Equal(4, RentalLengthBands.Standard.Bands.Count);
        Assert.True(RentalLengthBands.Standard.Bands[^1].IsOpenEnded);
    }

    [Theory]
    [InlineData("1-2, 3-6, 7-13, 14+", "1-2, 3-6, 7-13, 14+")]
    [InlineData(" 14+ ;7 – 13; 1-2,3-6 ", "1-2, 3-6, 7-13, 14+")]
    [InlineData("1+", "1+")]
    [InlineData("1, 2-6, 7+", "1, 2-6, 7+")]
    [InlineData("1-1, 2+", "1, 2+")]
    public void Bands_are_read_from_text_in_any_order_and_written_in_the_canonical_form(string text, string canonical)
    {
        var bands = RentalLengthBands.Parse(text);

        Assert.True(bands.Succeeded, bands.Error);
        Assert.Equal(canonical, bands.Value.ToString());
        Assert.Equal(bands.Value, RentalLengthBands.Parse(canonical).Value);
    }

    [Fact]
    public void A_single_open_ended_band_prices_every_length_alike()
    {
        var bands = RentalLengthBands.Parse("1+").Value;

        Assert.Equal(bands.BandFor(1), bands.BandFor(30));
    }

    [Theory]
    [InlineData("1-2, 4-6, 7+", "Bands 1-2 and 4-6 leave a gap: rentals of 3 days fall in no band.")]
    [InlineData("1-2, 3-6, 9-13, 14+", "Bands 3-6 and 9-13 leave a gap: rentals of 7-8 days fall in no band.")]
    [InlineData("1-3, 3-6, 7+", "Bands 1-3 and 3-6 overlap: rentals of 3 days fall in both.")]
    [InlineData("1-2, 3-10, 7-13, 14+", "Bands 3-10 and 7-13 overlap: rentals of 7-10 days fall in both.")]
    [InlineData("1-2, 3+, 7-13", "Bands 3+ and 7-13 overlap: rentals of 7-13 days fall in both.")]
    [InlineData("1-2, 3+, 3+", "Bands 3+ and 3+ overlap: rentals of 3 or more days fall in both.")]
    [InlineData("3-6, 7+", "The bands start at 3 days: the first band must start at 1 day.")]
    [InlineData("1-2, 3-6, 7-13", "The last band, 7-13, must be open-ended (e.g. 7+), so every rental length has a rate.")]
    [InlineData("", "Give at least one rental-length band, e.g. 1+.")]
    [InlineData("1-2, ٣+", "\"٣+\" is not a rental-length band; write e.g. \"1-2, 3-6, 7-13, 14+\".")]
    [InlineData("1-2, three+", "\"three+\" is not a rental-length band; write e.g. \"1-2, 3-6, 7-13, 14+\".")]
    [InlineData("1-2, 6-3, 7+", "\"6-3\": A rental-length band cannot end (3 days) before it starts (6 days).")]
    [InlineData("0-2, 3+", "\"0-2\": A rental-length band starts at 1 day or more.")]
    public void Bands_that_leave_a_gap_overlap_or_leave_lengths_unpriced_are_refused_naming_the_bands(string text, string error)
    {
        var bands = RentalLengthBands.Parse(text, "Bands");

        Assert.True(bands.Failed);
        Assert.Equal(error, bands.Error);
        Assert.Equal("Bands", bands.Field);
    }

    [Fact]
    public void Bands_built_from_values_are_checked_the_same_way()
    {
        var bands = RentalLengthBands.Create(
        [
            RentalLengthBand.Create(1, 2).Value,
            RentalLengthBand.Create(4, null).Value,
        ]);

        Assert.Equal("Bands 1-2 and 4+ leave a gap: rentals of 3 days fall in no band.", bands.Error);
    }

    [Fact]
    public void More_bands_than_a_sheet_can_hold_are_refused()
    {
        var bands = RentalLengthBands.Parse(string.Join(", ", Enumerable.Range(1, 12).Select(day => day.ToString(System.Globalization.CultureInfo.InvariantCulture))) + ", 13+");

        Assert.Equal("A rate sheet has at most 12 rental-length bands.", bands.Error);
    }

    [Fact]
    public void Asking_for_the_band_of_less_than_one_day_is_a_bug()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RentalLengthBands.Standard.BandFor(0));
    }
}
