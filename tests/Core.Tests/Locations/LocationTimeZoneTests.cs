using CarRentalGateway.Core.Locations;

namespace CarRentalGateway.Core.Tests.Locations;

public class LocationTimeZoneTests
{
    [Theory]
    [InlineData("Europe/Tallinn")]
    [InlineData("Europe/Riga")]
    [InlineData("Atlantic/Reykjavik")]
    [InlineData("UTC")]
    public void IANA_ids_are_known(string id) => Assert.True(LocationTimeZone.IsKnown(id));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Europe/Atlantis")]
    [InlineData("FLE Standard Time")]
    [InlineData("../../etc/passwd")]
    public void Windows_ids_and_unknown_ids_are_not(string? id) => Assert.False(LocationTimeZone.IsKnown(id));

    [Fact]
    public void An_id_is_spelled_as_the_time_zone_database_spells_it()
    {
        Assert.Equal("Europe/Tallinn", LocationTimeZone.Canonical("europe/tallinn"));
        Assert.Equal("Nowhere/Special", LocationTimeZone.Canonical("Nowhere/Special"));
    }

    [Fact]
    public void The_choices_are_the_IANA_zones_sorted_without_legacy_aliases()
    {
        var choices = LocationTimeZone.Choices;

        Assert.Contains("Europe/Tallinn", choices);
        Assert.Contains("Atlantic/Reykjavik", choices);
        Assert.Contains("UTC", choices);
        Assert.DoesNotContain("CET", choices);
        Assert.DoesNotContain("EST5EDT", choices);
        Assert.Equal(choices.Order(StringComparer.Ordinal), choices);
        Assert.All(choices, id => Assert.True(LocationTimeZone.IsKnown(id), id));
    }
}
