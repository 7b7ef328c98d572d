using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Locations;

namespace CarRentalGateway.Core.Tests.Locations;

public class LocationTests
{
    private static readonly Guid SupplierId = Guid.NewGuid();

    internal static LocationDetails ValidDetails() => new(
        "Tallinn Airport", LocationType.Airport, "TLL", "EE", "Tallinn", "Lennujaama tee 2, 11101 Tallinn",
        "+372 600 1234", "Europe/Tallinn", WeeklyOpeningHoursTests.OfficeHours(), Money.Of(2500, "EUR"));

    [Fact]
    public void A_new_location_is_active_with_its_normalised_code_and_details()
    {
        var id = Guid.NewGuid();

        var location = Location.Create(
            id, SupplierId, "tll-airport",
            ValidDetails() with { Name = "  Tallinn Airport ", IataCode = " tll ", CountryCode = "ee", TimeZoneId = "europe/tallinn" },
            "EUR").Value;

        Assert.Equal(id, location.Id);
        Assert.Equal(SupplierId, location.SupplierId);
        Assert.Equal("TLL-AIRPORT", location.Code);
        Assert.True(location.IsActive);
        Assert.Equal(("Tallinn Airport", "TLL", "EE", "Europe/Tallinn"), (location.Name, location.IataCode, location.CountryCode, location.TimeZoneId));
        Assert.Equal(Money.Of(2500, "EUR"), location.AfterHoursFee);
        Assert.Equal((2500L, "EUR"), (location.AfterHoursFeeMinor, location.AfterHoursFeeCurrency));
        Assert.Equal(ValidDetails(), location.Details);
    }

    [Fact]
    public void Blank_optional_fields_are_stored_as_empty_not_as_spaces()
    {
        var location = Location.Create(
            Guid.NewGuid(), SupplierId, "TLL-CITY",
            ValidDetails() with { Type = LocationType.Downtown, IataCode = "  ", Phone = " ", AfterHoursFee = null },
            "EUR").Value;

        Assert.Null(location.IataCode);
        Assert.Null(location.Phone);
        Assert.Null(location.AfterHoursFee);
        Assert.Null(location.AfterHoursFeeMinor);
        Assert.Null(location.AfterHoursFeeCurrency);
    }

    [Fact]
    public void An_invalid_code_is_refused_on_the_code_field()
    {
        var created = Location.Create(Guid.NewGuid(), SupplierId, "TLL AIRPORT", ValidDetails(), "EUR");

        Assert.True(created.Failed);
        Assert.Equal(nameof(Location.Code), created.Field);
    }

    public static TheoryData<LocationDetails, string, string> InvalidDetails() => new()
    {
        { ValidDetails() with { Name = " " }, nameof(LocationDetails.Name), "Enter the location's name." },
        { ValidDetails() with { Name = new string('x', LocationDetails.NameMaxLength + 1) }, nameof(LocationDetails.Name), "The name is at most 100 characters." },
        { ValidDetails() with { Type = (LocationType)42 }, nameof(LocationDetails.Type), "Choose the type of location." },
        { ValidDetails() with { IataCode = "TL" }, nameof(LocationDetails.IataCode), "An IATA code is three letters A-Z, e.g. TLL." },
        { ValidDetails() with { IataCode = "TLLX" }, nameof(LocationDetails.IataCode), "An IATA code is three letters A-Z, e.g. TLL." },
        { ValidDetails() with { IataCode = "T1L" }, nameof(LocationDetails.IataCode), "An IATA code is three letters A-Z, e.g. TLL." },
        { ValidDetails() with { IataCode = "TÜL" }, nameof(LocationDetails.IataCode), "An IATA code is three letters A-Z, e.g. TLL." },
        { ValidDetails() with { IataCode = null }, nameof(LocationDetails.IataCode), "An airport location needs the airport's IATA code, e.g. TLL." },
        { ValidDetails() with { IataCode = " " }, nameof(LocationDetails.IataCode), "An airport location needs the airport's IATA code, e.g. TLL." },
        { ValidDetails() with { CountryCode = "XX" }, nameof(LocationDetails.CountryCode), "Choose a country from the list." },
        { ValidDetails() with { CountryCode = "EST" }, nameof(LocationDetails.CountryCode), "Choose a country from the list." },
        { ValidDetails() with { City = "" }, nameof(LocationDetails.City), "Enter the city." },
        { ValidDetails() with { City = new string('c', LocationDetails.CityMaxLength + 1) }, nameof(LocationDetails.City), "The city is at most 100 characters." },
        { ValidDetails() with { Address = "  " }, nameof(LocationDetails.Address), "Enter the address where customers find the desk." },
        { ValidDetails() with { Address = new string('a', LocationDetails.AddressMaxLength + 1) }, nameof(LocationDetails.Address), "The address is at most 200 characters." },
        { ValidDetails() with { Phone = "call the desk" }, nameof(LocationDetails.Phone), "Enter the phone number with digits, spaces and an optional leading +." },
        { ValidDetails() with { TimeZoneId = "" }, nameof(LocationDetails.TimeZoneId), "Choose the location's time zone from the list, e.g. Europe/Tallinn." },
        { ValidDetails() with { TimeZoneId = "Europe/Atlantis" }, nameof(LocationDetails.TimeZoneId), "Choose the location's time zone from the list, e.g. Europe/Tallinn." },
        { ValidDetails() with { TimeZoneId = "FLE Standard Time" }, nameof(LocationDetails.TimeZoneId), "Choose the location's time zone from the list, e.g. Europe/Tallinn." },
        { ValidDetails() with { TimeZoneId = "+02:00" }, nameof(LocationDetails.TimeZoneId), "Choose the location's time zone from the list, e.g. Europe/Tallinn." },
        { ValidDetails() with { AfterHoursFee = Money.Of(-1, "EUR") }, nameof(LocationDetails.AfterHoursFee), "The after-hours fee cannot be negative." },
        { ValidDetails() with { OpeningHours = WeeklyOpeningHours.Always }, nameof(LocationDetails.AfterHoursFee), "A location open 24 hours has no after-hours fee: leave it empty." },
    };

    [Theory]
    [MemberData(nameof(InvalidDetails))]
    public void Invalid_details_are_refused_naming_the_field_at_fault(LocationDetails details, string field, string message)
    {
        var created = Location.Create(Guid.NewGuid(), SupplierId, "TLL-AIRPORT", details, "EUR");

        Assert.True(created.Failed);
        Assert.Equal(field, created.Field);
        Assert.Equal(message, created.Error);
    }

    [Theory]
    [InlineData(LocationType.Downtown)]
    [InlineData(LocationType.RailStation)]
    [InlineData(LocationType.Port)]
    [InlineData(LocationType.Hotel)]
    public void Only_an_airport_needs_an_IATA_code(LocationType type)
    {
        var created = Location.Create(Guid.NewGuid(), SupplierId, "TLL-CITY", ValidDetails() with { Type = type, IataCode = null }, "EUR");

        Assert.True(created.Succeeded, created.Error);
    }

    [Fact]
    public void A_town_office_may_name_the_airport_it_serves()
    {
        var created = Location.Create(Guid.NewGuid(), SupplierId, "TLL-CITY", ValidDetails() with { Type = LocationType.Downtown, IataCode = "tll" }, "EUR");

        Assert.Equal("TLL", created.Value.IataCode);
    }

    [Theory]
    [InlineData("UTC")]
    [InlineData("Atlantic/Reykjavik")]
    [InlineData("America/Argentina/Buenos_Aires")]
    public void Any_IANA_time_zone_the_system_knows_is_accepted(string zone)
    {
        var created = Location.Create(Guid.NewGuid(), SupplierId, "TLL-AIRPORT", ValidDetails() with { TimeZoneId = zone }, "EUR");

        Assert.True(created.Succeeded, created.Error);
        Assert.Equal(zone, created.Value.TimeZoneId);
    }

    [Fact]
    public void A_fee_in_another_currency_than_the_suppliers_is_refused_on_the_fee_field()
    {
        var created = Location.Create(Guid.NewGuid(), SupplierId, "TLL-AIRPORT", ValidDetails() with { AfterHoursFee = Money.Of(2500, "SEK") }, "EUR");

        Assert.True(created.Failed);
        Assert.Equal(nameof(LocationDetails.AfterHoursFee), created.Field);
        Assert.Equal("The after-hours fee is in SEK, but the supplier bills in EUR: enter it in EUR.", created.Error);
    }

    [Fact]
    public void A_free_after_hours_service_is_a_fee_of_zero()
    {
        var created = Location.Create(Guid.NewGuid(), SupplierId, "TLL-AIRPORT", ValidDetails() with { AfterHoursFee = Money.Zero("EUR") }, "EUR");

        Assert.Equal(0L, created.Value.AfterHoursFeeMinor);
    }

    [Theory]
    [InlineData("12.345", "EUR", "EUR amounts have at most 2 decimals.")]
    [InlineData("1500.5", "ISK", "ISK amounts have no decimals.")]
    [InlineData("2.0001", "KWD", "KWD amounts have at most 3 decimals.")]
    public void A_fee_typed_with_more_decimals_than_its_currency_has_is_refused_not_rounded(string amount, string currency, string message)
    {
        var fee = Money.FromAmount(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), currency, nameof(LocationDetails.AfterHoursFee));

        Assert.True(fee.Failed);
        Assert.Equal(message, fee.Error);
        Assert.Equal(nameof(LocationDetails.AfterHoursFee), fee.Field);
    }

    [Theory]
    [InlineData("25", "EUR", 2500)]
    [InlineData("12.5", "EUR", 1250)]
    [InlineData("1500", "ISK", 1500)]
    [InlineData("2.125", "KWD", 2125)]
    public void A_fee_typed_within_its_currencys_decimals_is_kept_exactly(string amount, string currency, long minor)
    {
        var fee = Money.FromAmount(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), currency);

        var created = Location.Create(Guid.NewGuid(), SupplierId, "TLL-AIRPORT", ValidDetails() with { AfterHoursFee = fee.Value }, currency);

        Assert.True(created.Succeeded, created.Error);
        Assert.Equal((minor, currency), (created.Value.AfterHoursFeeMinor, created.Value.AfterHoursFeeCurrency));
    }

    [Fact]
    public void Valid_details_replace_the_old_ones_but_never_the_code()
    {
        var location = Location.Create(Guid.NewGuid(), SupplierId, "TLL-AIRPORT", ValidDetails(), "EUR").Value;

        var updated = location.UpdateDetails(
            ValidDetails() with { Name = "Tallinn Lennart Meri Airport", OpeningHours = WeeklyOpeningHours.Always, AfterHoursFee = null }, "EUR");

        Assert.True(updated.Succeeded, updated.Error);
        Assert.Equal("TLL-AIRPORT", location.Code);
        Assert.Equal("Tallinn Lennart Meri Airport", location.Name);
        Assert.True(location.OpeningHours.Is24Hours);
        Assert.Null(location.AfterHoursFee);
    }

    [Fact]
    public void Refused_details_leave_the_location_as_it_was()
    {
        var location = Location.Create(Guid.NewGuid(), SupplierId, "TLL-AIRPORT", ValidDetails(), "EUR").Value;

        var updated = location.UpdateDetails(ValidDetails() with { Name = "New name", IataCode = "XX" }, "EUR");

        Assert.True(updated.Failed);
        Assert.Equal(nameof(LocationDetails.IataCode), updated.Field);
        Assert.Equal(ValidDetails(), location.Details);
    }

    [Fact]
    public void Keeping_a_fee_in_an_old_currency_is_refused_after_the_supplier_changed_its_currency()
    {
        var location = Location.Create(Guid.NewGuid(), SupplierId, "TLL-AIRPORT", ValidDetails(), "EUR").Value;

        var updated = location.UpdateDetails(location.Details with { Name = "Renamed" }, "SEK");

        Assert.True(updated.Failed);
        Assert.Equal(nameof(LocationDetails.AfterHoursFee), updated.Field);
        Assert.Equal("Tallinn Airport", location.Name);
    }

    [Fact]
    public void A_location_can_be_deactivated_and_reactivated_but_not_twice_in_a_row()
    {
        var location = Location.Create(Guid.NewGuid(), SupplierId, "TLL-AIRPORT", ValidDetails(), "EUR").Value;

        var alreadyActive = location.Reactivate();
        Assert.True(alreadyActive.Failed);
        Assert.Equal("TLL-AIRPORT is already active.", alreadyActive.Error);
        Assert.Equal(nameof(Location.IsActive), alreadyActive.Field);

        Assert.True(location.Deactivate().Succeeded);
        Assert.False(location.IsActive);

        var again = location.Deactivate();
        Assert.True(again.Failed);
        Assert.Equal("TLL-AIRPORT is already inactive.", again.Error);
        Assert.False(location.IsActive);

        Assert.True(location.Reactivate().Succeeded);
        Assert.True(location.IsActive);
    }
}
