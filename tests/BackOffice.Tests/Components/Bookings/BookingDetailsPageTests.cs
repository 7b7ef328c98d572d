using Bunit;
using CarRentalGateway.BackOffice.Features.Bookings;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.BackOffice.Tests.Data.Bookings;
using CarRentalGateway.Core.Bookings;

namespace CarRentalGateway.BackOffice.Tests.Components.Bookings;

/// <summary>The booking page: everything at a glance, the actions open for the status, the time and the role, notes.</summary>
public sealed class BookingDetailsPageTests : BookingComponentTest
{
    private static readonly string[] ActionIds =
        ["action-confirm", "action-edit-details", "action-change-trip", "action-complete", "action-no-show", "action-cancel"];

    [Fact]
    public async Task The_page_shows_everything_support_needs_at_a_glance()
    {
        await SellAsync();

        // Typed as an agent might, in lower case.
        var page = Render<BookingDetailsPage>(p => p.Add(x => x.Reference, "crg-7f3k9q"));

        page.WaitForElement("#booking-title");
        Assert.Equal("CRG-7F3K9Q", Text(page, "booking-reference"));
        Assert.Equal("Confirmed", Text(page, "booking-status"));
        Assert.Equal("Supplier confirmation SX-4411", Text(page, "booking-confirmation"));
        Assert.Equal("Anna Tamm", Text(page, "customer-name"));
        Assert.Equal("anna.tamm@example.com", Text(page, "customer-email"));
        Assert.Equal("+372 5123 4567", Text(page, "customer-phone"));
        Assert.Equal("1990-04-02 (35 at pick-up)", Text(page, "driver-birth"));
        Assert.Equal("LH 1234", Text(page, "flight"));

        var pickUp = $"{BookingText.Date(BookingWorld.Today.AddDays(7))} 10:00";
        Assert.Equal(pickUp, Text(page, "pick-up-time"));
        Assert.Equal("Tallinn Airport (TLL-AIRPORT, Airport)", Text(page, "pick-up-station"));
        Assert.Equal("Main street 1, Tallinn, Tallinn, EE", Text(page, "pick-up-address"));
        Assert.Equal("Open 24 hours", Text(page, "pick-up-hours"));
        Assert.Equal($"{BookingText.Date(BookingWorld.Today.AddDays(10))} 10:00", Text(page, "drop-off-time"));
        Assert.Empty(page.FindAll("#one-way"));

        Assert.StartsWith("CDMR Compact", Text(page, "car-acriss"), StringComparison.Ordinal);
        Assert.Equal("Toyota Corolla or similar", Text(page, "car-model"));
        Assert.Equal("1 × GPS navigation", Text(page, "extras"));

        // 3 days × 40.00 + 3 × 8.00 GPS = 144.00; +10 % = 158.40; commission 15 % of the 120.00 rental days.
        Assert.Equal("158.40 EUR", Text(page, "customer-total"));
        Assert.Equal("144.00 EUR", Text(page, "supplier-total"));
        Assert.Equal("+14.40 EUR", Text(page, "markup"));
        Assert.StartsWith("18.00 EUR (15 % of the rental days)", Text(page, "commission"), StringComparison.Ordinal);
        Assert.Equal("32.40 EUR", Text(page, "revenue"));
        Assert.Equal("Prepaid to us", Text(page, "payment-model"));
        Assert.Equal("158.40 EUR", Text(page, "amount-paid"));

        Assert.Equal("No notes yet.", Text(page, "no-notes"));
        Assert.Contains("Created by support@backoffice.test", page.Find("#card-history").TextContent, StringComparison.Ordinal);
        Assert.Contains("SX-4411", page.Find("#card-history").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_explanation_shown_is_the_one_stored_with_the_booking()
    {
        await SellAsync();
        var page = Render<BookingDetailsPage>(p => p.Add(x => x.Reference, Reference));
        page.WaitForElement("#booking-title");
        Assert.Empty(page.FindAll(".price-explanation"));

        page.Find("#toggle-explanation").Click();

        var explanation = page.WaitForElement(".price-explanation");
        Assert.Contains("R1 v1 Estonia uplift", explanation.QuerySelector(".price-step")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("158.40", explanation.QuerySelector(".customer-total")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_confirmed_booking_before_pick_up_can_have_its_details_and_trip_changed_or_be_cancelled()
    {
        await SellAsync();

        var page = Render<BookingDetailsPage>(p => p.Add(x => x.Reference, Reference));

        page.WaitForElement("#booking-title");
        Assert.Equal(["action-edit-details", "action-change-trip", "action-cancel"], ShownActions(page));
        var closed = page.Find("#closed-actions").TextContent;
        Assert.Contains("Only a booking on request can be confirmed; this one is confirmed.", closed, StringComparison.Ordinal);
        Assert.Contains("complete the booking after that", closed, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("#read-only"));
    }

    [Fact]
    public async Task A_booking_on_request_can_be_confirmed()
    {
        await SellAsync(confirmed: false);

        var page = Render<BookingDetailsPage>(p => p.Add(x => x.Reference, Reference));

        page.WaitForElement("#booking-title");
        Assert.Equal("On request", Text(page, "booking-status"));
        Assert.Equal("Not confirmed by the supplier yet", Text(page, "booking-confirmation"));
        Assert.Equal(["action-confirm", "action-edit-details", "action-change-trip", "action-cancel"], ShownActions(page));
    }

    [Fact]
    public async Task After_the_drop_off_a_confirmed_booking_can_be_completed_or_marked_a_no_show_but_no_longer_cancelled()
    {
        await SellAsync();
        SetClockToTallinn(PickUpLocal.AddDays(3).AddHours(1));

        var page = Render<BookingDetailsPage>(p => p.Add(x => x.Reference, Reference));

        page.WaitForElement("#booking-title");
        Assert.Equal(["action-edit-details", "action-complete", "action-no-show"], ShownActions(page));
        Assert.Contains("if the customer did not come, mark the booking as a no-show", page.Find("#closed-actions").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Finance_sees_the_whole_booking_but_no_action_and_no_note_box()
    {
        await SellAsync();
        SignInAs(Roles.Finance);

        var page = Render<BookingDetailsPage>(p => p.Add(x => x.Reference, Reference));

        page.WaitForElement("#booking-title");
        Assert.Equal("158.40 EUR", Text(page, "customer-total"));
        Assert.Single(page.FindAll("#read-only"));
        Assert.Empty(ShownActions(page));
        Assert.Empty(page.FindAll("#closed-actions"));
        Assert.Empty(page.FindAll("#note-text"));
        Assert.Empty(page.FindAll("#add-note"));
    }

    [Fact]
    public async Task An_unknown_reference_says_there_is_no_such_booking()
    {
        await SellAsync();

        var page = Render<BookingDetailsPage>(p => p.Add(x => x.Reference, "crg-2345ab"));

        var message = page.WaitForElement("#booking-not-found").TextContent;
        Assert.Contains("No booking CRG-2345AB.", message, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("#booking-title"));
    }

    [Fact]
    public async Task A_note_is_added_with_its_author_and_shows_in_the_history()
    {
        await SellAsync();
        var page = Render<BookingDetailsPage>(p => p.Add(x => x.Reference, Reference));
        page.WaitForElement("#note-text");

        page.Find("#note-text").Input("Customer asked for a child seat; call back on Monday.");
        page.Find("#add-note").Click();

        page.WaitForAssertion(() => Assert.Contains(
            "Customer asked for a child seat; call back on Monday.", page.Find("#notes").TextContent, StringComparison.Ordinal));
        Assert.Contains("support@backoffice.test", page.Find("#notes").TextContent, StringComparison.Ordinal);
        Assert.Equal("", page.Find("#note-text").GetAttribute("value") ?? "");
        Assert.Contains("call back on Monday", page.Find("#card-history").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_note_too_long_is_refused_on_the_box_and_stays_there()
    {
        await SellAsync();
        var page = Render<BookingDetailsPage>(p => p.Add(x => x.Reference, Reference));
        page.WaitForElement("#note-text");
        var text = new string('x', BookingNote.TextMaxLength + 1);

        page.Find("#note-text").Input(text);
        page.Find("#add-note").Click();

        page.WaitForAssertion(() => Assert.Contains("split it in two", page.Find("#card-notes").TextContent, StringComparison.Ordinal));
        Assert.Equal(text, page.Find("#note-text").GetAttribute("value"));
        Assert.Single(page.FindAll("#no-notes"));
    }

    private static string Text(IRenderedComponent<BookingDetailsPage> page, string id) => page.Find($"#{id}").TextContent.Trim();

    private static List<string> ShownActions(IRenderedComponent<BookingDetailsPage> page) =>
        ActionIds.Where(id => page.FindAll($"#{id}").Count > 0).ToList();
}
