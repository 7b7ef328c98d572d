using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.BackOffice.Features.Audit;
using CarRentalGateway.BackOffice.Features.Suppliers;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.BackOffice.Tests.Features.Bookings;
using CarRentalGateway.BackOffice.Tests.Features.Contracts;
using CarRentalGateway.BackOffice.Tests.Features.Suppliers;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CarRentalGateway.BackOffice.Tests.Features.Suppliers.SupplierForms;

namespace CarRentalGateway.BackOffice.Tests.Features.Audit;

/// <summary>The audit log as an Admin searches it: every filter, newest first in pages of 50, and links to the entities.</summary>
public sealed class AuditLogServiceTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory, AllProviders]
    public async Task Entries_come_newest_first_in_pages_of_fifty_with_the_total(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await AddEntriesAsync(app, Enumerable.Range(0, 120).Select(i => Entry(minute: i, key: $"report-{i:D3}")).ToArray());

        var first = await SearchAsync(app, new AuditLogQuery());
        var last = await SearchAsync(app, new AuditLogQuery { Page = 2 });

        Assert.Equal(120, first.TotalCount);
        Assert.False(first.MoreThanCounted);
        Assert.Equal(AuditLogQuery.PageSize, first.Items.Count);
        Assert.Equal("report-119", first.Items[0].EntityKey);
        Assert.Equal("report-070", first.Items[^1].EntityKey);
        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"report-{19 - i:D3}"), last.Items.Select(r => r.EntityKey));
    }

    [Theory, AllProviders]
    public async Task Each_filter_narrows_the_log_to_its_entries(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await AddEntriesAsync(app,
            Entry(minute: 0, type: "Report", key: "Revenue summary", user: "fiona.finance@crg.example", action: AuditAction.Exported),
            Entry(minute: 1, type: "Account", key: "sam.support@crg.example", user: "sam.support@crg.example", action: AuditAction.SignInFailed),
            Entry(minute: 2, type: "Account", key: "sam.support@crg.example", user: "sam.support@crg.example", action: AuditAction.SignedIn),
            Entry(minute: 3, type: "Account", key: "samuel@crg.example", user: "samuel@crg.example", action: AuditAction.SignInFailed),
            Entry(minute: 60 * 24, type: "Supplier", key: "5b8e0c1e-0000-0000-0000-000000000001", user: "ann.admin@crg.example"),
            Entry(minute: 60 * 48, type: "Supplier", key: "5b8e0c1e-0000-0000-0000-000000000002", user: "ann.admin@crg.example", action: AuditAction.Created));

        Assert.Equal(["samuel@crg.example", "sam.support@crg.example", "sam.support@crg.example"],
            Keys(await SearchAsync(app, new AuditLogQuery { EntityType = "Account" })));
        Assert.Equal(["5b8e0c1e-0000-0000-0000-000000000002"],
            Keys(await SearchAsync(app, new AuditLogQuery { EntityKey = "5b8e0c1e-0000-0000-0000-000000000002" })));
        Assert.Equal(2, (await SearchAsync(app, new AuditLogQuery { EntityKey = "5B8E0C1E" })).TotalCount);
        Assert.Equal(3, (await SearchAsync(app, new AuditLogQuery { User = "Sam" })).TotalCount);
        Assert.Equal(["samuel@crg.example", "sam.support@crg.example"],
            Keys(await SearchAsync(app, new AuditLogQuery { Action = AuditAction.SignInFailed })));
        Assert.Equal(["sam.support@crg.example"],
            Keys(await SearchAsync(app, new AuditLogQuery { User = "sam.", Action = AuditAction.SignInFailed })));

        // UTC dates, both ends included: the test clock starts on 2026-03-14.
        Assert.Equal(4, (await SearchAsync(app, new AuditLogQuery { ToUtc = new DateOnly(2026, 3, 14) })).TotalCount);
        Assert.Equal(["5b8e0c1e-0000-0000-0000-000000000001"],
            Keys(await SearchAsync(app, new AuditLogQuery { FromUtc = new DateOnly(2026, 3, 15), ToUtc = new DateOnly(2026, 3, 15) })));
        Assert.Empty((await SearchAsync(app, new AuditLogQuery { User = "100%" })).Items);
    }

    [Theory, AllProviders]
    public async Task A_supplier_code_finds_the_entries_of_that_supplier_and_links_to_its_page(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE", "Sixt Estonia"));
        await app.RegisterAsync(Valid("AVIS-LV", "Avis Latvia", "LV"));
        var supplier = await app.LoadAsync("SIXT-EE");
        await using (var ann = app.As(TestUser.Ann))
        {
            var renamed = await ann.Suppliers.UpdateAsync("SIXT-EE", SupplierForm.From(supplier).With(f => f.Name = "Sixt Eesti"), None);
            Assert.True(renamed.Succeeded, renamed.Error);
        }

        var found = await SearchAsync(app, new AuditLogQuery { EntityType = "Supplier", EntityKey = "sixt-ee" });

        Assert.Equal([AuditAction.Updated, AuditAction.Created], found.Items.Select(r => r.Action));
        var edit = found.Items[0];
        Assert.Equal(new EntityLink("SIXT-EE", "/suppliers/SIXT-EE"), edit.Entity);
        Assert.Equal(supplier.Id.ToString(), edit.EntityKey);
        Assert.Equal(TestUser.Ann.Name, edit.UserName);
        Assert.Equal([new FieldChange("Name", "Sixt Estonia", "Sixt Eesti")], edit.Changes);
    }

    [Theory, AllProviders]
    public async Task Entries_link_to_bookings_by_reference_and_contracts_by_id_and_others_not_at_all(DatabaseProvider provider)
    {
        await using var app = await databases.SoldAsync(provider);
        var bookingId = await FirstKeyAsync(app, "Booking");
        var contractId = await FirstKeyAsync(app, "Contract");
        await AddEntriesAsync(app,
            Entry(minute: 5, type: SecurityEvents.EntityType, key: "sam.support@crg.example", action: AuditAction.SignedIn),
            Entry(minute: 6, type: "Supplier", key: Guid.NewGuid().ToString(), action: AuditAction.Deleted));

        var rows = (await SearchAsync(app, new AuditLogQuery())).Items;

        Assert.Equal(new EntityLink(BookingArrange.Reference, $"/bookings/{BookingArrange.Reference}"), Assert.Single(rows, r => r.EntityKey == bookingId).Entity);
        Assert.Equal($"/contracts/{contractId}", rows.First(r => r.EntityKey == contractId).Entity?.Path);
        Assert.Null(Assert.Single(rows, r => r.EntityType == SecurityEvents.EntityType).Entity);
        Assert.Null(Assert.Single(rows, r => r.Action == AuditAction.Deleted).Entity);
        Assert.Equal(
            [bookingId],
            Keys(await SearchAsync(app, new AuditLogQuery { EntityKey = BookingArrange.Reference.ToLowerInvariant() })));
    }

    [Theory, AllProviders]
    public async Task The_entity_type_filter_offers_the_types_the_log_holds(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE", "Sixt Estonia"));
        await AddEntriesAsync(app, Entry(minute: 1, type: "Report"), Entry(minute: 2, type: SecurityEvents.EntityType));

        await using var ann = app.As(TestUser.Ann);
        var types = await ann.Services.GetRequiredService<AuditLogService>().EntityTypesAsync(None);

        Assert.Equal(["Account", "Report", "Supplier"], types);
    }

    [Theory, AllProviders]
    public async Task Past_ten_thousand_entries_the_total_stops_and_says_so(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await AddEntriesAsync(app, Enumerable.Range(0, AuditLogService.CountCap + 1).Select(i => Entry(minute: i)).ToArray());

        var first = await SearchAsync(app, new AuditLogQuery());
        var beyond = await SearchAsync(app, new AuditLogQuery { Page = 1_000 });

        Assert.Equal(AuditLogService.CountCap, first.TotalCount);
        Assert.True(first.MoreThanCounted);
        Assert.Equal(AuditLogQuery.PageSize, beyond.Items.Count);
    }

    private static async Task<AuditLogResults> SearchAsync(TestApp app, AuditLogQuery query)
    {
        await using var ann = app.As(TestUser.Ann);
        return await ann.Services.GetRequiredService<AuditLogService>().SearchAsync(query, None);
    }

    private static List<string> Keys(AuditLogResults results) => results.Items.Select(r => r.EntityKey).ToList();

    private static AuditEntry Entry(
        int minute, string type = "Report", string key = "Bookings", string user = "ann.admin@crg.example", AuditAction action = AuditAction.Updated) => new()
    {
        OccurredAtUtc = TestApp.Start.UtcDateTime.AddMinutes(minute),
        UserName = user,
        EntityType = type,
        EntityKey = key,
        Action = action,
        Changes = [new FieldChange("Field", "old", "new")],
    };

    private static async Task AddEntriesAsync(TestApp app, params AuditEntry[] entries)
    {
        await using var db = await app.OpenDbAsync();
        db.AuditEntries.AddRange(entries);
        await db.SaveChangesAsync();
    }

    private static async Task<string> FirstKeyAsync(TestApp app, string entityType)
    {
        await using var db = await app.OpenDbAsync();
        return await db.AuditEntries.Where(a => a.EntityType == entityType).Select(a => a.EntityKey).FirstAsync();
    }
}
