using CarRentalGateway.Core.Bookings;

namespace CarRentalGateway.Core.Tests.Bookings;

public sealed class BookingSearchKeysTests
{
    [Theory]
    [InlineData("Mari Tamm", "Tamm")]
    [InlineData("  Anna-Lena Müller ", "Müller")]
    [InlineData("Jean de la Fontaine", "Fontaine")]
    [InlineData("Cher", "Cher")]
    public void The_last_name_is_the_last_word(string name, string lastName) =>
        Assert.Equal(lastName, BookingSearchKeys.LastName(name));

    [Fact]
    public void A_number_read_out_with_or_without_its_country_code_ends_the_same_way()
    {
        var stored = BookingSearchKeys.PhoneDigitsReversed("+372 5123 4567");
        var readOut = BookingSearchKeys.PhoneDigitsReversed("5123-4567");

        Assert.Equal("76543215273", stored);
        Assert.StartsWith(readOut, stored, StringComparison.Ordinal);
    }

    [Fact]
    public void The_customer_s_search_keys_follow_a_change_of_contact_details()
    {
        var booking = BookingExamples.Booked();

        var changed = booking.UpdateContact(new BookingCustomer("Kadri Kask", "kadri@example.com", "(0) 600 9876", "EE"));

        Assert.True(changed.Succeeded, changed.Error);
        Assert.Equal("Kask", booking.CustomerLastName);
        Assert.Equal("67890060", booking.CustomerPhoneDigitsReversed);
    }
}
