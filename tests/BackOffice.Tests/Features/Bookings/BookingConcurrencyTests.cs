using System.Data.Common;
using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.BackOffice.Features.Bookings;
using CarRentalGateway.BackOffice.Features.Shared;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using CarRentalGateway.BackOffice.Tests.Security;
using CarRentalGateway.Core.Bookings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using static CarRentalGateway.BackOffice.Tests.Features.Bookings.BookingArrange;

namespace CarRentalGateway.BackOffice.Tests.Features.Bookings;

/// <summary>
/// Two agents on one booking never overwrite each other: the second save is refused naming the first, who changed
/// what is there to compare, and the second agent's form is untouched. A save that cannot reach the database says so
/// plainly and leaves the booking as it was.
/// </summary>
public sealed class BookingConcurrencyTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    [Theory, AllProviders]
    public async Task The_second_agents_save_is_refused_naming_the_first_and_what_they_changed_can_be_compared(DatabaseProvider provider)
    {
        await using var app = await databases.SoldAsync(provider);
        var seenBySam = await app.ViewAsync(TestUser.Sam);
        var seenByAnn = await app.ViewAsync(TestUser.Ann);
        var samsForm = BookingDetailsForm.From(seenBySam);
        samsForm.CustomerPhone = "+372 600 1234";
        var annsForm = BookingDetailsForm.From(seenByAnn);
        annsForm.FlightNumber = "BA 123";
        app.Clock.Advance(TimeSpan.FromMinutes(4));
        await using (var ann = app.As(TestUser.Ann))
        {
            Succeeded(await ann.Bookings().UpdateDetailsAsync(Reference, annsForm, None));
        }

        await using var sam = app.As(TestUser.Sam);
        var refused = await sam.Bookings().UpdateDetailsAsync(Reference, samsForm, None);

        Assert.Equal(Concurrency.ConflictField, refused.Field);
        Assert.StartsWith($"This booking was changed by {TestUser.Ann.Name} (at 09:30 UTC) while you were working, so your change was not saved.", refused.Error, StringComparison.Ordinal);
        var latest = await app.ViewAsync(TestUser.Sam);
        Assert.Equal(("BA 123", "+372 5123 4567"), (latest.FlightNumber, latest.Customer.Phone));
        Assert.Equal("+372 600 1234", samsForm.CustomerPhone);
        var meanwhile = Assert.Single(await sam.Bookings().HistoryAsync(Reference, None), entry => entry.OccurredAtUtc > seenBySam.ReadAtUtc);
        Assert.Equal(TestUser.Ann.Name, meanwhile.UserName);
        Assert.Equal([new FieldChange("FlightNumber", "LH 1234", "BA 123")], meanwhile.Changes);
        Assert.Equal(
            [new FieldChange("Phone", "+372 5123 4567", "+372 600 1234"), new FieldChange("Flight", "BA 123", "LH 1234")],
            BookingDetailsForm.Differences(BookingDetailsForm.From(latest), samsForm));

        // Re-applied on the latest version, Sam's edit goes through.
        samsForm.FlightNumber = latest.FlightNumber;
        samsForm.Version = latest.Version;
        Succeeded(await sam.Bookings().UpdateDetailsAsync(Reference, samsForm, None));
        Assert.Equal(("BA 123", "+372 600 1234"), ((await app.ViewAsync()).FlightNumber, (await app.ViewAsync()).Customer.Phone));
    }

    [Theory, AllProviders]
    public async Task A_cancellation_on_a_booking_confirmed_meanwhile_is_refused_and_a_note_meanwhile_stops_nobody(DatabaseProvider provider)
    {
        await using var app = await databases.SoldAsync(provider);
        var seenBySam = await app.ViewAsync(TestUser.Sam);
        await using (var ann = app.As(TestUser.Ann))
        {
            Succeeded(await ann.Bookings().AddNoteAsync(Reference, "Customer asked about a child seat.", None));
            Succeeded(await ann.Bookings().ConfirmAsync(Reference, "BD-558812", seenBySam.Version, None));
            Succeeded(await ann.Bookings().AddNoteAsync(Reference, "Supplier confirmed by phone.", None));
        }

        await using var sam = app.As(TestUser.Sam);
        var refused = await sam.Bookings().CancelAsync(Reference, new CancellationRequest(CancellationParty.Customer, "Plans changed"), seenBySam.Version, None);

        Assert.Equal(Concurrency.ConflictField, refused.Field);
        Assert.Contains($"changed by {TestUser.Ann.Name}", refused.Error, StringComparison.Ordinal);
        Assert.Equal(BookingStatus.Confirmed, (await app.ViewAsync()).Status);
    }

    [Theory, AllProviders]
    public async Task A_save_that_cannot_reach_the_database_is_refused_plainly_leaves_the_booking_as_it_was_and_can_be_retried(DatabaseProvider provider)
    {
        var lostConnection = new LoseConnectionOnNextWrite();
        await using var app = await databases.SoldAsync(provider, new TestAppOptions { Interceptors = [lostConnection] });
        var form = BookingDetailsForm.From(await app.ViewAsync());
        form.FlightNumber = "BA 123";
        await using var sam = app.As(TestUser.Sam);

        lostConnection.Arm();
        var refused = await sam.Bookings().UpdateDetailsAsync(Reference, form, None);

        Assert.Equal((DatabaseOutage.NothingSaved, (string?)null), (refused.Error, refused.Field));
        Assert.Equal("LH 1234", (await app.ViewAsync()).FlightNumber);
        Assert.Single(await sam.Bookings().HistoryAsync(Reference, None));
        var logged = Assert.Single(app.Logs.Records, r => r.Level == LogLevel.Error && r.Category.EndsWith(nameof(BookingService), StringComparison.Ordinal));
        Assert.Equal(Reference, logged.Values["Reference"]);

        Succeeded(await sam.Bookings().UpdateDetailsAsync(Reference, form, None));
        Assert.Equal("BA 123", (await app.ViewAsync()).FlightNumber);
    }

    [Theory, AllProviders]
    public async Task A_note_or_cancellation_that_cannot_reach_the_database_is_refused_plainly_and_nothing_is_saved(DatabaseProvider provider)
    {
        var lostConnection = new LoseConnectionOnNextWrite();
        await using var app = await databases.SoldAsync(provider, new TestAppOptions { Interceptors = [lostConnection] });
        await using var sam = app.As(TestUser.Sam);

        lostConnection.Arm();
        var note = await sam.Bookings().AddNoteAsync(Reference, "Called back.", None);
        lostConnection.Arm();
        var cancelled = await sam.Bookings().CancelAsync(Reference, new CancellationRequest(CancellationParty.Us, "Payment failed"), (await app.ViewAsync()).Version, None);

        Assert.Equal(DatabaseOutage.NothingSaved, note.Error);
        Assert.Equal(DatabaseOutage.NothingSaved, cancelled.Error);
        var booking = await app.ViewAsync();
        Assert.Equal((BookingStatus.OnRequest, 0), (booking.Status, booking.Notes.Count));
        await using var db = await app.OpenDbAsync();
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.EntityType == nameof(Booking)));
    }

    /// <summary>Once armed, the next INSERT or UPDATE fails before it runs, as when the connection to the server is lost.</summary>
    private sealed class LoseConnectionOnNextWrite : DbCommandInterceptor
    {
        private int _armed;

        public void Arm() => Interlocked.Exchange(ref _armed, 1);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            FailIfArmed(command);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            FailIfArmed(command);
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }

        private void FailIfArmed(DbCommand command)
        {
            var writes = command.CommandText.Contains("UPDATE", StringComparison.OrdinalIgnoreCase)
                || command.CommandText.Contains("INSERT", StringComparison.OrdinalIgnoreCase);
            if (writes && Interlocked.Exchange(ref _armed, 0) == 1)
            {
                throw new ConnectionLost();
            }
        }
    }
}
