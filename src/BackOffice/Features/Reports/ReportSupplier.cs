using CarRentalGateway.BackOffice.Data;
using Microsoft.EntityFrameworkCore;

namespace CarRentalGateway.BackOffice.Features.Reports;

/// <summary>The supplier a report's link names, as its heading shows it: "Avis Estonia (AVIS-EE)".</summary>
public sealed record ReportSupplier(Guid Id, string Code, string Name, string ContractCurrency)
{
    public string Label => $"{Name} ({Code})";

    /// <summary>The supplier with <paramref name="code"/>; an unknown code makes the download answer 404.</summary>
    public static async Task<ReportSupplier> FindAsync(AppDbContext db, string code, CancellationToken cancellationToken) =>
        await db.Suppliers.AsNoTracking()
            .Where(s => s.Code == code)
            .Select(s => new ReportSupplier(s.Id, s.Code, s.Name, s.CurrencyCode))
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw new ReportNotFoundException($"There is no supplier {code}.");
}
