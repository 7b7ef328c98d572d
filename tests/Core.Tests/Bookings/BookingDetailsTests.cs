using CarRentalGateway.Core.Bookings;
using static CarRentalGateway.Core.Tests.Bookings.BookingExamples;

namespace CarRentalGateway.Core.Tests.Bookings;

/// <summary>Contact, driver and flight change without re-pricing, in any status that is not final.</summary>
public sealed class BookingDetailsTests
{
    [Fact]
    public void New_contact_details_are_kept_tidied()
    {
        var booking = Confirmed();

        Must(booking.UpdateContact(new BookingCustomer(" Anna Kask ", " ANNA@Kask.example ", " +372 600 1234 ", "fi")));

        Assert.Equal(new BookingCustomer("Anna Kask", "anna@kask.example", "+372 600 1234", "FI"), booking.Customer);
    }

    [Fact]
    public void Wrong_contact_details_are_refused_and_the_old_ones_kept()
    {
        var booking = Booked();

        Refused(
            booking.UpdateContact(Customer with { Email = "anna at example.com" }),
            "'anna at example.com' is not an e-mail address, e.g. anna@example.com.",
            "Email");
        Assert.Equal(Customer, booking.Customer);
    }

    [Fact]
    public void A_new_driver_is_kept()
    {
        var booking = Booked();

        Must(booking.UpdateDriver(new BookingDriver(" Mart Tamm ", new DateOnly(1988, 1, 31))));

        Assert.Equal(new BookingDriver("Mart Tamm", new DateOnly(1988, 1, 31)), booking.Driver);
    }

    [Fact]
    public void A_driver_born_after_the_pick_up_is_refused()
    {
        var booking = Confirmed();

        Refused(booking.UpdateDriver(Driver with { DateOfBirth = new DateOnly(2026, 6, 11) }), "The date of birth must be before the pick-up date.", "DateOfBirth");
        Assert.Equal(Driver, booking.Driver);
    }

    [Fact]
    public void The_flight_number_is_changed_tidied_or_removed()
    {
        var booking = Confirmed();

        Must(booking.UpdateFlight("ba123"));
        Assert.Equal("BA 123", booking.FlightNumber);

        Must(booking.UpdateFlight("  "));
        Assert.Null(booking.FlightNumber);
    }

    [Fact]
    public void A_wrong_flight_number_is_refused_and_the_old_one_kept()
    {
        var booking = Confirmed();

        Refused(booking.UpdateFlight("LH12345"), "'LH12345' is not a flight number: the airline's code and the number, e.g. LH 1234 or BA123.", "FlightNumber");
        Assert.Equal("LH 1234", booking.FlightNumber);
    }

    [Theory]
    [MemberData(nameof(FinalStatuses), MemberType = typeof(BookingExamples))]
    public void Details_of_a_final_booking_cannot_change(BookingStatus status, string inWords)
    {
        var booking = InStatus(status);

        Refused(booking.UpdateContact(Customer with { Name = "Someone Else" }), $"The contact details of a booking that is {inWords} cannot change.");
        Refused(booking.UpdateDriver(Driver with { Name = "Someone Else" }), $"The driver of a booking that is {inWords} cannot change.");
        Refused(booking.UpdateFlight("BA 1"), $"The flight number of a booking that is {inWords} cannot change.");
        Assert.Equal(Customer, booking.Customer);
        Assert.Equal(Driver, booking.Driver);
        Assert.Equal("LH 1234", booking.FlightNumber);
    }
}
