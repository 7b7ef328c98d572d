using CarRentalGateway.BackOffice.Security;

namespace CarRentalGateway.BackOffice.Tests.Security;

public class CommonPasswordValidatorTests
{
    [Theory]
    [InlineData("Password2024!")]
    [InlineData("P@ssw0rd12345")]
    [InlineData("qwertyuiop12")]
    [InlineData("123456789012")]
    [InlineData("abcabcabcabc")]
    [InlineData("aaaaaaaaaaaa")]
    [InlineData("iloveyou!!!!")]
    [InlineData("Welcome123456")]
    [InlineData("zyxwvutsrqpo")]
    [InlineData("BackOffice2026")]
    public void Well_known_passwords_and_patterns_are_common(string password)
    {
        Assert.True(CommonPasswordValidator.IsCommon(password));
    }

    [Theory]
    [InlineData("correct horse battery staple")]
    [InlineData("Tallinn rain at 7am tastes of coffee")]
    [InlineData("mK7#vQ2pLx9!Rt")]
    [InlineData("purple tractor violin 42")]
    public void Passphrases_and_random_passwords_are_not_common(string password)
    {
        Assert.False(CommonPasswordValidator.IsCommon(password));
    }

    [Fact]
    public void The_users_own_e_mail_name_is_refused_as_a_password()
    {
        var user = new ApplicationUser { Email = "kristjan.tamm@carrentalgateway.example", UserName = "kristjan.tamm@carrentalgateway.example" };

        Assert.True(CommonPasswordValidator.IsCommon("KristjanTamm2026!", user));
        Assert.False(CommonPasswordValidator.IsCommon("KristjanTamm2026!"));
    }
}
