using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.BackOffice.Data.Seeding;
using CarRentalGateway.BackOffice.Features.Suppliers;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using CarRentalGateway.Core.Suppliers;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CarRentalGateway.BackOffice.Tests.Data.Seeding;

/// <summary>Start-up on a new database: migrations, the three roles, the first Admin, and demo data when asked.</summary>
public sealed class DatabaseInitializationTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private const string AdminEmail = "first.admin@crg.example";
    private const string AdminPassword = "correct horse battery staple";

    [Theory]
    [InlineData("STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_AUTO_CREATE_USER,NO_ENGINE_SUBSTITUTION", true)]
    [InlineData("STRICT_ALL_TABLES", true)]
    [InlineData("ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION", false)]
    [InlineData("", false)]
    public void Migrating_mariadb_requires_a_strict_sql_mode_so_overlong_text_is_refused(string sqlMode, bool accepted) =>
        Assert.Equal(accepted, DatabaseInitializer.RefusesOverlongText(sqlMode));

    [Theory, AllProviders]
    public async Task First_start_on_an_empty_database_migrates_it_and_creates_the_roles_and_the_configured_admin(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateEmptyAsync(provider);
        await using var app = TestApp.Build(database, WithBootstrap(AdminEmail, AdminPassword));

        await app.Services.InitializeDatabaseAsync(migrate: true, demoData: false);

        await using var scope = app.Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        Assert.Equal([Roles.Admin, Roles.Finance, Roles.Support], await roles.Roles.Select(r => r.Name!).OrderBy(n => n).ToListAsync());
        var admin = Assert.Single(await users.Users.ToListAsync());
        Assert.Equal(AdminEmail, admin.Email);
        Assert.True(admin.EmailConfirmed, "The first Admin could not sign in: the template requires a confirmed account.");
        Assert.Equal([Roles.Admin], await users.GetRolesAsync(admin));
        Assert.True(await users.CheckPasswordAsync(admin, AdminPassword));
        Assert.False(await users.CheckPasswordAsync(admin, "correct horse battery stapler"));
        Assert.DoesNotContain(app.Logs.Records, r => r.Message.Contains(AdminPassword, StringComparison.Ordinal));

        await using var db = await app.OpenDbAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await db.Suppliers.CountAsync());
    }

    [Theory, AllProviders]
    public async Task Without_a_configured_password_the_first_admin_gets_a_generated_one_shown_once_in_the_log(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider, WithBootstrap(AdminEmail, password: ""));

        await app.Services.InitializeDatabaseAsync(migrate: true, demoData: false);
        await app.Services.InitializeDatabaseAsync(migrate: true, demoData: false);

        var told = Assert.Single(app.Logs.Records, r => r.Values.ContainsKey("Password"));
        var generated = Assert.IsType<string>(told.Values["Password"]);
        Assert.True(generated.Length >= 16, $"The generated password '{generated}' is short.");
        Assert.Equal(LogLevel.Warning, told.Level);
        Assert.Contains(AdminEmail, told.Message, StringComparison.Ordinal);
        Assert.Single(app.Logs.Records, r => r.Message.Contains(generated, StringComparison.Ordinal));

        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var admin = Assert.Single(await users.Users.ToListAsync());
        Assert.True(await users.IsInRoleAsync(admin, Roles.Admin));
        Assert.True(await users.CheckPasswordAsync(admin, generated));
        Assert.False(await users.CheckPasswordAsync(admin, ""));
        Assert.False(await users.CheckPasswordAsync(admin, "wrong password entirely"));
    }

    [Theory, AllProviders]
    public async Task Starting_again_creates_no_second_admin_and_no_second_role(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider, WithBootstrap(AdminEmail, AdminPassword));
        await app.Services.InitializeDatabaseAsync(migrate: true, demoData: false);

        // The next start has other bootstrap settings: they only count while nobody can sign in.
        await using (var restarted = TestApp.Build(app.Database, WithBootstrap("someone.else@crg.example", "another long passphrase here")))
        {
            await restarted.Services.InitializeDatabaseAsync(migrate: true, demoData: false);
        }

        await using var db = await app.OpenDbAsync();
        Assert.Equal([AdminEmail], await db.Users.Select(u => u.Email).ToListAsync());
        Assert.Equal(3, await db.Roles.CountAsync());
        Assert.Equal(1, await db.UserRoles.CountAsync());
    }

    [Theory, AllProviders]
    public async Task Demo_data_fills_an_empty_database_with_suppliers_once(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider, WithBootstrap(AdminEmail, AdminPassword));

        await app.Services.InitializeDatabaseAsync(migrate: true, demoData: true);
        var suppliers = await SuppliersAsync(app);
        await app.Services.InitializeDatabaseAsync(migrate: true, demoData: true);

        Assert.True(suppliers.Count >= 12, $"Only {suppliers.Count} demo suppliers.");
        var countries = suppliers.Select(s => s.CountryCode).ToHashSet();
        Assert.Superset(new HashSet<string> { "EE", "LV", "LT" }, countries);
        Assert.True(countries.Intersect(["FI", "SE", "NO", "DK", "IS"]).Count() >= 3, "Too few Nordic demo suppliers.");
        Assert.Contains(suppliers, s => s.Status == SupplierStatus.Suspended);
        Assert.Equal(suppliers, await SuppliersAsync(app));

        // Seeding is a change like any other: audited, by the system, once per row it adds.
        await using (var db = await app.OpenDbAsync())
        {
            var entries = await db.AuditEntries.ToListAsync();
            var rowsAdded = suppliers.Count + await db.Locations.CountAsync() + await db.Contracts.CountAsync()
                + await db.FleetOffers.CountAsync() + await db.OfferRates.CountAsync() + await db.Seasons.CountAsync()
                + await db.SupplierExtras.CountAsync() + await db.OneWayFees.CountAsync()
                + await db.PricingRuleSets.CountAsync() + await db.PricingRules.CountAsync()
                + (await db.Bookings.AsNoTracking().ToListAsync()).Sum(b => 1 + b.Notes.Count);
            Assert.Equal(rowsAdded, entries.Count);

            // Every active demo station offers cars with rates.
            var stationsWithoutFleet = await db.Locations
                .Where(l => l.IsActive && !db.FleetOffers.Any(o => o.LocationId == l.Id))
                .Select(l => l.Code)
                .ToListAsync();
            Assert.Empty(stationsWithoutFleet);
            Assert.Equal(await db.FleetOffers.CountAsync(), await db.OfferRates.CountAsync());
            // Each row is created, except that a demo booking's note is an update in the booking's history.
            var notes = entries.Where(e => e.Action == AuditAction.Updated).ToList();
            Assert.All(notes, e => Assert.Equal(nameof(Core.Bookings.Booking), e.EntityType));
            Assert.All(entries, e =>
                Assert.Equal((e.Action, AuditingInterceptor.SystemUserName, (string?)null), (e.Action, e.UserName, e.UserId)));
            Assert.Equal(entries.Count - notes.Count, entries.Count(e => e.Action == AuditAction.Created));
        }

        await using var support = app.As(TestUser.Sam);
        var found = await support.Suppliers.SearchAsync(new SupplierQuery { Search = "baltic" }, CancellationToken.None);
        Assert.Contains(found.Items, r => r.Name == "Baltic Drive");
    }

    private static TestAppOptions WithBootstrap(string email, string password) => new()
    {
        WithIdentity = true,
        Settings = new Dictionary<string, string?>
        {
            ["Bootstrap:AdminEmail"] = email,
            ["Bootstrap:AdminPassword"] = password,
        },
    };

    private static async Task<List<SupplierRow>> SuppliersAsync(TestApp app)
    {
        await using var db = await app.OpenDbAsync();
        return await db.Suppliers.AsNoTracking().OrderBy(s => s.Code)
            .Select(s => new SupplierRow(s.Code, s.Name, s.CountryCode, s.CurrencyCode, s.Status))
            .ToListAsync();
    }
}
