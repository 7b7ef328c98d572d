using CarRentalGateway.Core.Common;

namespace CarRentalGateway.Core.Tests.Common;

public sealed class ClockTests
{
    [Theory]
    [InlineData("2026-03-14T00:00:00Z", "2026-03-14")]
    [InlineData("2026-03-14T23:59:59Z", "2026-03-14")]
    [InlineData("2026-03-14T23:30:00-02:00", "2026-03-15")] // already the 15th in UTC
    [InlineData("2026-03-15T00:30:00+02:00", "2026-03-14")] // past midnight in Tallinn, still the 14th in UTC
    public void Today_is_the_UTC_calendar_date_of_the_clock(string now, string today)
    {
        var clock = new FixedClock(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateOnly.ParseExact(today, "yyyy-MM-dd"), clock.TodayUtc());
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
