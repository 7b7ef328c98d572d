using CarRentalGateway.Core.Common;

namespace CarRentalGateway.Core.Tests.Common;

public sealed class CurrenciesTests
{
    [Fact]
    public void Euro_is_known_and_has_two_minor_units()
    {
        Assert.True(Currencies.IsKnown("EUR"));
        Assert.Equal(new Currency("EUR", "Euro", 2), Currencies.Find("EUR"));
        Assert.Equal(2, Currencies.MinorUnitsOf("EUR"));
    }

    [Theory]
    [InlineData("SEK", "Swedish Krona")]
    [InlineData("NOK", "Norwegian Krone")]
    [InlineData("DKK", "Danish Krone")]
    [InlineData("PLN", "Polish Zloty")]
    [InlineData("CZK", "Czech Koruna")]
    [InlineData("GBP", "Pound Sterling")]
    [InlineData("CHF", "Swiss Franc")]
    [InlineData("USD", "US Dollar")]
    public void Currencies_have_their_English_name(string code, string name)
    {
        Assert.Equal(name, Currencies.Find(code)?.Name);
    }

    [Theory]
    [InlineData("JPY")]
    [InlineData("KRW")]
    [InlineData("ISK")]
    [InlineData("CLP")]
    [InlineData("VND")]
    [InlineData("UGX")]
    [InlineData("PYG")]
    [InlineData("XOF")]
    [InlineData("XAF")]
    public void Whole_unit_currencies_have_no_minor_units(string code)
    {
        Assert.Equal(0, Currencies.MinorUnitsOf(code));
    }

    [Fact]
    public void Japanese_yen_has_no_minor_units()
    {
        Assert.Equal(0, Currencies.MinorUnitsOf("JPY"));
    }

    [Fact]
    public void Bahraini_dinar_has_three_minor_units()
    {
        Assert.Equal(3, Currencies.MinorUnitsOf("BHD"));
    }

    [Fact]
    public void Exactly_the_seven_dinar_and_rial_currencies_have_three_minor_units()
    {
        var threeDigit = Currencies.All.Where(currency => currency.MinorUnits == 3).Select(currency => currency.Code);

        Assert.Equal(new[] { "BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND" }, threeDigit);
    }

    // CLDR (and so .NET's NumberFormatInfo) shows these with fewer decimals than ISO 4217 defines.
    [Theory]
    [InlineData("IQD", 3)]
    [InlineData("IRR", 2)]
    [InlineData("RSD", 2)]
    [InlineData("LAK", 2)]
    [InlineData("MGA", 2)]
    public void Minor_units_are_the_ISO_exponent_not_the_display_digits(string code, int expected)
    {
        Assert.Equal(expected, Currencies.MinorUnitsOf(code));
    }

    [Fact]
    public void Codes_are_unique_three_upper_case_letters()
    {
        Assert.All(Currencies.All, currency =>
            Assert.True(currency.Code.Length == 3 && currency.Code.All(char.IsAsciiLetterUpper), currency.Code));
        Assert.Equal(Currencies.All.Count, Currencies.All.Select(currency => currency.Code).Distinct().Count());
    }

    [Fact]
    public void Every_currency_has_a_name_and_zero_two_or_three_minor_units()
    {
        Assert.All(Currencies.All, currency =>
        {
            Assert.False(string.IsNullOrWhiteSpace(currency.Name), currency.Code);
            Assert.Contains(currency.MinorUnits, new[] { 0, 2, 3 });
        });
    }

    [Fact]
    public void All_is_sorted_by_code()
    {
        var codes = Currencies.All.Select(currency => currency.Code).ToList();

        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
    }

    [Fact]
    public void All_cannot_be_changed_by_a_caller()
    {
        var list = Assert.IsAssignableFrom<IList<Currency>>(Currencies.All);

        Assert.True(list.IsReadOnly);
    }

    [Theory]
    [InlineData("BOV")]
    [InlineData("CHE")]
    [InlineData("CHW")]
    [InlineData("CLF")]
    [InlineData("COU")]
    [InlineData("MXV")]
    [InlineData("USN")]
    [InlineData("UYI")]
    [InlineData("UYW")]
    [InlineData("XAU")]
    [InlineData("XAG")]
    [InlineData("XPT")]
    [InlineData("XPD")]
    [InlineData("XDR")]
    [InlineData("XSU")]
    [InlineData("XUA")]
    [InlineData("XTS")]
    [InlineData("XXX")]
    public void Funds_metals_and_special_codes_are_not_listed(string code)
    {
        Assert.False(Currencies.IsKnown(code));
    }

    [Theory]
    [InlineData("HRK")] // Croatia adopted the euro in 2023
    [InlineData("BGN")] // Bulgaria adopted the euro in 2026
    [InlineData("ANG")] // replaced by the Caribbean guilder, XCG, in 2025
    [InlineData("ZWL")] // replaced by Zimbabwe Gold, ZWG, in 2024
    [InlineData("SLL")] // replaced by the redenominated leone, SLE
    [InlineData("CUC")] // merged into the Cuban peso in 2021
    [InlineData("DEM")]
    public void Replaced_currencies_are_not_listed(string code)
    {
        Assert.False(Currencies.IsKnown(code));
    }

    [Theory]
    [InlineData("XCG")]
    [InlineData("ZWG")]
    [InlineData("SLE")]
    public void Their_replacements_are_listed(string code)
    {
        Assert.True(Currencies.IsKnown(code));
    }

    [Theory]
    [InlineData("eur")]
    [InlineData("Eur")]
    public void Lower_case_codes_are_not_known(string code)
    {
        Assert.False(Currencies.IsKnown(code));
        Assert.Null(Currencies.Find(code));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("EU")]
    [InlineData("EURO")]
    public void Malformed_codes_are_not_known(string? code)
    {
        Assert.False(Currencies.IsKnown(code));
        Assert.Null(Currencies.Find(code));
    }

    [Theory]
    [InlineData("ABC")]
    [InlineData("eur")]
    [InlineData("XAU")]
    public void Unknown_currency_minor_units_is_a_bug(string code)
    {
        var error = Assert.Throws<ArgumentException>(() => Currencies.MinorUnitsOf(code));

        Assert.Equal("code", error.ParamName);
        Assert.Contains(code, error.Message, StringComparison.Ordinal);
    }
}
