using CarRentalGateway.Core.Bookings;

namespace CarRentalGateway.Core.Tests.Bookings;

public sealed class FlightNumberTests
{
    [Theory]
    [InlineData("LH 1234", "LH 1234")]
    [InlineData("BA123", "BA 123")]
    [InlineData(" lh1234 ", "LH 1234")]
    [InlineData("U2 8001", "U2 8001")]
    [InlineData("9W7", "9W 7")]
    [InlineData("DLH 400", "DLH 400")]
    [InlineData("ba 2490a", "BA 2490A")]
    public void Flight_numbers_are_read_with_or_without_a_space_and_shown_alike(string typed, string shown)
    {
        var normalized = FlightNumber.Normalize(typed, "Flight");

        Assert.True(normalized.Succeeded, normalized.Error);
        Assert.Equal(shown, normalized.Value);
    }

    [Theory]
    [InlineData("LH")]
    [InlineData("1234")]
    [InlineData("LH 12345")]
    [InlineData("L 1234")]
    [InlineData("LH-1234")]
    [InlineData("12 345")]
    [InlineData("LUFT 1")]
    public void Anything_else_is_refused_with_an_example(string typed)
    {
        var normalized = FlightNumber.Normalize(typed, "Flight");

        Assert.True(normalized.Failed);
        Assert.Equal($"'{typed}' is not a flight number: the airline's code and the number, e.g. LH 1234 or BA123.", normalized.Error);
        Assert.Equal("Flight", normalized.Field);
    }
}
