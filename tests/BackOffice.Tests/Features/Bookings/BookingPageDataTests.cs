using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.BackOffice.Features.Bookings;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using CarRentalGateway.BackOffice.Tests.Security;
using CarRentalGateway.Core.Bookings;
using CarRentalGateway.Core.Locations;
using static CarRentalGateway.BackOffice.Tests.Features.Bookings.BookingArrange;

namespace CarRentalGateway.BackOffice.Tests.Features.Bookings;

/// <summary>The booking page's data: everything at a glance, the actions open now for this user, and the history.</summary>
public sealed class BookingPageDataTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    [Theory, AllProviders]
    public async Task A_booking_shows_its_parts_supplier_stations_price_explanation_and_the_time_at_the_station(DatabaseProvider provider)
    {
        await using var app = await databases.SoldAsync(provider);

        var booking = await app.ViewAsync();

        Assert.Equal((Reference, BookingStatus.OnRequest, (string?)null), (booking.Reference, booking.Status, booking.SupplierConfirmationNumber));
        Assert.Equal(("Anna Tamm", "anna.tamm@example.com", "EE", "LH 1234"), (booking.Customer.Name, booking.Customer.Email, booking.Customer.Country, booking.FlightNumber));
        Assert.Equal(35, booking.DriverAgeAtPickUp);
        Assert.Equal(("SIXT-EE", "Sixt Estonia", "reservations@sixt-ee.test"), (booking.Supplier.Code, booking.Supplier.Name, booking.Supplier.ReservationsEmail));
        Assert.Equal(
            ("TLL-AIRPORT", "Tallinn Airport", LocationType.Airport, "TLL", "Main street 1, Tallinn", "Open 24 hours", "Europe/Tallinn"),
            (booking.PickUp.Code, booking.PickUp.Name, booking.PickUp.Type, booking.PickUp.IataCode, booking.PickUp.Address, booking.PickUp.OpeningHoursText, booking.PickUp.TimeZoneId));
        Assert.False(booking.IsOneWay);
        Assert.Equal((new DateTime(2026, 3, 21, 10, 0, 0), new DateTime(2026, 3, 24, 10, 0, 0)), (booking.PickUpLocal, booking.DropOffLocal));
        Assert.Equal(("CDMR", "Toyota Corolla"), (booking.Car.Acriss, booking.Car.SampleModel));
        Assert.StartsWith("Compact, 4-5 door, manual", booking.Car.Description, StringComparison.Ordinal);
        Assert.Equal(("GPS navigation", 1), (Assert.Single(booking.Extras).Name, booking.Extras[0].Quantity));
        Assert.Equal((PaymentModel.Prepaid, SalesChannel.Affiliate, "PARTNER-7"), (booking.PaymentModel, booking.Channel, booking.AffiliateCode));

        // 3 days × 40.00 and GPS 3 × 8.00 = 144.00; the published rule adds 10 %: 158.40, paid in full.
        Assert.Equal((14_400L, 15_840L, 15_840L), (booking.Price.SupplierTotal.MinorUnits, booking.Price.CustomerTotal.MinorUnits, booking.AmountPaid.MinorUnits));
        Assert.Equal(("R1 v1 Estonia uplift", 4), (Assert.Single(booking.Price.Steps).Rule, booking.Price.SupplierLines.Count));
        Assert.Equal(("#1 v1", 15_840L), (booking.Price.ContractLabel, booking.Price.CustomerTotalEur.MinorUnits));

        // Tallinn is two hours ahead of UTC in March: 09:26 UTC is 11:26 at the station.
        Assert.Equal(TestApp.Start.UtcDateTime.AddHours(2), booking.NowAtPickUp);
        Assert.Equal(TestApp.Start.UtcDateTime.AddHours(2), booking.NowAtDropOff);
        Assert.Null(booking.Cancellation);
        Assert.Empty(booking.Notes);
    }

    [Theory, AllProviders]
    public async Task The_reference_is_found_however_it_is_typed_and_an_unknown_one_finds_nothing(DatabaseProvider provider)
    {
        await using var app = await databases.SoldAsync(provider);
        await using var sam = app.As(TestUser.Sam);

        Assert.Equal(Reference, (await sam.Bookings().FindAsync(" crg 7f3k 9q ", None))?.Reference);
        Assert.Null(await sam.Bookings().FindAsync("CRG-7F3K9R", None));
        Assert.Null(await sam.Bookings().FindAsync("CRG-0000", None));
    }

    [Theory, AllProviders]
    public async Task Before_pick_up_a_booking_on_request_can_be_confirmed_changed_or_cancelled_but_not_completed_or_a_no_show(DatabaseProvider provider)
    {
        await using var app = await databases.SoldAsync(provider);

        var actions = (await app.ViewAsync()).Actions;

        Assert.True(actions.CanChange);
        Assert.All([actions.EditDetails, actions.ChangeTrip, actions.Confirm, actions.Cancel, actions.AddNote], action => Assert.True(action.IsOpen));
        Assert.Equal("Only a confirmed booking can be completed; this one is on request.", actions.Complete.ClosedBecause);
        Assert.Equal("Only a confirmed booking can be a no-show; this one is on request.", actions.MarkNoShow.ClosedBecause);
    }

    [Theory, AllProviders]
    public async Task After_pick_up_at_the_stations_time_a_confirmed_booking_can_be_a_no_show_but_no_longer_changed_or_cancelled(DatabaseProvider provider)
    {
        await using var app = await databases.SoldAsync(provider);
        await app.ConfirmedAsync();
        app.SetTallinnTime(new DateTime(2026, 3, 21, 10, 0, 0));

        var actions = (await app.ViewAsync()).Actions;

        Assert.True(actions.MarkNoShow.IsOpen);
        Assert.True(actions.EditDetails.IsOpen);
        Assert.Equal("The pick-up time (2026-03-21 10:00) has passed: the trip can no longer change.", actions.ChangeTrip.ClosedBecause);
        Assert.StartsWith("The pick-up time (2026-03-21 10:00) has passed: if the customer did not come", actions.Cancel.ClosedBecause, StringComparison.Ordinal);
        Assert.Equal("Only a booking on request can be confirmed; this one is confirmed.", actions.Confirm.ClosedBecause);
        Assert.Equal("The car is due back at 2026-03-24 10:00: complete the booking after that.", actions.Complete.ClosedBecause);
    }

    [Theory, AllProviders]
    public async Task Finance_sees_the_whole_booking_but_no_action(DatabaseProvider provider)
    {
        await using var app = await databases.SoldAsync(provider);

        var booking = await app.ViewAsync(TestUser.Fiona);

        Assert.Equal(15_840L, booking.Price.CustomerTotal.MinorUnits);
        Assert.False(booking.Actions.CanChange);
        Assert.All(
            [booking.Actions.EditDetails, booking.Actions.ChangeTrip, booking.Actions.Confirm, booking.Actions.Complete,
             booking.Actions.MarkNoShow, booking.Actions.Cancel, booking.Actions.AddNote],
            action => Assert.Equal(BookingActions.ViewOnly, action.ClosedBecause));
    }

    [Theory, AllProviders]
    public async Task The_history_lists_the_sale_and_each_change_newest_first_with_who_and_old_and_new(DatabaseProvider provider)
    {
        await using var app = await databases.SoldAsync(provider);
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        await app.ConfirmedAsync();
        await using var fiona = app.As(TestUser.Fiona);

        var history = await fiona.Bookings().HistoryAsync("crg-7f3k9q", None);

        Assert.Equal([AuditAction.Updated, AuditAction.Created], history.Select(h => h.Action));
        Assert.Equal((TestUser.Sam.Name, TestApp.Start.UtcDateTime.AddMinutes(5)), (history[0].UserName, history[0].OccurredAtUtc));
        Assert.Equal(
            [new FieldChange("Status", "OnRequest", "Confirmed"), new FieldChange("SupplierConfirmationNumber", null, "BD-558812")],
            history[0].Changes.OrderBy(c => c.Field, StringComparer.Ordinal));
    }

    [Theory, AllProviders]
    public async Task The_history_names_stations_by_their_codes_and_reads_amounts_times_and_extras_in_words(DatabaseProvider provider)
    {
        await using var app = await databases.SoldAsync(provider);
        await using var sam = app.As(TestUser.Sam);
        var booking = await app.ViewAsync();
        var form = TripChangeForm.From(booking);
        form.DropOffLocationId = (await sam.Bookings().TripChangeChoicesAsync(Reference, None))!.Stations.Single(s => s.Code == "TRT-CITY").Id;
        form.DropOffDate = new DateTime(2026, 3, 23);
        form.Extras.Clear();
        var preview = (await sam.Bookings().PriceTripChangeAsync(Reference, form, None)).Value;
        Succeeded(await sam.Bookings().ChangeTripAsync(Reference, form, preview.NewPrice.CustomerTotal.MinorUnits, booking.Version, None));
        Succeeded(await sam.Bookings().AddNoteAsync(Reference, "Customer now returns the car in Tartu.", None));

        var history = await sam.Bookings().HistoryAsync(Reference, None);
        var describe = BookingHistory.Describer(booking.Price.Currency);
        var described = history.Select(entry => entry.Changes.Select(describe).OfType<FieldChange>().ToList()).ToList();

        Assert.Equal([new FieldChange("Note", null, "Customer now returns the car in Tartu.")], described[0]);
        Assert.Contains(new FieldChange("Drop-off station", "TLL-AIRPORT", "TRT-CITY"), described[1]);
        Assert.Contains(new FieldChange("Drop-off", "2026-03-24 10:00", "2026-03-23 10:00"), described[1]);
        Assert.Contains(new FieldChange("Customer total", "158.40 EUR", "143.00 EUR"), described[1]);
        Assert.Contains(new FieldChange("Extras", "GPS navigation × 1", "none"), described[1]);
        Assert.DoesNotContain(described[1], change => change.Field.Contains("Price", StringComparison.Ordinal));
        Assert.Contains(new FieldChange("Pick-up station", null, "TLL-AIRPORT"), described[2]);
        Assert.Contains(new FieldChange("Status", null, "On request"), described[2]);
        Assert.Contains(new FieldChange("Supplier", null, "SIXT-EE"), described[2]);
    }
}
