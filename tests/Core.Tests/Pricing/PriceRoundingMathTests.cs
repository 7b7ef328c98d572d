using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Pricing;

namespace CarRentalGateway.Core.Tests.Pricing;

public sealed class PriceRoundingMathTests
{
    [Theory]
    [InlineData(4_520, PriceRounding.WholeUnits, 4_600)]
    [InlineData(4_501, PriceRounding.WholeUnits, 4_600)]
    [InlineData(4_500, PriceRounding.WholeUnits, 4_500)]
    [InlineData(4_520, PriceRounding.NinetyNine, 4_599)]
    [InlineData(4_599, PriceRounding.NinetyNine, 4_599)]
    [InlineData(4_600, PriceRounding.NinetyNine, 4_699)]
    [InlineData(0, PriceRounding.NinetyNine, 99)]
    [InlineData(4_520, PriceRounding.None, 4_520)]
    public void Prices_are_rounded_up_to_the_ending(long minor, PriceRounding rounding, long rounded)
    {
        Assert.Equal(Money.Of(rounded, "EUR"), PriceRoundingMath.Round(Money.Of(minor, "EUR"), rounding));
    }

    [Theory]
    [InlineData(-4_520, PriceRounding.WholeUnits, -4_500)] // up is towards zero below zero
    [InlineData(-4_500, PriceRounding.WholeUnits, -4_500)]
    [InlineData(-4_520, PriceRounding.NinetyNine, -4_501)] // −45.01 ends in .99 when counted up from −46.00
    [InlineData(-4_599, PriceRounding.NinetyNine, -4_501)]
    [InlineData(-4_501, PriceRounding.NinetyNine, -4_501)]
    [InlineData(-1, PriceRounding.NinetyNine, -1)]        // −0.01 is −1.00 + 0.99
    public void Negative_amounts_are_rounded_up_too(long minor, PriceRounding rounding, long rounded)
    {
        Assert.Equal(Money.Of(rounded, "EUR"), PriceRoundingMath.Round(Money.Of(minor, "EUR"), rounding));
    }

    [Theory]
    [InlineData(PriceRounding.WholeUnits)]
    [InlineData(PriceRounding.NinetyNine)]
    public void A_currency_without_minor_units_keeps_its_price(PriceRounding rounding)
    {
        Assert.Equal(Money.Of(4_520, "JPY"), PriceRoundingMath.Round(Money.Of(4_520, "JPY"), rounding));
    }

    [Theory]
    [InlineData(45_200, PriceRounding.WholeUnits, 46_000)]
    [InlineData(45_200, PriceRounding.NinetyNine, 45_999)]
    public void A_currency_with_three_decimals_rounds_to_its_own_units(long minor, PriceRounding rounding, long rounded)
    {
        Assert.Equal(Money.Of(rounded, "KWD"), PriceRoundingMath.Round(Money.Of(minor, "KWD"), rounding));
    }

    [Theory]
    [InlineData(PriceRounding.None, "not rounded")]
    [InlineData(PriceRounding.WholeUnits, "to whole units")]
    [InlineData(PriceRounding.NinetyNine, "to .99")]
    public void Each_rounding_reads_in_words(PriceRounding rounding, string words)
    {
        Assert.Equal(words, PriceRoundingMath.Describe(rounding));
    }

    [Fact]
    public void An_unknown_rounding_is_a_bug()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PriceRoundingMath.Round(Money.Of(1, "EUR"), (PriceRounding)7));
        Assert.Throws<ArgumentOutOfRangeException>(() => PriceRoundingMath.Describe((PriceRounding)7));
    }
}
