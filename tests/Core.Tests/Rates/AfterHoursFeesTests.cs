using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Locations;
using CarRentalGateway.Core.Rates;
using static CarRentalGateway.Core.Tests.Rates.RatesExamples;

namespace CarRentalGateway.Core.Tests.Rates;

public sealed class AfterHoursFeesTests
{
    private static readonly RentalStation Tartu = RentalStation.Of(TartuStation);

    // 2026-07-04 is a Saturday (09:00-14:00), 2026-07-05 a Sunday (closed), 2026-07-06 a Monday (08:00-18:00).
    [Theory]
    [InlineData("2026-07-04 09:00")]
    [InlineData("2026-07-04 13:59")]
    [InlineData("2026-07-06 08:00")]
    [InlineData("2026-07-06 17:59")]
    public void A_hand_over_while_the_desk_is_open_costs_nothing_the_opening_minute_included(string local)
    {
        var fee = AfterHoursFees.For(Tartu, At(local));

        Assert.True(fee.Succeeded, fee.Error);
        Assert.Null(fee.Value);
    }

    [Theory]
    [InlineData("2026-07-04 08:59")]
    [InlineData("2026-07-04 14:00")]
    [InlineData("2026-07-04 22:30")]
    [InlineData("2026-07-05 12:00")]
    [InlineData("2026-07-06 18:00")]
    [InlineData("2026-07-06 00:00")]
    public void A_hand_over_while_the_desk_is_closed_costs_the_after_hours_fee_the_closing_minute_included(string local)
    {
        var fee = AfterHoursFees.For(Tartu, At(local));

        Assert.Equal(2500, fee.Value?.MinorUnits);
    }

    [Theory]
    [InlineData("2026-07-04 03:00")]
    [InlineData("2026-07-05 23:59")]
    public void A_location_open_24_hours_never_charges(string local)
    {
        var fee = AfterHoursFees.For(RentalStation.Of(TallinnAirport), At(local));

        Assert.Null(fee.Value);
    }

    [Fact]
    public void A_closed_desk_without_after_hours_service_cannot_hand_over_a_car()
    {
        var fee = AfterHoursFees.For(RentalStation.Of(TallinnCityCentre), At("2026-07-04 22:30"), "PickUpLocal");

        Assert.True(fee.Failed);
        Assert.Equal("Tallinn City Centre is closed at 22:30 on Saturday and offers no after-hours service.", fee.Error);
        Assert.Equal("PickUpLocal", fee.Field);
    }

    [Fact]
    public void A_desk_without_after_hours_service_hands_over_while_it_is_open()
    {
        Assert.Null(AfterHoursFees.For(RentalStation.Of(TallinnCityCentre), At("2026-07-04 10:00")).Value);
    }

    [Fact]
    public void A_free_after_hours_service_costs_zero_rather_than_refusing()
    {
        var station = new RentalStation(Guid.NewGuid(), "Night desk", WeeklyOpeningHours.Parse(OfficeHours).Value, Money.Zero("EUR"));

        Assert.Equal(Money.Zero("EUR"), AfterHoursFees.For(station, At("2026-07-04 22:30")).Value);
    }

    [Theory]
    [InlineData("2026-07-06 23:59", null)]
    [InlineData("2026-07-07 00:00", 2500L)]
    [InlineData("2026-07-07 05:59", 2500L)]
    [InlineData("2026-07-07 06:00", null)]
    public void A_desk_open_until_midnight_closes_at_the_first_minute_of_the_next_day(string local, long? minor)
    {
        var hours = WeeklyOpeningHours.Parse(
            "Mon 06:00-24:00; Tue 06:00-24:00; Wed 06:00-24:00; Thu 06:00-24:00; Fri 06:00-24:00; Sat 06:00-24:00; Sun 06:00-24:00").Value;
        var station = new RentalStation(Guid.NewGuid(), "Late desk", hours, Eur(25));

        Assert.Equal(minor, AfterHoursFees.For(station, At(local)).Value?.MinorUnits);
    }
}
