using System.ComponentModel.DataAnnotations;
using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Locations;

namespace CarRentalGateway.BackOffice.Features.Locations;

/// <summary>
/// What the location dialog edits. The attributes give instant feedback on each field; the domain checks the
/// same rules again when saving, and its verdict is the one that counts.
/// </summary>
public sealed class LocationForm
{
    /// <summary>Which supplier a new location is for; chosen in the dialog, fixed once the location exists.</summary>
    [Required(ErrorMessage = "Choose the supplier.")]
    public string? SupplierCode { get; set; }

    [Required(ErrorMessage = "Enter a location code.")]
    [StringLength(LocationCode.MaxLength, MinimumLength = LocationCode.MinLength, ErrorMessage = "A location code has 2 to 20 characters.")]
    [RegularExpression("^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$", ErrorMessage = "Use letters, digits and single dashes between them, e.g. TLL-AIRPORT.")]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "Enter the location's name.")]
    [StringLength(LocationDetails.NameMaxLength)]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Choose the type of location.")]
    public LocationType? Type { get; set; }

    [RegularExpression("^ *[A-Za-z]{3} *$", ErrorMessage = "An IATA code is three letters A-Z, e.g. TLL.")]
    public string? IataCode { get; set; }

    [Required(ErrorMessage = "Choose a country.")]
    public string? CountryCode { get; set; }

    [Required(ErrorMessage = "Enter the city.")]
    [StringLength(LocationDetails.CityMaxLength)]
    public string City { get; set; } = "";

    [Required(ErrorMessage = "Enter the address where customers find the desk.")]
    [StringLength(LocationDetails.AddressMaxLength)]
    public string Address { get; set; } = "";

    [StringLength(LocationDetails.PhoneMaxLength)]
    public string? Phone { get; set; }

    [Required(ErrorMessage = "Choose the time zone.")]
    public string? TimeZoneId { get; set; }

    /// <summary>Open all day every day: the days below are then ignored.</summary>
    public bool Is24Hours { get; set; }

    /// <summary>Monday to Sunday.</summary>
    public List<DayHoursForm> Days { get; set; } = DefaultDays();

    /// <summary>In the supplier's currency; empty when the location offers no pick-up outside its hours.</summary>
    [Range(0, 1_000_000, ErrorMessage = "The after-hours fee is between 0 and 1,000,000.")]
    public decimal? AfterHoursFee { get; set; }

    /// <summary>The version the user started editing; null for a new location.</summary>
    public Guid? Version { get; set; }

    /// <summary>The field name the opening hours are reported on.</summary>
    public const string OpeningHoursField = nameof(LocationDetails.OpeningHours);

    /// <summary>A typical town office's week, which most new locations start from.</summary>
    public static List<DayHoursForm> DefaultDays() =>
        WeeklyOpeningHours.Week.Select(day => day switch
        {
            DayOfWeek.Saturday => new DayHoursForm { Day = day, Open = true, Opens = new TimeSpan(9, 0, 0), Closes = new TimeSpan(14, 0, 0) },
            DayOfWeek.Sunday => new DayHoursForm { Day = day, Open = false, Opens = new TimeSpan(9, 0, 0), Closes = new TimeSpan(14, 0, 0) },
            _ => new DayHoursForm { Day = day, Open = true, Opens = new TimeSpan(8, 0, 0), Closes = new TimeSpan(18, 0, 0) },
        }).ToList();

    /// <summary>Copies Monday's hours to Tuesday to Friday.</summary>
    public void CopyMondayToWeekdays()
    {
        var monday = Days.Single(d => d.Day == DayOfWeek.Monday);
        foreach (var day in Days.Where(d => d.Day is >= DayOfWeek.Tuesday and <= DayOfWeek.Friday))
        {
            day.Open = monday.Open;
            day.Opens = monday.Opens;
            day.Closes = monday.Closes;
        }
    }

    /// <summary>The opening hours as the domain has them; refused with the day at fault.</summary>
    public Result<WeeklyOpeningHours> ToOpeningHours()
    {
        if (Is24Hours)
        {
            return Result.Ok(WeeklyOpeningHours.Always);
        }

        var days = new Dictionary<DayOfWeek, DailyHours>();
        foreach (var day in Days)
        {
            if (!day.Open)
            {
                days[day.Day] = DailyHours.Closed;
                continue;
            }

            if (day.Opens is not { } opens || day.Closes is not { } closes)
            {
                return Result.Fail<WeeklyOpeningHours>($"{day.Day}: enter the opening and the closing time, or mark the day closed.", OpeningHoursField);
            }

            var hours = DailyHours.Open(TimeOnly.FromTimeSpan(opens), TimeOnly.FromTimeSpan(closes), OpeningHoursField);
            if (hours.Failed)
            {
                return Result.Fail<WeeklyOpeningHours>($"{day.Day}: {hours.Error}", OpeningHoursField);
            }

            days[day.Day] = hours.Value;
        }

        return WeeklyOpeningHours.Create(days, OpeningHoursField);
    }

    /// <summary>The details as the domain has them, with the fee in <paramref name="feeCurrency"/> (the supplier's).</summary>
    public Result<LocationDetails> ToDetails(string feeCurrency)
    {
        if (Type is not { } type)
        {
            return Result.Fail<LocationDetails>("Choose the type of location.", nameof(Type));
        }

        var hours = ToOpeningHours();
        if (hours.Failed)
        {
            return Result.Fail<LocationDetails>(hours.Error!, hours.Field);
        }

        Money? fee = null;
        if (AfterHoursFee is { } amount)
        {
            var money = Money.FromAmount(amount, feeCurrency, nameof(AfterHoursFee));
            if (money.Failed)
            {
                return Result.Fail<LocationDetails>(money.Error!, money.Field);
            }

            fee = money.Value;
        }

        return Result.Ok(new LocationDetails(
            Name, type, IataCode, CountryCode ?? "", City, Address, Phone, TimeZoneId ?? "", hours.Value, fee));
    }

    public static LocationForm From(LocationView location)
    {
        var details = location.Details;
        var hours = details.OpeningHours;
        return new LocationForm
        {
            SupplierCode = location.Supplier.Code,
            Code = location.Code,
            Name = details.Name,
            Type = details.Type,
            IataCode = details.IataCode,
            CountryCode = details.CountryCode,
            City = details.City,
            Address = details.Address,
            Phone = details.Phone,
            TimeZoneId = details.TimeZoneId,
            Is24Hours = hours.Is24Hours,
            Days = hours.Is24Hours ? DefaultDays() : WeeklyOpeningHours.Week.Select(day => DayHoursForm.From(day, hours.On(day))).ToList(),

            // A fee set before the supplier changed its currency is not offered as a number in the new currency.
            AfterHoursFee = details.AfterHoursFee is { } fee && fee.Currency == location.Supplier.CurrencyCode ? fee.Amount : null,
            Version = location.Version,
        };
    }

    /// <summary>The labels of the fields a person edits, in the dialog's order, with their values as text.</summary>
    private static IReadOnlyList<(string Label, Func<LocationForm, string?> Value)> EditableFields { get; } =
    [
        ("Name", f => f.Name),
        ("Type", f => f.Type?.ToString()),
        ("IATA code", f => f.IataCode),
        ("Country", f => f.CountryCode),
        ("City", f => f.City),
        ("Address", f => f.Address),
        ("Phone", f => f.Phone),
        ("Time zone", f => f.TimeZoneId),
        ("Opening hours", f => f.ToOpeningHours() is { Succeeded: true } hours ? hours.Value.ToString() : null),
        ("After-hours fee", f => f.AfterHoursFee?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ];

    /// <summary>The editable fields whose values differ, as label, <paramref name="theirs"/> → <paramref name="yours"/>.</summary>
    public static IReadOnlyList<FieldChange> Differences(LocationForm theirs, LocationForm yours) =>
        EditableFields
            .Select(field => (field.Label, Theirs: Clean(field.Value(theirs)), Yours: Clean(field.Value(yours))))
            .Where(field => !string.Equals(field.Theirs, field.Yours, StringComparison.Ordinal))
            .Select(field => new FieldChange(field.Label, field.Theirs, field.Yours))
            .ToList();

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>One weekday's row in the opening hours editor; the times stay when a day is switched to closed.</summary>
public sealed class DayHoursForm
{
    public DayOfWeek Day { get; set; }

    public bool Open { get; set; }

    public TimeSpan? Opens { get; set; }

    /// <summary>00:00 means midnight at the end of the day.</summary>
    public TimeSpan? Closes { get; set; }

    public static DayHoursForm From(DayOfWeek day, DailyHours hours) => hours.IsClosed
        ? new DayHoursForm { Day = day, Open = false, Opens = new TimeSpan(9, 0, 0), Closes = new TimeSpan(17, 0, 0) }
        : new DayHoursForm { Day = day, Open = true, Opens = hours.Opens!.Value.ToTimeSpan(), Closes = hours.Closes!.Value.ToTimeSpan() };
}
