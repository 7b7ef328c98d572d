using CarRentalGateway.BackOffice.Data;
using Microsoft.EntityFrameworkCore;

namespace CarRentalGateway.BackOffice.Features.Shared;

/// <summary>Screens and URLs name suppliers by code; the tables refer to them by id.</summary>
public static class SupplierLookup
{
    /// <summary>The id of the supplier with this code, or null when there is none.</summary>
    public static Task<Guid?> SupplierIdAsync(this AppDbContext db, string code, CancellationToken cancellationToken) =>
        db.Suppliers.Where(s => s.Code == code.Trim()).Select(s => (Guid?)s.Id).SingleOrDefaultAsync(cancellationToken);
}
