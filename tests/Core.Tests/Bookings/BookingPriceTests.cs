using CarRentalGateway.Core.Bookings;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Contracts;
using CarRentalGateway.Core.Tests.Pricing;
using static CarRentalGateway.Core.Tests.Bookings.BookingExamples;

namespace CarRentalGateway.Core.Tests.Bookings;

/// <summary>The price a booking keeps: the quote's numbers and terms, and its euro amounts at the sale's rate.</summary>
public sealed class BookingPriceTests
{
    private static Money Sek(decimal amount) => Money.FromAmount(amount, "SEK").Value;

    /// <summary>The usual price as if sold in Swedish kronor: 1,350.00 SEK, of which 202.50 commission and 135.00 markup.</summary>
    private static BookingPrice InKronor(decimal eurPerUnit) => PlainPrice() with
    {
        Currency = "SEK",
        SupplierTotal = Sek(1_350),
        CustomerTotal = Sek(1_485),
        Commission = Sek(202.50m),
        EurPerUnit = eurPerUnit,
    };

    [Fact]
    public void The_price_keeps_the_contract_terms_it_was_sold_under()
    {
        var commission = PlainPrice();
        var netRate = BookingPrice.From(PricingWorld.NetRate().Quote([]), 1m);

        Assert.Equal((CommercialModel.Commission, Percentage.FromBasisPoints(1_500)), (commission.Model, commission.CommissionPercent));
        Assert.Equal((CommercialModel.NetRate, (Percentage?)null), (netRate.Model, netRate.CommissionPercent));
    }

    [Fact]
    public void A_price_in_euros_is_its_own_euro_amount()
    {
        var price = PriceWithRule();

        Assert.Equal(Eur(148.50m), price.CustomerTotalEur);
        Assert.Equal(Eur(33.75m), price.RevenueEur);
    }

    [Fact]
    public void Another_currency_is_converted_at_the_sale_rate_to_whole_cents()
    {
        var price = InKronor(0.0871m);

        Assert.Equal(Eur(129.34m), price.CustomerTotalEur);
        Assert.Equal(Eur(29.40m), price.RevenueEur);
    }

    [Fact]
    public void Half_a_cent_is_rounded_away_from_zero()
    {
        // 1,485.00 × 0.0855 = 126.9675 EUR; revenue 337.50 × 0.0855 = 28.85625 EUR.
        var price = InKronor(0.0855m);

        Assert.Equal(Eur(126.97m), price.CustomerTotalEur);
        Assert.Equal(Eur(28.86m), price.RevenueEur);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1.1)]
    public void A_euro_quote_takes_only_the_rate_1(decimal rate)
    {
        var quote = new PricingWorld().Quote([]);

        Assert.ThrowsAny<ArgumentException>(() => BookingPrice.From(quote, rate));
    }
}
