using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.BackOffice.Features.Bookings;
using CarRentalGateway.BackOffice.Tests.Features.Quote;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using CarRentalGateway.BackOffice.Tests.Security;
using CarRentalGateway.Core.Bookings;
using CarRentalGateway.Core.Rates;
using static CarRentalGateway.BackOffice.Tests.Features.Bookings.BookingArrange;

namespace CarRentalGateway.BackOffice.Tests.Features.Bookings;

/// <summary>
/// Changing the trip re-prices it with the real engine at today's rates and published rules; the agent sees old vs new
/// and the difference first, and the change is saved only at the price they saw. The booking was sold at 158.40
/// (3 days × 40.00 and GPS 3 × 8.00 = 144.00, +10 %).
/// </summary>
public sealed class BookingTripChangeServiceTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    [Theory, AllProviders]
    public async Task The_form_offers_the_suppliers_active_stations_the_cars_at_each_and_its_extras(DatabaseProvider provider)
    {
        await using var app = await databases.SoldAsync(provider);
        await using var sam = app.As(TestUser.Sam);
        var booking = await app.ViewAsync();

        var choices = (await sam.Bookings().TripChangeChoicesAsync("crg7f3k9q", None))!;

        Assert.Equal(["TLL-AIRPORT", "TLL-CITY", "TRT-CITY"], choices.Stations.Select(s => s.Code));
        Assert.Equal(["CDMR", "IDAR"], choices.CarsAt(booking.PickUp.Id).Select(c => c.Acriss));
        Assert.Equal(
            [("GPS navigation", "8.00 EUR per day"), ("Child seat (infant)", "9.00 EUR per day"), ("Child seat (toddler)", "7.00 EUR per day")],
            choices.Extras.OrderBy(e => e.Kind == ExtraKind.Gps ? 0 : 1).ThenBy(e => e.Name, StringComparer.Ordinal).Select(e => (e.Name, e.PriceText)));
    }

    [Theory, AllProviders]
    public async Task A_day_longer_is_priced_now_with_old_and_new_price_and_the_difference_to_charge_and_nothing_is_saved(DatabaseProvider provider)
    {
        await using var app = await databases.SoldAsync(provider);
        await using var sam = app.As(TestUser.Sam);
        var form = DayLonger(await app.ViewAsync());

        var quote = await sam.Bookings().PriceTripChangeAsync(Reference, form, None);

        // 4 days × 40.00 and GPS 4 × 8.00 = 192.00, +10 % = 211.20: 52.80 more.
        Assert.True(quote.Succeeded, quote.Error);
        Assert.Equal((15_840L, 21_120L, 5_280L), (quote.Value.OldPrice.CustomerTotal.MinorUnits, quote.Value.NewPrice.CustomerTotal.MinorUnits, quote.Value.Difference.MinorUnits));
        Assert.True(quote.Value.IsCharge);
        Assert.Equal((4, "R1 v1 Estonia uplift"), (quote.Value.NewPrice.RentalDays, Assert.Single(quote.Value.NewPrice.Steps).Rule));
        Assert.Equal(new DateTime(2026, 3, 25, 10, 0, 0), quote.Value.NewTrip.DropOffLocal);
        Assert.Equal(new DateTime(2026, 3, 24, 10, 0, 0), (await app.ViewAsync()).DropOffLocal);
    }

    [Theory, AllProviders]
    public async Task A_rule_published_since_the_sale_shows_in_the_new_price(DatabaseProvider provider)
    {
        await using var app = await databases.SoldAsync(provider);
        await PublishUpliftAsync(app, 2000);
        await using var sam = app.As(TestUser.Sam);

        var quote = (await sam.Bookings().PriceTripChangeAsync(Reference, DayLonger(await app.ViewAsync()), None)).Value;

        // 192.00 + 20 % = 230.40; the booking keeps the price it was sold with until the change is saved.
        Assert.Equal((15_840L, 23_040L, 7_200L), (quote.OldPrice.CustomerTotal.MinorUnits, quote.NewPrice.CustomerTotal.MinorUnits, quote.Difference.MinorUnits));
        Assert.Equal("R1 v2 Estonia uplift", Assert.Single(quote.NewPrice.Steps).Rule);
        Assert.Equal("R1 v1 Estonia uplift", Assert.Single((await app.ViewAsync()).Price.Steps).Rule);
    }

    [Theory, AllProviders]
    public async Task A_shorter_trip_with_a_one_way_drop_off_shows_the_refund_or_charge_with_the_one_way_fee(DatabaseProvider provider)
    {
        await using var app = await databases.SoldAsync(provider);
        await using var sam = app.As(TestUser.Sam);
        var booking = await app.ViewAsync();
        var choices = (await sam.Bookings().TripChangeChoicesAsync(Reference, None))!;
        var form = TripChangeForm.From(booking);
        form.DropOffLocationId = choices.Stations.Single(s => s.Code == "TRT-CITY").Id;
        form.DropOffDate = new DateTime(2026, 3, 23);
        form.Extras.Clear();

        var quote = (await sam.Bookings().PriceTripChangeAsync(Reference, form, None)).Value;

        // 2 days × 40.00 and the 50.00 one-way fee = 130.00, +10 % = 143.00: 15.40 back to the customer.
        Assert.Equal((14_300L, -1_540L), (quote.NewPrice.CustomerTotal.MinorUnits, quote.Difference.MinorUnits));
        Assert.True(quote.IsRefund);
        Assert.Contains(quote.NewPrice.SupplierLines, line => line.Kind == QuoteLineKind.OneWayFee);
        Assert.Empty(quote.NewTrip.Extras);
    }

    [Theory, AllProviders]
    public async Task A_trip_the_engine_cannot_price_is_refused_with_its_reason(DatabaseProvider provider)
    {
        await using var app = await databases.SoldAsync(provider);
        await using var sam = app.As(TestUser.Sam);
        var booking = await app.ViewAsync();
        var noContract = TripChangeForm.From(booking);
        noContract.PickUpDate = new DateTime(2027, 6, 1);
        noContract.DropOffDate = new DateTime(2027, 6, 4);
        var notOffered = TripChangeForm.From(booking);
        notOffered.PickUpLocationId = (await sam.Bookings().TripChangeChoicesAsync(Reference, None))!.Stations.Single(s => s.Code == "TLL-CITY").Id;

        var beyondContract = await sam.Bookings().PriceTripChangeAsync(Reference, noContract, None);
        var elsewhere = await sam.Bookings().PriceTripChangeAsync(Reference, notOffered, None);

        Assert.StartsWith("Sixt Estonia has no contract in force on 2027-06-01", beyondContract.Error, StringComparison.Ordinal);
        Assert.Equal(nameof(TripChangeForm.PickUpDate), beyondContract.Field);
        Assert.Equal("Sixt Estonia offers no CDMR at Tallinn City.", elsewhere.Error);
    }

    [Theory, AllProviders]
    public async Task A_trip_that_may_not_change_is_refused_with_the_domains_reason(DatabaseProvider provider)
    {
        await using var app = await databases.SoldAsync(provider);
        await using var sam = app.As(TestUser.Sam);
        var booking = await app.ViewAsync();
        app.SetTallinnTime(new DateTime(2026, 3, 18, 12, 0, 0));
        var pastPickUp = TripChangeForm.From(booking);
        pastPickUp.PickUpDate = new DateTime(2026, 3, 17);
        var noDate = TripChangeForm.From(booking);
        noDate.DropOffDate = null;

        var past = await sam.Bookings().PriceTripChangeAsync(Reference, pastPickUp, None);
        var missing = await sam.Bookings().PriceTripChangeAsync(Reference, noDate, None);
        app.SetTallinnTime(new DateTime(2026, 3, 21, 10, 0, 0));
        var afterPickUp = await sam.Bookings().PriceTripChangeAsync(Reference, DayLonger(booking), None);

        Assert.Equal(("The new pick-up time has already passed.", nameof(TripChangeForm.PickUpDate)), (past.Error, past.Field));
        Assert.Equal(("Choose the drop-off date.", nameof(TripChangeForm.DropOffDate)), (missing.Error, missing.Field));
        Assert.Equal("The pick-up time (2026-03-21 10:00) has passed: the trip can no longer change.", afterPickUp.Error);
    }

    [Theory, AllProviders]
    public async Task Accepting_the_previewed_price_changes_the_trip_and_price_and_the_history_shows_old_and_new(DatabaseProvider provider)
    {
        await using var app = await databases.SoldAsync(provider);
        await using var sam = app.As(TestUser.Sam);
        var booking = await app.ViewAsync();
        var form = DayLonger(booking);
        var preview = (await sam.Bookings().PriceTripChangeAsync(Reference, form, None)).Value;

        var changed = await sam.Bookings().ChangeTripAsync(Reference, form, preview.NewPrice.CustomerTotal.MinorUnits, booking.Version, None);

        Assert.True(changed.Succeeded, changed.Error);
        Assert.Equal(5_280L, changed.Value.Difference.MinorUnits);
        var after = await app.ViewAsync();
        Assert.Equal((new DateTime(2026, 3, 25, 10, 0, 0), 21_120L, 21_120L, 4), (after.DropOffLocal, after.Price.CustomerTotal.MinorUnits, after.AmountPaid.MinorUnits, after.Price.RentalDays));
        Assert.NotEqual(booking.Version, after.Version);
        var change = (await sam.Bookings().HistoryAsync(Reference, None))[0];
        Assert.Equal(TestUser.Sam.Name, change.UserName);
        Assert.Contains(change.Changes, c => c.Field == "DropOffLocal" && c.Old!.StartsWith("2026-03-24T10:00", StringComparison.Ordinal) && c.New!.StartsWith("2026-03-25T10:00", StringComparison.Ordinal));
        Assert.Contains(new FieldChange("CustomerTotalMinor", "15840", "21120"), change.Changes);
    }

    [Theory, AllProviders]
    public async Task When_the_price_moved_since_the_preview_nothing_is_saved_and_the_new_price_is_given(DatabaseProvider provider)
    {
        await using var app = await databases.SoldAsync(provider);
        await using var sam = app.As(TestUser.Sam);
        var booking = await app.ViewAsync();
        var form = DayLonger(booking);
        var preview = (await sam.Bookings().PriceTripChangeAsync(Reference, form, None)).Value;
        await PublishUpliftAsync(app, 2000);

        var stale = await sam.Bookings().ChangeTripAsync(Reference, form, preview.NewPrice.CustomerTotal.MinorUnits, booking.Version, None);

        Assert.Equal(TripChangeForm.NewPriceField, stale.Field);
        Assert.StartsWith("The new price is now 230.40 EUR, not the 211.20 EUR you were shown", stale.Error, StringComparison.Ordinal);
        var unchanged = await app.ViewAsync();
        Assert.Equal((new DateTime(2026, 3, 24, 10, 0, 0), 15_840L, booking.Version), (unchanged.DropOffLocal, unchanged.Price.CustomerTotal.MinorUnits, unchanged.Version));

        // Seen again, the new price is accepted.
        var again = (await sam.Bookings().PriceTripChangeAsync(Reference, form, None)).Value;
        Succeeded(await sam.Bookings().ChangeTripAsync(Reference, form, again.NewPrice.CustomerTotal.MinorUnits, booking.Version, None));
        Assert.Equal(23_040L, (await app.ViewAsync()).Price.CustomerTotal.MinorUnits);
    }

    private static TripChangeForm DayLonger(BookingView booking)
    {
        var form = TripChangeForm.From(booking);
        form.DropOffDate = booking.DropOffLocal.Date.AddDays(1);
        return form;
    }

    private static async Task PublishUpliftAsync(TestApp app, int basisPoints)
    {
        await using var db = await app.OpenDbAsync();
        await QuoteWorld.PublishAsync(db, app.Clock.GetUtcNow().UtcDateTime, version: 2, QuoteWorld.EstoniaUplift(basisPoints));
    }
}
