using CarRentalGateway.Core.Common;

namespace CarRentalGateway.Core.Locations;

/// <summary>The editable facts about a location, checked together before they reach the entity.</summary>
public sealed record LocationDetails(
    string Name,
    LocationType Type,
    string? IataCode,
    string CountryCode,
    string City,
    string Address,
    string? Phone,
    string TimeZoneId,
    WeeklyOpeningHours OpeningHours,
    Money? AfterHoursFee)
{
    public const int NameMaxLength = 100;
    public const int CityMaxLength = 100;
    public const int AddressMaxLength = 200;
    public const int PhoneMaxLength = 30;

    /// <summary>
    /// Trims every field, upper-cases the codes, spells the time zone as the time zone database does, and turns
    /// blank optional fields into null, so "  " is never stored.
    /// </summary>
    public LocationDetails Normalized() => this with
    {
        Name = Name.Trim(),
        IataCode = Blank(IataCode)?.ToUpperInvariant(),
        CountryCode = CountryCode.Trim().ToUpperInvariant(),
        City = City.Trim(),
        Address = Address.Trim(),
        Phone = Blank(Phone),
        TimeZoneId = LocationTimeZone.Canonical(TimeZoneId.Trim()),
    };

    /// <summary>The first rule these details break, naming the field; success when they break none.</summary>
    public Result Validate()
    {
        if (Name.Length == 0)
        {
            return Result.Fail("Enter the location's name.", nameof(Name));
        }

        if (Name.Length > NameMaxLength)
        {
            return Result.Fail($"The name is at most {NameMaxLength} characters.", nameof(Name));
        }

        if (!Enum.IsDefined(Type))
        {
            return Result.Fail("Choose the type of location.", nameof(Type));
        }

        if (IataCode is not null && !IataAirportCode.IsValid(IataCode))
        {
            return Result.Fail("An IATA code is three letters A-Z, e.g. TLL.", nameof(IataCode));
        }

        // Travellers find airport stations by the airport's code, so an airport without one cannot be sold.
        if (Type == LocationType.Airport && IataCode is null)
        {
            return Result.Fail("An airport location needs the airport's IATA code, e.g. TLL.", nameof(IataCode));
        }

        if (!Countries.IsKnown(CountryCode))
        {
            return Result.Fail("Choose a country from the list.", nameof(CountryCode));
        }

        if (City.Length == 0)
        {
            return Result.Fail("Enter the city.", nameof(City));
        }

        if (City.Length > CityMaxLength)
        {
            return Result.Fail($"The city is at most {CityMaxLength} characters.", nameof(City));
        }

        if (Address.Length == 0)
        {
            return Result.Fail("Enter the address where customers find the desk.", nameof(Address));
        }

        if (Address.Length > AddressMaxLength)
        {
            return Result.Fail($"The address is at most {AddressMaxLength} characters.", nameof(Address));
        }

        if (Phone is not null && !PhoneNumber.IsPlausible(Phone, PhoneMaxLength))
        {
            return Result.Fail("Enter the phone number with digits, spaces and an optional leading +.", nameof(Phone));
        }

        if (!LocationTimeZone.IsKnown(TimeZoneId))
        {
            return Result.Fail("Choose the location's time zone from the list, e.g. Europe/Tallinn.", nameof(TimeZoneId));
        }

        if (AfterHoursFee is { IsNegative: true })
        {
            return Result.Fail("The after-hours fee cannot be negative.", nameof(AfterHoursFee));
        }

        if (AfterHoursFee is not null && OpeningHours.Is24Hours)
        {
            return Result.Fail("A location open 24 hours has no after-hours fee: leave it empty.", nameof(AfterHoursFee));
        }

        return Result.Ok();
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
