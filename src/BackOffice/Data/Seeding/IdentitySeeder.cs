using CarRentalGateway.BackOffice.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CarRentalGateway.BackOffice.Data.Seeding;

/// <summary>Creates the roles, and the first Admin when nobody can sign in yet.</summary>
internal sealed partial class IdentitySeeder(
    RoleManager<IdentityRole> roles,
    UserManager<ApplicationUser> users,
    IOptions<BootstrapOptions> bootstrap,
    ILogger<IdentitySeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Ensure(await roles.CreateAsync(new IdentityRole(role)), $"create role {role}");
            }
        }

        if (users.Users.Any())
        {
            return;
        }

        var email = bootstrap.Value.AdminEmail;
        var configuredPassword = bootstrap.Value.AdminPassword;
        var password = string.IsNullOrEmpty(configuredPassword) ? TemporaryPasswords.New() : configuredPassword;
        var admin = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Administrator" };
        Ensure(await users.CreateAsync(admin, password), $"create the first Admin {email}");
        Ensure(await users.AddToRoleAsync(admin, Roles.Admin), $"make {email} an Admin");

        if (string.IsNullOrEmpty(configuredPassword))
        {
            LogGeneratedPassword(email, password);
        }
        else
        {
            LogConfiguredAdmin(email);
        }
    }

    private static void Ensure(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Could not {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message =
        "Created the first Admin account {Email} with the generated password {Password} . " +
        "This is shown only once: sign in at /Account/Login, then change it under your account's Password page. " +
        "Set Bootstrap:AdminEmail and Bootstrap:AdminPassword to choose them yourself on a new database.")]
    private partial void LogGeneratedPassword(string email, string password);

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the first Admin account {Email} with the configured password.")]
    private partial void LogConfiguredAdmin(string email);
}
