using CarRentalGateway.Core.Locations;

namespace CarRentalGateway.Core.Tests.Locations;

public class WeeklyOpeningHoursTests
{
    public const string Office = "Mon 08:00-18:00; Tue 08:00-18:00; Wed 08:00-18:00; Thu 08:00-18:00; Fri 08:00-18:00; Sat 09:00-14:00; Sun closed";

    private static TimeOnly T(string hhmm) => TimeOnly.Parse(hhmm, System.Globalization.CultureInfo.InvariantCulture);

    public static WeeklyOpeningHours OfficeHours() => WeeklyOpeningHours.Parse(Office).Value;

    [Theory]
    [InlineData(Office)]
    [InlineData("Mon 06:00-24:00; Tue 06:00-24:00; Wed 06:00-24:00; Thu 06:00-24:00; Fri 00:00-24:00; Sat 07:30-22:15; Sun 10:00-16:00")]
    [InlineData("Mon closed; Tue closed; Wed closed; Thu closed; Fri closed; Sat closed; Sun 00:00-01:00")]
    [InlineData("24h")]
    public void The_text_form_reads_back_to_the_same_text(string text)
    {
        var parsed = WeeklyOpeningHours.Parse(text);

        Assert.True(parsed.Succeeded, parsed.Error);
        Assert.Equal(text, parsed.Value.ToString());
        Assert.Equal(parsed.Value, WeeklyOpeningHours.Parse(parsed.Value.ToString()).Value);
    }

    [Fact]
    public void Parsing_forgives_case_spacing_and_day_order_and_writes_the_canonical_form()
    {
        var parsed = WeeklyOpeningHours.Parse(
            " sun CLOSED;sat 09:00 - 14:00 ; MON 08:00-18:00; tue 08:00-18:00; Wed 08:00-18:00; thu 08:00-18:00; fri 08:00-18:00 ");

        Assert.True(parsed.Succeeded, parsed.Error);
        Assert.Equal(Office, parsed.Value.ToString());
        Assert.Equal(WeeklyOpeningHours.Always, WeeklyOpeningHours.Parse(" 24H ").Value);
    }

    [Theory]
    [InlineData("Mon 08:00-18:00", "missing")]
    [InlineData("", "missing")]
    [InlineData("Mon 18:00-08:00; Tue closed; Wed closed; Thu closed; Fri closed; Sat closed; Sun closed", "Monday: The closing time 08:00 is not after the opening time 18:00.")]
    [InlineData("Mon 08:00-18:00; Mon 09:00-18:00; Tue closed; Wed closed; Thu closed; Fri closed; Sat closed; Sun closed", "Monday appears twice")]
    [InlineData("Mon 8:00-18:00; Tue closed; Wed closed; Thu closed; Fri closed; Sat closed; Sun closed", "\"Mon 8:00-18:00\" is not a day's opening hours")]
    [InlineData("Mon 24:00-18:00; Tue closed; Wed closed; Thu closed; Fri closed; Sat closed; Sun closed", "Monday: times are written HH:mm")]
    [InlineData("Mon 08:00-25:00; Tue closed; Wed closed; Thu closed; Fri closed; Sat closed; Sun closed", "Monday: times are written HH:mm")]
    [InlineData("Mo 08:00-18:00; Tue closed; Wed closed; Thu closed; Fri closed; Sat closed; Sun closed", "is not a day's opening hours")]
    [InlineData("Mon closed; Tue closed; Wed closed; Thu closed; Fri closed; Sat closed; Sun closed", "deactivate it instead")]
    [InlineData("always", "is not a day's opening hours")]
    public void Text_that_is_not_a_valid_week_is_refused_with_the_reason(string text, string reason)
    {
        var parsed = WeeklyOpeningHours.Parse(text, "OpeningHours");

        Assert.True(parsed.Failed);
        Assert.Contains(reason, parsed.Error, StringComparison.Ordinal);
        Assert.Equal("OpeningHours", parsed.Field);
    }

    [Fact]
    public void A_week_built_from_days_keeps_each_days_hours()
    {
        var days = WeeklyOpeningHours.Week.ToDictionary(day => day, _ => DailyHours.Open(T("09:00"), T("17:00")).Value);
        days[DayOfWeek.Sunday] = DailyHours.Closed;

        var week = WeeklyOpeningHours.Create(days);

        Assert.True(week.Succeeded, week.Error);
        Assert.False(week.Value.Is24Hours);
        Assert.Equal("09:00-17:00", week.Value.On(DayOfWeek.Monday).ToString());
        Assert.True(week.Value.On(DayOfWeek.Sunday).IsClosed);
        Assert.StartsWith("Mon 09:00-17:00; ", week.Value.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("; Sun closed", week.Value.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_week_without_every_day_is_refused_naming_the_missing_days()
    {
        var days = new Dictionary<DayOfWeek, DailyHours> { [DayOfWeek.Monday] = DailyHours.AllDay };

        var week = WeeklyOpeningHours.Create(days, "OpeningHours");

        Assert.True(week.Failed);
        Assert.Equal(
            "Opening hours need every day of the week; missing: Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday.",
            week.Error);
    }

    [Fact]
    public void Open_24_hours_is_open_at_every_moment_of_every_day()
    {
        var always = WeeklyOpeningHours.Always;

        Assert.True(always.Is24Hours);
        Assert.Equal("24h", always.ToString());
        Assert.All(WeeklyOpeningHours.Week, day =>
        {
            Assert.True(always.IsOpenAt(day, TimeOnly.MinValue));
            Assert.True(always.IsOpenAt(day, TimeOnly.MaxValue));
        });
    }

    [Theory]
    [InlineData(DayOfWeek.Monday, "07:59", false)]
    [InlineData(DayOfWeek.Monday, "08:00", true)]
    [InlineData(DayOfWeek.Monday, "17:59", true)]
    [InlineData(DayOfWeek.Monday, "18:00", false)]
    [InlineData(DayOfWeek.Friday, "17:59", true)]
    [InlineData(DayOfWeek.Saturday, "08:59", false)]
    [InlineData(DayOfWeek.Saturday, "09:00", true)]
    [InlineData(DayOfWeek.Saturday, "13:59", true)]
    [InlineData(DayOfWeek.Saturday, "14:00", false)]
    [InlineData(DayOfWeek.Sunday, "12:00", false)]
    [InlineData(DayOfWeek.Sunday, "00:00", false)]
    public void IsOpenAt_includes_the_opening_minute_and_excludes_the_closing_minute(DayOfWeek day, string time, bool open)
    {
        Assert.Equal(open, OfficeHours().IsOpenAt(day, T(time)));
    }

    [Fact]
    public void Midnight_closing_stays_open_until_the_end_of_that_day_only()
    {
        var hours = WeeklyOpeningHours.Parse(
            "Mon 06:00-24:00; Tue closed; Wed closed; Thu closed; Fri closed; Sat closed; Sun closed").Value;

        Assert.True(hours.IsOpenAt(DayOfWeek.Monday, new TimeOnly(23, 59, 59)));
        Assert.False(hours.IsOpenAt(DayOfWeek.Tuesday, TimeOnly.MinValue));
    }

    [Fact]
    public void Two_weeks_with_the_same_hours_are_equal()
    {
        Assert.Equal(OfficeHours(), OfficeHours());
        Assert.Equal(OfficeHours().GetHashCode(), OfficeHours().GetHashCode());
        Assert.NotEqual(OfficeHours(), WeeklyOpeningHours.Always);
    }
}
