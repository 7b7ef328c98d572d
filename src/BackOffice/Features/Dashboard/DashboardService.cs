using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.Core.Suppliers;
using Microsoft.EntityFrameworkCore;

namespace CarRentalGateway.BackOffice.Features.Dashboard;

/// <summary>The figures on the home page; later areas add theirs.</summary>
public sealed record DashboardFigures(IReadOnlyDictionary<SupplierStatus, int> SuppliersByStatus);

public sealed class DashboardService(IDbContextFactory<AppDbContext> dbFactory, AccessGuard access)
{
    public async Task<DashboardFigures> GetFiguresAsync(CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.Staff);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var byStatus = await db.Suppliers
            .GroupBy(s => s.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Status, g => g.Count, cancellationToken);
        return new DashboardFigures(byStatus);
    }
}
