using CarRentalGateway.Core.Bookings;
using static CarRentalGateway.Core.Tests.Bookings.BookingExamples;

namespace CarRentalGateway.Core.Tests.Bookings;

/// <summary>Internal notes: added in any status, with author and time, and never edited.</summary>
public sealed class BookingNoteTests
{
    [Fact]
    public void A_note_keeps_its_author_time_and_trimmed_text_in_the_order_written()
    {
        var booking = Confirmed();
        var later = NowUtc.AddMinutes(5);

        Must(booking.AddNote(Agent, "  Customer asked for a baby seat.\n", NowUtc));
        Must(booking.AddNote("kim.support@crg.example", "Supplier says seats are sold out.", later));

        Assert.Equal(
            [
                new BookingNote(Agent, NowUtc, "Customer asked for a baby seat."),
                new BookingNote("kim.support@crg.example", later, "Supplier says seats are sold out."),
            ],
            booking.Notes);
    }

    [Fact]
    public void Notes_can_be_added_to_a_final_booking()
    {
        var booking = BookingExamples.Cancelled();

        Must(booking.AddNote(Agent, "Refund sent.", NowUtc));

        Assert.Single(booking.Notes);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n ")]
    public void An_empty_note_is_refused(string text)
    {
        var booking = Booked();

        Refused(booking.AddNote(Agent, text, NowUtc), "Write the note first.", "Text");
        Assert.Empty(booking.Notes);
    }

    [Fact]
    public void A_note_without_its_author_is_refused()
    {
        Refused(Booked().AddNote(" ", "Called the customer.", NowUtc), "A note needs its author.", "Author");
    }

    [Fact]
    public void A_note_of_2000_characters_is_accepted_and_one_more_is_refused()
    {
        var booking = Booked();

        Must(booking.AddNote(Agent, new string('n', 2_000), NowUtc));
        Refused(
            booking.AddNote(Agent, new string('n', 2_001), NowUtc),
            "A note is at most 2000 characters; this one has 2001: split it in two.",
            "Text");
        Assert.Single(booking.Notes);
    }

    [Fact]
    public void The_booking_offers_no_way_to_change_or_remove_a_note()
    {
        var booking = Booked();
        Must(booking.AddNote(Agent, "First call.", NowUtc));

        var noteMembers = typeof(Booking).GetMethods()
            .Where(method => method.Name.Contains("Note", StringComparison.Ordinal))
            .Select(method => method.Name);

        Assert.Equal(["AddNote", "get_Notes"], noteMembers.Order());
        var notes = Assert.IsAssignableFrom<ICollection<BookingNote>>(booking.Notes);
        Assert.True(notes.IsReadOnly);
        Assert.Throws<NotSupportedException>(notes.Clear);
    }
}
