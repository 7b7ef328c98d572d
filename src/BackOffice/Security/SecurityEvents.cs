using System.Globalization;
using System.Security.Claims;
using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.BackOffice.Observability;
using Microsoft.EntityFrameworkCore;

namespace CarRentalGateway.BackOffice.Security;

/// <summary>
/// Records sign-ins, two-factor changes and refusals in the audit trail, beside the changes to data, so the audit log
/// shows them in one place. Each is an <see cref="AuditEntry"/> of type <see cref="EntityType"/> keyed by the account's
/// e-mail (as typed, for a sign-in with an unknown e-mail), with its own <see cref="AuditAction"/> and the details as
/// changes. Passwords and codes are never recorded. Staff accounts add their events (roles changed, disabled) here.
/// </summary>
public sealed class SecurityEvents(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, BackOfficeMetrics metrics)
{
    public const string EntityType = "Account";

    /// <summary>The user name of refusals to someone not signed in.</summary>
    public const string Anonymous = "anonymous";

    /// <summary>A sign-in completed; <paramref name="method"/> says how ("password", "authenticator app", "recovery code").</summary>
    public Task SignInSucceededAsync(ApplicationUser user, string method)
    {
        metrics.SignInAttempted("succeeded");
        return RecordAsync(user.Id, NameOf(user), NameOf(user), AuditAction.SignedIn, [new("Method", null, method)]);
    }

    /// <summary>
    /// A sign-in refused for a wrong password or code, or an e-mail no account has (<paramref name="user"/> null):
    /// recorded under the e-mail as typed, so repeated guesses at one name show up together.
    /// </summary>
    public Task SignInFailedAsync(string emailTyped, ApplicationUser? user, string reason)
    {
        metrics.SignInAttempted("failed");
        var name = user is null ? emailTyped.Trim() : NameOf(user);
        return RecordAsync(user?.Id, name, name, AuditAction.SignInFailed, [new("Reason", null, reason)]);
    }

    /// <summary>A sign-in refused because the account is locked out, until <paramref name="until"/> (UTC).</summary>
    public Task LockedOutAsync(ApplicationUser user, DateTimeOffset? until)
    {
        metrics.SignInAttempted("locked_out");
        return RecordAsync(user.Id, NameOf(user), NameOf(user), AuditAction.LockedOut,
            [new("Locked until", null, until?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC")]);
    }

    public Task TwoFactorEnabledAsync(ClaimsPrincipal by, ApplicationUser account) =>
        RecordByAsync(by, account, AuditAction.TwoFactorEnabled, [new("Two-factor", "off", "on")]);

    public Task TwoFactorDisabledAsync(ClaimsPrincipal by, ApplicationUser account) =>
        RecordByAsync(by, account, AuditAction.TwoFactorDisabled, [new("Two-factor", "on", "off")]);

    /// <summary>The authenticator key was replaced, which turns two-factor off until the app is set up again.</summary>
    public Task TwoFactorResetAsync(ClaimsPrincipal by, ApplicationUser account) =>
        RecordByAsync(by, account, AuditAction.TwoFactorReset, [new("Authenticator key", "set", "replaced"), new("Two-factor", null, "off")]);

    public Task RecoveryCodesRenewedAsync(ClaimsPrincipal by, ApplicationUser account, int count) =>
        RecordByAsync(by, account, AuditAction.RecoveryCodesRenewed,
            [new("Recovery codes", "earlier codes", count.ToString(CultureInfo.InvariantCulture) + " new codes")]);

    /// <summary>An administrator created the account, with these roles and a temporary password.</summary>
    public Task AccountCreatedAsync(ClaimsPrincipal by, ApplicationUser account, IEnumerable<string> roles) =>
        RecordByAsync(by, account, AuditAction.Created, [new("Roles", null, RolesText(roles)), new("Password", null, "temporary")]);

    public Task RolesChangedAsync(ClaimsPrincipal by, ApplicationUser account, IEnumerable<string> before, IEnumerable<string> after) =>
        RecordByAsync(by, account, AuditAction.RolesChanged, [new("Roles", RolesText(before), RolesText(after))]);

    public Task AccountDisabledAsync(ClaimsPrincipal by, ApplicationUser account) =>
        RecordByAsync(by, account, AuditAction.AccountDisabled, [new("Status", "active", "disabled")]);

    public Task AccountEnabledAsync(ClaimsPrincipal by, ApplicationUser account) =>
        RecordByAsync(by, account, AuditAction.AccountEnabled, [new("Status", "disabled", "active")]);

    /// <summary>An administrator replaced the password with a temporary one (never recorded) to change at the next sign-in.</summary>
    public Task TemporaryPasswordGivenAsync(ClaimsPrincipal by, ApplicationUser account) =>
        RecordByAsync(by, account, AuditAction.TemporaryPassword, [new("Password", "the person's own", "temporary")]);

    /// <summary>
    /// <paramref name="user"/> was refused something <paramref name="policy"/> guards: a page or download
    /// (<paramref name="where"/> is its path) or a service method (its name).
    /// </summary>
    public Task AccessDeniedAsync(ClaimsPrincipal user, string policy, string where)
    {
        var name = user.Identity?.IsAuthenticated == true ? user.Identity.Name ?? Anonymous : Anonymous;
        return RecordAsync(user.FindFirstValue(ClaimTypes.NameIdentifier), name, name, AuditAction.AccessDenied,
            [new("Policy", null, policy), new("Refused", null, where)]);
    }

    public Task SessionEndedAsync(string userId, string userName, SessionEnd because) =>
        RecordAsync(userId, userName, userName, AuditAction.SessionEnded, [new("Ended", null, because switch
        {
            SessionEnd.SignedOut => "signed out",
            SessionEnd.IdleTimeout => "idle too long",
            SessionEnd.LifetimeReached => "lifetime reached",
            _ => because.ToString(),
        })]);

    private Task RecordByAsync(ClaimsPrincipal by, ApplicationUser account, AuditAction action, List<FieldChange> changes) =>
        RecordAsync(by.FindFirstValue(ClaimTypes.NameIdentifier), by.Identity?.Name ?? AuditingInterceptor.SystemUserName, NameOf(account), action, changes);

    // Its own context and save: an event is recorded whatever happens to the work around it, and never waits for it.
    private async Task RecordAsync(string? userId, string userName, string account, AuditAction action, List<FieldChange> changes)
    {
        await using var db = await dbFactory.CreateDbContextAsync(CancellationToken.None);
        db.AuditEntries.Add(new AuditEntry
        {
            OccurredAtUtc = clock.GetUtcNow().UtcDateTime,
            UserId = userId,
            UserName = Clipped(userName, AuditEntry.UserNameMaxLength),
            EntityType = EntityType,
            EntityKey = Clipped(account, AuditEntry.EntityKeyMaxLength),
            Action = action,
            Changes = changes,
        });
        await db.SaveChangesAsync(CancellationToken.None);
    }

    private static string RolesText(IEnumerable<string> roles) =>
        roles.Order(StringComparer.Ordinal).ToList() is { Count: > 0 } sorted ? string.Join(", ", sorted) : "none";

    private static string NameOf(ApplicationUser user) => user.UserName ?? user.Email ?? user.Id;

    // What someone typed at sign-in is only length-checked by the browser; the column is not longer than this.
    private static string Clipped(string text, int maxLength) => text.Length <= maxLength ? text : text[..maxLength];
}
