using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Rates;

namespace CarRentalGateway.Core.Tests.Rates;

public class BandRatesTextTests
{
    [Fact]
    public void Rates_read_back_exactly_from_their_text()
    {
        var rates = BandRates.Create(
            RentalLengthBands.Standard,
            [Money.Of(4500, "EUR"), Money.Of(4000, "EUR"), Money.Of(3550, "EUR"), Money.Of(123_400, "EUR")]).Value;

        var text = rates.ToString();
        var read = BandRates.Parse(text);

        Assert.Equal("1-2: 45.00 EUR; 3-6: 40.00 EUR; 7-13: 35.50 EUR; 14+: 1,234.00 EUR", text);
        Assert.True(read.Succeeded, read.Error);
        Assert.Equal(rates, read.Value);
    }

    [Fact]
    public void Yen_rates_without_decimals_read_back()
    {
        var rates = BandRates.Flat(RentalLengthBands.Standard, Money.Of(5000, "JPY")).Value;

        Assert.Equal(rates, BandRates.Parse(rates.ToString()).Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1-2 45.00 EUR")]
    [InlineData("1-2: forty EUR")]
    [InlineData("1-2: 45.00 EUR; 5-6: 40.00 EUR")]
    [InlineData("1-2: 45.001 EUR; 3+: 40.00 EUR")]
    public void Text_that_is_not_band_rates_is_refused(string text)
    {
        Assert.True(BandRates.Parse(text).Failed);
    }

    [Fact]
    public void Money_reads_back_the_text_it_writes()
    {
        var money = Money.Of(-123_456_78, "EUR");

        Assert.Equal(money, Money.Parse(money.ToString()).Value);
        Assert.True(Money.Parse("12.50").Failed);
        Assert.True(Money.Parse("12.50 XXX").Failed);
    }
}
