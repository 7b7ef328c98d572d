using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Features.Rates;
using CarRentalGateway.BackOffice.Features.Shared;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Rates;

namespace CarRentalGateway.BackOffice.Tests.Features.Rates;

/// <summary>A supplier's extras and one-way fees: created, listed, changed, removed; duplicates refused.</summary>
public sealed class ExtrasServiceTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory, AllProviders]
    public async Task Extras_are_created_listed_changed_and_removed(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        var arranged = await app.OfferAsync();
        await using var ann = app.As(TestUser.Ann);
        var extras = ann.Extras();

        var seat = await extras.CreateExtraAsync(arranged.SupplierCode, new ExtraForm { Kind = ExtraKind.ChildSeat, Name = " Child seat (9-18 kg) ", Price = 7.5m, Cap = 45m }, None);
        var driver = await extras.CreateExtraAsync(arranged.SupplierCode, new ExtraForm { Kind = ExtraKind.AdditionalDriver, Name = "Additional driver", Basis = ExtraPriceBasis.PerRental, Price = 0m }, None);
        Assert.True(seat.Succeeded && driver.Succeeded, seat.Error ?? driver.Error);

        await using var support = app.As(TestUser.Sam);
        var listed = await support.Extras().ExtrasForSupplierAsync(arranged.SupplierCode, None);
        Assert.Equal(
            [(ExtraKind.ChildSeat, "Child seat (9-18 kg)", Money.Of(750, "EUR"), (Money?)Money.Of(4500, "EUR")), (ExtraKind.AdditionalDriver, "Additional driver", Money.Of(0, "EUR"), null)],
            listed.Select(e => (e.Kind, e.Name, e.Price, e.Cap)));

        var edit = ExtraForm.From(listed[0]);
        edit.Price = 8m;
        Assert.True((await extras.UpdateExtraAsync(seat.Value, edit, None)).Succeeded);
        var stale = await extras.UpdateExtraAsync(seat.Value, edit, None);
        Assert.Equal(Concurrency.ConflictField, stale.Field);

        var now = await extras.ExtrasForSupplierAsync(arranged.SupplierCode, None);
        Assert.Equal(800, now[0].Price.MinorUnits);
        Assert.True((await extras.DeleteExtraAsync(driver.Value, now[1].Version, None)).Succeeded);
        Assert.Equal([seat.Value], (await extras.ExtrasForSupplierAsync(arranged.SupplierCode, None)).Select(e => e.Id));
    }

    [Theory, AllProviders]
    public async Task A_second_extra_of_the_same_kind_and_name_is_refused_on_the_name(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        var arranged = await app.OfferAsync();
        await using var ann = app.As(TestUser.Ann);
        var gps = new ExtraForm { Kind = ExtraKind.Gps, Name = "GPS", Price = 8m };
        Assert.True((await ann.Extras().CreateExtraAsync(arranged.SupplierCode, gps, None)).Succeeded);

        var again = await ann.Extras().CreateExtraAsync(arranged.SupplierCode, new ExtraForm { Kind = ExtraKind.Gps, Name = "GPS", Price = 9m }, None);

        Assert.Equal(("The supplier already has a gps extra named GPS.", nameof(ExtraForm.Name)), (again.Error, again.Field));
        Assert.Single(await ann.Extras().ExtrasForSupplierAsync(arranged.SupplierCode, None));
    }

    [Theory, AllProviders]
    public async Task One_way_fees_are_per_direction_duplicates_refused_changed_and_removed(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        var arranged = await app.OfferAsync();
        await using var ann = app.As(TestUser.Ann);
        var extras = ann.Extras();

        var there = await extras.CreateOneWayFeeAsync(arranged.SupplierCode, new OneWayFeeForm { FromLocationId = arranged.AirportId, ToLocationId = arranged.CityId, Fee = 25m }, None);
        var back = await extras.CreateOneWayFeeAsync(arranged.SupplierCode, new OneWayFeeForm { FromLocationId = arranged.CityId, ToLocationId = arranged.AirportId, Fee = 0m }, None);
        var again = await extras.CreateOneWayFeeAsync(arranged.SupplierCode, new OneWayFeeForm { FromLocationId = arranged.AirportId, ToLocationId = arranged.CityId, Fee = 30m }, None);
        var same = await extras.CreateOneWayFeeAsync(arranged.SupplierCode, new OneWayFeeForm { FromLocationId = arranged.AirportId, ToLocationId = arranged.AirportId, Fee = 30m }, None);

        Assert.True(there.Succeeded && back.Succeeded, there.Error ?? back.Error);
        Assert.Equal(("There is already a one-way fee from Tallinn Airport to Tallinn City: change that one instead.", nameof(OneWayFeeForm.ToLocationId)), (again.Error, again.Field));
        Assert.Equal("A one-way fee is between two different locations.", same.Error);

        await using var finance = app.As(TestUser.Fiona);
        var listed = await finance.Extras().OneWayFeesForSupplierAsync(arranged.SupplierCode, None);
        Assert.Equal([("TLL-AIRPORT", "TLL-CITY", 2500L), ("TLL-CITY", "TLL-AIRPORT", 0L)], listed.Select(f => (f.FromCode, f.ToCode, f.Fee.MinorUnits)));

        var edit = OneWayFeeForm.From(listed[0]);
        edit.Fee = 27.5m;
        Assert.True((await extras.UpdateOneWayFeeAsync(there.Value, edit, None)).Succeeded);
        var tooPrecise = OneWayFeeForm.From((await extras.OneWayFeesForSupplierAsync(arranged.SupplierCode, None))[0]);
        tooPrecise.Fee = 27.555m;
        Assert.Equal("EUR amounts have at most 2 decimals.", (await extras.UpdateOneWayFeeAsync(there.Value, tooPrecise, None)).Error);

        listed = await extras.OneWayFeesForSupplierAsync(arranged.SupplierCode, None);
        Assert.Equal(2750, listed[0].Fee.MinorUnits);
        Assert.True((await extras.DeleteOneWayFeeAsync(back.Value, listed[1].Version, None)).Succeeded);
        Assert.Single(await extras.OneWayFeesForSupplierAsync(arranged.SupplierCode, None));
    }
}
