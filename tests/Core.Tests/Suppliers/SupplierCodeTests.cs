using CarRentalGateway.Core.Suppliers;

namespace CarRentalGateway.Core.Tests.Suppliers;

public class SupplierCodeTests
{
    [Theory]
    [InlineData("SIXT-EE")]
    [InlineData("AB")]
    [InlineData("HERTZ-LV-RIX")]
    [InlineData("A1-B2")]
    [InlineData("ABCDEFGHIJ0123456789")]
    public void Well_formed_codes_are_accepted_as_they_are(string code)
    {
        var parsed = SupplierCode.Parse(code);

        Assert.True(parsed.Succeeded, parsed.Error);
        Assert.Equal(code, parsed.Value.Value);
    }

    [Fact]
    public void Lower_case_and_surrounding_spaces_are_normalised_to_the_upper_case_code()
    {
        Assert.Equal("SIXT-EE", SupplierCode.Parse("  sixt-ee ").Value.Value);
    }

    [Theory]
    [InlineData("", "Enter a supplier code.")]
    [InlineData("   ", "Enter a supplier code.")]
    [InlineData(null, "Enter a supplier code.")]
    [InlineData("A", "2 to 20 characters")]
    [InlineData("ABCDEFGHIJ01234567890", "2 to 20 characters")]
    [InlineData("SIXT EE", "letters A-Z, digits and single dashes")]
    [InlineData("SIXT--EE", "letters A-Z, digits and single dashes")]
    [InlineData("-SIXT", "letters A-Z, digits and single dashes")]
    [InlineData("SIXT-", "letters A-Z, digits and single dashes")]
    [InlineData("SIXT_EE", "letters A-Z, digits and single dashes")]
    [InlineData("SÜD-DE", "letters A-Z, digits and single dashes")]
    public void Malformed_codes_are_refused_with_a_readable_reason_on_the_code_field(string? code, string reason)
    {
        var parsed = SupplierCode.Parse(code);

        Assert.True(parsed.Failed);
        Assert.Contains(reason, parsed.Error, StringComparison.Ordinal);
        Assert.Equal(nameof(Supplier.Code), parsed.Field);
    }
}
