using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Contracts;
using CarRentalGateway.Core.Pricing;
using static CarRentalGateway.Core.Tests.Pricing.PricingWorld;

namespace CarRentalGateway.Core.Tests.Pricing;

/// <summary>
/// Four past bookings, hand-computed. Published: R1 +10 % on everything, R2 +5.00 EUR per rental at supplier B. The
/// draft raises R1 to +20 %.
/// <list type="bullet">
/// <item>A1, supplier A (15 % commission), EUR: supplier 200.00 of which rental days 180.00, commission 27.00. Sold
/// 220.00, revenue 27.00 + 20.00 = 47.00. Draft 240.00, revenue 67.00.</item>
/// <item>A2, supplier A, SEK at 0.087 EUR: supplier 1,000.00 SEK, commission 150.00 SEK; sold at 1,050.00 SEK under
/// an earlier +5 % (the published set now gives 1,100.00: it differs). Sales 91.35 EUR, revenue 200 SEK = 17.40 EUR.
/// Draft 1,200.00 SEK = 104.40 EUR, revenue 350 SEK = 30.45 EUR.</item>
/// <item>B1, supplier B (net rate, 8 % minimum margin, floor 108.70), EUR: supplier 100.00. Sold 110.00 + 5.00 = 115.00,
/// revenue 15.00. Draft 120.00 + 5.00 = 125.00, revenue 25.00.</item>
/// <item>B2, supplier B, net rate under a contract version no longer stored: neither set can price it.</item>
/// </list>
/// </summary>
public sealed class PricingSimulationTests
{
    private static readonly Guid SupplierA = Guid.Parse("0197c000-0000-7000-8000-00000000000a");
    private static readonly Guid SupplierB = Guid.Parse("0197c000-0000-7000-8000-00000000000b");
    private static readonly Guid StationA = Guid.Parse("0197c000-0000-7000-8000-0000000000a1");
    private static readonly Guid StationB = Guid.Parse("0197c000-0000-7000-8000-0000000000b1");

    private static readonly ContractPricingTerms Commission15 = new("#1 v1", CommercialModel.Commission, 1_500, null);
    private static readonly ContractPricingTerms NetRate8 = new("#1 v2", CommercialModel.NetRate, null, 800);
    private static readonly ContractPricingTerms NetRateNotStored = new("#1 v1", CommercialModel.NetRate, null, null);

    private static readonly PricingEngine Published = new([
        Rule(1, 10, Percent(1_000)),
        Rule(2, 20, RuleAdjustment.None with { PerRental = Eur(5) }, RuleScope.Everything with { SupplierId = SupplierB }),
    ]);

    private static readonly PricingEngine Draft = new([
        Rule(1, 10, Percent(2_000), version: 2),
        Rule(2, 20, RuleAdjustment.None with { PerRental = Eur(5) }, RuleScope.Everything with { SupplierId = SupplierB }),
    ]);

    private static SoldBooking[] Bookings =>
    [
        Sold("CRG-AAAAA1", SupplierA, StationA, Commission15, Eur(200), Eur(180), Eur(220), Eur(27), 1m),
        Sold("CRG-AAAAA2", SupplierA, StationA, Commission15, Sek(1_000), Sek(1_000), Sek(1_050), Sek(150), 0.087m),
        Sold("CRG-BBBBB1", SupplierB, StationB, NetRate8, Eur(100), Eur(100), Eur(115), Eur(0), 1m),
        Sold("CRG-BBBBB2", SupplierB, StationB, NetRateNotStored, Eur(100), Eur(100), Eur(115), Eur(0), 1m),
    ];

    [Fact]
    public void Each_supplier_gets_its_bookings_revenue_as_sold_and_under_the_draft_in_euros()
    {
        var result = Simulate(Bookings);

        Assert.Equal([SupplierA, SupplierB], result.Suppliers.Select(s => s.SupplierId));
        Assert.Equal(
            new SimulationFigures(2, Eur(311.35m), Eur(64.40m), Eur(344.40m), Eur(97.45m), 0, 1),
            result.Suppliers[0].Figures);
        Assert.Equal(
            new SimulationFigures(1, Eur(115), Eur(15), Eur(125), Eur(25), 1, 1),
            result.Suppliers[1].Figures);
    }

    [Fact]
    public void The_total_adds_up_every_supplier_with_the_difference_and_margins()
    {
        var total = Simulate(Bookings).Total;

        Assert.Equal(new SimulationFigures(3, Eur(426.35m), Eur(79.40m), Eur(469.40m), Eur(122.45m), 1, 2), total);
        Assert.Equal(Eur(43.05m), total.DifferenceEur);
        Assert.Equal(7_940m / 42_635m, total.Margin);
        Assert.Equal(12_245m / 46_940m, total.SimulatedMargin);
    }

    [Fact]
    public void A_booking_the_draft_cannot_price_is_listed_with_its_reason_and_left_out_of_the_revenue()
    {
        var result = Simulate(Bookings);

        var unpriced = Assert.Single(result.Unpriced);
        Assert.Equal(("CRG-BBBBB2", SupplierB, CannotPriceReason.NoContract), (unpriced.Reference, unpriced.SupplierId, unpriced.Reason.Reason));
        Assert.Contains("#1 v1", unpriced.Reason.Message);
        Assert.Equal(1, result.UnpricedCount);
    }

    [Fact]
    public void The_unpriced_list_stops_at_its_limit_and_the_count_goes_on()
    {
        var simulation = new PricingSimulation(Published, Draft, unpricedListLimit: 1);
        foreach (var reference in new[] { "CRG-BBBBB2", "CRG-BBBBB3", "CRG-BBBBB4" })
        {
            simulation.Add(Sold(reference, SupplierB, StationB, NetRateNotStored, Eur(100), Eur(100), Eur(115), Eur(0), 1m));
        }

        var result = simulation.Result();
        Assert.Equal("CRG-BBBBB2", Assert.Single(result.Unpriced).Reference);
        Assert.Equal(3, result.UnpricedCount);
        Assert.Equal(3, result.Total.Unpriced);
    }

    [Fact]
    public void The_published_set_itself_reproduces_the_bookings_sold_under_it()
    {
        var simulation = new PricingSimulation(Published, Published);
        simulation.Add(Bookings[0]);
        simulation.Add(Bookings[2]);

        var total = simulation.Result().Total;
        Assert.Equal(0, total.PricedDifferentlyByPublished);
        Assert.Equal(Eur(0), total.DifferenceEur);
    }

    [Fact]
    public void No_bookings_give_empty_figures_without_a_margin()
    {
        var total = new PricingSimulation(Published, Draft).Result().Total;

        Assert.Equal(0, total.Bookings);
        Assert.Null(total.Margin);
    }

    private static SimulationResult Simulate(IEnumerable<SoldBooking> bookings)
    {
        var simulation = new PricingSimulation(Published, Draft);
        foreach (var booking in bookings)
        {
            simulation.Add(booking);
        }

        return simulation.Result();
    }

    private static SoldBooking Sold(
        string reference, Guid supplierId, Guid stationId, ContractPricingTerms contract,
        Money supplierTotal, Money rentalDays, Money customerTotal, Money commission, decimal eurPerUnit) =>
        new(
            reference,
            new RuleContext(supplierId, "EE", stationId, "CDMR", supplierTotal.Currency, Day("2026-06-10"), Day("2026-05-20"), 3),
            contract,
            new SupplierPrice(supplierTotal, rentalDays),
            customerTotal,
            commission,
            eurPerUnit);

    private static Money Sek(decimal amount) => Money.FromAmount(amount, "SEK").Value;
}
