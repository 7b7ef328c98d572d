using CarRentalGateway.BackOffice.Data;
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
