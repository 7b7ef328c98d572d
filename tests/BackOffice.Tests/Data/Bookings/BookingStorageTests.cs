using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.BackOffice.Features.Shared;
using CarRentalGateway.BackOffice.Tests.Features.Locations;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using CarRentalGateway.Core.Bookings;
using CarRentalGateway.Core.Pricing;
using CarRentalGateway.Core.Rates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CarRentalGateway.BackOffice.Tests.Data.Bookings.BookingWorld;

namespace CarRentalGateway.BackOffice.Tests.Data.Bookings;

/// <summary>A booking is stored whole, once per reference, never overwritten by a stale copy, and every change is in its history.</summary>
public sealed class BookingStorageTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory, AllProviders]
    public async Task A_cancelled_booking_reads_back_with_every_field_its_price_explanation_extras_and_notes(DatabaseProvider provider)
    {
        await using var app = await WorldAsync(provider);
        var booking = await SellAsync(app);
        Must(booking.Confirm("BD-558812"));
        Must(booking.AddNote("sam.support@crg.example", "Customer asked for a baby seat; told them to add it.", NowUtc(app)));
        Must(booking.AddNote("sam.support@crg.example", "Customer cancels: flight cancelled.", NowUtc(app).AddMinutes(3)));
        var policy = await PolicyAsync(app, booking);
        Must(booking.Cancel(
            new CancellationRequest(CancellationParty.Customer, "Flight cancelled"), policy, booking.PickUpLocal.AddHours(-10), "sam.support@crg.example", NowUtc(app)));

        await SaveAsync(app, booking);
        var loaded = await LoadAsync(app, booking.Reference);

        Assert.Equivalent(booking, loaded, strict: true);
        Assert.Equal(BookingStatus.Cancelled, loaded.Status);
        Assert.Equal(("anna.tamm@example.com", "EE", "LH 1234", "PARTNER-7"), (loaded.CustomerEmail, loaded.CustomerCountry, loaded.FlightNumber, loaded.AffiliateCode));
        var extra = Assert.Single(loaded.Trip.Extras);
        Assert.Equal((ExtraKind.Gps, "GPS navigation", 1), (extra.Kind, extra.Name, extra.Quantity));

        // 3 days × 40.00 and GPS 3 × 8.00 = 144.00; the published rule adds 10 %: 158.40.
        Assert.Equal((14_400L, 15_840L, 12_000L), (loaded.Price.SupplierTotal.MinorUnits, loaded.Price.CustomerTotal.MinorUnits, loaded.Price.RentalDaysAmount.MinorUnits));
        Assert.Equal([QuoteLineKind.RentalDay, QuoteLineKind.RentalDay, QuoteLineKind.RentalDay, QuoteLineKind.Extra], loaded.Price.SupplierLines.Select(l => l.Kind));
        var step = Assert.Single(loaded.Price.Steps);
        Assert.Equal((PriceStepKind.Rule, "R1 v1 Estonia uplift", 14_400L, 15_840L), (step.Kind, step.Rule, step.Before.MinorUnits, step.After.MinorUnits));
        Assert.Equal(["Customer asked for a baby seat; told them to add it.", "Customer cancels: flight cancelled."], loaded.Notes.Select(n => n.Text));

        // Within 48 hours of pick-up the customer pays the contract's 40.00 EUR late fee and gets the rest back.
        var cancellation = loaded.Cancellation!;
        Assert.Equal((CancellationParty.Customer, "Flight cancelled", 4_000L, 11_840L), (cancellation.RequestedBy, cancellation.Reason, cancellation.Fee.MinorUnits, cancellation.Refund.MinorUnits));
        Assert.Null(loaded.NoShowFee);
    }

    [Theory, AllProviders]
    public async Task A_no_show_reads_back_with_its_fee_and_refund(DatabaseProvider provider)
    {
        await using var app = await WorldAsync(provider);
        var booking = await SellAsync(app);
        Must(booking.Confirm("BD-558812"));
        Must(booking.MarkNoShow(await PolicyAsync(app, booking), booking.PickUpLocal.AddHours(2)));

        await SaveAsync(app, booking);
        var loaded = await LoadAsync(app, booking.Reference);

        Assert.Equivalent(booking, loaded, strict: true);
        Assert.Equal((BookingStatus.NoShow, 6_000L, 9_840L), (loaded.Status, loaded.NoShowFee!.MinorUnits, loaded.NoShowRefund!.MinorUnits));
        Assert.Null(loaded.Cancellation);
    }

    [Theory, AllProviders]
    public async Task A_second_booking_with_a_reference_already_taken_is_refused(DatabaseProvider provider)
    {
        await using var app = await WorldAsync(provider);
        await SaveAsync(app, await SellAsync(app, "CRG-7F3K9Q"));

        var twin = await SellAsync(app, "crg 7f3k9q");

        await Assert.ThrowsAsync<DbUpdateException>(() => SaveAsync(app, twin));
        await using var db = await app.OpenDbAsync();
        Assert.Equal(1, await db.Bookings.CountAsync());
    }

    [Theory, AllProviders]
    public async Task A_change_made_on_a_stale_copy_is_refused_and_the_first_change_stays(DatabaseProvider provider)
    {
        await using var app = await WorldAsync(provider);
        var sold = await SellAsync(app);
        await SaveAsync(app, sold);
        Guid versionSeenBySam;
        await using (var db = await app.OpenDbAsync())
        {
            versionSeenBySam = db.VersionOf(await db.Bookings.SingleAsync(b => b.Id == sold.Id));
        }

        await using (var db = await app.OpenDbAsync())
        {
            var booking = await db.Bookings.SingleAsync(b => b.Id == sold.Id);
            Must(booking.Confirm("BD-558812"));
            await db.SaveChangesAsync();
        }

        await using (var db = await app.OpenDbAsync())
        {
            var booking = await db.Bookings.SingleAsync(b => b.Id == sold.Id);
            db.ExpectVersion(booking, versionSeenBySam);
            Must(booking.UpdateFlight("BA 123"));
            var saved = await db.SaveOrConflictAsync(() => Task.FromResult("Someone else changed the booking."), None);
            Assert.Equal(("Someone else changed the booking.", Concurrency.ConflictField), (saved.Error, saved.Field));
        }

        var loaded = await LoadAsync(app, sold.Reference);
        Assert.Equal((BookingStatus.Confirmed, "LH 1234"), (loaded.Status, loaded.FlightNumber));
    }

    [Theory, AllProviders]
    public async Task Confirming_and_adding_a_note_are_in_the_bookings_history_with_who_and_old_and_new(DatabaseProvider provider)
    {
        await using var app = await WorldAsync(provider);
        var sold = await SellAsync(app);
        await SaveAsync(app, sold);
        app.Clock.Advance(TimeSpan.FromMinutes(5));

        await using (var sam = app.As(TestUser.Sam))
        await using (var db = await sam.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            var booking = await db.Bookings.SingleAsync(b => b.Id == sold.Id);
            Must(booking.Confirm("BD-558812"));
            await db.SaveChangesAsync();
            Must(booking.AddNote(TestUser.Sam.Name, "Supplier confirmed by phone.", NowUtc(app)));
            await db.SaveChangesAsync();
        }

        await using var read = await app.OpenDbAsync();
        var history = await read.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(Booking) && a.EntityKey == sold.Id.ToString()).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal([AuditAction.Created, AuditAction.Updated, AuditAction.Updated], history.Select(a => a.Action));
        Assert.Contains(new FieldChange("Reference", null, "CRG-7F3K9Q"), history[0].Changes);
        Assert.All(history.Skip(1), entry => Assert.Equal((TestUser.Sam.Name, NowUtc(app)), (entry.UserName, entry.OccurredAtUtc)));
        Assert.Equal(
            [new("Status", "OnRequest", "Confirmed"), new("SupplierConfirmationNumber", null, "BD-558812")],
            history[1].Changes.OrderBy(c => c.Field, StringComparer.Ordinal));
        Assert.Equal(
            [new("BookingNote.Author", null, TestUser.Sam.Name), new("BookingNote.Text", null, "Supplier confirmed by phone."),
             new("BookingNote.WrittenAtUtc", null, NowUtc(app).ToString("O"))],
            history[2].Changes.OrderBy(c => c.Field, StringComparer.Ordinal));
    }

    [Theory, AllProviders]
    public async Task A_station_with_bookings_cannot_be_deleted(DatabaseProvider provider)
    {
        await using var app = await WorldAsync(provider);
        var booking = await SellAsync(app);
        await SaveAsync(app, booking);
        var station = await app.LoadLocationAsync(booking.PickUpLocationId);
        await using var admin = app.As(TestUser.Adam);

        var deleted = await admin.Locations.DeleteAsync(booking.PickUpLocationId, station.Version, None);

        Assert.Equal(nameof(Core.Locations.Location.IsActive), deleted.Field);
        Assert.Contains("and 1 booking. Deactivate it instead.", deleted.Error, StringComparison.Ordinal);
    }

    private async Task<TestApp> WorldAsync(DatabaseProvider provider)
    {
        var app = await databases.StartAsync(provider);
        await SeedAsync(app);
        return app;
    }

    private static DateTime NowUtc(TestApp app) => app.Clock.GetUtcNow().UtcDateTime;

    private static async Task SaveAsync(TestApp app, Booking booking)
    {
        await using var db = await app.OpenDbAsync();
        db.Bookings.Add(booking);
        await db.SaveChangesAsync();
    }

    private static async Task<Booking> LoadAsync(TestApp app, BookingReference reference)
    {
        await using var db = await app.OpenDbAsync();
        return await db.Bookings.AsNoTracking().SingleAsync(b => b.Reference == reference);
    }
}
