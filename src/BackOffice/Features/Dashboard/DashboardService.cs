using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Features.Contracts;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Contracts;
using CarRentalGateway.Core.Suppliers;
using Microsoft.EntityFrameworkCore;

namespace CarRentalGateway.BackOffice.Features.Dashboard;

/// <summary>The figures on the home page; later areas add theirs.</summary>
public sealed record DashboardFigures(
    IReadOnlyDictionary<SupplierStatus, int> SuppliersByStatus,
    IReadOnlyList<ExpiringContract> ContractsExpiringSoon,
    IReadOnlyList<SupplierWithoutContract> SuppliersWithoutContract);

/// <summary>An active supplier that no contract covers today: its cars cannot be priced.</summary>
public sealed record SupplierWithoutContract(string Code, string Name, string CountryCode);

public sealed class DashboardService(IDbContextFactory<AppDbContext> dbFactory, AccessGuard access, TimeProvider clock)
{
    /// <summary>How far ahead the dashboard warns about contracts ending.</summary>
    public const int ExpiryWarningDays = 30;

    public async Task<DashboardFigures> GetFiguresAsync(CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.Staff);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var today = clock.TodayUtc();

        var byStatus = await db.Suppliers
            .GroupBy(s => s.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Status, g => g.Count, cancellationToken);

        var until = today.AddDays(ExpiryWarningDays);
        var expiring = await (
                from c in db.Contracts
                join s in db.Suppliers on c.SupplierId equals s.Id
                where c.Status == ContractStatus.Active && c.ValidTo >= today && c.ValidTo <= until
                orderby c.ValidTo, s.Name
                select new { c.Id, s.Code, s.Name, c.Number, c.VersionNumber, c.ValidTo })
            .ToListAsync(cancellationToken);

        // In force today: active and within validity, or terminated with the effective date still ahead.
        var covered = db.Contracts
            .Where(c => c.ValidFrom <= today && c.ValidTo >= today
                && (c.Status == ContractStatus.Active
                    || (c.Status == ContractStatus.Terminated && c.TerminationEffectiveDate > today)))
            .Select(c => c.SupplierId);
        var uncovered = await db.Suppliers
            .Where(s => s.Status == SupplierStatus.Active && !covered.Contains(s.Id))
            .OrderBy(s => s.Name)
            .Select(s => new SupplierWithoutContract(s.Code, s.Name, s.CountryCode))
            .ToListAsync(cancellationToken);

        return new DashboardFigures(
            byStatus,
            expiring.Select(c => new ExpiringContract(c.Id, c.Code, c.Name, Contract.LabelOf(c.Number, c.VersionNumber), c.ValidTo, c.ValidTo.DayNumber - today.DayNumber)).ToList(),
            uncovered);
    }
}
