using CarRentalGateway.Core.Common;

namespace CarRentalGateway.Core.Tests.Common;

public sealed class MoneyTests
{
    [Theory]
    [InlineData("12.5", "EUR", 1250)]
    [InlineData("12.50", "EUR", 1250)]
    [InlineData("0.01", "EUR", 1)]
    [InlineData("1234", "JPY", 1234)]
    [InlineData("1.234", "BHD", 1234)]
    [InlineData("1.2", "BHD", 1200)]
    [InlineData("-12.5", "EUR", -1250)]
    [InlineData("0", "EUR", 0)]
    public void An_amount_as_typed_is_kept_in_the_minor_units_of_its_currency(string amount, string currency, long minorUnits)
    {
        var money = Money.FromAmount(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), currency);

        Assert.True(money.Succeeded, money.Error);
        Assert.Equal(minorUnits, money.Value.MinorUnits);
        Assert.Equal(currency, money.Value.Currency);
        Assert.Equal(Money.Of(minorUnits, currency), money.Value);
    }

    [Theory]
    [InlineData("12.345", "EUR", "EUR amounts have at most 2 decimals.")]
    [InlineData("0.001", "EUR", "EUR amounts have at most 2 decimals.")]
    [InlineData("12.5", "JPY", "JPY amounts have no decimals.")]
    [InlineData("1.2345", "BHD", "BHD amounts have at most 3 decimals.")]
    public void More_decimals_than_the_currency_has_are_refused_not_rounded(string amount, string currency, string error)
    {
        var money = Money.FromAmount(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), currency, "Fee");

        Assert.True(money.Failed);
        Assert.Equal(error, money.Error);
        Assert.Equal("Fee", money.Field);
    }

    [Fact]
    public void An_amount_in_an_unknown_currency_is_refused()
    {
        var money = Money.FromAmount(10m, "EUX", "Fee");

        Assert.True(money.Failed);
        Assert.Equal("Unknown currency EUX.", money.Error);
        Assert.Equal("Fee", money.Field);
    }

    [Fact]
    public void An_amount_beyond_what_minor_units_can_hold_is_refused()
    {
        var money = Money.FromAmount(100_000_000_000_000_000m, "EUR");

        Assert.True(money.Failed);
        Assert.Equal("The amount is too large.", money.Error);
    }

    [Fact]
    public void Money_in_an_unknown_currency_is_a_bug()
    {
        Assert.Throws<ArgumentException>(() => Money.Of(100, "EURO"));
        Assert.Throws<ArgumentException>(() => Money.Zero("eur"));
    }

    [Theory]
    [InlineData(1250, "EUR", "12.50")]
    [InlineData(5, "EUR", "0.05")]
    [InlineData(1234, "JPY", "1234")]
    [InlineData(1234, "BHD", "1.234")]
    [InlineData(-1250, "EUR", "-12.50")]
    public void The_amount_is_in_major_units(long minorUnits, string currency, string amount)
    {
        Assert.Equal(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), Money.Of(minorUnits, currency).Amount);
    }

    [Fact]
    public void Money_of_one_currency_adds_and_subtracts_exactly()
    {
        var price = Money.Of(12_345, "EUR");
        var fee = Money.Of(1_005, "EUR");

        Assert.Equal(Money.Of(13_350, "EUR"), price.Plus(fee));
        Assert.Equal(Money.Of(11_340, "EUR"), price.Minus(fee));
        Assert.Equal(Money.Of(-11_340, "EUR"), fee.Minus(price));
        Assert.True(fee.Minus(price).IsNegative);
        Assert.False(Money.Zero("EUR").IsNegative);
    }

    [Fact]
    public void Money_of_different_currencies_is_never_combined()
    {
        var euros = Money.Of(1_000, "EUR");
        var crowns = Money.Of(1_000, "SEK");

        var added = Assert.Throws<InvalidOperationException>(() => euros.Plus(crowns));
        Assert.Equal("Cannot combine EUR with SEK.", added.Message);
        Assert.Throws<InvalidOperationException>(() => euros.Minus(crowns));
    }

    [Fact]
    public void Adding_past_the_largest_amount_throws_instead_of_wrapping_around()
    {
        Assert.Throws<OverflowException>(() => Money.Of(long.MaxValue, "EUR").Plus(Money.Of(1, "EUR")));
        Assert.Throws<OverflowException>(() => Money.Of(long.MinValue, "EUR").Minus(Money.Of(1, "EUR")));
    }

    [Fact]
    public void Equal_amounts_in_the_same_currency_are_equal_money()
    {
        Assert.Equal(Money.Of(1_250, "EUR"), Money.FromAmount(12.5m, "EUR").Value);
        Assert.NotEqual(Money.Of(1_250, "EUR"), Money.Of(1_250, "USD"));
    }

    [Theory]
    [InlineData(123_450, "EUR", "1,234.50 EUR")]
    [InlineData(5, "EUR", "0.05 EUR")]
    [InlineData(-1_250, "EUR", "-12.50 EUR")]
    [InlineData(1_234_567, "JPY", "1,234,567 JPY")]
    [InlineData(1_234, "BHD", "1.234 BHD")]
    [InlineData(0, "EUR", "0.00 EUR")]
    public void Money_reads_with_the_currency_decimals_and_invariant_digits(long minorUnits, string currency, string text)
    {
        Assert.Equal(text, Money.Of(minorUnits, currency).ToString());
    }
}
