using System.Globalization;
using System.Text.Json;
using CarRentalGateway.BackOffice.Components.Shared;
using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.BackOffice.Features.Shared;
using CarRentalGateway.Core.Bookings;
using CarRentalGateway.Core.Common;

namespace CarRentalGateway.BackOffice.Features.Bookings;

/// <summary>
/// A booking's audit trail in the words of the page: the audit stores columns (minor units, ISO times, extras as
/// JSON, search keys), an agent reads "Customer total 158.40 EUR → 264.00 EUR" and "Pick-up 2026-12-03 10:00".
/// </summary>
public static class BookingHistory
{
    /// <param name="currency">The booking's currency, which every amount of it is in.</param>
    /// <param name="stationName">A station's name by its id ("TLL-AIRPORT Tallinn Airport"); null for one it does not know.</param>
    public static Func<FieldChange, FieldChange?> Describer(string currency, Func<Guid, string?> stationName) => change => change.Field switch
    {
        // Derived search keys, the supplier (which never changes) and the stored explanation (the totals show a re-pricing) say nothing new.
        nameof(Booking.CustomerLastName) or nameof(Booking.CustomerPhoneDigitsReversed) or nameof(Booking.SupplierId)
            or nameof(Booking.PriceLines) or nameof(Booking.PriceSteps) or nameof(Booking.Currency) => null,
        $"{nameof(BookingNote)}.{nameof(BookingNote.WrittenAtUtc)}" or $"{nameof(BookingNote)}.{nameof(BookingNote.Author)}" => null,
        $"{nameof(BookingNote)}.{nameof(BookingNote.Text)}" => change with { Field = "Note added" },
        nameof(Booking.Reference) => change with { Field = "Reference" },
        nameof(Booking.Status) => Values(change, "Status", status =>
            Enum.TryParse<BookingStatus>(status, out var parsed) ? BookingText.Label(parsed) : status),
        nameof(Booking.SupplierConfirmationNumber) => change with { Field = "Supplier confirmation" },
        nameof(Booking.CustomerName) => change with { Field = "Customer name" },
        nameof(Booking.CustomerEmail) => change with { Field = "E-mail" },
        nameof(Booking.CustomerPhone) => change with { Field = "Phone" },
        nameof(Booking.CustomerCountry) => change with { Field = "Country" },
        nameof(Booking.DriverName) => change with { Field = "Driver name" },
        nameof(Booking.DriverDateOfBirth) => change with { Field = "Driver's date of birth" },
        nameof(Booking.FlightNumber) => change with { Field = "Flight" },
        nameof(Booking.PickUpLocationId) => Values(change, "Pick-up station", id => Station(id, stationName)),
        nameof(Booking.DropOffLocationId) => Values(change, "Drop-off station", id => Station(id, stationName)),
        nameof(Booking.PickUpLocal) => Values(change, "Pick-up", LocalTime),
        nameof(Booking.DropOffLocal) => Values(change, "Drop-off", LocalTime),
        nameof(Booking.Acriss) => change with { Field = "Category" },
        nameof(Booking.Extras) => Values(change, "Extras", Extras),
        nameof(Booking.ContractLabel) => change with { Field = "Contract" },
        nameof(Booking.CommercialModel) => change with { Field = "Commercial model" },
        nameof(Booking.CommissionBasisPoints) => Values(change, "Commission", Percent),
        nameof(Booking.RentalDays) => change with { Field = "Rental days" },
        nameof(Booking.RentalDaysAmountMinor) => Amounts(change, "Rental days amount", currency),
        nameof(Booking.SupplierTotalMinor) => Amounts(change, "Supplier total", currency),
        nameof(Booking.CustomerTotalMinor) => Amounts(change, "Customer total", currency),
        nameof(Booking.CommissionMinor) => Amounts(change, "Commission amount", currency),
        nameof(Booking.EurPerUnit) => change with { Field = "Euros per unit" },
        nameof(Booking.AmountPaidMinor) => Amounts(change, "Paid to us", currency),
        nameof(Booking.CancellationRequestedBy) => Values(change, "Cancellation asked by", party =>
            Enum.TryParse<CancellationParty>(party, out var parsed) ? BookingText.Of(parsed) : party),
        nameof(Booking.CancellationReason) => change with { Field = "Cancellation reason" },
        nameof(Booking.CancellationFeeMinor) => Amounts(change, "Cancellation fee", currency),
        nameof(Booking.CancellationRefundMinor) => Amounts(change, "Refund due", currency),
        nameof(Booking.CancelledAtUtc) => Values(change, "Cancelled at", UtcTime),
        nameof(Booking.CancelledBy) => change with { Field = "Cancelled by" },
        nameof(Booking.NoShowFeeMinor) => Amounts(change, "No-show fee", currency),
        nameof(Booking.NoShowRefundMinor) => Amounts(change, "Refund due", currency),
        nameof(Booking.CreatedAtUtc) => Values(change, "Sold at", UtcTime),
        _ => change with { Field = AuditTrailView.Readable(change.Field) },
    };

    /// <summary>
    /// The history as the booking page shows it: the sale names only what identifies the booking and what it was
    /// sold at (the cards show every current value); every later change keeps all its fields.
    /// </summary>
    public static IReadOnlyList<AuditEntryView> Condensed(IEnumerable<AuditEntryView> entries) =>
        entries.Select(entry => entry.Action == AuditAction.Created
                ? entry with { Changes = entry.Changes.Where(change => SoldWith.Contains(change.Field)).ToList() }
                : entry)
            .ToList();

    private static readonly HashSet<string> SoldWith =
    [
        nameof(Booking.Reference), nameof(Booking.Status), nameof(Booking.SupplierConfirmationNumber), nameof(Booking.CustomerName),
        nameof(Booking.PickUpLocationId), nameof(Booking.PickUpLocal), nameof(Booking.DropOffLocationId), nameof(Booking.DropOffLocal),
        nameof(Booking.Acriss), nameof(Booking.Extras), nameof(Booking.CustomerTotalMinor), nameof(Booking.AmountPaidMinor),
    ];

    /// <summary>The booking's own stations by id, "TLL-AIRPORT Tallinn Airport": what most history rows name.</summary>
    public static Func<Guid, string?> StationsOf(BookingView booking) => id =>
        id == booking.PickUp.Id ? $"{booking.PickUp.Code} {booking.PickUp.Name}"
        : id == booking.DropOff.Id ? $"{booking.DropOff.Code} {booking.DropOff.Name}"
        : null;

    private static FieldChange Values(FieldChange change, string label, Func<string, string> text) =>
        new(label, change.Old is null ? null : text(change.Old), change.New is null ? null : text(change.New));

    private static FieldChange Amounts(FieldChange change, string label, string currency) =>
        Values(change, label, value => long.TryParse(value, CultureInfo.InvariantCulture, out var minor) && Currencies.IsKnown(currency)
            ? Money.Of(minor, currency).ToString()
            : value);

    private static string Percent(string basisPoints) =>
        int.TryParse(basisPoints, CultureInfo.InvariantCulture, out var value) ? Percentage.FromBasisPoints(value).ToString() : basisPoints;

    private static string Station(string id, Func<Guid, string?> stationName) =>
        Guid.TryParse(id, out var guid) && stationName(guid) is { } name ? name : "another station";

    private static string LocalTime(string value) =>
        DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var local) ? BookingText.Local(local) : value;

    private static string UtcTime(string value) =>
        DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var utc)
            ? BookingText.Utc(utc)
            : value;

    /// <summary>"1 × GPS navigation, 2 × Child seat", or "None", from the stored JSON list.</summary>
    private static string Extras(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var extras = document.RootElement.EnumerateArray()
                .Select(e => $"{e.GetProperty(nameof(BookedExtra.Quantity)).GetInt32()} × {e.GetProperty(nameof(BookedExtra.Name)).GetString()}")
                .ToList();
            return extras.Count == 0 ? "None" : string.Join(", ", extras);
        }
        catch (Exception failure) when (failure is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            // A history row is shown as stored rather than not at all.
            return json;
        }
    }
}
