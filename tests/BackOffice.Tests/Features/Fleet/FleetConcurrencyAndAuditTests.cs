using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.BackOffice.Features.Fleet;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using static CarRentalGateway.BackOffice.Tests.Features.Fleet.FleetForms;
using static CarRentalGateway.BackOffice.Tests.Features.Locations.LocationForms;
using static CarRentalGateway.BackOffice.Tests.Features.Suppliers.SupplierForms;

namespace CarRentalGateway.BackOffice.Tests.Features.Fleet;

/// <summary>Every change to a fleet offer is audited (who, when, old → new), and a stale change is refused, never applied.</summary>
public sealed class FleetConcurrencyAndAuditTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory, AllProviders]
    public async Task Opening_an_offer_writes_one_created_entry_with_money_mileage_and_codes_as_readable_text(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE", "Sixt Estonia"));
        var airport = await app.AddLocationAsync("SIXT-EE", ValidLocation());
        app.Clock.Advance(TimeSpan.FromMinutes(1));

        var id = await app.AddOfferAsync("SIXT-EE", ValidOffer(airport), by: TestUser.Adam);

        await using var support = app.As(TestUser.Sam);
        var entry = Assert.Single(await support.Fleet().HistoryAsync(id, None));
        Assert.Equal((AuditAction.Created, TestUser.Adam.Name, TestApp.Start.UtcDateTime.AddMinutes(1)), (entry.Action, entry.UserName, entry.OccurredAtUtc));
        Assert.Contains(new FieldChange("Acriss", null, "CDMR"), entry.Changes);
        Assert.Contains(new FieldChange("Deposit", null, "300.00 EUR"), entry.Changes);
        Assert.Contains(new FieldChange("YoungDriverDailyFee", null, "10.00 EUR"), entry.Changes);
        Assert.Contains(new FieldChange("Location", null, "TLL-AIRPORT"), entry.Changes);
        Assert.Contains(new FieldChange("Supplier", null, "SIXT-EE"), entry.Changes);
        Assert.DoesNotContain(entry.Changes, c => c.Field.EndsWith("Minor", StringComparison.Ordinal) || c.Field.EndsWith("Currency", StringComparison.Ordinal));
    }

    [Theory, AllProviders]
    public async Task An_update_and_a_stop_sell_are_recorded_as_old_and_new_text(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE", "Sixt Estonia"));
        var id = await app.AddOfferAsync("SIXT-EE", ValidOffer(await app.AddLocationAsync("SIXT-EE", ValidLocation())));
        await using var adam = app.As(TestUser.Adam);

        var updated = await adam.Fleet().UpdateAsync(id, FleetOfferForm.From(await app.LoadOfferAsync(id)).With(f =>
        {
            f.Deposit = 450m;
            f.UnlimitedMileage = false;
            f.KilometresPerDay = 300;
        }), None);
        Assert.True(updated.Succeeded, updated.Error);
        Assert.True((await adam.Fleet().StopSellAsync(id, (await app.LoadOfferAsync(id)).Version, None)).Succeeded);

        var history = await adam.Fleet().HistoryAsync(id, None);
        Assert.Equal(3, history.Count);
        Assert.Equal([new FieldChange("StopSell", "False", "True")], history[0].Changes);
        Assert.Equal(
            [new FieldChange("Deposit", "300.00 EUR", "450.00 EUR"), new FieldChange("Mileage", "Unlimited", "300 km/day")],
            history[1].Changes);
        Assert.All(history.Take(2), e => Assert.Equal((AuditAction.Updated, TestUser.Adam.Name), (e.Action, e.UserName)));
    }

    [Theory, AllProviders]
    public async Task A_stale_save_is_refused_naming_who_changed_the_offer_and_when(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE", "Sixt Estonia"));
        var id = await app.AddOfferAsync("SIXT-EE", ValidOffer(await app.AddLocationAsync("SIXT-EE", ValidLocation())));
        var annSees = await app.LoadOfferAsync(id, TestUser.Ann);
        var adamSees = await app.LoadOfferAsync(id, TestUser.Adam);
        await using var ann = app.As(TestUser.Ann);
        await using var adam = app.As(TestUser.Adam);
        app.Clock.Advance(TimeSpan.FromMinutes(5));

        var first = await ann.Fleet().UpdateAsync(id, FleetOfferForm.From(annSees).With(f => f.SampleModel = "VW Golf"), None);
        var second = await adam.Fleet().UpdateAsync(id, FleetOfferForm.From(adamSees).With(f => f.Bags = 3), None);
        var staleStop = await adam.Fleet().StopSellAsync(id, adamSees.Version, None);

        Assert.True(first.Succeeded, first.Error);
        Assert.True(second.Failed, "A save from a stale version overwrote someone else's change.");
        Assert.Equal(nameof(FleetOfferForm.Version), second.Field);
        Assert.Contains($"changed by {TestUser.Ann.Name} (at 09:31 UTC)", second.Error, StringComparison.Ordinal);
        Assert.Equal(nameof(FleetOfferForm.Version), staleStop.Field);
        var now = await app.LoadOfferAsync(id);
        Assert.Equal(("VW Golf", 2, false), (now.Details.SampleModel, now.Details.Bags, now.StopSell));
        Assert.Equal(2, (await ann.Fleet().HistoryAsync(id, None)).Count);
    }
}
