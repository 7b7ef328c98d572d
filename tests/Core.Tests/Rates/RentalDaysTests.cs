using CarRentalGateway.Core.Rates;
using static CarRentalGateway.Core.Tests.Rates.RatesExamples;

namespace CarRentalGateway.Core.Tests.Rates;

public sealed class RentalDaysTests
{
    [Theory]
    [InlineData("2026-07-04 10:00", "2026-07-04 10:01", 1)]
    [InlineData("2026-07-04 10:00", "2026-07-04 22:00", 1)]
    [InlineData("2026-07-04 10:00", "2026-07-05 10:00", 1)]
    [InlineData("2026-07-04 10:00", "2026-07-05 10:59", 1)]
    [InlineData("2026-07-04 10:00", "2026-07-05 11:00", 2)]
    [InlineData("2026-07-04 10:00", "2026-07-06 10:00", 2)]
    [InlineData("2026-07-04 10:00", "2026-07-06 10:59", 2)]
    [InlineData("2026-07-04 10:00", "2026-07-06 11:00", 3)]
    [InlineData("2026-07-04 10:00", "2026-07-11 10:30", 7)]
    [InlineData("2026-07-04 23:30", "2026-07-05 00:30", 1)]
    public void Rental_days_are_24_hour_periods_from_pick_up_with_59_minutes_of_grace(string pickUp, string dropOff, int days)
    {
        var counted = RentalDays.Count(At(pickUp), At(dropOff));

        Assert.True(counted.Succeeded, counted.Error);
        Assert.Equal(days, counted.Value);
    }

    [Fact]
    public void A_second_past_the_grace_period_is_another_day()
    {
        var pickUp = At("2026-07-04 10:00");

        Assert.Equal(1, RentalDays.Count(pickUp, pickUp.AddHours(24).AddMinutes(59)).Value);
        Assert.Equal(2, RentalDays.Count(pickUp, pickUp.AddHours(24).AddMinutes(59).AddSeconds(1)).Value);
    }

    [Theory]
    [InlineData(0, "2026-07-05 10:00", 1)]
    [InlineData(0, "2026-07-05 10:01", 2)]
    [InlineData(120, "2026-07-05 12:00", 1)]
    [InlineData(120, "2026-07-05 12:01", 2)]
    [InlineData(120, "2026-07-04 10:30", 1)]
    public void A_suppliers_own_grace_period_moves_the_boundary(int graceMinutes, string dropOff, int days)
    {
        var counted = RentalDays.Count(At("2026-07-04 10:00"), At(dropOff), TimeSpan.FromMinutes(graceMinutes));

        Assert.Equal(days, counted.Value);
    }

    [Theory]
    [InlineData("2026-07-04 09:59")]
    [InlineData("2026-07-04 10:00")]
    public void A_drop_off_that_is_not_after_the_pick_up_is_refused(string dropOff)
    {
        var counted = RentalDays.Count(At("2026-07-04 10:00"), At(dropOff));

        Assert.True(counted.Failed);
        Assert.Equal($"The drop-off ({dropOff}) must be after the pick-up (2026-07-04 10:00).", counted.Error);
        Assert.Equal("DropOffLocal", counted.Field);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(24 * 60)]
    public void A_grace_period_below_zero_or_of_a_whole_day_is_a_bug(int graceMinutes)
    {
        Assert.Throws<ArgumentOutOfRangeException>(
            () => RentalDays.Count(At("2026-07-04 10:00"), At("2026-07-06 10:00"), TimeSpan.FromMinutes(graceMinutes)));
    }

    [Fact]
    public void Each_rental_day_is_dated_by_the_day_its_24_hours_start_on()
    {
        var dates = RentalDays.DatesOf(At("2026-06-29 18:00"), 4);

        Assert.Equal([Day("2026-06-29"), Day("2026-06-30"), Day("2026-07-01"), Day("2026-07-02")], dates);
    }

    [Fact]
    public void A_late_evening_pick_up_dates_its_days_on_the_evenings_not_the_mornings_they_end()
    {
        // Picked up at 23:30 on 30 June: day 1 is 30 June even though almost all of it falls on 1 July.
        var dates = RentalDays.DatesOf(At("2026-06-30 23:30"), 2);

        Assert.Equal([Day("2026-06-30"), Day("2026-07-01")], dates);
    }
}
