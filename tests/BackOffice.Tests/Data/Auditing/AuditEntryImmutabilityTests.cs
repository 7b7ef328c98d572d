using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using CarRentalGateway.Core.Suppliers;
using Microsoft.EntityFrameworkCore;
using static CarRentalGateway.BackOffice.Tests.Features.Suppliers.SupplierForms;

namespace CarRentalGateway.BackOffice.Tests.Data.Auditing;

/// <summary>The audit trail is evidence: the application adds entries and never changes or deletes one.</summary>
public sealed class AuditEntryImmutabilityTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    [Theory, AllProviders]
    public async Task Changing_an_audit_entry_is_refused_and_it_stays_as_written(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE", "Sixt Estonia"), by: TestUser.Ann);

        await using (var db = await app.OpenDbAsync())
        {
            var entry = await db.AuditEntries.SingleAsync();
            db.Entry(entry).Property(a => a.UserName).CurrentValue = "someone.else@crg.example";

            var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            Assert.Equal("Audit entries cannot be changed or deleted.", refused.Message);
        }

        Assert.Equal(TestUser.Ann.Name, (await SingleEntryAsync(app)).UserName);
    }

    [Theory, AllProviders]
    public async Task Deleting_an_audit_entry_is_refused_and_nothing_else_in_that_save_happens(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE", "Sixt Estonia"), by: TestUser.Ann);

        await using (var db = await app.OpenDbAsync())
        {
            db.AuditEntries.Remove(await db.AuditEntries.SingleAsync());
            Assert.True((await db.Suppliers.SingleAsync()).ChangeStatus(SupplierStatus.Suspended).Succeeded);

            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }

        var kept = await SingleEntryAsync(app);
        Assert.Equal(AuditAction.Created, kept.Action);
        await using var check = await app.OpenDbAsync();
        Assert.Equal(SupplierStatus.Active, (await check.Suppliers.SingleAsync()).Status);
    }

    private static async Task<AuditEntry> SingleEntryAsync(TestApp app)
    {
        await using var db = await app.OpenDbAsync();
        return await db.AuditEntries.AsNoTracking().SingleAsync();
    }
}
