using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Features.Suppliers;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using CarRentalGateway.Core.Suppliers;
using Microsoft.EntityFrameworkCore;
using static CarRentalGateway.BackOffice.Tests.Features.Suppliers.SupplierForms;

namespace CarRentalGateway.BackOffice.Tests.Features.Suppliers;

/// <summary>Two people editing one supplier: the second save from a stale version is refused, never applied.</summary>
public sealed class SupplierConcurrencyTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory, AllProviders]
    public async Task Second_save_of_a_stale_supplier_is_refused_and_names_who_changed_it(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE", "Sixt Estonia"));
        var annSees = await app.LoadAsync("SIXT-EE", by: TestUser.Ann);
        var adamSees = await app.LoadAsync("SIXT-EE", by: TestUser.Adam);
        Assert.Equal(annSees.Version, adamSees.Version);

        await using var ann = app.As(TestUser.Ann);
        await using var adam = app.As(TestUser.Adam);
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        var first = await ann.Suppliers.UpdateAsync("SIXT-EE", SupplierForm.From(annSees).With(f => f.Name = "Sixt Eesti"), None);
        var second = await adam.Suppliers.UpdateAsync(
            "SIXT-EE", SupplierForm.From(adamSees).With(f => { f.Name = "Sixt Tallinn"; f.Phone = "+372 555 0000"; }), None);

        Assert.True(first.Succeeded, first.Error);
        Assert.True(second.Failed, "A save from a stale version overwrote someone else's change.");
        Assert.Contains("changed by", second.Error, StringComparison.Ordinal);
        Assert.Contains(TestUser.Ann.Name, second.Error, StringComparison.Ordinal);
        Assert.Contains("09:31 UTC", second.Error, StringComparison.Ordinal);

        var now = await app.LoadAsync("SIXT-EE");
        Assert.Equal("Sixt Eesti", now.Details.Name);
        Assert.Equal(annSees.Details.Phone, now.Details.Phone);
        Assert.NotEqual(annSees.Version, now.Version);
    }

    [Theory, AllProviders]
    public async Task A_refused_save_leaves_no_audit_entry_and_a_fresh_load_can_be_saved(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE", "Sixt Estonia"));
        var stale = await app.LoadAsync("SIXT-EE");
        await using var ann = app.As(TestUser.Ann);
        await using var adam = app.As(TestUser.Adam);
        Assert.True((await ann.Suppliers.UpdateAsync("SIXT-EE", SupplierForm.From(stale).With(f => f.Name = "Sixt Eesti"), None)).Succeeded);
        Assert.True((await adam.Suppliers.UpdateAsync("SIXT-EE", SupplierForm.From(stale).With(f => f.Notes = "Stale note"), None)).Failed);

        var fresh = await app.LoadAsync("SIXT-EE", by: TestUser.Adam);
        var retried = await adam.Suppliers.UpdateAsync("SIXT-EE", SupplierForm.From(fresh).With(f => f.Notes = "Fresh note"), None);

        Assert.True(retried.Succeeded, retried.Error);
        var after = await app.LoadAsync("SIXT-EE");
        Assert.Equal(("Sixt Eesti", "Fresh note"), (after.Details.Name, after.Details.Notes));
        Assert.NotEqual(fresh.Version, after.Version);
        var history = await adam.Suppliers.HistoryAsync("SIXT-EE", None);
        Assert.Equal(
            [TestUser.Adam.Name, TestUser.Ann.Name, TestUser.Ann.Name],
            history.Select(h => h.UserName));
        Assert.DoesNotContain(history, h => h.Changes.Any(c => c.New == "Stale note"));
    }

    [Theory, AllProviders]
    public async Task A_status_change_from_a_stale_version_is_refused_and_names_who_changed_it(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE", "Sixt Estonia"));
        var stale = await app.LoadAsync("SIXT-EE");
        await using var ann = app.As(TestUser.Ann);
        await using var adam = app.As(TestUser.Adam);
        Assert.True((await ann.Suppliers.UpdateAsync("SIXT-EE", SupplierForm.From(stale).With(f => f.Name = "Sixt Eesti"), None)).Succeeded);

        var suspended = await adam.Suppliers.ChangeStatusAsync("SIXT-EE", SupplierStatus.Suspended, stale.Version, None);

        Assert.True(suspended.Failed, "A status change from a stale version was applied.");
        Assert.Contains(TestUser.Ann.Name, suspended.Error, StringComparison.Ordinal);
        Assert.Equal(SupplierStatus.Active, (await app.LoadAsync("SIXT-EE")).Status);
    }

    [Theory, AllProviders]
    public async Task A_stale_save_that_changes_nothing_is_still_refused(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE", "Sixt Estonia"));
        var stale = await app.LoadAsync("SIXT-EE");
        await using var ann = app.As(TestUser.Ann);
        await using var adam = app.As(TestUser.Adam);
        Assert.True((await ann.Suppliers.UpdateAsync("SIXT-EE", SupplierForm.From(stale).With(f => f.Name = "Sixt Eesti"), None)).Succeeded);

        // Adam saves the form as he loaded it: applying it would silently undo Ann's rename.
        var resaved = await adam.Suppliers.UpdateAsync("SIXT-EE", SupplierForm.From(stale), None);

        Assert.True(resaved.Failed);
        Assert.Equal("Sixt Eesti", (await app.LoadAsync("SIXT-EE")).Details.Name);
    }

    [Theory, AllProviders]
    public async Task The_version_changes_on_every_save_and_only_then(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE"));
        var versions = new List<Guid> { (await app.LoadAsync("SIXT-EE")).Version };
        await using var ann = app.As(TestUser.Ann);

        var noted = SupplierForm.From(await app.LoadAsync("SIXT-EE")).With(f => f.Notes = "One");
        Assert.True((await ann.Suppliers.UpdateAsync("SIXT-EE", noted, None)).Succeeded);
        versions.Add((await app.LoadAsync("SIXT-EE")).Version);
        Assert.True((await ann.Suppliers.ChangeStatusAsync("SIXT-EE", SupplierStatus.Suspended, versions[^1], None)).Succeeded);
        versions.Add((await app.LoadAsync("SIXT-EE")).Version);

        Assert.Equal(3, versions.Distinct().Count());
        await using var db = await app.OpenDbAsync();
        var stored = await db.Suppliers.Select(s => EF.Property<Guid>(s, "Version")).SingleAsync();
        Assert.Equal(versions[^1], stored);
    }
}
