using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.BackOffice.Features.Locations;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CarRentalGateway.BackOffice.Tests.Features.Locations.LocationForms;
using static CarRentalGateway.BackOffice.Tests.Features.Suppliers.SupplierForms;

namespace CarRentalGateway.BackOffice.Tests.Features.Locations;

/// <summary>Every change to a location is audited (who, when, old → new), and a stale change is refused, never applied.</summary>
public sealed class LocationConcurrencyAndAuditTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory, AllProviders]
    public async Task Opening_a_location_writes_one_created_entry_with_every_field_as_readable_text(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE", "Sixt Estonia"));
        app.Clock.Advance(TimeSpan.FromMinutes(1));

        var id = await app.AddLocationAsync("SIXT-EE", ValidLocation(), by: TestUser.Adam);

        await using var support = app.As(TestUser.Sam);
        var entry = Assert.Single(await support.Locations.HistoryAsync(id, None));
        Assert.Equal((AuditAction.Created, TestUser.Adam.Name, TestApp.Start.UtcDateTime.AddMinutes(1)), (entry.Action, entry.UserName, entry.OccurredAtUtc));
        Assert.Equal(
            [
                new("Address", null, "Lennujaama tee 2, 11101 Tallinn"),
                new("AfterHoursFee", null, "25.00 EUR"),
                new("City", null, "Tallinn"),
                new("Code", null, "TLL-AIRPORT"),
                new("CountryCode", null, "EE"),
                new("IataCode", null, "TLL"),
                new("IsActive", null, "True"),
                new("Name", null, "Tallinn Airport"),
                new("OpeningHours", null, OfficeHours),
                new("Phone", null, "+372 600 1234"),
                new("Supplier", null, "SIXT-EE"),
                new("TimeZoneId", null, "Europe/Tallinn"),
                new("Type", null, "Airport"),
            ],
            entry.Changes);

        // The stored entry has the fee as its two columns and the supplier by id; the history reads them out.
        await using var db = await app.OpenDbAsync();
        var supplierId = await db.Suppliers.Select(s => s.Id).SingleAsync();
        var stored = await db.AuditEntries.SingleAsync(a => a.EntityType == "Location");
        Assert.Equal(id.ToString(), stored.EntityKey);
        Assert.Contains(new FieldChange("AfterHoursFeeMinor", null, "2500"), stored.Changes);
        Assert.Contains(new FieldChange("AfterHoursFeeCurrency", null, "EUR"), stored.Changes);
        Assert.Contains(new FieldChange("SupplierId", null, supplierId.ToString()), stored.Changes);
        Assert.Equal(14, stored.Changes.Count);
    }

    [Theory, AllProviders]
    public async Task Changed_opening_hours_and_fee_are_recorded_as_old_and_new_text(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE", "Sixt Estonia"));
        var id = await app.AddLocationAsync("SIXT-EE", ValidLocation());
        var before = await app.LoadLocationAsync(id);

        await using (var adam = app.As(TestUser.Adam))
        {
            var edited = LocationForm.From(before).With(f =>
            {
                f.Day(DayOfWeek.Saturday).Closes = new TimeSpan(16, 0, 0);
                f.Day(DayOfWeek.Sunday).Open = true;
                f.Day(DayOfWeek.Sunday).Opens = new TimeSpan(10, 0, 0);
                f.Day(DayOfWeek.Sunday).Closes = new TimeSpan(14, 0, 0);
                f.AfterHoursFee = 30m;
            });
            var updated = await adam.Locations.UpdateAsync(id, edited, None);
            Assert.True(updated.Succeeded, updated.Error);
        }

        await using var support = app.As(TestUser.Sam);
        var entry = (await support.Locations.HistoryAsync(id, None))[0];
        Assert.Equal((AuditAction.Updated, TestUser.Adam.Name), (entry.Action, entry.UserName));
        Assert.Equal(
            [
                new("AfterHoursFee", "25.00 EUR", "30.00 EUR"),
                new("OpeningHours", OfficeHours, OfficeHours.Replace("Sat 09:00-14:00; Sun closed", "Sat 09:00-16:00; Sun 10:00-14:00", StringComparison.Ordinal)),
            ],
            entry.Changes.OrderBy(c => c.Field, StringComparer.Ordinal));
    }

    [Theory, AllProviders]
    public async Task Switching_to_24_hours_is_recorded_as_24h_and_saving_unchanged_hours_writes_nothing(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE", "Sixt Estonia"));
        var id = await app.AddLocationAsync("SIXT-EE", ValidLocation());
        await using var ann = app.As(TestUser.Ann);

        var unchanged = LocationForm.From(await app.LoadLocationAsync(id)).With(f => f.Name = " Tallinn Airport ");
        Assert.True((await ann.Locations.UpdateAsync(id, unchanged, None)).Succeeded);
        Assert.Single(await ann.Locations.HistoryAsync(id, None));

        var allDay = LocationForm.From(await app.LoadLocationAsync(id)).With(f => { f.Is24Hours = true; f.AfterHoursFee = null; });
        Assert.True((await ann.Locations.UpdateAsync(id, allDay, None)).Succeeded);

        var entry = (await ann.Locations.HistoryAsync(id, None))[0];
        Assert.Equal(
            [
                new("AfterHoursFee", "25.00 EUR", null),
                new("OpeningHours", OfficeHours, "24h"),
            ],
            entry.Changes.OrderBy(c => c.Field, StringComparer.Ordinal));
    }

    [Theory, AllProviders]
    public async Task Deactivating_is_recorded_as_the_active_flag_old_and_new(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE", "Sixt Estonia"));
        var id = await app.AddLocationAsync("SIXT-EE", ValidLocation());
        await using var ann = app.As(TestUser.Ann);

        Assert.True((await ann.Locations.DeactivateAsync(id, (await app.LoadLocationAsync(id)).Version, None)).Succeeded);

        var entry = (await ann.Locations.HistoryAsync(id, None))[0];
        Assert.Equal([new FieldChange("IsActive", "True", "False")], entry.Changes);
    }

    [Theory, AllProviders]
    public async Task A_stale_save_is_refused_naming_who_changed_the_location_and_when(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE", "Sixt Estonia"));
        var id = await app.AddLocationAsync("SIXT-EE", ValidLocation());
        var annSees = await app.LoadLocationAsync(id, by: TestUser.Ann);
        var adamSees = await app.LoadLocationAsync(id, by: TestUser.Adam);
        await using var ann = app.As(TestUser.Ann);
        await using var adam = app.As(TestUser.Adam);
        app.Clock.Advance(TimeSpan.FromMinutes(5));

        var first = await ann.Locations.UpdateAsync(id, LocationForm.From(annSees).With(f => f.Name = "Tallinn Airport, arrivals"), None);
        var second = await adam.Locations.UpdateAsync(id, LocationForm.From(adamSees).With(f => f.Phone = "+372 555 0000"), None);

        Assert.True(first.Succeeded, first.Error);
        Assert.True(second.Failed, "A save from a stale version overwrote someone else's change.");
        Assert.Equal(nameof(LocationForm.Version), second.Field);
        Assert.Contains($"TLL-AIRPORT was changed by {TestUser.Ann.Name} (at 09:31 UTC)", second.Error, StringComparison.Ordinal);
        var now = await app.LoadLocationAsync(id);
        Assert.Equal(("Tallinn Airport, arrivals", "+372 600 1234"), (now.Details.Name, now.Details.Phone));
        Assert.Equal(2, (await ann.Locations.HistoryAsync(id, None)).Count);

        var fresh = await app.LoadLocationAsync(id, by: TestUser.Adam);
        Assert.True((await adam.Locations.UpdateAsync(id, LocationForm.From(fresh).With(f => f.Phone = "+372 555 0000"), None)).Succeeded);
        Assert.Equal("+372 555 0000", (await app.LoadLocationAsync(id)).Details.Phone);
    }

    [Theory, AllProviders]
    public async Task Deactivating_or_deleting_a_stale_version_is_refused_and_changes_nothing(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE", "Sixt Estonia"));
        var id = await app.AddLocationAsync("SIXT-EE", ValidLocation());
        var stale = await app.LoadLocationAsync(id);
        await using var ann = app.As(TestUser.Ann);
        await using var adam = app.As(TestUser.Adam);
        Assert.True((await ann.Locations.UpdateAsync(id, LocationForm.From(stale).With(f => f.Name = "Renamed"), None)).Succeeded);

        var deactivated = await adam.Locations.DeactivateAsync(id, stale.Version, None);
        var deleted = await adam.Locations.DeleteAsync(id, stale.Version, None);

        Assert.Contains(TestUser.Ann.Name, deactivated.Error, StringComparison.Ordinal);
        Assert.Contains(TestUser.Ann.Name, deleted.Error, StringComparison.Ordinal);
        Assert.Equal(nameof(LocationForm.Version), deleted.Field);
        var now = await app.LoadLocationAsync(id);
        Assert.True(now.IsActive);
        Assert.Equal("Renamed", now.Details.Name);
        Assert.Equal(2, (await ann.Locations.HistoryAsync(id, None)).Count);
    }
}
