using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.Core.Bookings;
using CarRentalGateway.Core.Common;

namespace CarRentalGateway.BackOffice.Features.Bookings;

/// <summary>
/// What the edit-details dialog holds: contact, main driver and flight, exactly as typed. The attributes give instant
/// feedback; the domain checks again when saving and its verdict is shown on the field it names.
/// </summary>
public sealed class BookingDetailsForm
{
    [Required(ErrorMessage = "Enter the customer's name.")]
    [StringLength(BookingCustomer.NameMaxLength)]
    public string CustomerName { get; set; } = "";

    [Required(ErrorMessage = "Enter the customer's e-mail.")]
    [StringLength(EmailAddress.MaxLength)]
    public string CustomerEmail { get; set; } = "";

    [Required(ErrorMessage = "Enter the customer's phone number.")]
    [StringLength(BookingCustomer.PhoneMaxLength)]
    public string CustomerPhone { get; set; } = "";

    [Required(ErrorMessage = "Choose the customer's country.")]
    public string? CustomerCountry { get; set; }

    [Required(ErrorMessage = "Enter the main driver's name.")]
    [StringLength(BookingDriver.NameMaxLength)]
    public string DriverName { get; set; } = "";

    [Required(ErrorMessage = "Enter the main driver's date of birth.")]
    public DateTime? DriverDateOfBirth { get; set; }

    /// <summary>Empty: no flight.</summary>
    [StringLength(Core.Bookings.FlightNumber.MaxLength + 2)]
    public string? FlightNumber { get; set; }

    /// <summary>The version of the booking the user started editing.</summary>
    public Guid? Version { get; set; }

    public static BookingDetailsForm From(BookingView booking) => new()
    {
        CustomerName = booking.Customer.Name,
        CustomerEmail = booking.Customer.Email,
        CustomerPhone = booking.Customer.Phone,
        CustomerCountry = booking.Customer.Country,
        DriverName = booking.Driver.Name,
        DriverDateOfBirth = booking.Driver.DateOfBirth.ToDateTime(TimeOnly.MinValue),
        FlightNumber = booking.FlightNumber,
        Version = booking.Version,
    };

    public BookingCustomer ToCustomer() => new(CustomerName, CustomerEmail, CustomerPhone, CustomerCountry ?? "");

    /// <summary>The fields a person edits, in the dialog's order, with their labels.</summary>
    private static readonly (string Label, Func<BookingDetailsForm, string?> Value)[] EditableFields =
    [
        ("Customer name", f => f.CustomerName),
        ("E-mail", f => f.CustomerEmail),
        ("Phone", f => f.CustomerPhone),
        ("Country", f => f.CustomerCountry),
        ("Driver name", f => f.DriverName),
        ("Driver's date of birth", f => f.DriverDateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ("Flight", f => f.FlightNumber),
    ];

    /// <summary>
    /// The fields whose values differ, as label, <paramref name="theirs"/> → <paramref name="yours"/>: after a conflict,
    /// the form of the booking as the other agent saved it against what this agent typed.
    /// </summary>
    public static IReadOnlyList<FieldChange> Differences(BookingDetailsForm theirs, BookingDetailsForm yours) =>
        EditableFields
            .Select(field => (field.Label, Theirs: Shown(field.Value(theirs)), Yours: Shown(field.Value(yours))))
            .Where(field => !string.Equals(field.Theirs, field.Yours, StringComparison.Ordinal))
            .Select(field => new FieldChange(field.Label, field.Theirs, field.Yours))
            .ToList();

    private static string? Shown(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>
/// An open edit-details dialog as the page keeps it, so that it survives the page moving to another instance: what was
/// typed, the values it was typed over, and the version of the booking and when it was read, so that a save after someone
/// else's change is still refused as a conflict and their changes listed.
/// </summary>
public sealed class BookingDetailsDraft
{
    public BookingDetailsForm Typed { get; set; } = new();

    /// <summary>The booking's values the typing started from (or, after a review, the other agent's).</summary>
    public BookingDetailsForm Base { get; set; } = new();

    public Guid Version { get; set; }

    public DateTime ReadAtUtc { get; set; }

    /// <summary>A new draft over the booking as shown: nothing typed yet.</summary>
    public static BookingDetailsDraft Of(BookingView booking)
    {
        var draft = new BookingDetailsDraft { Typed = BookingDetailsForm.From(booking) };
        draft.Rebase(booking);
        return draft;
    }

    /// <summary>The typing now builds on <paramref name="latest"/>: its values, version and reading time.</summary>
    public void Rebase(BookingView latest)
    {
        Base = BookingDetailsForm.From(latest);
        Version = latest.Version;
        ReadAtUtc = latest.ReadAtUtc;
    }

    /// <summary>
    /// The booking as this draft read it: <paramref name="current"/> with the version and reading time the typing builds
    /// on, which differ only when someone saved after the typing began.
    /// </summary>
    public BookingView AsRead(BookingView current) => current with { Version = Version, ReadAtUtc = ReadAtUtc };
}

/// <summary>
/// What the change-trip form holds: stations, dates and times (local to each station), the category and the extras.
/// The supplier stays the booking's; the driver's age comes from the booking's driver on the new pick-up date.
/// </summary>
public sealed class TripChangeForm
{
    /// <summary>The field a refusal is reported on when the price moved after the agent's preview.</summary>
    public const string NewPriceField = "NewPrice";

    public Guid? PickUpLocationId { get; set; }

    public DateTime? PickUpDate { get; set; }

    public TimeSpan? PickUpTime { get; set; }

    public Guid? DropOffLocationId { get; set; }

    public DateTime? DropOffDate { get; set; }

    public TimeSpan? DropOffTime { get; set; }

    public string Acriss { get; set; } = "";

    /// <summary>How many of each of the supplier's extras, by its id; extras not listed (or 0) are not wanted.</summary>
    public Dictionary<Guid, int> Extras { get; set; } = [];

    public DateTime? PickUpLocal => PickUpDate is { } date && PickUpTime is { } time ? date.Date + time : null;

    public DateTime? DropOffLocal => DropOffDate is { } date && DropOffTime is { } time ? date.Date + time : null;

    /// <summary>The booking's trip as it stands: the starting point of a change.</summary>
    public static TripChangeForm From(BookingView booking) => new()
    {
        PickUpLocationId = booking.PickUp.Id,
        PickUpDate = booking.PickUpLocal.Date,
        PickUpTime = booking.PickUpLocal.TimeOfDay,
        DropOffLocationId = booking.DropOff.Id,
        DropOffDate = booking.DropOffLocal.Date,
        DropOffTime = booking.DropOffLocal.TimeOfDay,
        Acriss = booking.Car.Acriss,
        Extras = booking.Extras.ToDictionary(e => e.SupplierExtraId, e => e.Quantity),
    };

    /// <summary>The first field left empty, with its message; null when every field is filled.</summary>
    public (string Field, string Message)? Missing() =>
        (PickUpLocationId, PickUpDate, PickUpTime, DropOffLocationId, DropOffDate, DropOffTime, Acriss.Trim()) switch
        {
            (null, _, _, _, _, _, _) => (nameof(PickUpLocationId), "Choose the pick-up station."),
            (_, null, _, _, _, _, _) => (nameof(PickUpDate), "Choose the pick-up date."),
            (_, _, null, _, _, _, _) => (nameof(PickUpTime), "Choose the pick-up time."),
            (_, _, _, null, _, _, _) => (nameof(DropOffLocationId), "Choose the drop-off station."),
            (_, _, _, _, null, _, _) => (nameof(DropOffDate), "Choose the drop-off date."),
            (_, _, _, _, _, null, _) => (nameof(DropOffTime), "Choose the drop-off time."),
            (_, _, _, _, _, _, "") => (nameof(Acriss), "Choose the car category."),
            _ => null,
        };
}
