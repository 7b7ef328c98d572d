using CarRentalGateway.Core.Fleet;

namespace CarRentalGateway.Core.Tests.Fleet;

public class MileagePolicyTests
{
    [Fact]
    public void Unlimited_mileage_has_no_daily_limit()
    {
        Assert.True(MileagePolicy.Unlimited.IsUnlimited);
        Assert.Null(MileagePolicy.Unlimited.KilometresPerDay);
        Assert.Equal("Unlimited", MileagePolicy.Unlimited.ToString());
    }

    [Theory]
    [InlineData(1, "1 km/day")]
    [InlineData(300, "300 km/day")]
    [InlineData(5000, "5000 km/day")]
    public void A_daily_limit_from_1_to_5000_km_is_written_as_km_per_day(int km, string text)
    {
        var policy = MileagePolicy.LimitedPerDay(km);

        Assert.True(policy.Succeeded, policy.Error);
        Assert.False(policy.Value.IsUnlimited);
        Assert.Equal(km, policy.Value.KilometresPerDay);
        Assert.Equal(text, policy.Value.ToString());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-300)]
    [InlineData(5001)]
    public void A_daily_limit_outside_1_to_5000_km_is_refused(int km)
    {
        var policy = MileagePolicy.LimitedPerDay(km);

        Assert.True(policy.Failed);
        Assert.Equal("A mileage limit is 1 to 5000 km a day; choose unlimited for no limit.", policy.Error);
        Assert.Equal(MileagePolicy.FieldName, policy.Field);
    }

    [Theory]
    [InlineData("Unlimited", null)]
    [InlineData(" unlimited ", null)]
    [InlineData("300 km/day", 300)]
    [InlineData("300km/day", 300)]
    [InlineData("250 KM / Day", 250)]
    public void The_text_form_reads_back(string text, int? km)
    {
        var policy = MileagePolicy.Parse(text);

        Assert.True(policy.Succeeded, policy.Error);
        Assert.Equal(km, policy.Value.KilometresPerDay);
    }

    [Theory]
    [InlineData(null, "Write the mileage as \"Unlimited\" or a daily limit such as \"300 km/day\".")]
    [InlineData("300", "Write the mileage as \"Unlimited\" or a daily limit such as \"300 km/day\".")]
    [InlineData("300 miles/day", "Write the mileage as \"Unlimited\" or a daily limit such as \"300 km/day\".")]
    [InlineData("0 km/day", "A mileage limit is 1 to 5000 km a day; choose unlimited for no limit.")]
    [InlineData("999999 km/day", "A mileage limit is 1 to 5000 km a day; choose unlimited for no limit.")]
    public void Other_text_is_refused(string? text, string message)
    {
        var policy = MileagePolicy.Parse(text);

        Assert.True(policy.Failed);
        Assert.Equal(message, policy.Error);
    }

    [Fact]
    public void A_stored_empty_limit_is_unlimited()
    {
        Assert.Same(MileagePolicy.Unlimited, MileagePolicy.FromKilometresPerDay(null).Value);
        Assert.Equal(MileagePolicy.LimitedPerDay(300).Value, MileagePolicy.FromKilometresPerDay(300).Value);
    }

    [Fact]
    public void Policies_with_the_same_limit_are_equal()
    {
        Assert.Equal(MileagePolicy.LimitedPerDay(300).Value, MileagePolicy.Parse("300 km/day").Value);
        Assert.NotEqual(MileagePolicy.Unlimited, MileagePolicy.LimitedPerDay(300).Value);
    }
}
