using CarRentalGateway.Core.Locations;

namespace CarRentalGateway.Core.Tests.Locations;

public class LocationCodeTests
{
    [Theory]
    [InlineData("TLL-AIRPORT", "TLL-AIRPORT")]
    [InlineData("rix-city", "RIX-CITY")]
    [InlineData("  Hel-Rail-2 ", "HEL-RAIL-2")]
    [InlineData("BE", "BE")]
    [InlineData("ABCDEFGHIJ-123456789", "ABCDEFGHIJ-123456789")]
    public void Valid_codes_are_trimmed_and_upper_cased(string input, string stored)
    {
        var code = LocationCode.Parse(input);

        Assert.True(code.Succeeded, code.Error);
        Assert.Equal(stored, code.Value.Value);
    }

    [Theory]
    [InlineData(null, "Enter a location code.")]
    [InlineData("   ", "Enter a location code.")]
    [InlineData("T", "A location code has 2 to 20 characters.")]
    [InlineData("ABCDEFGHIJ-1234567890", "A location code has 2 to 20 characters.")]
    [InlineData("TLL--AIRPORT", "A location code uses letters A-Z, digits and single dashes between them, e.g. TLL-AIRPORT.")]
    [InlineData("-TLL", "A location code uses letters A-Z, digits and single dashes between them, e.g. TLL-AIRPORT.")]
    [InlineData("TLL-", "A location code uses letters A-Z, digits and single dashes between them, e.g. TLL-AIRPORT.")]
    [InlineData("TLL AIRPORT", "A location code uses letters A-Z, digits and single dashes between them, e.g. TLL-AIRPORT.")]
    [InlineData("TLL_AIRPORT", "A location code uses letters A-Z, digits and single dashes between them, e.g. TLL-AIRPORT.")]
    [InlineData("TÜR-CITY", "A location code uses letters A-Z, digits and single dashes between them, e.g. TLL-AIRPORT.")]
    public void Invalid_codes_are_refused_on_the_code_field(string? input, string message)
    {
        var code = LocationCode.Parse(input);

        Assert.True(code.Failed);
        Assert.Equal(message, code.Error);
        Assert.Equal(nameof(Location.Code), code.Field);
    }
}
