using System.Security.Claims;
using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Features.Staff;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.BackOffice.Tests.Features.Staff;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CarRentalGateway.BackOffice.Tests.Security;

/// <summary>
/// Two-factor required for chosen roles: the setting as it is read, and the mark the sign-in gets from the account as it
/// is in the database, which the account set-up gate acts on.
/// </summary>
public sealed class RequiredTwoFactorTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    [Fact]
    public void The_setting_is_a_comma_separated_list_of_roles_with_spaces_and_empty_items_ignored()
    {
        var options = new TwoFactorOptions { RequiredForRoles = " Admin , Finance,, " };

        Assert.Equal(["Admin", "Finance"], options.RequiredRoles);
        Assert.Equal(["finance"], options.RequiringRolesAmong([Roles.Support, "finance"]));
        Assert.Empty(options.RequiringRolesAmong([Roles.Support]));
        Assert.Empty(new TwoFactorOptions { RequiredForRoles = "" }.RequiringRolesAmong(Roles.All));
    }

    [Fact]
    public void The_roles_that_require_it_are_named_as_people_in_a_sentence()
    {
        Assert.Equal("Finance staff", Roles.MembersOf([Roles.Finance]));
        Assert.Equal("Admins and Finance staff", Roles.MembersOf([Roles.Admin, Roles.Finance]));
        Assert.Equal("Admins, Support staff and Finance staff", Roles.MembersOf(Roles.All));
    }

    [Theory, AllProviders]
    public async Task A_member_of_a_required_role_without_two_factor_must_set_it_up(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);

        var finance = await SignInPrincipalAsync(app, "fiona@crg.example", Roles.Finance);

        Assert.True(MustSetUpTwoFactor(finance));
        Assert.Equal([Roles.Finance], app.Services.GetRequiredService<IOptions<TwoFactorOptions>>().Value.RequiringRolesOf(finance));
    }

    [Theory, AllProviders]
    public async Task A_member_of_a_required_role_with_two_factor_on_is_not_marked(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);

        var finance = await SignInPrincipalAsync(app, "fiona@crg.example", Roles.Finance, twoFactor: true);

        Assert.False(MustSetUpTwoFactor(finance));
    }

    [Theory, AllProviders]
    public async Task A_role_that_does_not_require_it_is_not_marked_until_a_required_role_is_given(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        var support = await SignInPrincipalAsync(app, "sam@crg.example", Roles.Support);
        Assert.False(MustSetUpTwoFactor(support));

        // The principal is rebuilt from the account on every request: the next one after the role is given is marked.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            await users.AddToRoleAsync((await users.FindByEmailAsync("sam@crg.example"))!, Roles.Finance);
        }

        Assert.True(MustSetUpTwoFactor(await PrincipalOfAsync(app, "sam@crg.example")));
    }

    [Theory, AllProviders]
    public async Task The_staff_list_shows_who_is_required_to_use_two_factor_and_has_not_set_it_up(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        await SignInPrincipalAsync(app, "fiona@crg.example", Roles.Finance);
        await SignInPrincipalAsync(app, "frank@crg.example", Roles.Finance, twoFactor: true);
        await SignInPrincipalAsync(app, "sam@crg.example", Roles.Support);
        await using var ann = app.As(TestUser.Ann);

        var rows = (await ann.Staff().SearchAsync(new StaffQuery(), CancellationToken.None)).Items;

        Assert.Equal(
            [("fiona@crg.example", false, true), ("frank@crg.example", true, true), ("sam@crg.example", false, false)],
            rows.Select(r => (r.Email, r.TwoFactorEnabled, r.TwoFactorRequired)));
    }

    private async Task<TestApp> StartAsync(DatabaseProvider provider)
    {
        var app = await databases.StartAsync(provider, new TestAppOptions
        {
            WithIdentity = true,
            Settings = new Dictionary<string, string?> { ["TwoFactor:RequiredForRoles"] = "Admin,Finance" },
        });
        await using var scope = app.Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            await roles.CreateAsync(new IdentityRole(role));
        }

        return app;
    }

    /// <summary>Creates an account with <paramref name="role"/> and returns the principal a sign-in gives it.</summary>
    private static async Task<ClaimsPrincipal> SignInPrincipalAsync(TestApp app, string email, string role, bool twoFactor = false)
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, "correct horse battery staple")).Succeeded);
            await users.AddToRoleAsync(user, role);
            if (twoFactor)
            {
                await users.ResetAuthenticatorKeyAsync(user);
                await users.SetTwoFactorEnabledAsync(user, true);
            }
        }

        return await PrincipalOfAsync(app, email);
    }

    // What the sign-in and every request's security-stamp check build, in a scope of its own like a request.
    private static async Task<ClaimsPrincipal> PrincipalOfAsync(TestApp app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var factory = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<ApplicationUser>>();
        return await factory.CreateAsync((await users.FindByEmailAsync(email))!);
    }

    private static bool MustSetUpTwoFactor(ClaimsPrincipal principal) =>
        principal.HasClaim(BackOfficeClaimsPrincipalFactory.MustSetUpTwoFactorClaim, "true");
}
