using System.Globalization;
using CarRentalGateway.Core.Common;

namespace CarRentalGateway.Core.Tests.Common;

public sealed class PercentageTests
{
    [Theory]
    [InlineData("0", 0)]
    [InlineData("12.5", 1250)]
    [InlineData("12.25", 1225)]
    [InlineData("0.01", 1)]
    [InlineData("100", 10_000)]
    public void A_typed_percentage_is_kept_in_basis_points(string percent, int basisPoints)
    {
        var parsed = Percentage.FromPercent(decimal.Parse(percent, CultureInfo.InvariantCulture));

        Assert.True(parsed.Succeeded, parsed.Error);
        Assert.Equal(basisPoints, parsed.Value.BasisPoints);
        Assert.Equal(decimal.Parse(percent, CultureInfo.InvariantCulture), parsed.Value.Value);
    }

    [Theory]
    [InlineData("-0.01")]
    [InlineData("100.01")]
    [InlineData("250")]
    public void A_percentage_outside_0_to_100_is_refused(string percent)
    {
        var parsed = Percentage.FromPercent(decimal.Parse(percent, CultureInfo.InvariantCulture), "Commission");

        Assert.True(parsed.Failed);
        Assert.Equal("A percentage is between 0 and 100.", parsed.Error);
        Assert.Equal("Commission", parsed.Field);
    }

    [Theory]
    [InlineData("12.345")]
    [InlineData("0.001")]
    public void A_percentage_with_more_than_two_decimals_is_refused(string percent)
    {
        var parsed = Percentage.FromPercent(decimal.Parse(percent, CultureInfo.InvariantCulture), "Commission");

        Assert.True(parsed.Failed);
        Assert.Equal("A percentage has at most two decimals, e.g. 12.25.", parsed.Error);
        Assert.Equal("Commission", parsed.Field);
    }

    /// <summary>Each case: percent, amount in minor units, currency, and the exact share in minor units.</summary>
    [Theory]
    [InlineData("12.5", 1, "EUR", 0)]          // 0.125 cent rounds down
    [InlineData("12.5", 4, "EUR", 1)]          // 0.5 cent: the midpoint goes away from zero
    [InlineData("12.5", -4, "EUR", -1)]        // and away from zero for a refund as well
    [InlineData("12.5", 20, "EUR", 3)]         // 2.5 cents: away from zero gives 3 where banker's rounding gives 2
    [InlineData("10", 1_235, "EUR", 124)]      // 12.35 EUR: 123.5 cents up to 124
    [InlineData("15", 9_999, "EUR", 1_500)]    // 99.99 EUR: 1499.85 cents up
    [InlineData("33.33", 10_000, "EUR", 3_333)]
    [InlineData("10", 1_234, "JPY", 123)]      // whole yen: 123.4 down
    [InlineData("2.5", 1_000, "BHD", 25)]      // three-decimal dinar
    [InlineData("0", 12_345, "EUR", 0)]
    [InlineData("100", 12_345, "EUR", 12_345)]
    public void The_share_of_an_amount_is_rounded_half_away_from_zero_to_whole_minor_units(
        string percent, long minorUnits, string currency, long share)
    {
        var percentage = Percentage.FromPercent(decimal.Parse(percent, CultureInfo.InvariantCulture)).Value;

        var result = percentage.Of(Money.Of(minorUnits, currency));

        Assert.Equal(Money.Of(share, currency), result);
    }

    [Theory]
    [InlineData(12_500, -2, -3)]                          // a discount of 2.5 cents goes away from zero
    [InlineData(13_500, -1_000, -1_350)]                  // negative basis points: a rule's discount
    [InlineData(13_500, 50_000, 67_500)]                  // +500 %
    [InlineData(-25, 2_000, -5)]
    [InlineData(long.MaxValue / 10, 10_000, long.MaxValue / 10)] // a product beyond 64 bits stays exact
    public void A_share_in_basis_points_is_exact_for_discounts_and_large_amounts(long minorUnits, int basisPoints, long share)
    {
        Assert.Equal(share, Percentage.ShareOf(minorUnits, basisPoints));
        Assert.Equal(
            (long)Math.Round((decimal)minorUnits * basisPoints / 10_000m, MidpointRounding.AwayFromZero),
            Percentage.ShareOf(minorUnits, basisPoints));
    }

    [Fact]
    public void Twelve_and_a_half_percent_of_one_cent_is_nothing()
    {
        var share = Percentage.FromPercent(12.5m).Value.Of(Money.Of(1, "EUR"));

        Assert.Equal("0.00 EUR", share.ToString());
    }

    [Theory]
    [InlineData(1250, "12.5 %")]
    [InlineData(1225, "12.25 %")]
    [InlineData(1500, "15 %")]
    [InlineData(0, "0 %")]
    public void A_percentage_reads_without_trailing_zeros(int basisPoints, string text)
    {
        Assert.Equal(text, Percentage.FromBasisPoints(basisPoints).ToString());
    }
}
