using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarRentalGateway.BackOffice.Tests.Security;

/// <summary>The password rules as Identity applies them when an account is created: length over composition, no common passwords.</summary>
public sealed class PasswordPolicyTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    public static TheoryData<DatabaseProvider, string, string?> Passwords()
    {
        var cases = new TheoryData<DatabaseProvider, string, string?>();
        foreach (var provider in Enum.GetValues<DatabaseProvider>())
        {
            cases.Add(provider, "Password2024!", "CommonPassword");
            cases.Add(provider, "qwertyuiop12", "CommonPassword");
            cases.Add(provider, "tulip-moss7", "PasswordTooShort");
            cases.Add(provider, "correct horse battery staple", null);
        }

        return cases;
    }

    [Theory, MemberData(nameof(Passwords))]
    public async Task A_new_account_needs_a_long_password_that_is_not_a_common_one(DatabaseProvider provider, string password, string? refusedBecause)
    {
        await using var app = await databases.StartAsync(provider, new TestAppOptions { WithIdentity = true });
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();

        var created = await users.CreateAsync(
            new ApplicationUser { UserName = "new.agent@crg.example", Email = "new.agent@crg.example", EmailConfirmed = true }, password);

        await using var db = await app.OpenDbAsync();
        if (refusedBecause is null)
        {
            Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
            Assert.Equal(1, await db.Users.CountAsync());
        }
        else
        {
            Assert.False(created.Succeeded, $"'{password}' was accepted.");
            Assert.Contains(refusedBecause, created.Errors.Select(e => e.Code));
            Assert.Equal(0, await db.Users.CountAsync());
        }
    }
}
