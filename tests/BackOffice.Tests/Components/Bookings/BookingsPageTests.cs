using System.Data.Common;
using AngleSharp.Dom;
using Bunit;
using Bunit.TestDoubles;
using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Features.Bookings;
using CarRentalGateway.BackOffice.Features.Shared;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.BackOffice.Tests.Data.Bookings;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using CarRentalGateway.Core.Bookings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace CarRentalGateway.BackOffice.Tests.Components.Bookings;

public sealed class BookingsPageTests : ComponentTestContext
{
    [Theory]
    [InlineData("/bookings?q=tamm", new[] { "CRG-7F3K9R", "CRG-7F3K9Q" })]
    [InlineData("/bookings?q=BD-558812", new[] { "CRG-7F3K9R" })]
    [InlineData("/bookings?status=Cancelled", new[] { "CRG-7F3K9S" })]
    [InlineData("/bookings?supplier=AVIS-EE", new[] { "CRG-7F3K9S" })]
    [InlineData("/bookings?station=TRT-CITY", new[] { "CRG-7F3K9R" })]
    [InlineData("/bookings?pickUpFrom=2026-03-22&pickUpTo=2026-03-31", new[] { "CRG-7F3K9R", "CRG-7F3K9S" })]
    [InlineData("/bookings?bookedFrom=2026-03-11", new[] { "CRG-7F3K9S" })]
    [InlineData("/bookings?sort=reference&desc=true", new[] { "CRG-7F3K9S", "CRG-7F3K9R", "CRG-7F3K9Q" })]
    [InlineData("/bookings?sort=pickup", new[] { "CRG-7F3K9Q", "CRG-7F3K9R", "CRG-7F3K9S" })]
    public async Task The_search_filters_and_sort_in_the_URL_are_what_the_list_shows(string url, string[] references)
    {
        SignInAs(Roles.Support);
        await SeedThreeAsync();
        var page = RenderAt(url);

        page.WaitForAssertion(() => Assert.Equal(references, ListedReferences(page)));
    }

    [Fact]
    public async Task The_page_in_the_URL_opens_that_page_of_fifty()
    {
        SignInAs(Roles.Finance);
        await SeedFiftyFiveAsync();
        var page = RenderAt("/bookings?page=2");

        // Newest first: the second page holds the five booked first.
        page.WaitForAssertion(() => Assert.Equal(5, ListedReferences(page).Count));
        Assert.Contains("51-55 of 55", page.Find(".bookings-pager").TextContent);
    }

    [Fact]
    public async Task Past_ten_thousand_bookings_the_list_asks_for_a_narrower_search_and_its_pages_stop_there()
    {
        SignInAs(Roles.Finance);
        await SearchWorld.SeedAsync(Database, w => Enumerable.Range(0, BookingSearch.CountCap + 1).Select(_ => w.Sell()).ToArray());

        var page = Render<BookingsPage>();

        page.WaitForAssertion(() => Assert.Contains("1-50 of 10,000", page.Find(".bookings-pager").TextContent));
        Assert.Equal(
            "More than 10,000 bookings match: narrow the search. The pages stop at the first 10,000.",
            string.Join(' ', page.Find("#more-than-counted").TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public async Task Another_search_starts_again_from_the_first_page()
    {
        SignInAs(Roles.Support);
        await SeedFiftyFiveAsync();
        var page = RenderAt("/bookings?page=2");
        page.WaitForAssertion(() => Assert.Equal(5, ListedReferences(page).Count));

        page.Find("#booking-search").Input("tamm");

        page.WaitForAssertion(() =>
        {
            Assert.Contains("1-50 of 55", page.Find(".bookings-pager").TextContent);
            Assert.Equal(50, ListedReferences(page).Count);
        });
        Assert.EndsWith("/bookings?q=tamm", Navigation.Uri);
    }

    [Fact]
    public async Task Typing_a_search_puts_it_in_the_URL_and_lists_what_it_finds()
    {
        SignInAs(Roles.Support);
        await SeedThreeAsync();
        var page = RenderAt("/bookings");
        page.WaitForAssertion(() => Assert.Equal(3, ListedReferences(page).Count));

        page.Find("#booking-search").Input("hansen");

        page.WaitForAssertion(() => Assert.Equal(["CRG-7F3K9S"], ListedReferences(page)));
        Assert.EndsWith("/bookings?q=hansen", Navigation.Uri);
    }

    [Fact]
    public async Task Enter_searches_at_once_without_waiting_for_the_pause_after_typing()
    {
        SignInAs(Roles.Support);
        await SeedThreeAsync();
        var page = RenderAt("/bookings");
        page.WaitForAssertion(() => Assert.Equal(3, ListedReferences(page).Count));

        page.Find("#booking-search").Input("hansen");
        // Typing alone waits for the pause; Enter is handled before it is over.
        Assert.EndsWith("/bookings", Navigation.Uri);
        page.Find("#booking-search").KeyDown("Enter");

        Assert.EndsWith("/bookings?q=hansen", Navigation.Uri);
        page.WaitForAssertion(() => Assert.Equal(["CRG-7F3K9S"], ListedReferences(page)));
    }

    [Fact]
    public async Task A_pause_after_a_space_keeps_the_space_so_a_full_name_can_be_typed_on()
    {
        SignInAs(Roles.Support);
        await SeedThreeAsync();
        var page = RenderAt("/bookings");
        page.WaitForAssertion(() => Assert.Equal(3, ListedReferences(page).Count));

        page.Find("#booking-search").Input("anna ");
        page.WaitForAssertion(() => Assert.EndsWith("/bookings?q=anna%20", Navigation.Uri));
        Assert.Equal("anna ", page.Find("#booking-search").GetAttribute("value"));
        page.Find("#booking-search").Input("anna tamm");

        page.WaitForAssertion(() => Assert.Equal(["CRG-7F3K9R", "CRG-7F3K9Q"], ListedReferences(page)));
    }

    [Fact]
    public async Task Choosing_a_status_filters_the_list_and_any_status_shows_them_all_again()
    {
        SignInAs(Roles.Support);
        await SeedThreeAsync();
        var page = RenderAt("/bookings");
        page.WaitForAssertion(() => Assert.Equal(3, ListedReferences(page).Count));

        page.Find("#status-filter").Change(nameof(BookingStatus.Cancelled));

        page.WaitForAssertion(() => Assert.Equal(["CRG-7F3K9S"], ListedReferences(page)));
        Assert.EndsWith("/bookings?status=Cancelled", Navigation.Uri);
        Assert.Equal(nameof(BookingStatus.Cancelled), page.Find("#status-filter").GetAttribute("value"));

        page.Find("#status-filter").Change("");

        page.WaitForAssertion(() => Assert.Equal(3, ListedReferences(page).Count));
        Assert.EndsWith("/bookings", Navigation.Uri);
        Assert.Equal("", page.Find("#status-filter").GetAttribute("value"));
    }

    [Fact]
    public async Task Sorting_a_column_puts_the_sort_in_the_URL_and_clearing_the_filters_keeps_it()
    {
        SignInAs(Roles.Admin);
        await SeedThreeAsync();
        var page = RenderAt("/bookings?status=Confirmed&supplier=SIXT-EE");
        page.WaitForAssertion(() => Assert.Equal(["CRG-7F3K9R"], ListedReferences(page)));

        SortHeader(page, "Reference").Click();
        page.WaitForAssertion(() => Assert.Contains("sort=reference", Navigation.Uri, StringComparison.Ordinal));
        page.Find("#clear-filters").Click();

        page.WaitForAssertion(() => Assert.Equal(["CRG-7F3K9Q", "CRG-7F3K9R", "CRG-7F3K9S"], ListedReferences(page)));
        Assert.EndsWith("/bookings?sort=reference", Navigation.Uri);
    }

    [Fact]
    public async Task A_sortable_heading_sorts_ascending_then_descending_then_back_to_newest_booked_first()
    {
        SignInAs(Roles.Support);
        await SeedThreeAsync();
        var page = RenderAt("/bookings");
        page.WaitForAssertion(() => Assert.Equal(["CRG-7F3K9S", "CRG-7F3K9R", "CRG-7F3K9Q"], ListedReferences(page)));
        Assert.Equal("none", SortHeader(page, "Reference").ParentElement!.GetAttribute("aria-sort"));

        SortHeader(page, "Reference").Click();
        page.WaitForAssertion(() => Assert.Equal(["CRG-7F3K9Q", "CRG-7F3K9R", "CRG-7F3K9S"], ListedReferences(page)));
        Assert.EndsWith("/bookings?sort=reference", Navigation.Uri);
        Assert.Equal("ascending", SortHeader(page, "Reference").ParentElement!.GetAttribute("aria-sort"));

        SortHeader(page, "Reference").Click();
        page.WaitForAssertion(() => Assert.Equal(["CRG-7F3K9S", "CRG-7F3K9R", "CRG-7F3K9Q"], ListedReferences(page)));
        Assert.EndsWith("/bookings?sort=reference&desc=true", Navigation.Uri);
        Assert.Equal("descending", SortHeader(page, "Reference").ParentElement!.GetAttribute("aria-sort"));

        SortHeader(page, "Customer").Click();
        page.WaitForAssertion(() => Assert.Equal("CRG-7F3K9S", ListedReferences(page).Last()));
        Assert.EndsWith("/bookings?sort=customer", Navigation.Uri);
        SortHeader(page, "Customer").Click();
        SortHeader(page, "Customer").Click();

        page.WaitForAssertion(() => Assert.EndsWith("/bookings", Navigation.Uri));
        Assert.Equal(["CRG-7F3K9S", "CRG-7F3K9R", "CRG-7F3K9Q"], ListedReferences(page));
        Assert.All(page.FindAll("th[aria-sort]"), heading => Assert.Equal("none", heading.GetAttribute("aria-sort")));
    }

    [Fact]
    public async Task The_pager_goes_to_the_next_and_first_page_and_a_new_sort_starts_on_the_first_page()
    {
        SignInAs(Roles.Support);
        await SeedFiftyFiveAsync();
        var page = RenderAt("/bookings");
        page.WaitForAssertion(() => Assert.Equal(50, ListedReferences(page).Count));
        var newestFirst = ListedReferences(page);
        Assert.True(PagerButton(page, "Previous page").HasAttribute("disabled"));

        PagerButton(page, "Next page").Click();

        page.WaitForAssertion(() => Assert.Equal(5, ListedReferences(page).Count));
        Assert.EndsWith("/bookings?page=2", Navigation.Uri);
        Assert.Contains("51-55 of 55", page.Find(".bookings-pager").TextContent);
        Assert.Empty(ListedReferences(page).Intersect(newestFirst));
        Assert.True(PagerButton(page, "Next page").HasAttribute("disabled"));
        Assert.True(PagerButton(page, "Last page").HasAttribute("disabled"));

        PagerButton(page, "First page").Click();
        page.WaitForAssertion(() => Assert.Equal(newestFirst, ListedReferences(page)));
        Assert.EndsWith("/bookings", Navigation.Uri);

        PagerButton(page, "Last page").Click();
        page.WaitForAssertion(() => Assert.EndsWith("/bookings?page=2", Navigation.Uri));
        SortHeader(page, "Pick-up").Click();
        page.WaitForAssertion(() => Assert.Equal(50, ListedReferences(page).Count));
        Assert.EndsWith("/bookings?sort=pickup", Navigation.Uri);
    }

    [Fact]
    public async Task A_page_past_the_end_of_the_list_opens_its_last_page()
    {
        SignInAs(Roles.Support);
        await SeedFiftyFiveAsync();
        var page = RenderAt("/bookings?page=9");

        page.WaitForAssertion(() => Assert.Equal(5, ListedReferences(page).Count));
        Assert.EndsWith("/bookings?page=2", Navigation.Uri);
    }

    [Theory]
    [InlineData("/bookings?page=abc&desc=maybe")]
    [InlineData("/bookings?page=-3&sort=nonsense&status=Bogus&pickUpFrom=2026-13-45")]
    public async Task A_link_with_values_the_list_cannot_read_opens_the_list_without_them(string url)
    {
        SignInAs(Roles.Support);
        await SeedThreeAsync();

        var page = RenderAt(url);

        page.WaitForAssertion(() => Assert.Equal(["CRG-7F3K9S", "CRG-7F3K9R", "CRG-7F3K9Q"], ListedReferences(page)));
    }

    [Fact]
    public async Task The_date_filters_appear_when_asked_for_or_when_the_URL_sets_one()
    {
        SignInAs(Roles.Support);
        await SeedThreeAsync();
        var page = RenderAt("/bookings");
        page.WaitForAssertion(() => Assert.Equal(3, ListedReferences(page).Count));
        Assert.Empty(page.FindAll("#pick-up-from"));

        page.Find("#show-date-filters").Click();

        Assert.Equal(4, page.FindAll("#pick-up-from, #pick-up-to, #booked-from, #booked-to").Count);
        Assert.Empty(page.FindAll("#show-date-filters"));

        var linked = RenderAt("/bookings?bookedFrom=2026-03-11");
        linked.WaitForAssertion(() => Assert.Equal(["CRG-7F3K9S"], ListedReferences(linked)));
        Assert.Equal("2026-03-11", linked.Find("#booked-from").GetAttribute("value"));
    }

    [Fact]
    public async Task Each_row_leads_to_its_booking_through_its_first_link()
    {
        // The browser follows a row's first link when the row is clicked (EndToEnd BookingSearchTests clicks one).
        SignInAs(Roles.Support);
        await SeedThreeAsync();
        var page = Render<BookingsPage>();
        page.WaitForAssertion(() => Assert.Equal(3, ListedReferences(page).Count));

        var row = page.FindAll("tbody tr").Single(row => row.TextContent.Contains("Mari Hansen", StringComparison.Ordinal));

        Assert.Contains("row-link", row.ClassList);
        Assert.Equal("bookings/CRG-7F3K9S", row.QuerySelector("a[href]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_row_shows_status_customer_station_times_car_total_and_confirmation()
    {
        SignInAs(Roles.Finance);
        await SeedThreeAsync();
        var page = RenderAt("/bookings?q=CRG-7F3K9R");

        page.WaitForAssertion(() => Assert.Single(ListedReferences(page)));
        var cells = page.FindAll("tbody tr td").Select(CellText).ToList();
        Assert.Equal(
            ["CRG-7F3K9R BD-558812", "Confirmed", "Anna Tamm anna.tamm@example.com", "SIXT-EE TRT-CITY", "2026-03-23 09:30 → 2026-03-26 09:30",
             "CDMR", "158.40 EUR", "2026-03-10 10:30"],
            cells);
    }

    [Theory]
    [InlineData("/bookings?q=nobody", "No booking matches “nobody”: try a reference, confirmation no., e-mail, phone or the start of a name.")]
    [InlineData("/bookings?q=tamm&status=NoShow", "No booking matches “tamm” with these filters.")]
    [InlineData("/bookings?supplier=NOPE-EE", "No booking matches these filters.")]
    public async Task An_empty_list_says_what_matched_nothing(string url, string message)
    {
        SignInAs(Roles.Support);
        await SeedThreeAsync();
        var page = RenderAt(url);

        page.WaitForAssertion(() => Assert.Equal(message, page.Find("#no-bookings").TextContent.Trim()));
    }

    [Fact]
    public async Task A_search_the_database_cannot_answer_keeps_the_rows_and_the_typing_and_try_again_loads_it()
    {
        var outage = new QueriesFailWhileCut();
        Services.ConfigureDbContext<SqliteAppDbContext>((_, db) => db.AddInterceptors(outage));
        SignInAs(Roles.Support);
        await SeedThreeAsync();
        var page = RenderAt("/bookings");
        page.WaitForAssertion(() => Assert.Equal(3, ListedReferences(page).Count));
        var shownBefore = ListedReferences(page);

        outage.Cut = true;
        page.Find("#booking-search").Input("hansen");
        page.Find("#booking-search").KeyDown("Enter");

        page.WaitForAssertion(() => Assert.Contains(DatabaseOutage.NotLoaded, page.Find("#bookings-not-loaded").TextContent));
        Assert.Equal(shownBefore, ListedReferences(page));
        Assert.Equal("hansen", page.Find("#booking-search").GetAttribute("value"));

        outage.Cut = false;
        page.Find("#bookings-retry").Click();

        page.WaitForAssertion(() => Assert.Equal(["CRG-7F3K9S"], ListedReferences(page)));
        Assert.Empty(page.FindAll("#bookings-not-loaded"));
    }

    /// <summary>
    /// Anna Tamm at Sixt's airport (on request), Anna Tamm at Tartu (confirmed BD-558812, two days later), Mari Hansen
    /// at Avis's airport (cancelled, a week later, booked a day later).
    /// </summary>
    private Task SeedThreeAsync() => SearchWorld.SeedAsync(Database, w =>
    [
        w.Sell("CRG-7F3K9Q"),
        SearchWorld.InStatus(
            w.Sell("CRG-7F3K9R", station: w.SixtTartu, pickUpLocal: SearchWorld.PickUp.AddDays(2).AddMinutes(-30), bookedAtUtc: SearchWorld.BookedAtUtc.AddHours(1)),
            BookingStatus.Confirmed),
        SearchWorld.InStatus(
            w.Sell("CRG-7F3K9S", name: "Mari Hansen", email: "mari@example.com", station: w.AvisAirport,
                pickUpLocal: SearchWorld.PickUp.AddDays(7), bookedAtUtc: SearchWorld.BookedAtUtc.AddDays(1)),
            BookingStatus.Cancelled),
    ]);

    /// <summary>Fifty-five bookings, booked a minute apart: a full first page of fifty and five on the second.</summary>
    private Task SeedFiftyFiveAsync() => SearchWorld.SeedAsync(Database, w =>
        Enumerable.Range(0, 55).Select(i => w.Sell(bookedAtUtc: SearchWorld.BookedAtUtc.AddMinutes(i))).ToArray());

    private BunitNavigationManager Navigation => Services.GetRequiredService<BunitNavigationManager>();

    private IRenderedComponent<BookingsPage> RenderAt(string url)
    {
        Navigation.NavigateTo(url);
        return Render<BookingsPage>();
    }

    private static List<string> ListedReferences(IRenderedComponent<BookingsPage> page) =>
        page.FindAll("tbody tr td:first-child a.booking-reference").Select(link => link.TextContent.Trim()).ToList();

    private static IElement PagerButton(IRenderedComponent<BookingsPage> page, string label) =>
        page.Find($".bookings-pager button[aria-label='{label}']");

    private static IElement SortHeader(IRenderedComponent<BookingsPage> page, string title) =>
        page.FindAll("th .sortable-column-header").Single(h => h.TextContent.Contains(title, StringComparison.Ordinal));

    /// <summary>While cut, every query fails before it reaches the database, as when the server has gone away.</summary>
    private sealed class QueriesFailWhileCut : DbCommandInterceptor
    {
        private volatile bool _cut;

        public bool Cut { get => _cut; set => _cut = value; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            _cut ? throw new ConnectionLost() : base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    /// <summary>A cell's text as read out: each line of it (a caption is a line of its own) once, separated by spaces.</summary>
    private static string CellText(IElement cell) => string.Join(' ', cell.Descendants<IText>()
        .SelectMany(text => text.Data.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
}
