using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.BackOffice.Features.Bookings;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using CarRentalGateway.BackOffice.Tests.Security;
using CarRentalGateway.Core.Bookings;
using static CarRentalGateway.BackOffice.Tests.Features.Bookings.BookingArrange;

namespace CarRentalGateway.BackOffice.Tests.Features.Bookings;

/// <summary>
/// Details, confirmation, completion, no-show and notes through the service: each saved with its audit entry, each
/// refusal with the domain's reason on the field it names and nothing changed. "Now" is the time at the station.
/// </summary>
public sealed class BookingActionTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    [Theory, AllProviders]
    public async Task Contact_driver_and_flight_are_saved_in_one_change_with_who_and_old_and_new(DatabaseProvider provider)
    {
        await using var app = await databases.SoldAsync(provider);
        var form = BookingDetailsForm.From(await app.ViewAsync());
        form.CustomerEmail = " Mari.Tamm@Example.com ";
        form.CustomerPhone = "+372 600 1234";
        form.DriverName = "Mari Tamm";
        form.DriverDateOfBirth = new DateTime(1992, 5, 17);
        form.FlightNumber = "ba123";
        await using var sam = app.As(TestUser.Sam);

        Succeeded(await sam.Bookings().UpdateDetailsAsync(Reference, form, None));

        var booking = await app.ViewAsync();
        Assert.Equal(("mari.tamm@example.com", "+372 600 1234", "Anna Tamm"), (booking.Customer.Email, booking.Customer.Phone, booking.Customer.Name));
        Assert.Equal(("Mari Tamm", new DateOnly(1992, 5, 17), "BA 123"), (booking.Driver.Name, booking.Driver.DateOfBirth, booking.FlightNumber));
        var change = (await sam.Bookings().HistoryAsync(Reference, None))[0];
        Assert.Equal((AuditAction.Updated, TestUser.Sam.Name), (change.Action, change.UserName));
        Assert.Contains(new FieldChange("CustomerEmail", "anna.tamm@example.com", "mari.tamm@example.com"), change.Changes);
        Assert.Contains(new FieldChange("DriverName", "Anna Tamm", "Mari Tamm"), change.Changes);
        Assert.Contains(new FieldChange("FlightNumber", "LH 1234", "BA 123"), change.Changes);
    }

    public static TheoryData<DatabaseProvider, string, string, string> WrongDetails()
    {
        var cases = new TheoryData<DatabaseProvider, string, string, string>();
        foreach (var provider in Enum.GetValues<DatabaseProvider>())
        {
            cases.Add(provider, nameof(BookingDetailsForm.CustomerEmail), "anna@", "'anna@' is not an e-mail address");
            cases.Add(provider, nameof(BookingDetailsForm.CustomerName), " ", "Enter the customer's name.");
            cases.Add(provider, nameof(BookingDetailsForm.CustomerCountry), "XX", "'XX' is not a country code");
            cases.Add(provider, nameof(BookingDetailsForm.DriverName), "", "Enter the main driver's name.");
            cases.Add(provider, nameof(BookingDetailsForm.DriverDateOfBirth), "2026-03-22", "The date of birth must be before the pick-up date.");
            cases.Add(provider, nameof(BookingDetailsForm.FlightNumber), "flight 7", "'flight 7' is not a flight number");
        }

        return cases;
    }

    [Theory, MemberData(nameof(WrongDetails))]
    public async Task A_wrong_detail_is_refused_on_its_field_and_nothing_is_saved(DatabaseProvider provider, string field, string typed, string message)
    {
        await using var app = await databases.SoldAsync(provider);
        var form = BookingDetailsForm.From(await app.ViewAsync());
        form.CustomerPhone = "+372 600 1234";
        Set(form, field, typed);
        await using var sam = app.As(TestUser.Sam);

        var updated = await sam.Bookings().UpdateDetailsAsync(Reference, form, None);

        Assert.Equal(field, updated.Field);
        Assert.StartsWith(message, updated.Error, StringComparison.Ordinal);
        Assert.Equal("+372 5123 4567", (await app.ViewAsync()).Customer.Phone);
        Assert.Single(await sam.Bookings().HistoryAsync(Reference, None));
    }

    [Theory, AllProviders]
    public async Task The_details_of_a_cancelled_booking_cannot_change(DatabaseProvider provider)
    {
        await using var app = await databases.SoldAsync(provider);
        await using var sam = app.As(TestUser.Sam);
        Succeeded(await sam.Bookings().CancelAsync(Reference, new CancellationRequest(CancellationParty.Customer, "Plans changed"), (await app.ViewAsync()).Version, None));
        var form = BookingDetailsForm.From(await app.ViewAsync());
        form.FlightNumber = "BA 123";

        var updated = await sam.Bookings().UpdateDetailsAsync(Reference, form, None);

        Assert.Equal("The contact details of a booking that is cancelled cannot change.", updated.Error);
        Assert.Equal("LH 1234", (await app.ViewAsync()).FlightNumber);
    }

    [Theory, AllProviders]
    public async Task Confirming_records_the_suppliers_number_and_without_one_is_refused_on_its_field(DatabaseProvider provider)
    {
        await using var app = await databases.SoldAsync(provider);
        await using var sam = app.As(TestUser.Sam);
        var version = (await app.ViewAsync()).Version;

        var withoutNumber = await sam.Bookings().ConfirmAsync(Reference, "  ", version, None);
        Assert.Equal(("A confirmed booking needs the supplier's confirmation number.", "SupplierConfirmationNumber"), (withoutNumber.Error, withoutNumber.Field));

        Succeeded(await sam.Bookings().ConfirmAsync(Reference, " BD-558812 ", version, None));
        var booking = await app.ViewAsync();
        Assert.Equal((BookingStatus.Confirmed, "BD-558812"), (booking.Status, booking.SupplierConfirmationNumber));

        var twice = await sam.Bookings().ConfirmAsync(Reference, "BD-1", booking.Version, None);
        Assert.Equal("Only a booking on request can be confirmed; this one is confirmed.", twice.Error);
    }

    [Theory, AllProviders]
    public async Task A_booking_is_completed_only_from_the_drop_off_time_at_the_drop_off_station(DatabaseProvider provider)
    {
        await using var app = await databases.SoldAsync(provider);
        await app.ConfirmedAsync();
        await using var sam = app.As(TestUser.Sam);

        // 07:59 UTC is 09:59 in Tallinn: a minute before the car is due back.
        app.SetTallinnTime(new DateTime(2026, 3, 24, 9, 59, 0));
        var early = await sam.Bookings().CompleteAsync(Reference, (await app.ViewAsync()).Version, None);
        Assert.Equal("The car is due back at 2026-03-24 10:00: complete the booking after that.", early.Error);

        app.SetTallinnTime(new DateTime(2026, 3, 24, 10, 0, 0));
        Succeeded(await sam.Bookings().CompleteAsync(Reference, (await app.ViewAsync()).Version, None));
        Assert.Equal(BookingStatus.Completed, (await app.ViewAsync()).Status);
        Assert.Contains(new FieldChange("Status", "Confirmed", "Completed"), (await sam.Bookings().HistoryAsync(Reference, None))[0].Changes);
    }

    [Theory, AllProviders]
    public async Task A_no_show_keeps_the_contracts_no_show_fee_and_refunds_the_rest_only_from_the_pick_up_time(DatabaseProvider provider)
    {
        await using var app = await databases.SoldAsync(provider);
        await app.ConfirmedAsync();
        await using var sam = app.As(TestUser.Sam);

        app.SetTallinnTime(new DateTime(2026, 3, 21, 9, 59, 0));
        var early = await sam.Bookings().MarkNoShowAsync(Reference, (await app.ViewAsync()).Version, None);
        Assert.Equal("The pick-up is at 2026-03-21 10:00: the customer can still come until then.", early.Error);
        Assert.Equal(early.Error, (await sam.Bookings().NoShowTermsAsync(Reference, None)).Error);

        app.SetTallinnTime(new DateTime(2026, 3, 21, 12, 0, 0));
        var terms = (await sam.Bookings().NoShowTermsAsync(Reference, None)).Value;
        Assert.Equal((6_000L, 9_840L, 15_840L), (terms.Fee.MinorUnits, terms.Refund.MinorUnits, terms.AmountPaid.MinorUnits));
        Succeeded(await sam.Bookings().MarkNoShowAsync(Reference, (await app.ViewAsync()).Version, None));

        // 158.40 paid; the contract's no-show fee is 60.00.
        var booking = await app.ViewAsync();
        Assert.Equal((BookingStatus.NoShow, 6_000L, 9_840L), (booking.Status, booking.NoShowFee!.MinorUnits, booking.NoShowRefund!.MinorUnits));
        var change = (await sam.Bookings().HistoryAsync(Reference, None))[0];
        Assert.Contains(new FieldChange("NoShowFeeMinor", null, "6000"), change.Changes);
    }

    [Theory, AllProviders]
    public async Task A_note_is_added_with_its_author_and_time_in_any_status_and_an_empty_one_is_refused(DatabaseProvider provider)
    {
        await using var app = await databases.SoldAsync(provider);
        await using var sam = app.As(TestUser.Sam);
        Succeeded(await sam.Bookings().CancelAsync(Reference, new CancellationRequest(CancellationParty.Supplier, "No cars left"), (await app.ViewAsync()).Version, None));
        var versionBefore = (await app.ViewAsync()).Version;

        var empty = await sam.Bookings().AddNoteAsync(Reference, "   ", None);
        Assert.Equal(("Write the note first.", "Text"), (empty.Error, empty.Field));

        Succeeded(await sam.Bookings().AddNoteAsync(Reference, " Customer called: refund confirmed. ", None));

        var booking = await app.ViewAsync();
        var note = Assert.Single(booking.Notes);
        Assert.Equal((TestUser.Sam.Name, TestApp.Start.UtcDateTime, "Customer called: refund confirmed."), (note.Author, note.WrittenAtUtc, note.Text));

        // A note never renews the version, so an agent editing the booking meanwhile is not stopped by it.
        Assert.Equal(versionBefore, booking.Version);
        var history = await sam.Bookings().HistoryAsync(Reference, None);
        Assert.Contains(new FieldChange("BookingNote.Text", null, "Customer called: refund confirmed."), history[0].Changes);
        Assert.Equal(TestUser.Sam.Name, history[0].UserName);
    }

    private static void Set(BookingDetailsForm form, string field, string typed)
    {
        switch (field)
        {
            case nameof(BookingDetailsForm.CustomerEmail): form.CustomerEmail = typed; break;
            case nameof(BookingDetailsForm.CustomerName): form.CustomerName = typed; break;
            case nameof(BookingDetailsForm.CustomerCountry): form.CustomerCountry = typed; break;
            case nameof(BookingDetailsForm.DriverName): form.DriverName = typed; break;
            case nameof(BookingDetailsForm.DriverDateOfBirth): form.DriverDateOfBirth = DateTime.Parse(typed, System.Globalization.CultureInfo.InvariantCulture); break;
            default: form.FlightNumber = typed; break;
        }
    }
}
