using CarRentalGateway.Core.Bookings;
using CarRentalGateway.Core.Common;

namespace CarRentalGateway.BackOffice.Features.Bookings;

/// <summary>What the bookings list asks for: the search box and filters from the URL, sort and page from the grid.</summary>
public sealed record BookingQuery
{
    public const int DefaultPageSize = 50;

    /// <summary>A booking reference, supplier confirmation number, e-mail, phone number or customer name; see <see cref="BookingSearchText"/>.</summary>
    public string? Text { get; init; }

    public BookingStatus? Status { get; init; }

    public string? SupplierCode { get; init; }

    /// <summary>A station code such as TLL-AIRPORT: that station of the chosen supplier, or of every supplier.</summary>
    public string? PickUpLocationCode { get; init; }

    /// <summary>Pick-up dates, local to the station, both ends included.</summary>
    public DateOnly? PickUpFrom { get; init; }

    public DateOnly? PickUpTo { get; init; }

    /// <summary>Booking dates in UTC, both ends included.</summary>
    public DateOnly? BookedFrom { get; init; }

    public DateOnly? BookedTo { get; init; }

    /// <summary>One of <see cref="BookingSortColumns"/>; none sorts by pick-up when a pick-up range is given, else newest booked first.</summary>
    public string? SortBy { get; init; }

    public bool Descending { get; init; }

    public int Page { get; init; }

    public int PageSize { get; init; } = DefaultPageSize;
}

public static class BookingSortColumns
{
    public const string Reference = nameof(BookingRow.Reference);
    public const string Status = nameof(BookingRow.Status);
    public const string Customer = nameof(BookingRow.CustomerName);
    public const string PickUp = nameof(BookingRow.PickUpLocal);
    public const string Booked = nameof(BookingRow.CreatedAtUtc);
}

/// <summary>A row of the bookings list: enough to tell the booking on the phone apart from the others.</summary>
public sealed record BookingRow(
    Guid Id,
    string Reference,
    BookingStatus Status,
    string? SupplierConfirmationNumber,
    string CustomerName,
    string CustomerEmail,
    string SupplierCode,
    string SupplierName,
    string PickUpCode,
    string PickUpName,
    DateTime PickUpLocal,
    DateTime DropOffLocal,
    string Acriss,
    long CustomerTotalMinor,
    string Currency,
    DateTime CreatedAtUtc)
{
    public Money CustomerTotal => Money.Of(CustomerTotalMinor, Currency);
}

/// <summary>
/// One page of bookings. The total is counted up to <see cref="BookingSearch.CountCap"/> only: beyond that the list
/// says "more than 10,000" and asks for a narrower search, which keeps every page as fast as the first.
/// </summary>
public sealed record BookingPage(IReadOnlyList<BookingRow> Items, int TotalCount, bool MoreThanCounted);

/// <summary>A supplier the bookings list can be filtered by.</summary>
public sealed record BookingSupplierChoice(string Code, string Name);

/// <summary>
/// A pick-up station code the bookings list can be filtered by; <paramref name="Name"/> is null when the suppliers sharing
/// the code call their stations differently.
/// </summary>
public sealed record BookingStationChoice(string Code, string? Name, int Suppliers)
{
    /// <summary>"TLL-AIRPORT · Tallinn Airport", or "TLL-AIRPORT · 3 suppliers" when they name it differently.</summary>
    public string Label => Name is not null ? $"{Code} · {Name}" : $"{Code} · {Suppliers} suppliers";
}
