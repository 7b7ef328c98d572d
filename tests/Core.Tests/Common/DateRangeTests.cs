using CarRentalGateway.Core.Common;

namespace CarRentalGateway.Core.Tests.Common;

public sealed class DateRangeTests
{
    private static DateOnly Day(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd");

    private static DateRange Range(string from, string to) => DateRange.Create(Day(from), Day(to)).Value;

    [Fact]
    public void A_range_ending_before_it_starts_is_refused_naming_both_dates()
    {
        var range = DateRange.Create(Day("2026-05-02"), Day("2026-05-01"), "ValidTo");

        Assert.True(range.Failed);
        Assert.Equal("The end date 2026-05-01 is before the start date 2026-05-02.", range.Error);
        Assert.Equal("ValidTo", range.Field);
    }

    [Fact]
    public void A_range_of_a_single_day_is_one_day_long()
    {
        var range = DateRange.Create(Day("2026-05-01"), Day("2026-05-01"));

        Assert.True(range.Succeeded, range.Error);
        Assert.Equal(1, range.Value.Days);
    }

    [Theory]
    [InlineData("2026-01-01", "2026-12-31", 365)]
    [InlineData("2028-01-01", "2028-12-31", 366)]
    [InlineData("2026-02-01", "2026-02-28", 28)]
    [InlineData("2026-03-28", "2026-03-30", 3)] // across the change to summer time: calendar days, not hours
    public void Days_counts_both_ends(string from, string to, int days)
    {
        Assert.Equal(days, Range(from, to).Days);
    }

    [Theory]
    [InlineData("2026-04-01", true)]
    [InlineData("2026-04-15", true)]
    [InlineData("2026-04-30", true)]
    [InlineData("2026-03-31", false)]
    [InlineData("2026-05-01", false)]
    public void Contains_includes_the_first_and_the_last_day(string day, bool contained)
    {
        Assert.Equal(contained, Range("2026-04-01", "2026-04-30").Contains(Day(day)));
    }

    [Theory]
    [InlineData("2026-04-30", "2026-05-31", true)]  // starts the day the other ends: both have that day
    [InlineData("2026-03-01", "2026-04-01", true)]  // ends the day the other starts
    [InlineData("2026-05-01", "2026-05-31", false)] // starts the day after: no day in common
    [InlineData("2026-03-01", "2026-03-31", false)] // ends the day before
    [InlineData("2026-04-10", "2026-04-12", true)]  // inside
    [InlineData("2026-03-01", "2026-05-31", true)]  // around
    [InlineData("2026-04-01", "2026-04-30", true)]  // the same days
    public void Ranges_overlap_when_they_share_at_least_one_day(string from, string to, bool overlaps)
    {
        var april = Range("2026-04-01", "2026-04-30");
        var other = Range(from, to);

        Assert.Equal(overlaps, april.Overlaps(other));
        Assert.Equal(overlaps, other.Overlaps(april));
    }

    [Theory]
    [InlineData("2026-04-01", "2026-04-30", true)]  // the same days
    [InlineData("2026-04-10", "2026-04-12", true)]  // inside
    [InlineData("2026-04-30", "2026-04-30", true)]  // the last day alone
    [InlineData("2026-03-31", "2026-04-10", false)] // starts a day early
    [InlineData("2026-04-20", "2026-05-01", false)] // ends a day late
    [InlineData("2026-03-01", "2026-05-31", false)] // around
    public void A_range_contains_another_when_it_has_every_day_of_it(string from, string to, bool contained)
    {
        Assert.Equal(contained, Range("2026-04-01", "2026-04-30").Contains(Range(from, to)));
    }

    [Fact]
    public void A_range_reads_as_its_two_dates()
    {
        Assert.Equal("2026-04-01 – 2026-04-30", Range("2026-04-01", "2026-04-30").ToString());
    }
}
