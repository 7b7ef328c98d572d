using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Locations;
using CarRentalGateway.Core.Rates;
using static CarRentalGateway.Core.Tests.Rates.RatesExamples;

namespace CarRentalGateway.Core.Tests.Rates;

public sealed class OneWayFeeTests
{
    internal static OneWayFee Fee(Location from, Location to, decimal amount)
    {
        var created = OneWayFee.Create(Guid.NewGuid(), from, to, Eur(amount), "EUR");
        Assert.True(created.Succeeded, created.Error);
        return created.Value;
    }

    [Fact]
    public void A_fee_is_for_one_direction_between_two_of_the_suppliers_locations()
    {
        var fee = Fee(TallinnAirport, TartuStation, 60);

        Assert.Equal((TallinnAirport.Id, TartuStation.Id, SupplierId), (fee.FromLocationId, fee.ToLocationId, fee.SupplierId));
        Assert.Equal((6000L, "EUR"), (fee.FeeMinor, fee.Currency));
    }

    [Fact]
    public void The_lookup_finds_a_fee_only_in_its_own_direction()
    {
        var there = Fee(TallinnAirport, TartuStation, 60);
        var back = Fee(TartuStation, TallinnAirport, 40);
        var fees = new OneWayFees([there, back]);

        Assert.Same(there, fees.Find(TallinnAirport.Id, TartuStation.Id));
        Assert.Same(back, fees.Find(TartuStation.Id, TallinnAirport.Id));
        Assert.Null(fees.Find(TallinnAirport.Id, TallinnCityCentre.Id));
        Assert.Null(new OneWayFees([there]).Find(TartuStation.Id, TallinnAirport.Id));
        Assert.Null(OneWayFees.None.Find(TallinnAirport.Id, TartuStation.Id));
    }

    [Fact]
    public void A_fee_of_zero_offers_the_trip_free()
    {
        Assert.Equal(Money.Zero("EUR"), Fee(TallinnAirport, TallinnCityCentre, 0).Fee);
    }

    [Fact]
    public void A_fee_to_the_same_location_is_refused()
    {
        var created = OneWayFee.Create(Guid.NewGuid(), TallinnAirport, TallinnAirport, Eur(10), "EUR");

        Assert.Equal("A one-way fee is between two different locations.", created.Error);
        Assert.Equal(nameof(OneWayFee.ToLocationId), created.Field);
    }

    [Fact]
    public void A_fee_between_two_suppliers_locations_is_refused()
    {
        var other = Location.Create(Guid.NewGuid(), Guid.NewGuid(), "RIX-AIRPORT", new LocationDetails(
            "Riga Airport", LocationType.Airport, "RIX", "LV", "Riga", "Airport 1", null, "Europe/Riga", WeeklyOpeningHours.Always, null), "EUR").Value;

        var created = OneWayFee.Create(Guid.NewGuid(), TallinnAirport, other, Eur(200), "EUR");

        Assert.Equal("Tallinn Airport and Riga Airport belong to different suppliers.", created.Error);
    }

    [Theory]
    [InlineData(-1, "EUR")]
    [InlineData(6000, "SEK")]
    public void A_negative_fee_or_one_in_another_currency_is_refused(long minor, string currency)
    {
        var created = OneWayFee.Create(Guid.NewGuid(), TallinnAirport, TartuStation, Money.Of(minor, currency), "EUR");

        Assert.Equal("The one-way fee is an amount of 0 or more in EUR, the supplier's currency.", created.Error);
        Assert.Equal(nameof(OneWayFee.Fee), created.Field);
    }

    [Fact]
    public void Changing_the_fee_keeps_the_route()
    {
        var fee = Fee(TallinnAirport, TartuStation, 60);

        Assert.True(fee.ChangeFee(Eur(65), "EUR").Succeeded);
        Assert.True(fee.ChangeFee(Eur(-5), "EUR").Failed);
        Assert.Equal(6500, fee.FeeMinor);
    }

    [Fact]
    public void Two_fees_for_the_same_direction_are_corrupt_data()
    {
        Assert.Throws<InvalidOperationException>(
            () => new OneWayFees([Fee(TallinnAirport, TartuStation, 60), Fee(TallinnAirport, TartuStation, 70)]));
    }
}
