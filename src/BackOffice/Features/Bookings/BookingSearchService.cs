using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Features.Shared;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.Core.Bookings;
using CarRentalGateway.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace CarRentalGateway.BackOffice.Features.Bookings;

/// <summary>Finding bookings: the list with its search box and filters, and the app bar's "go to booking". Every role may.</summary>
public sealed class BookingSearchService(IDbContextFactory<AppDbContext> dbFactory, AccessGuard access)
{
    public async Task<BookingPage> SearchAsync(BookingQuery query, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ViewBookings);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await BookingSearch.PageAsync(db, query, cancellationToken);
    }

    /// <summary>Every supplier by name, for the list's supplier filter.</summary>
    public async Task<IReadOnlyList<BookingSupplierChoice>> SuppliersAsync(CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ViewBookings);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Suppliers.AsNoTracking()
            .OrderBy(s => s.Name).ThenBy(s => s.Code)
            .Select(s => new BookingSupplierChoice(s.Code, s.Name))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The station codes the pick-up filter offers: the stations of the supplier with <paramref name="supplierCode"/>, or
    /// every code in use when none is given (one choice per code, however many suppliers share it).
    /// </summary>
    public async Task<IReadOnlyList<BookingStationChoice>> StationsAsync(string? supplierCode, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ViewBookings);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var locations = db.Locations.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(supplierCode))
        {
            var supplierId = await db.SupplierIdAsync(supplierCode, cancellationToken);
            locations = locations.Where(l => l.SupplierId == supplierId);
        }

        var stations = await locations.Select(l => new { l.Code, l.Name }).ToListAsync(cancellationToken);
        return stations
            .GroupBy(l => l.Code, StringComparer.OrdinalIgnoreCase)
            .Select(g => new BookingStationChoice(g.Key, g.Select(l => l.Name).Distinct().Count() == 1 ? g.First().Name : null, g.Count()))
            .OrderBy(s => s.Code, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The reference of the one booking with this reference or supplier confirmation number, to open it directly;
    /// a readable refusal when there is none, or when several suppliers used the same confirmation number.
    /// </summary>
    public async Task<Result<string>> GoToAsync(string? referenceOrConfirmation, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ViewBookings);
        var text = (referenceOrConfirmation ?? "").Trim();
        if (text.Length == 0)
        {
            return Result.Fail<string>("Type a booking reference (CRG-…) or the supplier's confirmation number.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (BookingReference.Parse(text) is { Succeeded: true } reference)
        {
            var found = reference.Value;
            if (await db.Bookings.AnyAsync(b => b.Reference == found, cancellationToken))
            {
                return Result.Ok(found.Value);
            }
        }

        var confirmed = await db.Bookings.AsNoTracking()
            .Where(b => b.SupplierConfirmationNumber == text)
            .Select(b => b.Reference)
            .Take(2)
            .ToListAsync(cancellationToken);
        return confirmed.Count switch
        {
            1 => Result.Ok(confirmed[0].Value),
            0 => Result.Fail<string>($"No booking has the reference or supplier confirmation number {text}."),
            _ => Result.Fail<string>($"Several bookings have the confirmation number {text}: search for it in the bookings list to choose."),
        };
    }
}
