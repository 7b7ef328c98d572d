using System.Globalization;
using System.Security.Cryptography;
using CarRentalGateway.BackOffice;
using CarRentalGateway.BackOffice.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CarRentalGateway.Load.Bench;

/// <summary>One support agent's sign-in.</summary>
internal sealed record BenchAccount(string Email, string Password);

/// <summary>
/// The support agents' accounts, made through the app's own Identity setup (its password rules, its role store) in the
/// benchmark's database: Support role, a password chosen (nothing to change first), and no two-factor, which the
/// production settings ask only of Admin and Finance. Accounts kept from an earlier run get this run's password.
/// </summary>
internal static class BenchAccounts
{
    public static async Task<IReadOnlyList<BenchAccount>> EnsureAsync(string connectionString, string serverVersion, int count)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "MariaDb",
            ["Database:ServerVersion"] = serverVersion,
            ["ConnectionStrings:MariaDb"] = connectionString,
        });
        builder.Logging.ClearProviders();
        builder.Services.AddBackOffice(builder.Configuration, builder.Environment.ContentRootPath);
        await using var app = builder.Build();
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();

        // One password for the run's agents: a new one each run, so no account is left with a known one.
        var password = "load-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var accounts = new List<BenchAccount>(count);
        for (var number = 1; number <= count; number++)
        {
            var email = string.Create(CultureInfo.InvariantCulture, $"load-agent-{number:000}@bench.carrentalgateway.example");
            var user = await users.FindByEmailAsync(email);
            if (user is null)
            {
                user = new ApplicationUser
                {
                    UserName = email,
                    Email = email,
                    EmailConfirmed = true,
                    DisplayName = string.Create(CultureInfo.InvariantCulture, $"Load agent {number:000}"),
                };
                Ensure(await users.CreateAsync(user, password), email);
                Ensure(await users.AddToRoleAsync(user, Roles.Support), email);
            }
            else
            {
                Ensure(await users.RemovePasswordAsync(user), email);
                Ensure(await users.AddPasswordAsync(user, password), email);
            }

            accounts.Add(new BenchAccount(email, password));
        }

        return accounts;
    }

    private static void Ensure(IdentityResult result, string email)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not set up {email}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
