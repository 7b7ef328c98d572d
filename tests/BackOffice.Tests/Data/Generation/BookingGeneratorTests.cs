using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Data.Generation;
using CarRentalGateway.BackOffice.Features.Bookings;
using CarRentalGateway.BackOffice.Features.Quote;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using CarRentalGateway.Core.Bookings;
using CarRentalGateway.Core.Locations;
using CarRentalGateway.Core.Pricing;
using CarRentalGateway.Core.Rates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarRentalGateway.BackOffice.Tests.Data.Generation;

/// <summary>
/// Generated bookings look like a broker's: priced by the real engine, in statuses their dates allow, about a fifth
/// cancelled, the same for the same seed. Generation reads the catalog once and then works in memory, so one provider
/// (SQLite) is enough here; storing them is tested on both (demo data) and on MariaDB (the bulk load).
/// </summary>
public sealed class BookingGeneratorTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private const int Count = 3_000;
    private const int Seed = 42;

    [Fact]
    public async Task Every_status_is_one_the_bookings_dates_allow_now()
    {
        var (catalog, now, bookings) = await GenerateAsync();

        var start = now.AddDays(-BookingGenerator.HistoryDays);
        Assert.All(bookings, b => Assert.InRange(b.CreatedAtUtc, start, now));
        Assert.Equal(bookings.Select(b => b.CreatedAtUtc), bookings.Select(b => b.CreatedAtUtc).Order());
        Assert.All(bookings, booking =>
        {
            var pickUpPassed = catalog.Stations[booking.PickUpLocationId].LocalAt(now) >= booking.PickUpLocal;
            var dropOffPassed = catalog.Stations[booking.DropOffLocationId].LocalAt(now) >= booking.DropOffLocal;
            Assert.True(booking.PickUpLocal > catalog.Stations[booking.PickUpLocationId].LocalAt(booking.CreatedAtUtc), booking.Reference.Value);
            var allowed = (pickUpPassed, dropOffPassed) switch
            {
                (false, _) => [BookingStatus.OnRequest, BookingStatus.Confirmed, BookingStatus.Cancelled],
                (true, false) => [BookingStatus.Confirmed, BookingStatus.Cancelled, BookingStatus.NoShow],
                (true, true) => new[] { BookingStatus.Completed, BookingStatus.Cancelled, BookingStatus.NoShow },
            };
            Assert.True(allowed.Contains(booking.Status), $"{booking.Reference} is {booking.Status}, pick-up {booking.PickUpLocal:u}, drop-off {booking.DropOffLocal:u}, sold {booking.CreatedAtUtc:u}.");
            if (booking.Status is BookingStatus.OnRequest or BookingStatus.Confirmed or BookingStatus.Completed or BookingStatus.NoShow)
            {
                Assert.Equal(booking.Status != BookingStatus.OnRequest, booking.SupplierConfirmationNumber is not null);
            }

            if (booking.Cancellation is { } cancellation)
            {
                Assert.InRange(cancellation.CancelledAtUtc, booking.CreatedAtUtc, now);
                Assert.True(catalog.Stations[booking.PickUpLocationId].LocalAt(cancellation.CancelledAtUtc) < booking.PickUpLocal, booking.Reference.Value);
            }

            Assert.All(booking.Notes, note => Assert.InRange(note.WrittenAtUtc, booking.CreatedAtUtc, now));
        });

        // Every status a support agent meets is there, on request only for pick-ups still ahead.
        Assert.Equal(Enum.GetValues<BookingStatus>().Order(), bookings.Select(b => b.Status).Distinct().Order());
    }

    [Fact]
    public async Task About_a_fifth_are_cancelled_by_all_three_parties_with_the_contracts_fees_and_a_few_are_no_shows()
    {
        var (_, _, bookings) = await GenerateAsync();

        var cancelled = bookings.Where(b => b.Status == BookingStatus.Cancelled).ToList();
        Assert.InRange((double)cancelled.Count / bookings.Count, 0.15, 0.25);
        Assert.Equal(Enum.GetValues<CancellationParty>().Order(), cancelled.Select(b => b.Cancellation!.RequestedBy).Distinct().Order());
        Assert.Contains(cancelled, b => b.Cancellation!.Fee.MinorUnits > 0);
        Assert.Contains(cancelled, b => b.Cancellation!.Fee.MinorUnits == 0);
        Assert.All(cancelled.Where(b => b.Cancellation!.RequestedBy != CancellationParty.Customer), b => Assert.Equal(0, b.Cancellation!.Fee.MinorUnits));

        var noShows = bookings.Count(b => b.Status == BookingStatus.NoShow);
        Assert.InRange((double)noShows / bookings.Count, 0.005, 0.06);
        Assert.All(bookings.Where(b => b.Status == BookingStatus.NoShow), b => Assert.True(b.NoShowFee!.MinorUnits > 0));
    }

    [Fact]
    public async Task Every_price_is_what_the_published_rules_give_for_the_booked_trip_on_the_day_it_was_sold()
    {
        await using var app = await DemoAsync();
        var (catalog, _, bookings) = await GenerateAsync(app);
        await using var db = await app.OpenDbAsync();
        var published = await db.PricingRuleSets.Where(s => s.Status == RuleSetStatus.Published).Select(s => s.Id).SingleAsync();
        var engine = new PricingEngine(await db.PricingRules.Where(r => r.RuleSetId == published).ToListAsync());
        var extras = await db.SupplierExtras.ToDictionaryAsync(e => e.Id);

        Assert.All(bookings, booking =>
        {
            var offer = catalog.Offers.Single(o => o.Fleet.LocationId == booking.PickUpLocationId && o.Fleet.Acriss == booking.Acriss);
            var trip = new PricingTrip(
                booking.PickUpLocal,
                booking.DropOffLocal,
                catalog.Stations[booking.PickUpLocationId].Rental,
                catalog.Stations[booking.DropOffLocationId].Rental,
                catalog.Stations[booking.PickUpLocationId].Location.CountryCode,
                booking.Driver.AgeOn(booking.Trip.PickUpDate),
                booking.CreatedAtUtc,
                booking.Extras.Select(e => new ChosenExtra(extras[e.SupplierExtraId], e.Quantity)).ToList());
            var quote = engine.Price(offer.ToPrice, trip).Quote;

            Assert.NotNull(quote);
            Assert.Equivalent(BookingPrice.From(quote, booking.EurPerUnit), booking.Price, strict: true);
        });
    }

    [Fact]
    public async Task Trips_have_a_brokers_skews_short_leads_mostly_three_to_seven_days_more_summer_and_some_one_way_young_and_extras()
    {
        var (catalog, now, bookings) = await GenerateAsync();

        double Share(Func<Booking, bool> which) => (double)bookings.Count(which) / bookings.Count;
        Assert.InRange(Share(b => b.RentalDays is >= 3 and <= 7), 0.5, 0.75);
        Assert.All(bookings, b => Assert.InRange(b.RentalDays, 1, 29));
        Assert.InRange(Share(b => (b.PickUpLocal - b.CreatedAtUtc).TotalDays <= 30), 0.6, 0.9);
        Assert.All(bookings, b => Assert.True((b.PickUpLocal.Date - b.CreatedAtUtc.Date).TotalDays <= 181, b.Reference.Value));
        // Per calendar month, counting only months whose pick-ups could all be sold within the history.
        var fullySold = bookings
            .Where(b => b.PickUpLocal > now.AddDays(90 - BookingGenerator.HistoryDays) && b.PickUpLocal < new DateTime(now.Year, now.Month, 1))
            .GroupBy(b => (b.PickUpLocal.Year, b.PickUpLocal.Month))
            .ToList();
        var summer = fullySold.Where(m => m.Key.Month is 6 or 7 or 8).Average(m => m.Count());
        var winter = fullySold.Where(m => m.Key.Month is 1 or 2 or 11).Average(m => m.Count());
        Assert.True(summer > 1.5 * winter, $"{summer:N0} pick-ups a summer month, {winter:N0} a month of January, February and November.");
        Assert.InRange(Share(b => b.PickUpLocationId != b.DropOffLocationId), 0.02, 0.15);
        Assert.InRange(Share(b => b.Driver.AgeOn(b.Trip.PickUpDate) < 25), 0.03, 0.2);
        Assert.InRange(Share(b => b.Extras.Count > 0), 0.2, 0.5);
        Assert.InRange(Share(b => b.Channel == SalesChannel.Affiliate), 0.2, 0.4);
        Assert.InRange(Share(b => b.PaymentModel == PaymentModel.PayAtDesk), 0.2, 0.4);
        Assert.InRange(Share(b => b.Notes.Count > 0), 0.05, 0.2);
        Assert.All(bookings.Where(b => b.FlightNumber is not null),
            b => Assert.Equal(LocationType.Airport, catalog.Stations[b.PickUpLocationId].Location.Type));
        Assert.InRange(bookings.Select(b => b.CustomerCountry).Distinct().Count(), 12, 30);
        Assert.InRange(bookings.Select(b => b.SupplierId).Distinct().Count(), 10, 20);

        // Most pick-ups are while the desk is open; the rest pay the after-hours fee.
        Assert.InRange(Share(b => catalog.Stations[b.PickUpLocationId].Location.OpeningHours.IsOpenAt(b.PickUpLocal.DayOfWeek, TimeOnly.FromDateTime(b.PickUpLocal))), 0.85, 1);
    }

    [Fact]
    public async Task References_are_unique_never_one_already_taken_and_the_same_seed_gives_the_same_bookings()
    {
        var (catalog, now, bookings) = await GenerateAsync();
        var taken = bookings.Take(100).Select(b => b.Reference.Value).ToList();

        var again = new BookingGenerator(catalog, now, Seed).Generate(Count).ToList();
        var other = new BookingGenerator(catalog, now, Seed + 1, referencesTaken: taken).Generate(Count).ToList();

        Assert.Equal(Count, bookings.Select(b => b.Reference).Distinct().Count());
        Assert.Equal(Count, bookings.Select(b => b.Id).Distinct().Count());
        Assert.Equivalent(bookings, again, strict: true);
        Assert.Empty(other.Select(b => b.Reference.Value).Intersect(taken));
        Assert.NotEqual(bookings.Select(b => b.CustomerTotalMinor), other.Select(b => b.CustomerTotalMinor));
    }

    private async Task<TestApp> DemoAsync()
    {
        var app = await databases.StartAsync(DatabaseProvider.Sqlite);
        await app.Services.InitializeDatabaseAsync(migrate: false, demoData: true);
        return app;
    }

    private async Task<(BookingCatalog Catalog, DateTime Now, List<Booking> Bookings)> GenerateAsync()
    {
        await using var app = await DemoAsync();
        return await GenerateAsync(app);
    }

    private static async Task<(BookingCatalog Catalog, DateTime Now, List<Booking> Bookings)> GenerateAsync(TestApp app)
    {
        await using var db = await app.OpenDbAsync();
        var catalog = await BookingCatalog.LoadAsync(
            db, app.Services.GetRequiredService<PublishedPricing>(), app.Services.GetRequiredService<ExchangeRates>(), CancellationToken.None);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        return (catalog, now, new BookingGenerator(catalog, now, Seed).Generate(Count).ToList());
    }
}
