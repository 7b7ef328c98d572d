using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Features.Bookings;
using CarRentalGateway.BackOffice.Tests.Data.Bookings;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using CarRentalGateway.BackOffice.Tests.Security;
using CarRentalGateway.Core.Bookings;

namespace CarRentalGateway.BackOffice.Tests.Features.Bookings;

/// <summary>The bookings list and "go to booking" as support uses them, on SQLite and MariaDB.</summary>
public sealed class BookingSearchServiceTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory, AllProviders]
    public async Task The_search_box_finds_a_booking_by_its_reference_with_or_without_CRG_in_any_case(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await SeedAsync(app, w =>
        [
            w.Sell("CRG-7F3K9Q"),
            w.Sell("CRG-7F3K9R"),
            w.Sell("CRG-HANSEN", name: "Anna Tamm"),
            w.Sell("CRG-22MARY", name: "Mari Hansen", bookedAtUtc: SearchWorld.BookedAtUtc.AddHours(1)),
        ]);

        Assert.Equal(["CRG-7F3K9Q"], await FoundAsync(app, "CRG-7F3K9Q"));
        Assert.Equal(["CRG-7F3K9Q"], await FoundAsync(app, "7F3K9Q"));
        Assert.Equal(["CRG-7F3K9Q"], await FoundAsync(app, " crg 7f3k9q "));
        Assert.Equal(["CRG-7F3K9Q"], await FoundAsync(app, "7f3k9q"));

        // Six letters read as a reference and as a name at once: both bookings are shown.
        Assert.Equal(["CRG-22MARY", "CRG-HANSEN"], await FoundAsync(app, "hansen"));
    }

    [Theory, AllProviders]
    public async Task The_search_box_finds_a_booking_by_the_suppliers_confirmation_number(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await SeedAsync(app, w =>
        [
            SearchWorld.InStatus(w.Sell("CRG-7F3K9Q"), BookingStatus.Confirmed, "BD-558812"),
            SearchWorld.InStatus(w.Sell("CRG-7F3K9R"), BookingStatus.Confirmed, "BD-558813"),
            w.Sell("CRG-7F3K9S"),
        ]);

        Assert.Equal(["CRG-7F3K9Q"], await FoundAsync(app, "BD-558812"));
        Assert.Equal(["CRG-7F3K9R"], await FoundAsync(app, " bd-558813 "));
        Assert.Empty(await FoundAsync(app, "BD-5588"));
    }

    [Theory, AllProviders]
    public async Task The_search_box_finds_bookings_by_the_start_of_the_e_mail_in_any_case(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await SeedAsync(app, w =>
        [
            w.Sell("CRG-7F3K9Q", email: "Anna.Tamm@Example.com"),
            w.Sell("CRG-7F3K9R", email: "anna.tamm@example.com", bookedAtUtc: SearchWorld.BookedAtUtc.AddDays(1)),
            w.Sell("CRG-7F3K9S", email: "anna.tammik@example.com"),
            w.Sell("CRG-7F3K9T", email: "mari.anna.tamm@example.com"),
        ]);

        // Newest booked first when nothing else is asked.
        Assert.Equal(["CRG-7F3K9R", "CRG-7F3K9Q"], await FoundAsync(app, "ANNA.TAMM@EXAMPLE.COM"));
        Assert.Equal(["CRG-7F3K9R", "CRG-7F3K9Q"], await FoundAsync(app, "anna.tamm@ex"));
        Assert.Empty(await FoundAsync(app, "tamm@example.com"));
    }

    [Theory, AllProviders]
    public async Task The_search_box_finds_bookings_by_how_the_phone_number_ends_whatever_its_format(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await SeedAsync(app, w =>
        [
            w.Sell("CRG-7F3K9Q", phone: "+372 5123 4567"),
            w.Sell("CRG-7F3K9R", phone: "+372 5999 4567"),
            w.Sell("CRG-7F3K9S", phone: "+46 70 123 45 67"),
        ]);

        Assert.Equal(["CRG-7F3K9Q"], await FoundAsync(app, "5123-4567"));
        Assert.Equal(["CRG-7F3K9Q"], await FoundAsync(app, "(372) 51234567"));
        Assert.Equal(["CRG-7F3K9S"], await FoundAsync(app, "70-123 45 67"));

        // Four digits are too few to be a phone number: they match no one rather than everyone.
        Assert.Empty(await FoundAsync(app, "4567"));
    }

    [Theory, AllProviders]
    public async Task The_search_box_finds_bookings_by_the_start_of_the_full_name_or_of_the_last_name(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await SeedAsync(app, w =>
        [
            w.Sell("CRG-7F3K9Q", name: "Anna Tamm"),
            w.Sell("CRG-7F3K9R", name: "Anna-Liisa Tammik", bookedAtUtc: SearchWorld.BookedAtUtc.AddHours(1)),
            w.Sell("CRG-7F3K9S", name: "Mari Annus"),
        ]);

        Assert.Equal(["CRG-7F3K9Q"], await FoundAsync(app, "anna tamm"));
        Assert.Equal(["CRG-7F3K9R", "CRG-7F3K9Q"], await FoundAsync(app, "ANNA"));
        Assert.Equal(["CRG-7F3K9R", "CRG-7F3K9Q"], await FoundAsync(app, "tamm"));
        Assert.Equal(["CRG-7F3K9R"], await FoundAsync(app, "Tammi"));
        Assert.Equal(["CRG-7F3K9S"], await FoundAsync(app, "annu"));
        Assert.Empty(await FoundAsync(app, "amm"));
    }

    [Theory, AllProviders]
    public async Task Each_filter_lists_only_the_bookings_it_names(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await SeedAsync(app, w =>
        [
            w.Sell("CRG-7F3K9Q", station: w.SixtAirport),
            SearchWorld.InStatus(w.Sell("CRG-7F3K9R", station: w.SixtTartu), BookingStatus.Confirmed),
            SearchWorld.InStatus(w.Sell("CRG-7F3K9S", station: w.AvisAirport), BookingStatus.Cancelled),
        ]);

        Assert.Equal(["CRG-7F3K9R"], await FoundAsync(app, new BookingQuery { Status = BookingStatus.Confirmed }));
        Assert.Equal(["CRG-7F3K9S"], await FoundAsync(app, new BookingQuery { Status = BookingStatus.Cancelled }));
        Assert.Empty(await FoundAsync(app, new BookingQuery { Status = BookingStatus.NoShow }));
        Assert.Equal(["CRG-7F3K9Q", "CRG-7F3K9R"], await FoundAsync(app, new BookingQuery { SupplierCode = "SIXT-EE", SortBy = BookingSortColumns.Reference }));
        Assert.Equal(["CRG-7F3K9S"], await FoundAsync(app, new BookingQuery { SupplierCode = "AVIS-EE" }));

        // A station code is that station at every supplier that has it, or at the chosen supplier only.
        Assert.Equal(
            ["CRG-7F3K9Q", "CRG-7F3K9S"], await FoundAsync(app, new BookingQuery { PickUpLocationCode = "TLL-AIRPORT", SortBy = BookingSortColumns.Reference }));
        Assert.Equal(["CRG-7F3K9S"], await FoundAsync(app, new BookingQuery { PickUpLocationCode = "TLL-AIRPORT", SupplierCode = "AVIS-EE" }));
        Assert.Empty(await FoundAsync(app, new BookingQuery { PickUpLocationCode = "TRT-CITY", SupplierCode = "AVIS-EE" }));

        // Filters and the search box narrow each other.
        Assert.Equal(["CRG-7F3K9R"], await FoundAsync(app, new BookingQuery { Text = "tamm", SupplierCode = "SIXT-EE", Status = BookingStatus.Confirmed }));
    }

    [Theory, AllProviders]
    public async Task A_supplier_or_station_that_does_not_exist_matches_nothing(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await SeedAsync(app, w => [w.Sell("CRG-7F3K9Q")]);

        var unknownSupplier = await SearchAsync(app, new BookingQuery { SupplierCode = "NOPE-EE" });
        var unknownStation = await SearchAsync(app, new BookingQuery { PickUpLocationCode = "NOWHERE" });

        Assert.Equal((0, false), (unknownSupplier.TotalCount, unknownSupplier.MoreThanCounted));
        Assert.Empty(unknownSupplier.Items);
        Assert.Empty(unknownStation.Items);
    }

    [Theory, AllProviders]
    public async Task The_pick_up_range_includes_both_of_its_days_whole(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        var day = new DateTime(2026, 4, 10);
        await SeedAsync(app, w =>
        [
            w.Sell("CRG-7F3K9Q", pickUpLocal: day.AddDays(-1).AddHours(23).AddMinutes(59)),
            w.Sell("CRG-7F3K9R", pickUpLocal: day),
            w.Sell("CRG-7F3K9S", pickUpLocal: day.AddDays(2).AddHours(23).AddMinutes(59)),
            w.Sell("CRG-7F3K9T", pickUpLocal: day.AddDays(3)),
        ]);
        var from = DateOnly.FromDateTime(day);

        Assert.Equal(["CRG-7F3K9R", "CRG-7F3K9S"], await FoundAsync(app, new BookingQuery { PickUpFrom = from, PickUpTo = from.AddDays(2) }));
        Assert.Equal(["CRG-7F3K9R", "CRG-7F3K9S", "CRG-7F3K9T"], await FoundAsync(app, new BookingQuery { PickUpFrom = from }));
        Assert.Equal(["CRG-7F3K9Q", "CRG-7F3K9R"], await FoundAsync(app, new BookingQuery { PickUpTo = from }));
    }

    [Theory, AllProviders]
    public async Task The_booked_range_includes_both_of_its_days_whole_in_UTC(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        var day = new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);
        await SeedAsync(app, w =>
        [
            w.Sell("CRG-7F3K9Q", bookedAtUtc: day.AddSeconds(-1)),
            w.Sell("CRG-7F3K9R", bookedAtUtc: day),
            w.Sell("CRG-7F3K9S", bookedAtUtc: day.AddDays(1).AddHours(23).AddMinutes(59)),
            w.Sell("CRG-7F3K9T", bookedAtUtc: day.AddDays(2)),
        ]);
        var from = DateOnly.FromDateTime(day);

        Assert.Equal(
            ["CRG-7F3K9R", "CRG-7F3K9S"],
            await FoundAsync(app, new BookingQuery { BookedFrom = from, BookedTo = from.AddDays(1), SortBy = BookingSortColumns.Booked }));
        Assert.Equal(["CRG-7F3K9T", "CRG-7F3K9S", "CRG-7F3K9R"], await FoundAsync(app, new BookingQuery { BookedFrom = from }));
        Assert.Equal(["CRG-7F3K9R", "CRG-7F3K9Q"], await FoundAsync(app, new BookingQuery { BookedTo = from }));
    }

    [Theory, AllProviders]
    public async Task Every_sort_column_orders_both_ways_and_its_pages_neither_repeat_nor_skip_a_booking(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        var pickUp = SearchWorld.PickUp;
        var booked = SearchWorld.BookedAtUtc;

        // Ties in every column, so only the tiebreak keeps the pages apart.
        await SeedAsync(app, w =>
        [
            w.Sell(name: "Bea Kask", pickUpLocal: pickUp, bookedAtUtc: booked),
            w.Sell(name: "Anna Tamm", pickUpLocal: pickUp, bookedAtUtc: booked),
            SearchWorld.InStatus(w.Sell(name: "Anna Tamm", pickUpLocal: pickUp.AddDays(1), bookedAtUtc: booked), BookingStatus.Confirmed),
            SearchWorld.InStatus(w.Sell(name: "Carl Saar", pickUpLocal: pickUp.AddDays(1), bookedAtUtc: booked.AddHours(1)), BookingStatus.Confirmed),
            SearchWorld.InStatus(w.Sell(name: "Bea Kask", pickUpLocal: pickUp.AddDays(-1), bookedAtUtc: booked.AddHours(1)), BookingStatus.Cancelled),
            w.Sell(name: "Dora Mets", pickUpLocal: pickUp, bookedAtUtc: booked.AddHours(2)),
            SearchWorld.InStatus(w.Sell(name: "Anna Tamm", pickUpLocal: pickUp.AddDays(2), bookedAtUtc: booked), BookingStatus.Cancelled),
        ]);

        var keys = new (string Column, Func<BookingRow, IComparable> Key)[]
        {
            (BookingSortColumns.Reference, r => r.Reference),
            (BookingSortColumns.Status, r => r.Status.ToString()),
            (BookingSortColumns.Customer, r => r.CustomerName),
            (BookingSortColumns.PickUp, r => r.PickUpLocal),
            (BookingSortColumns.Booked, r => r.CreatedAtUtc),
        };
        foreach (var (column, key) in keys)
        {
            foreach (var descending in new[] { false, true })
            {
                var query = new BookingQuery { SortBy = column, Descending = descending };
                var all = (await SearchAsync(app, query with { PageSize = 100 })).Items;
                var paged = new List<BookingRow>();
                for (var page = 0; page < 3; page++)
                {
                    paged.AddRange((await SearchAsync(app, query with { Page = page, PageSize = 3 })).Items);
                }

                var sorted = descending ? all.Select(key).OrderDescending() : all.Select(key).Order();
                Assert.True(sorted.SequenceEqual(all.Select(key)), $"{column} {(descending ? "descending" : "ascending")}");
                Assert.Equal(7, all.Select(r => r.Id).Distinct().Count());
                Assert.Equal(all.Select(r => r.Id), paged.Select(r => r.Id));
            }
        }
    }

    [Theory, AllProviders]
    public async Task A_row_shows_the_supplier_station_times_car_and_total_as_sold(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await SeedAsync(app, w => [SearchWorld.InStatus(w.Sell("CRG-7F3K9Q", station: w.AvisAirport, totalCents: 123_450, currency: "SEK"), BookingStatus.Confirmed)]);

        var row = Assert.Single((await SearchAsync(app, new BookingQuery())).Items);

        Assert.Equal(
            ("CRG-7F3K9Q", BookingStatus.Confirmed, "BD-558812", "Anna Tamm", "anna.tamm@example.com", "AVIS-EE", "Avis Estonia", "TLL-AIRPORT", "Avis Tallinn Airport"),
            (row.Reference, row.Status, row.SupplierConfirmationNumber, row.CustomerName, row.CustomerEmail, row.SupplierCode, row.SupplierName, row.PickUpCode, row.PickUpName));
        Assert.Equal(
            (SearchWorld.PickUp, SearchWorld.PickUp.AddDays(3), "CDMR", "1,234.50 SEK", SearchWorld.BookedAtUtc),
            (row.PickUpLocal, row.DropOffLocal, row.Acriss, row.CustomerTotal.ToString(), row.CreatedAtUtc));
    }

    [Theory, AllProviders]
    public async Task The_station_filter_offers_each_code_once_across_suppliers_or_the_chosen_suppliers_own(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await SeedAsync(app, _ => []);
        await using var fiona = app.As(TestUser.Fiona);

        var everywhere = await fiona.BookingSearch().StationsAsync(null, None);
        var avis = await fiona.BookingSearch().StationsAsync("AVIS-EE", None);
        var unknown = await fiona.BookingSearch().StationsAsync("NOPE-EE", None);

        Assert.Equal(["TLL-AIRPORT · 2 suppliers", "TRT-CITY · Tartu City"], everywhere.Select(s => s.Label));
        Assert.Equal(["TLL-AIRPORT · Avis Tallinn Airport"], avis.Select(s => s.Label));
        Assert.Empty(unknown);
        Assert.Equal(["Avis Estonia", "Sixt Estonia"], (await fiona.BookingSearch().SuppliersAsync(None)).Select(s => s.Name));
    }

    [Theory, AllProviders]
    public async Task Go_to_booking_opens_a_reference_typed_any_way_or_a_confirmation_number(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await SeedAsync(app, w =>
        [
            w.Sell("CRG-7F3K9Q"),
            SearchWorld.InStatus(w.Sell("CRG-7F3K9R"), BookingStatus.Confirmed, "BD-558812"),
        ]);
        await using var sam = app.As(TestUser.Sam);

        Assert.Equal("CRG-7F3K9Q", (await sam.BookingSearch().GoToAsync("CRG-7F3K9Q", None)).Value);
        Assert.Equal("CRG-7F3K9Q", (await sam.BookingSearch().GoToAsync(" 7f3k9q ", None)).Value);
        Assert.Equal("CRG-7F3K9R", (await sam.BookingSearch().GoToAsync("BD-558812", None)).Value);
        Assert.Equal("CRG-7F3K9R", (await sam.BookingSearch().GoToAsync("bd-558812", None)).Value);
    }

    [Theory, AllProviders]
    public async Task Go_to_booking_says_when_nothing_has_that_reference_or_confirmation_number(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await SeedAsync(app, w => [w.Sell("CRG-7F3K9Q")]);
        await using var sam = app.As(TestUser.Sam);

        var unknown = await sam.BookingSearch().GoToAsync("CRG-7F3K9R", None);
        var empty = await sam.BookingSearch().GoToAsync("  ", None);

        Assert.Equal("No booking has the reference or supplier confirmation number CRG-7F3K9R.", unknown.Error);
        Assert.Equal("Type a booking reference (CRG-…) or the supplier's confirmation number.", empty.Error);
    }

    [Theory, AllProviders]
    public async Task Go_to_booking_asks_to_choose_when_two_suppliers_gave_the_same_confirmation_number(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await SeedAsync(app, w =>
        [
            SearchWorld.InStatus(w.Sell("CRG-7F3K9Q", station: w.SixtAirport), BookingStatus.Confirmed, "100200"),
            SearchWorld.InStatus(w.Sell("CRG-7F3K9R", station: w.AvisAirport), BookingStatus.Confirmed, "100200"),
        ]);
        await using var sam = app.As(TestUser.Sam);

        var ambiguous = await sam.BookingSearch().GoToAsync("100200", None);

        Assert.Equal("Several bookings have the confirmation number 100200: search for it in the bookings list to choose.", ambiguous.Error);
        Assert.Equal(["CRG-7F3K9Q", "CRG-7F3K9R"], await FoundAsync(app, new BookingQuery { Text = "100200", SortBy = BookingSortColumns.Reference }));
    }

    private static async Task SeedAsync(TestApp app, Func<SearchWorld, Booking[]> sell)
    {
        await using var db = await app.OpenDbAsync();
        await SearchWorld.SeedAsync(db, sell);
    }

    private static async Task<BookingPage> SearchAsync(TestApp app, BookingQuery query)
    {
        await using var sam = app.As(TestUser.Sam);
        return await sam.BookingSearch().SearchAsync(query, None);
    }

    private static async Task<List<string>> FoundAsync(TestApp app, string text) => await FoundAsync(app, new BookingQuery { Text = text });

    private static async Task<List<string>> FoundAsync(TestApp app, BookingQuery query)
    {
        var page = await SearchAsync(app, query);
        Assert.Equal(page.Items.Count, page.TotalCount);
        return page.Items.Select(r => r.Reference).ToList();
    }
}
