using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.Core.Suppliers;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;

// Each collection runs an app and a Chromium of its own: one at a time is all a small CI machine can drive reliably.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace CarRentalGateway.EndToEnd.Tests.Infrastructure;

/// <summary>
/// One running app and one headless Chromium, shared by every test of the collection; each test opens its
/// own browser context, so cookies and sessions never leak from one test to the next.
/// </summary>
public class BackOfficeFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public BackOfficeFixture()
        : this(new Dictionary<string, string>())
    {
    }

    /// <summary>An app of its own with <paramref name="settings"/>, for tests that need the app configured otherwise.</summary>
    protected BackOfficeFixture(IReadOnlyDictionary<string, string> settings, TimeProvider? clock = null) =>
        App = new BackOfficeAppFactory(settings, clock: clock);

    public BackOfficeAppFactory App { get; }

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    /// <summary>A supplier that exists from the start, so supplier lists are never empty.</summary>
    public static string BaselineSupplierCode => "E2E-BASELINE";

    public async Task InitializeAsync()
    {
        // Starting the server runs Program.cs: migrations, roles and the bootstrap Admin.
        _ = App.BaseAddress;
        await CreateUsersAsync();
        await AddSupplierAsync(BaselineSupplierCode, "Baseline Rentals");

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(BrowserLaunch.Options);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        await App.DisposeAsync();
    }

    /// <summary>Registers an active supplier straight in the database, as if someone had done it earlier.</summary>
    public Task AddSupplierAsync(string code, string name) => InDatabaseAsync(db =>
    {
        db.Suppliers.Add(ActiveSupplier(code, name));
        return db.SaveChangesAsync();
    });

    /// <summary>An active supplier in Estonia, selling in euros, as the tests register them.</summary>
    public static Supplier ActiveSupplier(string code, string name)
    {
        var details = new SupplierDetails(
            name, $"{name} OÜ", "EE", "EUR", VatNumber: null, $"reservations@{code.ToLowerInvariant()}.example",
            AccountingEmail: null, Phone: null, Notes: null);
        var supplier = Supplier.Register(code, details, Guid.NewGuid());
        return supplier.Failed ? throw new InvalidOperationException($"Test supplier {code} is invalid: {supplier.Error}") : supplier.Value;
    }

    public Task<bool> SupplierExistsAsync(string code) => InDatabaseAsync(db => db.Suppliers.AnyAsync(s => s.Code == code));

    /// <summary>
    /// An account as an administrator creates it: enabled, with <paramref name="role"/> and a temporary password that
    /// must be changed at the first sign-in.
    /// </summary>
    public Task AddAccountWithTemporaryPasswordAsync(string email, string temporaryPassword, string role) =>
        AddAccountAsync(email, temporaryPassword, role, mustChangePassword: true);

    /// <summary>An account that has chosen its password and signs in straight away.</summary>
    public Task AddAccountAsync(string email, string password, string role) =>
        AddAccountAsync(email, password, role, mustChangePassword: false);

    /// <summary>Gives <paramref name="email"/> one more role, as an administrator would.</summary>
    public Task GiveRoleAsync(string email, string role) => WithAccountAsync(email, async (users, user) =>
    {
        Ensure(await users.AddToRoleAsync(user, role), $"give {email} the role {role}");
        return true;
    });

    /// <summary>
    /// Two-factor on for <paramref name="email"/>, as if they had set up their app earlier; the key their app holds, for
    /// <see cref="AuthenticatorCode.For"/>. An account that has it already keeps its key.
    /// </summary>
    public Task<string> TurnOnTwoFactorAsync(string email) => WithAccountAsync(email, async (users, user) =>
    {
        if (!user.TwoFactorEnabled)
        {
            Ensure(await users.ResetAuthenticatorKeyAsync(user), $"make an authenticator key for {email}");
            Ensure(await users.SetTwoFactorEnabledAsync(user, true), $"turn on two-factor for {email}");
        }

        return (await users.GetAuthenticatorKeyAsync(user))!;
    });

    /// <summary>The audit entries of one entity (or, under "Account", one e-mail), oldest first, read straight from the database.</summary>
    public Task<List<AuditEntry>> AuditEntriesAsync(string entityType, string entityKey) => InDatabaseAsync(db =>
        db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == entityType && a.EntityKey == entityKey)
            .OrderBy(a => a.Id)
            .ToListAsync());

    /// <summary>The last activity the server has recorded in the newest session of <paramref name="email"/> (an account with one).</summary>
    public Task<DateTime?> LastSessionActivityAsync(string email) => InDatabaseAsync(db =>
        db.StaffSessions
            .Where(s => db.Users.Any(u => u.Id == s.UserId && u.Email == email))
            .OrderByDescending(s => s.StartedAtUtc)
            .Select(s => (DateTime?)s.LastActivityAtUtc)
            .FirstOrDefaultAsync());

    private async Task CreateUsersAsync()
    {
        foreach (var testUser in TestUsers.CreatedByTests)
        {
            await AddAccountAsync(testUser.Email, testUser.Password, testUser.Role, mustChangePassword: false);
        }
    }

    private async Task AddAccountAsync(string email, string password, string? role, bool mustChangePassword)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, MustChangePassword = mustChangePassword };
        Ensure(await users.CreateAsync(user, password), $"create {email}");
        if (role is not null)
        {
            Ensure(await users.AddToRoleAsync(user, role), $"give {email} the role {role}");
        }
    }

    // A scope of its own: the context factory is scoped, and its auditing interceptor wants the scope's user (here
    // nobody, so "system").
    private async Task<T> InDatabaseAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var dbFactory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>();
        await using var db = await dbFactory.CreateDbContextAsync();
        return await work(db);
    }

    private async Task<T> WithAccountAsync<T>(string email, Func<UserManager<ApplicationUser>, ApplicationUser, Task<T>> work)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No account {email}.");
        return await work(users, user);
    }

    private static void Ensure(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}

/// <summary>How the tests start Chromium.</summary>
public static class BrowserLaunch
{
    public static BrowserTypeLaunchOptions Options => new()
    {
        // Debian's chromium; never Playwright's own download.
        ExecutablePath = Environment.GetEnvironmentVariable("BACKOFFICE_TEST_CHROMIUM") ?? "/usr/bin/chromium",
        Headless = true,
        Args =
        [
            "--no-sandbox",
            "--disable-gpu",
            // Without these Chromium keeps calling outside hosts, which a closed network refuses.
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    };
}

/// <summary>All browser tests share one app and one browser, and so run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BackOfficeCollection : ICollectionFixture<BackOfficeFixture>
{
    public const string Name = "BackOffice in Chromium";
}

/// <summary>
/// The app with every export that has rows written in the background (Reports:BackgroundAboveRows = 0), so a
/// test sees the progress panel and the file offered when ready without seeding thousands of bookings.
/// </summary>
public sealed class BackgroundExportsFixture() : BackOfficeFixture(new Dictionary<string, string> { ["Reports:BackgroundAboveRows"] = "0" });

/// <summary>
/// The app configured as production is (TwoFactor:RequiredForRoles = Admin,Finance), for the tests of required two-factor;
/// the others run as Development, which does not require it.
/// </summary>
public sealed class RequiredTwoFactorFixture() : BackOfficeFixture(new Dictionary<string, string> { ["TwoFactor:RequiredForRoles"] = "Admin,Finance" });

/// <summary>The required two-factor tests: their own app, so no other test's Admin or Finance user is asked to set it up.</summary>
[CollectionDefinition(Name)]
public sealed class RequiredTwoFactorCollection : ICollectionFixture<RequiredTwoFactorFixture>
{
    public const string Name = "BackOffice with required two-factor";
}

/// <summary>The background-export tests: their own app, so the low threshold never changes another test's download.</summary>
[CollectionDefinition(Name)]
public sealed class BackgroundExportsCollection : ICollectionFixture<BackgroundExportsFixture>
{
    public const string Name = "BackOffice with background exports";
}

/// <summary>
/// The app with sessions timed by a clock the tests move by hand, ending after 30 minutes idle or 10 hours in all (the
/// production defaults, written out so the tests read on their own).
/// </summary>
public sealed class SessionClockFixture() : BackOfficeFixture(
    new Dictionary<string, string> { ["Sessions:IdleTimeout"] = "00:30:00", ["Sessions:AbsoluteLifetime"] = "10:00:00" },
    SessionClock)
{
    private static readonly FakeTimeProvider SessionClock = new(DateTimeOffset.UtcNow);

    public FakeTimeProvider Clock => SessionClock;
}

/// <summary>The session timeout tests: their own app, because they move its sessions hours ahead.</summary>
[CollectionDefinition(Name)]
public sealed class SessionClockCollection : ICollectionFixture<SessionClockFixture>
{
    public const string Name = "BackOffice on a hand-moved clock";
}
