using CarRentalGateway.BackOffice.Features.Reports;
using CarRentalGateway.Core.Bookings;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Contracts;

namespace CarRentalGateway.BackOffice.Tests.Features.Reports;

public sealed class SaleAmountsTests
{
    [Theory]
    [InlineData(4_000, 1_500, 600)]
    [InlineData(10, 1_500, 2)] // 1.5 cents: half away from zero
    [InlineData(3, 1_500, 0)] // 0.45 cents
    public void Under_a_commission_contract_our_share_of_a_fee_is_the_commission_percent_of_it(long fee, int basisPoints, long share)
    {
        var sale = new SaleAmounts("EUR", 1m, CommercialModel.Commission, basisPoints, 20_000, 18_000, 2_700);

        Assert.Equal(Money.Of(share, "EUR"), sale.OurShareOf(Money.Of(fee, "EUR")));
    }

    [Theory]
    [InlineData(6_000, 12_500, 10_000, 1_200)] // 60.00 × 25.00 ÷ 125.00
    [InlineData(1, 200, 100, 1)] // half a cent: away from zero
    [InlineData(5, 300, 200, 2)] // 1.67 cents
    [InlineData(4_000, 0, 0, 0)] // nothing sold, nothing earned
    public void Under_a_net_rate_contract_our_share_of_a_fee_is_our_revenues_part_of_the_customer_total(
        long fee, long customerTotal, long supplierTotal, long share)
    {
        var sale = new SaleAmounts("EUR", 1m, CommercialModel.NetRate, null, customerTotal, supplierTotal, 0);

        Assert.Equal(Money.Of(share, "EUR"), sale.OurShareOf(Money.Of(fee, "EUR")));
    }

    [Fact]
    public void Revenue_and_euro_amounts_are_reckoned_as_the_booking_price_does()
    {
        var sale = new SaleAmounts("SEK", 0.0875m, CommercialModel.Commission, 1_000, 120_000, 110_000, 11_000);

        Assert.Equal(Money.Of(10_000, "SEK"), sale.Markup);
        Assert.Equal(Money.Of(21_000, "SEK"), sale.Revenue);
        Assert.Equal(Money.Of(1_838, "EUR"), sale.Eur(sale.Revenue)); // 18.375 EUR, half away from zero
        Assert.Equal(0.1m, sale.CommissionRatio);
    }

    [Fact]
    public void A_prepaid_amount_is_owed_to_the_supplier_less_our_part_and_one_paid_at_the_desk_owes_us_our_part()
    {
        var (charged, ours) = (Money.Of(20_000, "EUR"), Money.Of(4_700, "EUR"));

        Assert.Equal(new Settlement(Money.Of(15_300, "EUR"), null), SaleAmounts.Settle(PaymentModel.Prepaid, charged, ours));
        Assert.Equal(new Settlement(null, Money.Of(4_700, "EUR")), SaleAmounts.Settle(PaymentModel.PayAtDesk, charged, ours));
    }
}
