using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.BackOffice.Features.Staff;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarRentalGateway.BackOffice.Tests.Features.Staff;

/// <summary>
/// Staff accounts through the service: created with a temporary password to change, found by e-mail, name, role and
/// status; roles changed and accounts disabled without ever leaving the back office without an enabled Admin; every
/// change renewing the security stamp that open sessions are checked against.
/// </summary>
public sealed class StaffServiceTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory, AllProviders]
    public async Task A_new_account_gets_its_roles_and_a_temporary_password_that_signs_in_and_must_be_changed(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        await using var ann = app.As(TestUser.Ann);

        var created = await ann.Staff().CreateAsync(Form("new.agent@crg.example", "New Agent", Roles.Support), None);

        Assert.True(created.Succeeded, created.Error);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = (await users.FindByEmailAsync("new.agent@crg.example"))!;
        Assert.Equal((created.Value.UserId, "New Agent", true, true), (user.Id, user.DisplayName, user.MustChangePassword, user.EmailConfirmed));
        Assert.Equal([Roles.Support], await users.GetRolesAsync(user));
        Assert.True(await users.CheckPasswordAsync(user, created.Value.TemporaryPassword));
        Assert.Equal(20, created.Value.TemporaryPassword.Length);
    }

    [Theory, AllProviders]
    public async Task A_name_past_its_limit_and_a_malformed_e_mail_are_refused_on_their_fields_by_the_service(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        await using var ann = app.As(TestUser.Ann);

        var longest = await ann.Staff().CreateAsync(Form("longest@crg.example", new string('n', ApplicationUser.DisplayNameMaxLength), Roles.Support), None);
        var tooLong = await ann.Staff().CreateAsync(Form("new.agent@crg.example", new string('n', ApplicationUser.DisplayNameMaxLength + 1), Roles.Support), None);
        var malformed = await ann.Staff().CreateAsync(Form("new.agent at crg", "New Agent", Roles.Support), None);

        Assert.True(longest.Succeeded, longest.Error);
        Assert.Equal(("Give the person's name, at most 100 characters.", nameof(NewStaffForm.DisplayName)), (tooLong.Error, tooLong.Field));
        Assert.Equal((NewStaffForm.EmailMessage, nameof(NewStaffForm.Email)), (malformed.Error, malformed.Field));
        Assert.Equal(1, (await ann.Staff().SearchAsync(new StaffQuery(), None)).TotalCount);
    }

    [Theory, AllProviders]
    public async Task A_second_account_for_an_e_mail_and_an_unknown_role_are_refused_on_their_fields(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        await using var ann = app.As(TestUser.Ann);
        await ann.Staff().CreateAsync(Form("new.agent@crg.example", "New Agent", Roles.Support), None);

        var twice = await ann.Staff().CreateAsync(Form("new.agent@crg.example", "Another", Roles.Finance), None);
        var unknownRole = await ann.Staff().CreateAsync(Form("other@crg.example", "Other", "Superuser"), None);

        Assert.Equal(("new.agent@crg.example already has an account.", nameof(NewStaffForm.Email)), (twice.Error, twice.Field));
        Assert.Equal(StaffService.RolesField, unknownRole.Field);
        Assert.Contains("There is no role \"Superuser\"", unknownRole.Error);
        Assert.Equal(1, (await ann.Staff().SearchAsync(new StaffQuery(), None)).TotalCount);
    }

    [Theory, AllProviders]
    public async Task Staff_are_found_by_the_start_of_their_e_mail_or_name_by_role_and_by_status(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        await using var ann = app.As(TestUser.Ann);
        var admin = await CreateAsync(ann, "boss@crg.example", "Ada Boss", Roles.Admin);
        await CreateAsync(ann, "sam@crg.example", "Sam Agent", Roles.Support);
        var fiona = await CreateAsync(ann, "fiona@crg.example", "Fiona Money", Roles.Finance, Roles.Support);
        Assert.True((await ann.Staff().DisableAsync(fiona, None)).Succeeded);

        async Task<List<string>> Found(StaffQuery query) => (await ann.Staff().SearchAsync(query, None)).Items.Select(r => r.Email).ToList();

        Assert.Equal(["boss@crg.example", "fiona@crg.example", "sam@crg.example"], await Found(new StaffQuery()));
        Assert.Equal(["sam@crg.example"], await Found(new StaffQuery { Text = "sa" }));
        Assert.Equal(["fiona@crg.example"], await Found(new StaffQuery { Text = "Fiona M" }));
        Assert.Equal(["fiona@crg.example", "sam@crg.example"], await Found(new StaffQuery { Role = Roles.Support }));
        Assert.Equal(["fiona@crg.example"], await Found(new StaffQuery { Status = StaffStatus.Disabled }));
        Assert.Equal(["boss@crg.example", "sam@crg.example"], await Found(new StaffQuery { Status = StaffStatus.Active }));
        var row = (await ann.Staff().SearchAsync(new StaffQuery { Text = "fiona" }, None)).Items.Single();
        Assert.Equal([Roles.Finance, Roles.Support], row.Roles);
        Assert.Equal((StaffStatus.Disabled, true), (row.Status, row.MustChangePassword));
        Assert.NotEqual(admin, row.Id);
    }

    [Theory, AllProviders]
    public async Task The_last_enabled_admin_keeps_the_role_and_cannot_be_disabled_but_another_can(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        await using var ann = app.As(TestUser.Ann);
        var only = await CreateAsync(ann, "boss@crg.example", "Ada Boss", Roles.Admin);

        var demoted = await ann.Staff().ChangeRolesAsync(only, new HashSet<string> { Roles.Support }, None);
        var disabled = await ann.Staff().DisableAsync(only, None);

        Assert.Equal("boss@crg.example is the last administrator: make someone else an Admin first.", demoted.Error);
        Assert.Equal(demoted.Error, disabled.Error);
        var second = await CreateAsync(ann, "deputy@crg.example", "Dee Deputy", Roles.Admin);
        Assert.True((await ann.Staff().DisableAsync(second, None)).Succeeded);
        Assert.False((await ann.Staff().ChangeRolesAsync(only, new HashSet<string>(), None)).Succeeded);
        Assert.True((await ann.Staff().EnableAsync(second, None)).Succeeded);
        Assert.True((await ann.Staff().ChangeRolesAsync(only, new HashSet<string> { Roles.Finance }, None)).Succeeded);
        Assert.Equal([Roles.Finance], (await ann.Staff().SearchAsync(new StaffQuery { Text = "boss" }, None)).Items.Single().Roles);

        // Each change is a security event by the administrator, in the audit log with the other changes.
        await using var db = await app.OpenDbAsync();
        var events = await db.AuditEntries.Where(a => a.EntityType == SecurityEvents.EntityType).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(
            [
                (AuditAction.Created, "boss@crg.example"), (AuditAction.Created, "deputy@crg.example"),
                (AuditAction.AccountDisabled, "deputy@crg.example"), (AuditAction.AccountEnabled, "deputy@crg.example"),
                (AuditAction.RolesChanged, "boss@crg.example"),
            ],
            events.Where(e => e.Action != AuditAction.AccessDenied).Select(e => (e.Action, e.EntityKey)));
        var rolesChanged = events.Single(e => e.Action == AuditAction.RolesChanged);
        Assert.Equal((TestUser.Ann.Name, new FieldChange("Roles", "Admin", "Finance")), (rolesChanged.UserName, Assert.Single(rolesChanged.Changes)));
    }

    [Theory, AllProviders]
    public async Task An_admin_cannot_disable_themselves(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var me = new ApplicationUser { Id = TestUser.Ann.Id, UserName = TestUser.Ann.Name, Email = TestUser.Ann.Name, EmailConfirmed = true };
            Assert.True((await users.CreateAsync(me)).Succeeded);
            Assert.True((await users.AddToRoleAsync(me, Roles.Admin)).Succeeded);
        }

        await using var ann = app.As(TestUser.Ann);
        await CreateAsync(ann, "deputy@crg.example", "Dee Deputy", Roles.Admin);

        var refused = await ann.Staff().DisableAsync(TestUser.Ann.Id, None);

        Assert.Equal(("You cannot disable your own account: ask another administrator.", StaffService.UserField), (refused.Error, refused.Field));
    }

    [Theory, AllProviders]
    public async Task Disabling_refuses_the_sign_in_and_renews_the_stamp_so_open_sessions_end_and_enabling_lets_them_back(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        await using var ann = app.As(TestUser.Ann);
        await CreateAsync(ann, "boss@crg.example", "Ada Boss", Roles.Admin);
        var created = await ann.Staff().CreateAsync(Form("sam@crg.example", "Sam Agent", Roles.Support), None);
        var stampBefore = await StampAsync(app, created.Value.UserId);

        Assert.True((await ann.Staff().DisableAsync(created.Value.UserId, None)).Succeeded);

        Assert.NotEqual(stampBefore, await StampAsync(app, created.Value.UserId));
        Assert.False(await CanSignInAsync(app, "sam@crg.example", created.Value.TemporaryPassword));
        Assert.True((await ann.Staff().EnableAsync(created.Value.UserId, None)).Succeeded);
        Assert.True(await CanSignInAsync(app, "sam@crg.example", created.Value.TemporaryPassword));
    }

    [Theory, AllProviders]
    public async Task A_forced_reset_replaces_the_password_with_a_temporary_one_and_a_two_factor_reset_turns_it_off(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        await using var ann = app.As(TestUser.Ann);
        var created = (await ann.Staff().CreateAsync(Form("sam@crg.example", "Sam Agent", Roles.Support), None)).Value;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var sam = (await users.FindByIdAsync(created.UserId))!;
            sam.MustChangePassword = false;
            await users.UpdateAsync(sam);
            await users.ResetAuthenticatorKeyAsync(sam);
            await users.SetTwoFactorEnabledAsync(sam, true);
        }

        var reset = await ann.Staff().ForcePasswordResetAsync(created.UserId, None);
        var twoFactor = await ann.Staff().ResetTwoFactorAsync(created.UserId, None);

        Assert.True(reset.Succeeded && twoFactor.Succeeded);
        Assert.False(await CanSignInAsync(app, "sam@crg.example", created.TemporaryPassword));
        Assert.True(await CanSignInAsync(app, "sam@crg.example", reset.Value.TemporaryPassword));
        var row = (await ann.Staff().SearchAsync(new StaffQuery(), None)).Items.Single();
        Assert.Equal((true, false), (row.MustChangePassword, row.TwoFactorEnabled));
    }

    private async Task<TestApp> StartAsync(DatabaseProvider provider)
    {
        var app = await databases.StartAsync(provider, new TestAppOptions { WithIdentity = true });
        await using var scope = app.Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            await roles.CreateAsync(new IdentityRole(role));
        }

        return app;
    }

    private static NewStaffForm Form(string email, string name, params string[] roles) => new() { Email = email, DisplayName = name, Roles = [.. roles] };

    private static async Task<string> CreateAsync(UserSession admin, string email, string name, params string[] roles)
    {
        var created = await admin.Staff().CreateAsync(Form(email, name, roles), None);
        Assert.True(created.Succeeded, created.Error);
        return created.Value.UserId;
    }

    private static async Task<string?> StampAsync(TestApp app, string userId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        return await users.GetSecurityStampAsync((await users.FindByIdAsync(userId))!);
    }

    /// <summary>What the sign-in page asks: the password is right and the account is not locked out (nor disabled).</summary>
    private static async Task<bool> CanSignInAsync(TestApp app, string email, string password)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        return !await users.IsLockedOutAsync(user) && await users.CheckPasswordAsync(user, password);
    }
}

internal static class StaffSessions
{
    public static StaffService Staff(this UserSession session) => session.Services.GetRequiredService<StaffService>();
}
