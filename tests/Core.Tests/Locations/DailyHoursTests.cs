using CarRentalGateway.Core.Locations;

namespace CarRentalGateway.Core.Tests.Locations;

public class DailyHoursTests
{
    private static TimeOnly T(string hhmm) => TimeOnly.Parse(hhmm, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Hours_that_close_after_they_open_are_accepted()
    {
        var hours = DailyHours.Open(T("08:00"), T("20:00"));

        Assert.True(hours.Succeeded, hours.Error);
        Assert.Equal((T("08:00"), T("20:00")), (hours.Value.Opens, hours.Value.Closes));
        Assert.False(hours.Value.IsClosed);
        Assert.Equal("08:00-20:00", hours.Value.ToString());
    }

    [Theory]
    [InlineData("20:00", "08:00")]
    [InlineData("08:00", "08:00")]
    [InlineData("08:01", "08:00")]
    public void A_closing_time_before_or_at_the_opening_time_is_refused(string opens, string closes)
    {
        var hours = DailyHours.Open(T(opens), T(closes), "OpeningHours");

        Assert.True(hours.Failed);
        Assert.Equal($"The closing time {closes} is not after the opening time {opens}.", hours.Error);
        Assert.Equal("OpeningHours", hours.Field);
    }

    [Fact]
    public void Closing_at_00_00_means_midnight_and_is_written_24_00()
    {
        var hours = DailyHours.Open(T("06:00"), T("00:00"));

        Assert.True(hours.Succeeded, hours.Error);
        Assert.Equal("06:00-24:00", hours.Value.ToString());
        Assert.True(hours.Value.IsOpenAt(new TimeOnly(23, 59, 59)));
        Assert.False(hours.Value.IsOpenAt(T("05:59")));
    }

    [Fact]
    public void Times_with_seconds_are_refused_because_the_hours_are_kept_in_whole_minutes()
    {
        var hours = DailyHours.Open(new TimeOnly(8, 0, 30), T("20:00"));

        Assert.True(hours.Failed);
        Assert.Equal("Opening hours are in whole minutes, e.g. 08:30.", hours.Error);
    }

    [Theory]
    [InlineData("07:59", false)]
    [InlineData("08:00", true)]
    [InlineData("12:00", true)]
    [InlineData("19:59", true)]
    [InlineData("20:00", false)]
    [InlineData("23:00", false)]
    public void The_desk_is_open_from_the_opening_minute_until_just_before_the_closing_minute(string time, bool open)
    {
        var hours = DailyHours.Open(T("08:00"), T("20:00")).Value;

        Assert.Equal(open, hours.IsOpenAt(T(time)));
    }

    [Fact]
    public void A_closed_day_is_never_open()
    {
        Assert.True(DailyHours.Closed.IsClosed);
        Assert.False(DailyHours.Closed.IsOpenAt(T("12:00")));
        Assert.Equal("closed", DailyHours.Closed.ToString());
    }

    [Fact]
    public void All_day_is_open_from_the_first_to_the_last_moment()
    {
        Assert.True(DailyHours.AllDay.IsOpenAt(TimeOnly.MinValue));
        Assert.True(DailyHours.AllDay.IsOpenAt(TimeOnly.MaxValue));
        Assert.Equal("00:00-24:00", DailyHours.AllDay.ToString());
    }
}
