using CarRentalGateway.BackOffice.Features.Shared;
using CarRentalGateway.Core.Bookings;

namespace CarRentalGateway.BackOffice.Features.Bookings;

/// <summary>
/// How the one search box reads what an agent typed. It does not ask which kind of value it is: every reading the
/// text allows is searched at once, each an exact or prefix match on its own index, so "HANSEN" finds both the
/// customer Hansen and a booking whose reference is CRG-HANSEN.
/// </summary>
/// <param name="Reference">The booking reference, when the text is one (with or without "CRG-").</param>
/// <param name="ConfirmationNumber">The text as a supplier's confirmation number, unless it is an e-mail.</param>
/// <param name="EmailPrefix">The start of an e-mail address, in lower case, when the text has an @.</param>
/// <param name="PhoneEndReversed">How a phone number ends, digits last first, when the text reads as a phone number.</param>
/// <param name="NamePrefix">The start of the customer's full or last name, when the text has a letter and no @.</param>
public sealed record BookingSearchText(
    BookingReference? Reference, string? ConfirmationNumber, string? EmailPrefix, string? PhoneEndReversed, string? NamePrefix)
{
    /// <summary>Fewer digits than this match too many phone numbers to be what the agent meant.</summary>
    public const int MinimumPhoneDigits = 5;

    /// <summary>Null when nothing was typed.</summary>
    public static BookingSearchText? Read(string? text)
    {
        var trimmed = SearchText.Cut(text ?? "");
        if (trimmed.Length == 0)
        {
            return null;
        }

        var reference = BookingReference.Parse(trimmed) is { Succeeded: true } parsed ? parsed.Value : null;
        if (trimmed.StartsWith(BookingReference.Prefix, StringComparison.OrdinalIgnoreCase) && reference is not null)
        {
            return new BookingSearchText(reference, null, null, null, null);
        }

        if (trimmed.Contains('@'))
        {
            return new BookingSearchText(null, null, trimmed.ToLowerInvariant(), null, null);
        }

        var readsAsPhone = trimmed.All(c => char.IsAsciiDigit(c) || c is ' ' or '-' or '(' or ')' or '.' or '+')
            && trimmed.Count(char.IsAsciiDigit) >= MinimumPhoneDigits;
        return new BookingSearchText(
            reference,
            trimmed,
            null,
            readsAsPhone ? BookingSearchKeys.PhoneDigitsReversed(trimmed) : null,
            trimmed.Any(char.IsLetter) ? trimmed : null);
    }
}
