using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.BackOffice.Features.Suppliers;
using CarRentalGateway.BackOffice.Tests.Features.Suppliers;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using CarRentalGateway.Core.Suppliers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CarRentalGateway.BackOffice.Tests.Features.Suppliers.SupplierForms;

namespace CarRentalGateway.BackOffice.Tests.Data.Auditing;

/// <summary>Every change to a supplier leaves who, when (UTC) and what (old → new), in the same transaction.</summary>
public sealed class AuditTrailTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory, AllProviders]
    public async Task Registering_a_supplier_writes_one_created_entry_with_who_when_and_every_field(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);

        await app.RegisterAsync(Valid("sixt-ee", "Sixt Estonia"), by: TestUser.Ann);

        var supplier = await app.LoadAsync("SIXT-EE");
        var entry = Assert.Single(await AuditEntriesAsync(app));
        Assert.Equal(AuditAction.Created, entry.Action);
        Assert.Equal(TestUser.Ann.Id, entry.UserId);
        Assert.Equal(TestUser.Ann.Name, entry.UserName);
        Assert.Equal(TestApp.Start.UtcDateTime, entry.OccurredAtUtc);
        Assert.Equal("Supplier", entry.EntityType);
        Assert.Equal(supplier.Id.ToString(), entry.EntityKey);
        AssertChanges(
            [
                new("AccountingEmail", null, "accounts@sixt-ee.example"),
                new("Code", null, "SIXT-EE"),
                new("CountryCode", null, "EE"),
                new("CurrencyCode", null, "EUR"),
                new("LegalName", null, "Sixt Estonia AS"),
                new("Name", null, "Sixt Estonia"),
                new("Phone", null, "+372 600 1234"),
                new("ReservationsEmail", null, "reservations@sixt-ee.example"),
                new("Status", null, "Active"),
                new("VatNumber", null, "EE100200300"),
            ],
            entry.Changes);
    }

    [Theory, AllProviders]
    public async Task An_update_records_exactly_the_changed_fields_old_and_new(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE", "Sixt Estonia"), by: TestUser.Ann);
        var before = await app.LoadAsync("SIXT-EE");
        app.Clock.Advance(TimeSpan.FromMinutes(5));

        await using (var adam = app.As(TestUser.Adam))
        {
            var updated = await adam.Suppliers.UpdateAsync(
                "SIXT-EE",
                SupplierForm.From(before).With(f => { f.Name = "Sixt Eesti"; f.Phone = "+372 600 9999"; f.VatNumber = " "; }),
                None);
            Assert.True(updated.Succeeded, updated.Error);
        }

        var entry = (await AuditEntriesAsync(app)).Last();
        Assert.Equal(AuditAction.Updated, entry.Action);
        Assert.Equal(TestUser.Adam.Id, entry.UserId);
        Assert.Equal(TestUser.Adam.Name, entry.UserName);
        Assert.Equal(TestApp.Start.UtcDateTime.AddMinutes(5), entry.OccurredAtUtc);
        Assert.Equal(before.Id.ToString(), entry.EntityKey);
        AssertChanges(
            [
                new("Name", "Sixt Estonia", "Sixt Eesti"),
                new("Phone", "+372 600 1234", "+372 600 9999"),
                new("VatNumber", "EE100200300", null),
            ],
            entry.Changes);
    }

    [Theory, AllProviders]
    public async Task A_status_change_is_recorded_as_the_old_and_new_status(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE"));
        var before = await app.LoadAsync("SIXT-EE");

        await using (var ann = app.As(TestUser.Ann))
        {
            var changed = await ann.Suppliers.ChangeStatusAsync("SIXT-EE", SupplierStatus.Suspended, before.Version, None);
            Assert.True(changed.Succeeded, changed.Error);
        }

        var entries = await AuditEntriesAsync(app);
        Assert.Equal(2, entries.Count);
        Assert.Equal(AuditAction.Updated, entries[1].Action);
        AssertChanges([new("Status", "Active", "Suspended")], entries[1].Changes);
    }

    [Theory, AllProviders]
    public async Task Saving_without_changes_writes_no_entry_and_keeps_the_version(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE"));
        var before = await app.LoadAsync("SIXT-EE");

        await using (var ann = app.As(TestUser.Ann))
        {
            // Trimmed and upper-cased on save, so these are the same details as stored.
            var unchanged = SupplierForm.From(before).With(f => { f.Name = " " + f.Name + " "; f.CountryCode = "ee"; });
            var saved = await ann.Suppliers.UpdateAsync("SIXT-EE", unchanged, None);
            Assert.True(saved.Succeeded, saved.Error);
        }

        Assert.Single(await AuditEntriesAsync(app));
        Assert.Equal(before.Version, (await app.LoadAsync("SIXT-EE")).Version);
    }

    [Theory, AllProviders]
    public async Task A_save_that_fails_leaves_no_audit_entry_behind(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE", "Sixt Estonia"));

        // The service checks the code first; inserting directly reaches the unique index, as a race would.
        await using (var ann = app.As(TestUser.Ann))
        {
            var factory = ann.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
            await using var db = await factory.CreateDbContextAsync();
            var duplicate = Supplier.Register("SIXT-EE", Valid("SIXT-EE", "Sixt Duplicate").ToDetails(), Guid.NewGuid()).Value;
            db.Suppliers.Add(duplicate);

            await Assert.ThrowsAnyAsync<DbUpdateException>(() => db.SaveChangesAsync());

            // The interceptor did add the entry: only the rolled-back transaction keeps it out of the table.
            Assert.Single(db.ChangeTracker.Entries<AuditEntry>());
        }

        var entries = await AuditEntriesAsync(app);
        Assert.Single(entries);
        Assert.Equal(AuditAction.Created, entries[0].Action);
        await using var check = await app.OpenDbAsync();
        Assert.Equal(["Sixt Estonia"], await check.Suppliers.Select(s => s.Name).ToListAsync());
    }

    [Theory, AllProviders]
    public async Task A_synchronous_save_of_an_audited_change_is_refused_and_writes_nothing(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);

        // Only Data Protection's key store saves synchronously (DataProtectionKeyTests); its keys are not audited.
        await using (var ann = app.As(TestUser.Ann))
        {
            await using var db = await ann.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
            db.Suppliers.Add(Supplier.Register("SIXT-EE", Valid("SIXT-EE", "Sixt Estonia").ToDetails(), Guid.NewGuid()).Value);

            var refused = Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
            Assert.Contains("SaveChangesAsync", refused.Message, StringComparison.Ordinal);
        }

        await using var check = await app.OpenDbAsync();
        Assert.Empty(await check.Suppliers.ToListAsync());
        Assert.Empty(await AuditEntriesAsync(app));
    }

    [Theory, AllProviders]
    public async Task The_history_lists_changes_newest_first(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE", "Sixt Estonia"), by: TestUser.Ann);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await using (var adam = app.As(TestUser.Adam))
        {
            var renamed = await adam.Suppliers.UpdateAsync(
                "SIXT-EE", SupplierForm.From(await app.LoadAsync("SIXT-EE")).With(f => f.Name = "Sixt Eesti"), None);
            Assert.True(renamed.Succeeded, renamed.Error);
        }

        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await using (var ann = app.As(TestUser.Ann))
        {
            var version = (await app.LoadAsync("SIXT-EE")).Version;
            var suspended = await ann.Suppliers.ChangeStatusAsync("SIXT-EE", SupplierStatus.Suspended, version, None);
            Assert.True(suspended.Succeeded, suspended.Error);

            // Same instant as the status change: the later save still comes first.
            var noted = await ann.Suppliers.UpdateAsync(
                "SIXT-EE", SupplierForm.From(await app.LoadAsync("SIXT-EE")).With(f => f.Notes = "Suspended until the contract is renewed."), None);
            Assert.True(noted.Succeeded, noted.Error);
        }

        await using var support = app.As(TestUser.Sam);
        var history = await support.Suppliers.HistoryAsync("SIXT-EE", None);

        Assert.Equal(
            [
                (TestApp.Start.UtcDateTime.AddMinutes(2), TestUser.Ann.Name, AuditAction.Updated, "Notes"),
                (TestApp.Start.UtcDateTime.AddMinutes(2), TestUser.Ann.Name, AuditAction.Updated, "Status"),
                (TestApp.Start.UtcDateTime.AddMinutes(1), TestUser.Adam.Name, AuditAction.Updated, "Name"),
                (TestApp.Start.UtcDateTime, TestUser.Ann.Name, AuditAction.Created, "AccountingEmail"),
            ],
            history.Select(h => (h.OccurredAtUtc, h.UserName, h.Action, h.Changes.Select(c => c.Field).Order(StringComparer.Ordinal).First())));
        Assert.Empty(await support.Suppliers.HistoryAsync("NOPE-EE", None));
    }

    private static async Task<List<AuditEntry>> AuditEntriesAsync(TestApp app)
    {
        await using var db = await app.OpenDbAsync();
        return await db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).ToListAsync();
    }

    private static void AssertChanges(IEnumerable<FieldChange> expected, IEnumerable<FieldChange> actual)
    {
        Assert.Equal(expected.OrderBy(c => c.Field, StringComparer.Ordinal), actual.OrderBy(c => c.Field, StringComparer.Ordinal));
        Assert.DoesNotContain(actual, c => c.Field is AuditingModelExtensions.VersionProperty or "Id");
    }
}
