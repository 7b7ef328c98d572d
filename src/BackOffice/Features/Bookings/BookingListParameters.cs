using System.Globalization;
using CarRentalGateway.Core.Bookings;

namespace CarRentalGateway.BackOffice.Features.Bookings;

/// <summary>
/// The bookings search as the list's URL carries it (<c>/bookings?q=Tamm&amp;status=Cancelled&amp;sort=pickup</c>), read
/// the same way by the list and by its Excel export, so the export has exactly the list's rows. A value the list
/// cannot read (a malformed date, an unknown status) is ignored by both, as the list ignores it.
/// </summary>
public static class BookingListParameters
{
    public const string Text = "q";
    public const string Status = "status";
    public const string Supplier = "supplier";
    public const string Station = "station";
    public const string PickUpFrom = "pickUpFrom";
    public const string PickUpTo = "pickUpTo";
    public const string BookedFrom = "bookedFrom";
    public const string BookedTo = "bookedTo";
    public const string Sort = "sort";
    public const string Descending = "desc";
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>Short names for the sort columns, so a shared link reads "sort=pickup".</summary>
    public static readonly IReadOnlyDictionary<string, string> SortNames = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["reference"] = BookingSortColumns.Reference,
        ["status"] = BookingSortColumns.Status,
        ["customer"] = BookingSortColumns.Customer,
        ["pickup"] = BookingSortColumns.PickUp,
        ["booked"] = BookingSortColumns.Booked,
    };

    /// <summary>The search box, filters and sort that <paramref name="value"/> gives for each parameter name.</summary>
    public static BookingQuery Read(Func<string, string?> value) => new()
    {
        Text = Trimmed(value(Text)),
        Status = Enum.TryParse<BookingStatus>(value(Status), ignoreCase: true, out var status) && Enum.IsDefined(status) ? status : null,
        SupplierCode = Trimmed(value(Supplier)),
        PickUpLocationCode = Trimmed(value(Station)),
        PickUpFrom = DateOf(value(PickUpFrom)),
        PickUpTo = DateOf(value(PickUpTo)),
        BookedFrom = DateOf(value(BookedFrom)),
        BookedTo = DateOf(value(BookedTo)),
        SortBy = value(Sort) is { } sort && SortNames.TryGetValue(sort, out var column) ? column : null,
        Descending = bool.TryParse(value(Descending), out var descending) && descending,
    };

    /// <summary>The parameters that carry <paramref name="query"/>'s search, filters and sort (not its page).</summary>
    public static (string Name, string? Value)[] Of(BookingQuery query) =>
    [
        (Text, query.Text),
        (Status, query.Status?.ToString()),
        (Supplier, query.SupplierCode),
        (Station, query.PickUpLocationCode),
        (PickUpFrom, FormatDate(query.PickUpFrom)),
        (PickUpTo, FormatDate(query.PickUpTo)),
        (BookedFrom, FormatDate(query.BookedFrom)),
        (BookedTo, FormatDate(query.BookedTo)),
        (Sort, SortNameOf(query.SortBy)),
        (Descending, query.SortBy is not null && query.Descending ? "true" : null),
    ];

    /// <summary>The short name the URL gives a sort column (<see cref="BookingSortColumns"/>), null for none.</summary>
    public static string? SortNameOf(string? column) => SortNames.FirstOrDefault(n => n.Value == column).Key;

    public static DateOnly? DateOf(string? text) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static string? FormatDate(DateOnly? date) => date?.ToString(DateFormat, CultureInfo.InvariantCulture);

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
