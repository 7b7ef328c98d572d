using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Features.Shared;
using CarRentalGateway.Core.Bookings;
using Microsoft.EntityFrameworkCore;

namespace CarRentalGateway.BackOffice.Features.Bookings;

/// <summary>
/// The bookings search as SQL, shared by the list, its export and the benchmark that measures it. Each search box
/// reading and each filter is an equality or a range on an indexed column (see BookingConfiguration); a page is
/// found by its ids first and only those 50 rows are read whole.
/// </summary>
public static class BookingSearch
{
    /// <summary>Totals are counted up to here; a deeper list asks for a narrower search instead.</summary>
    public const int CountCap = 10_000;

    /// <summary>The page of bookings the query asks for, with the total counted up to <see cref="CountCap"/>.</summary>
    public static async Task<BookingPage> PageAsync(AppDbContext db, BookingQuery query, CancellationToken cancellationToken)
    {
        var filtered = await FilteredAsync(db, query, cancellationToken);
        if (filtered is null)
        {
            return new BookingPage([], 0, false);
        }

        var counted = await filtered.Take(CountCap + 1).CountAsync(cancellationToken);
        var pageSize = Math.Clamp(query.PageSize, 1, 500);
        var page = Math.Clamp(query.Page, 0, (CountCap - 1) / pageSize);
        var ids = await Sorted(filtered, query).Skip(page * pageSize).Take(pageSize).Select(b => b.Id).ToListAsync(cancellationToken);
        var rows = await Rows(db, db.Bookings.Where(b => ids.Contains(b.Id))).ToListAsync(cancellationToken);
        var order = ids.Select((id, index) => (id, index)).ToDictionary(p => p.id, p => p.index);
        return new BookingPage(rows.OrderBy(r => order[r.Id]).ToList(), Math.Min(counted, CountCap), counted > CountCap);
    }

    /// <summary>
    /// The bookings the search box and filters select, unsorted; null when a filter names a supplier or station
    /// that does not exist, which matches nothing.
    /// </summary>
    public static async Task<IQueryable<Booking>?> FilteredAsync(AppDbContext db, BookingQuery query, CancellationToken cancellationToken)
    {
        var bookings = db.Bookings.AsNoTracking();
        Guid? supplierId = null;
        if (!string.IsNullOrWhiteSpace(query.SupplierCode))
        {
            supplierId = await db.SupplierIdAsync(query.SupplierCode.Trim(), cancellationToken);
            if (supplierId is null)
            {
                return null;
            }

            bookings = bookings.Where(b => b.SupplierId == supplierId);
        }

        if (!string.IsNullOrWhiteSpace(query.PickUpLocationCode))
        {
            var code = query.PickUpLocationCode.Trim();
            var stationIds = await db.Locations.AsNoTracking()
                .Where(l => l.Code == code && (supplierId == null || l.SupplierId == supplierId))
                .Select(l => l.Id)
                .ToListAsync(cancellationToken);
            if (stationIds.Count == 0)
            {
                return null;
            }

            bookings = bookings.Where(b => stationIds.Contains(b.PickUpLocationId));
        }

        if (query.Status is { } status)
        {
            bookings = bookings.Where(b => b.Status == status);
        }

        if (query.PickUpFrom is { } pickUpFrom)
        {
            var from = pickUpFrom.ToDateTime(TimeOnly.MinValue);
            bookings = bookings.Where(b => b.PickUpLocal >= from);
        }

        if (query.PickUpTo is { } pickUpTo)
        {
            var before = pickUpTo.AddDays(1).ToDateTime(TimeOnly.MinValue);
            bookings = bookings.Where(b => b.PickUpLocal < before);
        }

        if (query.BookedFrom is { } bookedFrom)
        {
            var from = bookedFrom.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            bookings = bookings.Where(b => b.CreatedAtUtc >= from);
        }

        if (query.BookedTo is { } bookedTo)
        {
            var before = bookedTo.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            bookings = bookings.Where(b => b.CreatedAtUtc < before);
        }

        return BookingSearchText.Read(query.Text) is { } text ? Matching(bookings, text) : bookings;
    }

    /// <summary>The rows for a set of bookings, with the supplier's and pick-up station's names.</summary>
    public static IQueryable<BookingRow> Rows(AppDbContext db, IQueryable<Booking> bookings) =>
        from b in bookings
        join s in db.Suppliers on b.SupplierId equals s.Id
        join l in db.Locations on b.PickUpLocationId equals l.Id
        select new BookingRow(
            b.Id, b.Reference.Value, b.Status, b.SupplierConfirmationNumber, b.CustomerName, b.CustomerEmail, s.Code, s.Name,
            l.Code, l.Name, b.PickUpLocal, b.DropOffLocal, b.Acriss, b.CustomerTotalMinor, b.Currency, b.CreatedAtUtc);

    /// <summary>In the query's order, each column with the id as tiebreak so paging never repeats or skips a row.</summary>
    public static IOrderedQueryable<Booking> Sorted(IQueryable<Booking> bookings, BookingQuery query)
    {
        var column = query.SortBy ?? (query.PickUpFrom is not null || query.PickUpTo is not null ? BookingSortColumns.PickUp : null);
        var descending = query.SortBy is null ? column is null : query.Descending;
        IOrderedQueryable<Booking> sorted = column switch
        {
            BookingSortColumns.Reference => descending ? bookings.OrderByDescending(b => b.Reference) : bookings.OrderBy(b => b.Reference),
            BookingSortColumns.Status => descending ? bookings.OrderByDescending(b => b.Status) : bookings.OrderBy(b => b.Status),
            BookingSortColumns.Customer => descending ? bookings.OrderByDescending(b => b.CustomerName) : bookings.OrderBy(b => b.CustomerName),
            BookingSortColumns.PickUp => descending ? bookings.OrderByDescending(b => b.PickUpLocal) : bookings.OrderBy(b => b.PickUpLocal),
            _ => descending ? bookings.OrderByDescending(b => b.CreatedAtUtc) : bookings.OrderBy(b => b.CreatedAtUtc),
        };
        return descending ? sorted.ThenByDescending(b => b.Id) : sorted.ThenBy(b => b.Id);
    }

    private static IQueryable<Booking> Matching(IQueryable<Booking> bookings, BookingSearchText text)
    {
        var reference = text.Reference;
        var confirmation = text.ConfirmationNumber;
        var email = text.EmailPrefix is { } emailPrefix ? LikePattern.StartingWith(emailPrefix) : null;
        var phone = text.PhoneEndReversed is { } phoneEnd ? LikePattern.StartingWith(phoneEnd) : null;
        var name = text.NamePrefix is { } namePrefix ? LikePattern.StartingWith(namePrefix) : null;

        // Each reading the text does not have is a constant false, which EF Core leaves out of the SQL.
        return bookings.Where(b =>
            (reference != null && b.Reference == reference)
            || (confirmation != null && b.SupplierConfirmationNumber == confirmation)
            || (email != null && EF.Functions.Like(b.CustomerEmail, email, LikePattern.Escape))
            || (phone != null && EF.Functions.Like(b.CustomerPhoneDigitsReversed, phone, LikePattern.Escape))
            || (name != null && (EF.Functions.Like(b.CustomerName, name, LikePattern.Escape)
                || EF.Functions.Like(b.CustomerLastName, name, LikePattern.Escape))));
    }
}
