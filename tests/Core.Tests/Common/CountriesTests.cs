using CarRentalGateway.Core.Common;

namespace CarRentalGateway.Core.Tests.Common;

public sealed class CountriesTests
{
    [Fact]
    public void Estonia_is_known_by_its_alpha2_code()
    {
        Assert.True(Countries.IsKnown("EE"));
        Assert.Equal(new Country("EE", "Estonia"), Countries.Find("EE"));
        Assert.Equal("Estonia", Countries.NameOf("EE"));
    }

    [Theory]
    [InlineData("GB", "United Kingdom")]
    [InlineData("CZ", "Czechia")]
    [InlineData("DE", "Germany")]
    [InlineData("US", "United States")]
    [InlineData("CH", "Switzerland")]
    public void Countries_have_their_short_English_name(string code, string name)
    {
        Assert.Equal(name, Countries.NameOf(code));
    }

    [Fact]
    public void Every_officially_assigned_code_is_listed()
    {
        Assert.Equal(249, Countries.All.Count);
    }

    [Fact]
    public void Codes_are_unique_two_upper_case_letters()
    {
        Assert.All(Countries.All, country =>
            Assert.True(country.Code.Length == 2 && country.Code.All(char.IsAsciiLetterUpper), country.Code));
        Assert.Equal(Countries.All.Count, Countries.All.Select(country => country.Code).Distinct().Count());
    }

    [Fact]
    public void Names_are_unique_and_not_blank()
    {
        Assert.All(Countries.All, country => Assert.False(string.IsNullOrWhiteSpace(country.Name), country.Code));
        Assert.Equal(
            Countries.All.Count,
            Countries.All.Select(country => country.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void All_is_sorted_by_name_as_people_read_it()
    {
        var names = Countries.All.Select(country => country.Name).ToList();

        Assert.Equal(names.Order(StringComparer.InvariantCultureIgnoreCase), names);
        Assert.Equal("Afghanistan", names[0]);
        Assert.Equal("Åland Islands", names[1]);
    }

    [Fact]
    public void All_cannot_be_changed_by_a_caller()
    {
        var list = Assert.IsAssignableFrom<IList<Country>>(Countries.All);

        Assert.True(list.IsReadOnly);
    }

    [Theory]
    [InlineData("EE")]
    [InlineData("LV")]
    [InlineData("LT")]
    [InlineData("FI")]
    [InlineData("SE")]
    [InlineData("NO")]
    [InlineData("DK")]
    [InlineData("IS")]
    public void Every_country_in_the_Baltics_and_Nordics_is_listed(string code)
    {
        Assert.Contains(Countries.All, country => country.Code == code);
        Assert.True(Countries.IsKnown(code));
    }

    [Theory]
    [InlineData("ee")]
    [InlineData("Ee")]
    [InlineData("gb")]
    public void Lower_case_codes_are_not_known(string code)
    {
        Assert.False(Countries.IsKnown(code));
        Assert.Null(Countries.Find(code));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("E")]
    [InlineData("EST")]
    [InlineData(" EE")]
    public void Malformed_codes_are_not_known(string? code)
    {
        Assert.False(Countries.IsKnown(code));
        Assert.Null(Countries.Find(code));
    }

    [Theory]
    [InlineData("UK")] // reserved for the United Kingdom, but GB is its code
    [InlineData("EU")] // reserved for the European Union, not a country
    [InlineData("XK")] // Kosovo's user-assigned code, not an ISO one
    [InlineData("AN")] // Netherlands Antilles, deleted in 2010
    [InlineData("CS")] // Serbia and Montenegro, deleted in 2006
    [InlineData("ZZ")]
    public void Reserved_user_assigned_and_withdrawn_codes_are_not_known(string code)
    {
        Assert.False(Countries.IsKnown(code));
    }

    [Fact]
    public void Western_Sahara_is_listed_although_dotnet_has_no_region_for_it()
    {
        Assert.Equal("Western Sahara", Countries.NameOf("EH"));
    }

    [Fact]
    public void The_name_of_an_unknown_code_is_the_code_itself()
    {
        Assert.Equal("QQ", Countries.NameOf("QQ"));
        Assert.Equal("ee", Countries.NameOf("ee"));
    }
}
