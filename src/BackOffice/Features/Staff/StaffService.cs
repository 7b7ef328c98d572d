using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Features.Shared;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.Core.Common;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CarRentalGateway.BackOffice.Features.Staff;

/// <summary>
/// Staff accounts, for administrators only (<see cref="Policies.ManageStaff"/>): find people, create an account with a
/// temporary password, change roles, disable and enable, force a new password, reset two-factor. Every change renews
/// the person's security stamp, so their open sessions lose what they no longer may within the revalidation interval.
/// There is always an enabled Admin, and nobody disables themselves. Each change is a security event in the audit log.
/// </summary>
/// <remarks>Each operation gets a UserManager of its own scope: a circuit-long one would keep its DbContext's stale entities.</remarks>
public sealed class StaffService(
    IDbContextFactory<AppDbContext> dbFactory, IServiceScopeFactory scopes, AccessGuard access, ICurrentUser currentUser,
    SecurityEvents events, TimeProvider clock, IOptions<TwoFactorOptions> twoFactor)
{
    public const string UserField = "User";
    public const string RolesField = nameof(NewStaffForm.Roles);

    public async Task<PageOf<StaffRow>> SearchAsync(StaffQuery query, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ManageStaff);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var start = LikePattern.StartingWith(query.Text.Trim());
            users = users.Where(u => EF.Functions.Like(u.Email!, start, LikePattern.Escape) || EF.Functions.Like(u.DisplayName!, start, LikePattern.Escape));
        }

        if (!string.IsNullOrWhiteSpace(query.Role))
        {
            var role = query.Role.Trim();
            users = users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)));
        }

        // Staff are counted in dozens, not millions: status (lockout is a DateTimeOffset, which SQLite cannot compare)
        // and paging are applied in memory.
        var found = await users
            .Select(u => new
            {
                u.Id, u.Email, u.DisplayName, u.DisabledAtUtc, u.LockoutEnd, u.TwoFactorEnabled, u.MustChangePassword,
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
            })
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var rows = found
            .Select(u => new StaffRow(
                u.Id, u.Email!, u.DisplayName, u.Roles.Order(StringComparer.Ordinal).ToList(),
                u.DisabledAtUtc is not null ? StaffStatus.Disabled : u.LockoutEnd > now ? StaffStatus.LockedOut : StaffStatus.Active,
                u.TwoFactorEnabled, twoFactor.Value.RequiringRolesAmong(u.Roles).Count > 0, u.MustChangePassword))
            .Where(r => query.Status is null || r.Status == query.Status)
            .OrderBy(r => r.Email, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
        var pageSize = Math.Clamp(query.PageSize, 1, 200);
        return new PageOf<StaffRow>(rows.Skip(Math.Max(query.Page, 0) * pageSize).Take(pageSize).ToList(), rows.Count);
    }

    /// <summary>Creates an enabled account with the given roles and a temporary password it must change at first sign-in.</summary>
    public async Task<Result<TemporaryAccess>> CreateAsync(NewStaffForm form, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ManageStaff);
        if (UnknownRole(form.Roles) is { } unknown)
        {
            return Result.Fail<TemporaryAccess>(unknown, RolesField);
        }

        var email = (form.Email ?? "").Trim();
        var displayName = (form.DisplayName ?? "").Trim();
        if (!EmailAddress.IsValid(email))
        {
            return Result.Fail<TemporaryAccess>(NewStaffForm.EmailMessage, nameof(NewStaffForm.Email));
        }

        if (displayName.Length is 0 or > ApplicationUser.DisplayNameMaxLength)
        {
            return Result.Fail<TemporaryAccess>(
                $"Give the person's name, at most {ApplicationUser.DisplayNameMaxLength} characters.", nameof(NewStaffForm.DisplayName));
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        if (await users.FindByEmailAsync(email) is not null)
        {
            return Result.Fail<TemporaryAccess>($"{email} already has an account.", nameof(NewStaffForm.Email));
        }

        var user = new ApplicationUser
        {
            UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName, MustChangePassword = true,
        };
        var password = TemporaryPasswords.New();
        if (Refusal(await users.CreateAsync(user, password), nameof(NewStaffForm.Email)) is { } refused)
        {
            return Result.Fail<TemporaryAccess>(refused.Error!, refused.Field);
        }

        if (form.Roles.Count > 0 && Refusal(await users.AddToRolesAsync(user, form.Roles), RolesField) is { } rolesRefused)
        {
            return Result.Fail<TemporaryAccess>(rolesRefused.Error!, rolesRefused.Field);
        }

        await events.AccountCreatedAsync(await currentUser.GetPrincipalAsync(), user, form.Roles);
        return Result.Ok(new TemporaryAccess(user.Id, email, password));
    }

    /// <summary>Gives the person exactly <paramref name="roles"/>; refused when it would leave no enabled Admin.</summary>
    public async Task<Result> ChangeRolesAsync(string userId, IReadOnlySet<string> roles, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ManageStaff);
        if (UnknownRole(roles) is { } unknown)
        {
            return Result.Fail(unknown, RolesField);
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return NotFound(userId);
        }

        var current = await users.GetRolesAsync(user);
        if (current.Contains(Roles.Admin) && !roles.Contains(Roles.Admin) && user.DisabledAtUtc is null && await EnabledAdminsAsync(users) == 1)
        {
            return Result.Fail($"{user.Email} is the last administrator: make someone else an Admin first.", RolesField);
        }

        var refused = Refusal(await users.RemoveFromRolesAsync(user, current.Except(roles)), RolesField)
            ?? Refusal(await users.AddToRolesAsync(user, roles.Except(current)), RolesField)
            ?? Refusal(await users.UpdateSecurityStampAsync(user), UserField);
        return refused ?? await RecordedAsync(by => events.RolesChangedAsync(by, user, current, roles));
    }

    /// <summary>Stops the person signing in and ends their sessions; refused for oneself and for the last enabled Admin.</summary>
    public async Task<Result> DisableAsync(string userId, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ManageStaff);
        var me = (await currentUser.GetPrincipalAsync()).FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
        if (userId == me)
        {
            return Result.Fail("You cannot disable your own account: ask another administrator.", UserField);
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return NotFound(userId);
        }

        if (user.DisabledAtUtc is not null)
        {
            return Result.Ok();
        }

        if (await users.IsInRoleAsync(user, Roles.Admin) && await EnabledAdminsAsync(users) == 1)
        {
            return Result.Fail($"{user.Email} is the last administrator: make someone else an Admin first.", UserField);
        }

        // Identity's own lockout refuses the sign-in; the renewed stamp ends open sessions at their next revalidation.
        user.DisabledAtUtc = clock.GetUtcNow().UtcDateTime;
        user.LockoutEnd = DateTimeOffset.MaxValue;
        return Refusal(await users.UpdateAsync(user), UserField)
            ?? Refusal(await users.UpdateSecurityStampAsync(user), UserField)
            ?? await RecordedAsync(by => events.AccountDisabledAsync(by, user));
    }

    /// <summary>Lets a disabled person sign in again, with the roles they had.</summary>
    public async Task<Result> EnableAsync(string userId, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ManageStaff);
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return NotFound(userId);
        }

        var wasDisabled = user.DisabledAtUtc is not null;
        user.DisabledAtUtc = null;
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        return Refusal(await users.UpdateAsync(user), UserField)
            ?? (wasDisabled ? await RecordedAsync(by => events.AccountEnabledAsync(by, user)) : Result.Ok());
    }

    /// <summary>Replaces the password with a temporary one to hand over, to be changed at the next sign-in; ends open sessions.</summary>
    public async Task<Result<TemporaryAccess>> ForcePasswordResetAsync(string userId, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ManageStaff);
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return Result.Fail<TemporaryAccess>($"There is no account {userId}.", UserField);
        }

        var password = TemporaryPasswords.New();
        user.MustChangePassword = true;
        var refused = Refusal(await users.RemovePasswordAsync(user), UserField)
            ?? Refusal(await users.AddPasswordAsync(user, password), UserField)
            ?? Refusal(await users.UpdateAsync(user), UserField);
        if (refused is not null)
        {
            return Result.Fail<TemporaryAccess>(refused.Error!, refused.Field);
        }

        await events.TemporaryPasswordGivenAsync(await currentUser.GetPrincipalAsync(), user);
        return Result.Ok(new TemporaryAccess(user.Id, user.Email!, password));
    }

    /// <summary>Turns two-factor off and forgets the authenticator key, for someone who lost their phone; ends open sessions.</summary>
    public async Task<Result> ResetTwoFactorAsync(string userId, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ManageStaff);
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return NotFound(userId);
        }

        return Refusal(await users.SetTwoFactorEnabledAsync(user, false), UserField)
            ?? Refusal(await users.ResetAuthenticatorKeyAsync(user), UserField)
            ?? await RecordedAsync(by => events.TwoFactorResetAsync(by, user));
    }

    /// <summary>Records the change as a security event by the administrator acting; the change itself is done.</summary>
    private async Task<Result> RecordedAsync(Func<ClaimsPrincipal, Task> record)
    {
        await record(await currentUser.GetPrincipalAsync());
        return Result.Ok();
    }

    private static async Task<int> EnabledAdminsAsync(UserManager<ApplicationUser> users) =>
        (await users.GetUsersInRoleAsync(Roles.Admin)).Count(u => u.DisabledAtUtc is null);

    private static string? UnknownRole(IEnumerable<string> roles) =>
        roles.FirstOrDefault(r => !Security.Roles.All.Contains(r)) is { } unknown
            ? $"There is no role \"{unknown}\"; the roles are {string.Join(", ", Security.Roles.All)}."
            : null;

    private static Result NotFound(string userId) => Result.Fail($"There is no account {userId}.", UserField);

    private static Result? Refusal(IdentityResult result, string field) =>
        result.Succeeded ? null : Result.Fail(string.Join(" ", result.Errors.Select(e => e.Description)), field);
}
