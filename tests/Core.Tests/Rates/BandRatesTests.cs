using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Rates;
using static CarRentalGateway.Core.Tests.Rates.RatesExamples;

namespace CarRentalGateway.Core.Tests.Rates;

public sealed class BandRatesTests
{
    [Fact]
    public void Each_band_has_its_own_daily_rate_in_band_order()
    {
        var rates = Daily(50, 45, 40, 35.5m);

        Assert.Equal("EUR", rates.Currency);
        Assert.Equal(5000, rates.For(RentalLengthBands.Standard.BandFor(2)).MinorUnits);
        Assert.Equal(3550, rates.For(RentalLengthBands.Standard.BandFor(14)).MinorUnits);
        Assert.Equal("1-2: 50.00 EUR; 3-6: 45.00 EUR; 7-13: 40.00 EUR; 14+: 35.50 EUR", rates.ToString());
    }

    [Fact]
    public void A_flat_rate_is_the_same_in_every_band()
    {
        var flat = BandRates.Flat(RentalLengthBands.Standard, Eur(42)).Value;

        Assert.All(flat.DailyRates, rate => Assert.Equal(4200, rate.MinorUnits));
        Assert.Equal(Daily(42, 42, 42, 42), flat);
    }

    [Fact]
    public void Rates_equal_by_bands_and_amounts()
    {
        Assert.Equal(Daily(50, 45, 40, 35), Daily(50, 45, 40, 35));
        Assert.NotEqual(Daily(50, 45, 40, 35), Daily(50, 45, 40, 34.99m));
    }

    [Fact]
    public void One_rate_per_band_is_needed()
    {
        var rates = BandRates.Create(RentalLengthBands.Standard, [Eur(50), Eur(45)], "Rates");

        Assert.Equal("Give one daily rate for each of the 4 bands (1-2, 3-6, 7-13, 14+); 2 were given.", rates.Error);
        Assert.Equal("Rates", rates.Field);
    }

    [Theory]
    [InlineData(0, "The daily rate for 7-13 days must be a positive amount; it is 0.00 EUR.")]
    [InlineData(-1, "The daily rate for 7-13 days must be a positive amount; it is -0.01 EUR.")]
    public void A_rate_that_is_not_positive_is_refused_naming_its_band(long minor, string error)
    {
        var rates = BandRates.Create(RentalLengthBands.Standard, [Eur(50), Eur(45), Money.Of(minor, "EUR"), Eur(35)]);

        Assert.Equal(error, rates.Error);
    }

    [Fact]
    public void Rates_in_two_currencies_are_refused()
    {
        var rates = BandRates.Create(RentalLengthBands.Standard, [Eur(50), Eur(45), Money.Of(4000, "SEK"), Eur(35)]);

        Assert.Equal("All rates are in one currency: 7-13 days is in SEK, 1-2 days in EUR.", rates.Error);
    }

    [Fact]
    public void Asking_for_a_band_of_other_bands_is_a_bug()
    {
        var other = RentalLengthBands.Parse("1-3, 4+").Value.BandFor(1);

        Assert.Throws<ArgumentException>(() => FallbackRates.For(other));
    }
}
