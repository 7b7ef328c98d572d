namespace CarRentalGateway.Core.Bookings;

/// <summary>
/// The forms of a customer's name and phone that the bookings search looks up, so that each kind of search box
/// entry is one indexed prefix search.
/// </summary>
public static class BookingSearchKeys
{
    /// <summary>The last word of a name: "Tamm" for "Mari Tamm", "Müller" for "Anna-Lena Müller".</summary>
    public static string LastName(string name)
    {
        var trimmed = name.Trim();
        return trimmed[(trimmed.LastIndexOf(' ') + 1)..];
    }

    /// <summary>The digits of a phone number, last first: "8765432100273" for "+372 0012 345 678".</summary>
    public static string PhoneDigitsReversed(string phone)
    {
        var digits = phone.Where(char.IsAsciiDigit).ToArray();
        Array.Reverse(digits);
        return new string(digits);
    }
}
