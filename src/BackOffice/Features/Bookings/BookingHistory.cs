using System.Globalization;
using System.Text.Json;
using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.BackOffice.Features.Shared;
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

    /// <summary>Whether the change is part of a note added (notes are recorded in the booking's history).</summary>
    public static bool IsNote(FieldChange change) => change.Field.StartsWith(NotePrefix, StringComparison.Ordinal);

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

        nameof(Booking.Status) => change.Shown("Status", StatusText),
        nameof(Booking.SupplierConfirmationNumber) => change with { Field = "Supplier confirmation" },
        nameof(Booking.SupplierId) => change with { Field = "Supplier" },
        nameof(Booking.PickUpLocationId) => change with { Field = "Pick-up station" },
        nameof(Booking.DropOffLocationId) => change with { Field = "Drop-off station" },
        nameof(Booking.PickUpLocal) => change.Shown("Pick-up", LocalTime),
        nameof(Booking.DropOffLocal) => change.Shown("Drop-off", LocalTime),
        nameof(Booking.Acriss) => change with { Field = "Car category" },
        nameof(Booking.Extras) => change.Shown("Extras", ExtrasText),
        nameof(Booking.DriverDateOfBirth) => change with { Field = "Driver's date of birth" },
        nameof(Booking.CustomerEmail) => change with { Field = "E-mail" },
        nameof(Booking.CustomerPhone) => change with { Field = "Phone" },
        nameof(Booking.CustomerCountry) => change with { Field = "Country" },
        nameof(Booking.CommissionBasisPoints) => change.Shown("Commission", value => Percentage.FromBasisPoints(int.Parse(value, CultureInfo.InvariantCulture)).ToString()),
        nameof(Booking.EurPerUnit) => change with { Field = "EUR per unit" },
        nameof(Booking.CancelledAtUtc) => change.Shown("Cancelled at", UtcTime),
        nameof(Booking.CreatedAtUtc) => change.Shown("Booked at", UtcTime),
        nameof(Booking.CancellationRequestedBy) => change with { Field = "Cancellation asked by" },
        nameof(Booking.RentalDaysAmountMinor) => change.ShownAsMoney("Rental days", currency),
        nameof(Booking.SupplierTotalMinor) => change.ShownAsMoney("Supplier total", currency),
        nameof(Booking.CustomerTotalMinor) => change.ShownAsMoney("Customer total", currency),
        nameof(Booking.CommissionMinor) => change.ShownAsMoney("Commission amount", currency),
        nameof(Booking.AmountPaidMinor) => change.ShownAsMoney("Amount paid", currency),
        nameof(Booking.CancellationFeeMinor) => change.ShownAsMoney("Cancellation fee", currency),
        nameof(Booking.CancellationRefundMinor) => change.ShownAsMoney("Cancellation refund", currency),
        nameof(Booking.NoShowFeeMinor) => change.ShownAsMoney("No-show fee", currency),
        nameof(Booking.NoShowRefundMinor) => change.ShownAsMoney("No-show refund", currency),
        _ => change with { Field = AuditText.Words(change.Field) },
    };

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
