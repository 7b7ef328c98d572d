using System.Globalization;
using System.Text.Json;
using CarRentalGateway.BackOffice.Components.Shared;
using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.Core.Bookings;
using CarRentalGateway.Core.Common;

namespace CarRentalGateway.BackOffice.Features.Bookings;

/// <summary>
/// A booking's audit trail in the words of the booking page: the audit stores columns (minor units, status names,
/// invariant times, extras as JSON), support reads "Customer total 158.40 EUR → 211.20 EUR" and "GPS navigation × 1".
/// Station and supplier ids are already codes (<see cref="BookingService.HistoryAsync"/> resolves them).
/// </summary>
public static class BookingHistory
{
    /// <summary>The stored fields of a booking that name a supplier or a station by its id.</summary>
    public static readonly IReadOnlySet<string> KeyFields = new HashSet<string>(StringComparer.Ordinal)
    {
        nameof(Booking.SupplierId), nameof(Booking.PickUpLocationId), nameof(Booking.DropOffLocationId),
    };

    private const string NotePrefix = nameof(BookingNote) + ".";

    /// <summary>Turns a stored change into what support reads, or null to leave it out.</summary>
    public static Func<FieldChange, FieldChange?> Describer(string currency) => change => change.Field switch
    {
        // Search keys and the explanation's lines: derived from what is shown, or too long for a history row (the
        // totals show the change; the page shows the explanation).
        nameof(Booking.CustomerLastName) or nameof(Booking.CustomerPhoneDigitsReversed) or nameof(Booking.Id)
            or nameof(Booking.PriceLines) or nameof(Booking.PriceSteps) => null,

        // A note's author and time are the entry's own who and when.
        NotePrefix + nameof(BookingNote.Author) or NotePrefix + nameof(BookingNote.WrittenAtUtc) => null,
        NotePrefix + nameof(BookingNote.Text) => change with { Field = "Note" },

        nameof(Booking.Status) => Values(change, "Status", StatusText),
        nameof(Booking.SupplierConfirmationNumber) => change with { Field = "Supplier confirmation" },
        nameof(Booking.SupplierId) => change with { Field = "Supplier" },
        nameof(Booking.PickUpLocationId) => change with { Field = "Pick-up station" },
        nameof(Booking.DropOffLocationId) => change with { Field = "Drop-off station" },
        nameof(Booking.PickUpLocal) => Values(change, "Pick-up", LocalTime),
        nameof(Booking.DropOffLocal) => Values(change, "Drop-off", LocalTime),
        nameof(Booking.Acriss) => change with { Field = "Car category" },
        nameof(Booking.Extras) => Values(change, "Extras", ExtrasText),
        nameof(Booking.DriverDateOfBirth) => change with { Field = "Driver's date of birth" },
        nameof(Booking.CustomerEmail) => change with { Field = "E-mail" },
        nameof(Booking.CustomerPhone) => change with { Field = "Phone" },
        nameof(Booking.CustomerCountry) => change with { Field = "Country" },
        nameof(Booking.CommissionBasisPoints) => Values(change, "Commission", value => Percentage.FromBasisPoints(int.Parse(value, CultureInfo.InvariantCulture)).ToString()),
        nameof(Booking.EurPerUnit) => change with { Field = "EUR per unit" },
        nameof(Booking.CancelledAtUtc) => Values(change, "Cancelled at", UtcTime),
        nameof(Booking.CreatedAtUtc) => Values(change, "Booked at", UtcTime),
        nameof(Booking.CancellationRequestedBy) => change with { Field = "Cancellation asked by" },
        nameof(Booking.RentalDaysAmountMinor) => Amounts(change, "Rental days", currency),
        nameof(Booking.SupplierTotalMinor) => Amounts(change, "Supplier total", currency),
        nameof(Booking.CustomerTotalMinor) => Amounts(change, "Customer total", currency),
        nameof(Booking.CommissionMinor) => Amounts(change, "Commission amount", currency),
        nameof(Booking.AmountPaidMinor) => Amounts(change, "Amount paid", currency),
        nameof(Booking.CancellationFeeMinor) => Amounts(change, "Cancellation fee", currency),
        nameof(Booking.CancellationRefundMinor) => Amounts(change, "Cancellation refund", currency),
        nameof(Booking.NoShowFeeMinor) => Amounts(change, "No-show fee", currency),
        nameof(Booking.NoShowRefundMinor) => Amounts(change, "No-show refund", currency),
        _ => change with { Field = AuditTrailView.Readable(change.Field) },
    };

    private static FieldChange Values(FieldChange change, string label, Func<string, string> text) =>
        new(label, change.Old is null ? null : text(change.Old), change.New is null ? null : text(change.New));

    private static FieldChange Amounts(FieldChange change, string label, string currency) =>
        Values(change, label, value => long.TryParse(value, CultureInfo.InvariantCulture, out var minor) && Currencies.IsKnown(currency)
            ? Money.Of(minor, currency).ToString()
            : value);

    private static string StatusText(string value)
    {
        if (!Enum.TryParse<BookingStatus>(value, out var status))
        {
            return value;
        }

        var words = status.InWords();
        return words.StartsWith("a ", StringComparison.Ordinal) ? char.ToUpperInvariant(words[2]) + words[3..] : char.ToUpperInvariant(words[0]) + words[1..];
    }

    private static string LocalTime(string value) =>
        DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)
            : value;

    private static string UtcTime(string value) =>
        DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var utc)
            ? utc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC"
            : value;

    /// <summary>"GPS navigation × 1, Child seat (infant) × 2", or "none".</summary>
    private static string ExtrasText(string json)
    {
        using var document = JsonDocument.Parse(json);
        var extras = document.RootElement.EnumerateArray()
            .Select(extra => $"{extra.GetProperty(nameof(BookedExtra.Name)).GetString()} × {extra.GetProperty(nameof(BookedExtra.Quantity)).GetInt32()}")
            .ToList();
        return extras.Count == 0 ? "none" : string.Join(", ", extras);
    }
}
