using CarRentalGateway.Core.Common;

namespace CarRentalGateway.Core.Locations;

/// <summary>A supplier's station where customers pick up and drop off cars: an airport desk, a town office, …</summary>
public sealed class Location
{
    // Materialization by EF Core, which sets the properties itself.
    private Location()
    {
        Code = "";
        OpeningHours = WeeklyOpeningHours.Always;
    }

    private Location(Guid id, Guid supplierId, string code, LocationDetails details)
    {
        Id = id;
        SupplierId = supplierId;
        Code = code;
        IsActive = true;
        OpeningHours = details.OpeningHours;
        Apply(details);
    }

    public Guid Id { get; private set; }

    public Guid SupplierId { get; private set; }

    /// <summary>Unique within the supplier; never changes, because bookings and supplier feeds refer to it.</summary>
    public string Code { get; private set; }

    public string Name { get; private set; } = "";

    public LocationType Type { get; private set; }

    public string? IataCode { get; private set; }

    public string CountryCode { get; private set; } = "";

    public string City { get; private set; } = "";

    public string Address { get; private set; } = "";

    public string? Phone { get; private set; }

    /// <summary>The IANA time zone of the location's wall-clock times, e.g. <c>Europe/Tallinn</c>.</summary>
    public string TimeZoneId { get; private set; } = "";

    public WeeklyOpeningHours OpeningHours { get; private set; }

    /// <summary>The after-hours fee in minor units; stored apart from its currency so each is a plain column.</summary>
    public long? AfterHoursFeeMinor { get; private set; }

    /// <summary>The currency of the after-hours fee: the supplier's currency when the fee was set.</summary>
    public string? AfterHoursFeeCurrency { get; private set; }

    /// <summary>An inactive location is kept for its history and bookings, but no longer offered.</summary>
    public bool IsActive { get; private set; }

    /// <summary>What a pick-up or drop-off outside the opening hours costs; none when the location does not offer that.</summary>
    public Money? AfterHoursFee =>
        AfterHoursFeeMinor is { } minor && AfterHoursFeeCurrency is { } currency ? Money.Of(minor, currency) : null;

    public LocationDetails Details =>
        new(Name, Type, IataCode, CountryCode, City, Address, Phone, TimeZoneId, OpeningHours, AfterHoursFee);

    /// <summary>
    /// Opens a new, active location for a supplier. The fee must be in <paramref name="supplierCurrency"/>, the
    /// currency the supplier bills in. Uniqueness of the code within the supplier is checked by whoever stores it.
    /// </summary>
    public static Result<Location> Create(Guid id, Guid supplierId, string code, LocationDetails details, string supplierCurrency)
    {
        var parsedCode = LocationCode.Parse(code);
        if (parsedCode.Failed)
        {
            return Result.Fail<Location>(parsedCode.Error!, parsedCode.Field);
        }

        var normalized = details.Normalized();
        var valid = Check(normalized, supplierCurrency);
        return valid.Failed
            ? Result.Fail<Location>(valid.Error!, valid.Field)
            : Result.Ok(new Location(id, supplierId, parsedCode.Value.Value, normalized));
    }

    /// <summary>Replaces the details; the fee must be in the supplier's currency of today.</summary>
    public Result UpdateDetails(LocationDetails details, string supplierCurrency)
    {
        var normalized = details.Normalized();
        var valid = Check(normalized, supplierCurrency);
        if (valid.Succeeded)
        {
            Apply(normalized);
        }

        return valid;
    }

    public Result Deactivate()
    {
        if (!IsActive)
        {
            return Result.Fail($"{Code} is already inactive.", nameof(IsActive));
        }

        IsActive = false;
        return Result.Ok();
    }

    public Result Reactivate()
    {
        if (IsActive)
        {
            return Result.Fail($"{Code} is already active.", nameof(IsActive));
        }

        IsActive = true;
        return Result.Ok();
    }

    private static Result Check(LocationDetails details, string supplierCurrency)
    {
        var valid = details.Validate();
        if (valid.Failed)
        {
            return valid;
        }

        return details.AfterHoursFee is { } fee && fee.Currency != supplierCurrency
            ? Result.Fail(
                $"The after-hours fee is in {fee.Currency}, but the supplier bills in {supplierCurrency}: enter it in {supplierCurrency}.",
                nameof(LocationDetails.AfterHoursFee))
            : Result.Ok();
    }

    private void Apply(LocationDetails details)
    {
        Name = details.Name;
        Type = details.Type;
        IataCode = details.IataCode;
        CountryCode = details.CountryCode;
        City = details.City;
        Address = details.Address;
        Phone = details.Phone;
        TimeZoneId = details.TimeZoneId;
        OpeningHours = details.OpeningHours;
        AfterHoursFeeMinor = details.AfterHoursFee?.MinorUnits;
        AfterHoursFeeCurrency = details.AfterHoursFee?.Currency;
    }
}
