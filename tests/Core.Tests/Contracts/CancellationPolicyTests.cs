using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Contracts;
using static CarRentalGateway.Core.Tests.Contracts.ContractExamples;

namespace CarRentalGateway.Core.Tests.Contracts;

/// <summary>The late fee a cancellation after the free period costs, and the policy's own checks.</summary>
public sealed class CancellationPolicyTests
{
    private static CancellationPolicy PercentFee(decimal percent) =>
        new(48, LateFeeKind.Percent, Percent(percent), null, Eur(50));

    private static CancellationPolicy FixedFee(decimal amount) =>
        new(48, LateFeeKind.Fixed, null, Eur(amount), Eur(50));

    [Theory]
    [InlineData("20", 12_345, 2_469)] // 24.69 EUR exactly
    [InlineData("25", 10, 3)]         // 2.5 cents: half away from zero
    [InlineData("12.5", 1, 0)]        // 0.125 cent
    [InlineData("100", 12_345, 12_345)]
    [InlineData("0", 12_345, 0)]
    public void A_percentage_late_fee_is_that_share_of_the_rental_price(string percent, long price, long fee)
    {
        var policy = PercentFee(decimal.Parse(percent, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(Money.Of(fee, "EUR"), policy.LateFeeFor(Money.Of(price, "EUR")));
    }

    [Fact]
    public void A_percentage_late_fee_is_in_the_currency_of_the_rental_price()
    {
        Assert.Equal(Money.Of(200, "JPY"), PercentFee(20).LateFeeFor(Money.Of(1_000, "JPY")));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(12_345)]
    [InlineData(1_000_000)]
    public void A_fixed_late_fee_is_the_same_whatever_the_rental_price(long price)
    {
        Assert.Equal(Eur(35), FixedFee(35).LateFeeFor(Money.Of(price, "EUR")));
    }

    [Fact]
    public void A_complete_policy_is_valid_in_its_currency()
    {
        Assert.True(PercentFee(20).Validate("EUR").Succeeded);
        Assert.True(FixedFee(35).Validate("EUR").Succeeded);
    }

    [Fact]
    public void Fees_in_another_currency_than_the_contract_are_refused()
    {
        var validated = FixedFee(35).Validate("SEK");

        Assert.True(validated.Failed);
        Assert.Equal("The late cancellation fee is an amount of 0 or more in SEK.", validated.Error);
        Assert.Equal(nameof(CancellationPolicy.LateFeeFixed), validated.Field);
        Assert.Equal(
            "The no-show fee is an amount of 0 or more in SEK.", PercentFee(20).Validate("SEK").Error);
    }

    [Fact]
    public void The_refusals_say_what_to_enter()
    {
        Assert.Equal(
            "Free cancellation is 0 to 8760 hours before pick-up.",
            (PercentFee(20) with { FreeCancellationHours = 8761 }).Validate("EUR").Error);
        Assert.Equal(
            "Enter the late cancellation fee as a percentage of the rental price.",
            (PercentFee(20) with { LateFeePercent = null }).Validate("EUR").Error);
        Assert.Equal(
            "Enter the late cancellation fee as an amount.",
            (FixedFee(35) with { LateFeeFixed = null }).Validate("EUR").Error);
    }
}
