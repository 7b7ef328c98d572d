using CarRentalGateway.Core.Common;

namespace CarRentalGateway.Core.Bookings;

/// <summary>Who booked and how to reach them.</summary>
/// <param name="Country">The ISO 3166-1 alpha-2 code of where the customer lives.</param>
public sealed record BookingCustomer(string Name, string Email, string Phone, string Country)
{
    public const int NameMaxLength = 200;
    public const int PhoneMaxLength = 30;

    /// <summary>Trimmed; the e-mail in lower case so search finds it however it was typed; the country in upper case.</summary>
    public BookingCustomer Normalized() => new(
        Name.Trim(), Email.Trim().ToLowerInvariant(), Phone.Trim(), Country.Trim().ToUpperInvariant());

    public Result Validate()
    {
        if (Name.Length == 0)
        {
            return Result.Fail("Enter the customer's name.", nameof(Name));
        }

        if (Name.Length > NameMaxLength)
        {
            return Result.Fail($"The customer's name is at most {NameMaxLength} characters.", nameof(Name));
        }

        if (!EmailAddress.IsValid(Email))
        {
            return Result.Fail($"'{Email}' is not an e-mail address, e.g. anna@example.com.", nameof(Email));
        }

        if (!PhoneNumber.IsPlausible(Phone, PhoneMaxLength))
        {
            return Result.Fail(
                $"'{Phone}' is not a phone number: at least 5 digits, with + only at the start, e.g. +372 600 1234.", nameof(Phone));
        }

        return Countries.IsKnown(Country)
            ? Result.Ok()
            : Result.Fail($"'{Country}' is not a country code; choose the customer's country from the list.", nameof(Country));
    }
}
