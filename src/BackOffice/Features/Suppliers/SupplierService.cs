using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.BackOffice.Features.Shared;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Suppliers;
using Microsoft.EntityFrameworkCore;

namespace CarRentalGateway.BackOffice.Features.Suppliers;

/// <summary>Finding, registering and changing suppliers. Every method checks its policy before touching data.</summary>
public sealed class SupplierService(IDbContextFactory<AppDbContext> dbFactory, AccessGuard access, TimeProvider clock)
{
    public const int MaxPageSize = 200;

    public async Task<PageOf<SupplierRow>> SearchAsync(SupplierQuery query, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ViewCatalog);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        var suppliers = db.Suppliers.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = SearchText.Cut(query.Search);

            // Not Name.Contains(term): see LikePattern ("baltic" missed "Baltic Drive" on SQLite).
            var anywhereInName = LikePattern.Anywhere(term);
            suppliers = suppliers.Where(s => s.Code.StartsWith(term) || EF.Functions.Like(s.Name, anywhereInName, LikePattern.Escape));
        }

        if (query.Status is { } status)
        {
            suppliers = suppliers.Where(s => s.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(query.Country))
        {
            suppliers = suppliers.Where(s => s.CountryCode == query.Country);
        }

        var total = await suppliers.CountAsync(cancellationToken);
        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var rows = await Sorted(suppliers, query.SortBy, query.Descending)
            .Skip(Math.Max(query.Page, 0) * pageSize)
            .Take(pageSize)
            .Select(s => new SupplierRow(s.Code, s.Name, s.CountryCode, s.CurrencyCode, s.Status))
            .ToListAsync(cancellationToken);
        return new PageOf<SupplierRow>(rows, total);
    }

    /// <summary>The countries that have suppliers, for the list's country filter.</summary>
    public async Task<IReadOnlyList<string>> CountriesInUseAsync(CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ViewCatalog);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Suppliers.Select(s => s.CountryCode).Distinct().OrderBy(c => c).ToListAsync(cancellationToken);
    }

    public async Task<SupplierView?> FindAsync(string code, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ViewCatalog);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // Tracked, because the version token is a shadow property that only the change tracker holds.
        var supplier = await db.Suppliers.SingleOrDefaultAsync(s => s.Code == code, cancellationToken);
        return supplier is null ? null : ToView(db, supplier);
    }

    public async Task<IReadOnlyList<AuditEntryView>> HistoryAsync(string code, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ViewCatalog);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var id = await db.SupplierIdAsync(code, cancellationToken);
        return id is null ? [] : await db.ForEntityAsync(nameof(Supplier), id.Value.ToString(), cancellationToken);
    }

    /// <summary>Registers a new active supplier; returns its code as stored (upper case).</summary>
    public async Task<Result<string>> CreateAsync(SupplierForm form, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.EditCatalog);
        var registered = Supplier.Register(form.Code, form.ToDetails(), Guid.CreateVersion7(clock.GetUtcNow()));
        if (registered.Failed)
        {
            return Result.Fail<string>(registered.Error!, registered.Field);
        }

        var supplier = registered.Value;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await CodeTakenAsync(db, supplier.Code, cancellationToken) is { } alreadyUsed)
        {
            return alreadyUsed;
        }

        db.Suppliers.Add(supplier);
        try
        {
            await db.SaveConfirmedAsync(cancellationToken);
            return Result.Ok(supplier.Code);
        }
        catch (DbUpdateException)
        {
            // Someone registered the same code between our check and our insert; the unique index caught it.
            await using var fresh = await dbFactory.CreateDbContextAsync(cancellationToken);
            var taken = await CodeTakenAsync(fresh, supplier.Code, cancellationToken);
            if (taken is null)
            {
                throw;
            }

            return taken;
        }
    }

    /// <summary>Saves new details over the version the user started from; refused if someone saved in between.</summary>
    public async Task<Result> UpdateAsync(string code, SupplierForm form, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.EditCatalog);
        return await ChangeAsync(code, form.Version, supplier => supplier.UpdateDetails(form.ToDetails()), cancellationToken);
    }

    public async Task<Result> ChangeStatusAsync(string code, SupplierStatus target, Guid version, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.EditCatalog);
        return await ChangeAsync(code, version, supplier => supplier.ChangeStatus(target), cancellationToken);
    }

    private Task<Result> ChangeAsync(
        string code, Guid? expectedVersion, Func<Supplier, Result> change, CancellationToken cancellationToken) =>
        DatabaseOutage.RefusedIfUnreachableAsync(async () =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var supplier = await db.Suppliers.SingleOrDefaultAsync(s => s.Code == code, cancellationToken);
            if (supplier is null)
            {
                return Result.Fail($"Supplier {code} no longer exists.");
            }

            db.ExpectVersion(supplier, expectedVersion);
            var changed = change(supplier);
            if (changed.Failed)
            {
                return changed;
            }

            return await db.SaveOrConflictAsync(() => ConflictMessageAsync(supplier, cancellationToken), cancellationToken);
        });

    private async Task<string> ConflictMessageAsync(Supplier supplier, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var latest = (await db.ForEntityAsync(nameof(Supplier), supplier.Id.ToString(), cancellationToken)).FirstOrDefault();
        return $"{supplier.Code} was changed by {Concurrency.WhoAndWhen(latest)} while you were editing, so your save was not applied. "
            + "Your changes are still here: review what changed, then save again to apply yours.";
    }

    private static async Task<Result<string>?> CodeTakenAsync(AppDbContext db, string code, CancellationToken cancellationToken)
    {
        var owner = await db.Suppliers.AsNoTracking().Where(s => s.Code == code).Select(s => s.Name).FirstOrDefaultAsync(cancellationToken);
        return owner is null
            ? null
            : Result.Fail<string>($"The code {code} is already used by {owner}.", nameof(SupplierForm.Code));
    }

    private static SupplierView ToView(AppDbContext db, Supplier supplier) => new(
        supplier.Id,
        supplier.Code,
        supplier.Details,
        supplier.Status,
        db.VersionOf(supplier),
        SupplierStatusTransitions.AllowedFrom(supplier.Status));

    private static IQueryable<Supplier> Sorted(IQueryable<Supplier> suppliers, string? column, bool descending) => column switch
    {
        SupplierSortColumns.Code => descending ? suppliers.OrderByDescending(s => s.Code) : suppliers.OrderBy(s => s.Code),
        SupplierSortColumns.Country => descending
            ? suppliers.OrderByDescending(s => s.CountryCode).ThenBy(s => s.Name)
            : suppliers.OrderBy(s => s.CountryCode).ThenBy(s => s.Name),
        SupplierSortColumns.Currency => descending
            ? suppliers.OrderByDescending(s => s.CurrencyCode).ThenBy(s => s.Name)
            : suppliers.OrderBy(s => s.CurrencyCode).ThenBy(s => s.Name),
        SupplierSortColumns.Status => descending
            ? suppliers.OrderByDescending(s => s.Status).ThenBy(s => s.Name)
            : suppliers.OrderBy(s => s.Status).ThenBy(s => s.Name),
        _ => descending ? suppliers.OrderByDescending(s => s.Name).ThenBy(s => s.Code) : suppliers.OrderBy(s => s.Name).ThenBy(s => s.Code),
    };
}
