using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.BackOffice.Features.Shared;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Locations;
using Microsoft.EntityFrameworkCore;

namespace CarRentalGateway.BackOffice.Features.Locations;

/// <summary>Finding, opening and changing suppliers' locations. Every method checks its policy before touching data.</summary>
public sealed class LocationService(IDbContextFactory<AppDbContext> dbFactory, AccessGuard access, TimeProvider clock)
{
    public const int MaxPageSize = 200;

    public async Task<PageOf<LocationRow>> SearchAsync(LocationQuery query, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ViewCatalog);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        var locations = db.Locations.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.SupplierCode))
        {
            var supplierId = await db.SupplierIdAsync(query.SupplierCode, cancellationToken);
            if (supplierId is null)
            {
                return new PageOf<LocationRow>([], 0);
            }

            locations = locations.Where(l => l.SupplierId == supplierId);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            var anywhere = LikePattern.Anywhere(term);
            var starting = LikePattern.StartingWith(term);
            locations = locations.Where(l =>
                EF.Functions.Like(l.Code, anywhere, LikePattern.Escape)
                || EF.Functions.Like(l.Name, anywhere, LikePattern.Escape)
                || EF.Functions.Like(l.City, anywhere, LikePattern.Escape)
                || (l.IataCode != null && EF.Functions.Like(l.IataCode, starting, LikePattern.Escape)));
        }

        if (!string.IsNullOrWhiteSpace(query.Country))
        {
            locations = locations.Where(l => l.CountryCode == query.Country);
        }

        if (query.Type is { } type)
        {
            locations = locations.Where(l => l.Type == type);
        }

        if (query.Active is { } active)
        {
            locations = locations.Where(l => l.IsActive == active);
        }

        var withSupplier = locations.Join(
            db.Suppliers, l => l.SupplierId, s => s.Id, (l, s) => new LocationWithSupplier { Location = l, SupplierCode = s.Code, SupplierName = s.Name });
        var total = await withSupplier.CountAsync(cancellationToken);
        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var rows = await Sorted(withSupplier, query.SortBy, query.Descending)
            .Skip(Math.Max(query.Page, 0) * pageSize)
            .Take(pageSize)
            .Select(x => new LocationRow(
                x.Location.Id, x.SupplierCode, x.SupplierName, x.Location.Code, x.Location.Name, x.Location.Type,
                x.Location.IataCode, x.Location.City, x.Location.CountryCode, x.Location.IsActive))
            .ToListAsync(cancellationToken);
        return new PageOf<LocationRow>(rows, total);
    }

    /// <summary>Every supplier, for the list's supplier filter and for choosing whose location a new one is.</summary>
    public async Task<IReadOnlyList<LocationSupplier>> SuppliersAsync(CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ViewCatalog);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Suppliers.AsNoTracking()
            .OrderBy(s => s.Name).ThenBy(s => s.Code)
            .Select(s => new LocationSupplier(s.Id, s.Code, s.Name, s.CountryCode, s.CurrencyCode, s.Status))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The countries that have locations, for the list's country filter.</summary>
    public async Task<IReadOnlyList<string>> CountriesInUseAsync(CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ViewCatalog);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Locations.Select(l => l.CountryCode).Distinct().OrderBy(c => c).ToListAsync(cancellationToken);
    }

    /// <summary>One supplier's locations, by code: its Locations tab.</summary>
    public async Task<IReadOnlyList<LocationRow>> ForSupplierAsync(string supplierCode, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ViewCatalog);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Locations.AsNoTracking()
            .Join(db.Suppliers, l => l.SupplierId, s => s.Id, (l, s) => new { Location = l, Supplier = s })
            .Where(x => x.Supplier.Code == supplierCode)
            .OrderBy(x => x.Location.Code)
            .Select(x => new LocationRow(
                x.Location.Id, x.Supplier.Code, x.Supplier.Name, x.Location.Code, x.Location.Name, x.Location.Type,
                x.Location.IataCode, x.Location.City, x.Location.CountryCode, x.Location.IsActive))
            .ToListAsync(cancellationToken);
    }

    public async Task<LocationView?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ViewCatalog);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // Tracked, because the version token is a shadow property that only the change tracker holds.
        var location = await db.Locations.SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (location is null)
        {
            return null;
        }

        var supplier = await SupplierOfAsync(db, location.SupplierId, cancellationToken);
        return new LocationView(
            location.Id,
            supplier,
            location.Code,
            location.Details,
            location.IsActive,
            db.VersionOf(location),
            await UsesAsync(db, location.Id, cancellationToken));
    }

    /// <summary>The location's history, newest first, as people read it; still there after the location was deleted.</summary>
    public async Task<IReadOnlyList<AuditEntryView>> HistoryAsync(Guid id, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ViewCatalog);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var entries = await db.ForEntityAsync(nameof(Location), id.ToString(), cancellationToken);
        var supplierIds = entries.SelectMany(e => e.Changes)
            .Where(c => c.Field == nameof(Location.SupplierId))
            .SelectMany(c => new[] { c.Old, c.New })
            .Select(value => Guid.TryParse(value, out var supplierId) ? supplierId : (Guid?)null)
            .OfType<Guid>()
            .Distinct()
            .ToList();
        var supplierCodes = await db.Suppliers.AsNoTracking()
            .Where(s => supplierIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id.ToString(), s => s.Code, cancellationToken);
        return LocationHistory.Readable(entries, supplierCodes);
    }

    /// <summary>Opens a new, active location for the supplier; returns its id.</summary>
    public async Task<Result<Guid>> CreateAsync(string supplierCode, LocationForm form, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.EditCatalog);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var supplier = await db.Suppliers.AsNoTracking()
            .Where(s => s.Code == supplierCode)
            .Select(s => new { s.Id, s.CurrencyCode })
            .SingleOrDefaultAsync(cancellationToken);
        if (supplier is null)
        {
            return Result.Fail<Guid>($"Supplier {supplierCode} no longer exists.", nameof(LocationForm.SupplierCode));
        }

        var details = form.ToDetails(supplier.CurrencyCode);
        if (details.Failed)
        {
            return Result.Fail<Guid>(details.Error!, details.Field);
        }

        var created = Location.Create(Guid.CreateVersion7(clock.GetUtcNow()), supplier.Id, form.Code, details.Value, supplier.CurrencyCode);
        if (created.Failed)
        {
            return Result.Fail<Guid>(created.Error!, created.Field);
        }

        var location = created.Value;
        if (await CodeTakenAsync(db, location.SupplierId, location.Code, cancellationToken) is { } alreadyUsed)
        {
            return alreadyUsed;
        }

        db.Locations.Add(location);
        try
        {
            await db.SaveConfirmedAsync(cancellationToken);
            return Result.Ok(location.Id);
        }
        catch (DbUpdateException)
        {
            // Someone opened the same code for this supplier between our check and our insert; the unique index caught it.
            await using var fresh = await dbFactory.CreateDbContextAsync(cancellationToken);
            var taken = await CodeTakenAsync(fresh, location.SupplierId, location.Code, cancellationToken);
            if (taken is null)
            {
                throw;
            }

            return taken;
        }
    }

    /// <summary>Saves new details over the version the user started from; refused if someone saved in between.</summary>
    public async Task<Result> UpdateAsync(Guid id, LocationForm form, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.EditCatalog);
        return await ChangeAsync(id, form.Version, (location, currency) =>
        {
            var details = form.ToDetails(currency);
            return details.Failed ? details : location.UpdateDetails(details.Value, currency);
        }, cancellationToken);
    }

    /// <summary>Stops offering the location; its history and code stay.</summary>
    public async Task<Result> DeactivateAsync(Guid id, Guid version, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.EditCatalog);
        return await ChangeAsync(id, version, (location, _) => location.Deactivate(), cancellationToken);
    }

    public async Task<Result> ReactivateAsync(Guid id, Guid version, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.EditCatalog);
        return await ChangeAsync(id, version, (location, _) => location.Reactivate(), cancellationToken);
    }

    /// <summary>Removes a location nothing refers to (a mistake, say); the audit trail keeps a Deleted entry with its last values.</summary>
    public async Task<Result> DeleteAsync(Guid id, Guid version, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.EditCatalog);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var location = await db.Locations.SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (location is null)
        {
            return Result.Fail("This location no longer exists.");
        }

        var uses = await UsesAsync(db, id, cancellationToken);
        if (uses.Count > 0)
        {
            return Result.Fail(
                $"{location.Code} cannot be deleted because it has {string.Join(" and ", uses)}. Deactivate it instead.",
                nameof(Location.IsActive));
        }

        db.ExpectVersion(location, version);
        db.Locations.Remove(location);
        return await db.SaveOrConflictAsync(() => ConflictMessageAsync(location, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// What refers to a location, as readable counts ("3 fleet offers"); a location with any of them is "in use"
    /// and can only be deactivated, never deleted. Pricing rules are named by number.
    /// </summary>
    private static async Task<IReadOnlyList<string>> UsesAsync(AppDbContext db, Guid locationId, CancellationToken cancellationToken)
    {
        var fleetOffers = await db.FleetOffers.CountAsync(o => o.LocationId == locationId, cancellationToken);
        var oneWayFees = await db.OneWayFees.CountAsync(f => f.FromLocationId == locationId || f.ToLocationId == locationId, cancellationToken);
        var bookings = await db.Bookings.CountAsync(b => b.PickUpLocationId == locationId || b.DropOffLocationId == locationId, cancellationToken);

        // Published versions are kept as they were, so a rule in any set, draft or earlier version, holds on to the location.
        var rules = await db.PricingRules.Where(r => r.PickUpLocationId == locationId)
            .Select(r => r.Number).Distinct().OrderBy(n => n).ToListAsync(cancellationToken);
        var pricingRules = rules.Count switch
        {
            0 => null,
            1 => $"pricing rule R{rules[0]}",
            _ => "pricing rules " + string.Join(", ", rules.Select(n => $"R{n}")),
        };
        return new[] { Counted(fleetOffers, "fleet offer"), Counted(oneWayFees, "one-way fee"), pricingRules, Counted(bookings, "booking") }.OfType<string>().ToList();

        static string? Counted(int count, string what) => count switch
        {
            0 => null,
            1 => $"1 {what}",
            _ => $"{count} {what}s",
        };
    }

    private async Task<Result> ChangeAsync(
        Guid id, Guid? expectedVersion, Func<Location, string, Result> change, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var location = await db.Locations.SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (location is null)
        {
            return Result.Fail("This location no longer exists.");
        }

        db.ExpectVersion(location, expectedVersion);
        var currency = await db.Suppliers.Where(s => s.Id == location.SupplierId).Select(s => s.CurrencyCode).SingleAsync(cancellationToken);
        var changed = change(location, currency);
        if (changed.Failed)
        {
            return changed;
        }

        return await db.SaveOrConflictAsync(() => ConflictMessageAsync(location, cancellationToken), cancellationToken);
    }

    private async Task<string> ConflictMessageAsync(Location location, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var latest = (await db.ForEntityAsync(nameof(Location), location.Id.ToString(), cancellationToken)).FirstOrDefault();
        return $"{location.Code} was changed by {Concurrency.WhoAndWhen(latest)} while you were looking at it, so your change was not applied. "
            + "Review what changed, then try again.";
    }

    private static async Task<Result<Guid>?> CodeTakenAsync(AppDbContext db, Guid supplierId, string code, CancellationToken cancellationToken)
    {
        var owner = await db.Locations.AsNoTracking()
            .Where(l => l.SupplierId == supplierId && l.Code == code)
            .Select(l => l.Name)
            .FirstOrDefaultAsync(cancellationToken);
        return owner is null
            ? null
            : Result.Fail<Guid>($"The supplier already has a location {code}: {owner}.", nameof(LocationForm.Code));
    }

    private static async Task<LocationSupplier> SupplierOfAsync(AppDbContext db, Guid supplierId, CancellationToken cancellationToken) =>
        await db.Suppliers.AsNoTracking()
            .Where(s => s.Id == supplierId)
            .Select(s => new LocationSupplier(s.Id, s.Code, s.Name, s.CountryCode, s.CurrencyCode, s.Status))
            .SingleAsync(cancellationToken);

    private static IQueryable<LocationWithSupplier> Sorted(IQueryable<LocationWithSupplier> rows, string? column, bool descending) => column switch
    {
        LocationSortColumns.Code => descending
            ? rows.OrderByDescending(x => x.Location.Code).ThenBy(x => x.SupplierCode)
            : rows.OrderBy(x => x.Location.Code).ThenBy(x => x.SupplierCode),
        LocationSortColumns.Type => ThenByName(descending ? rows.OrderByDescending(x => x.Location.Type) : rows.OrderBy(x => x.Location.Type)),
        LocationSortColumns.Iata => ThenByName(descending ? rows.OrderByDescending(x => x.Location.IataCode) : rows.OrderBy(x => x.Location.IataCode)),
        LocationSortColumns.City => ThenByName(descending ? rows.OrderByDescending(x => x.Location.City) : rows.OrderBy(x => x.Location.City)),
        LocationSortColumns.Country => ThenByName(descending ? rows.OrderByDescending(x => x.Location.CountryCode) : rows.OrderBy(x => x.Location.CountryCode)),
        LocationSortColumns.Supplier => descending
            ? rows.OrderByDescending(x => x.SupplierCode).ThenBy(x => x.Location.Code)
            : rows.OrderBy(x => x.SupplierCode).ThenBy(x => x.Location.Code),
        LocationSortColumns.Active => ThenByName(descending ? rows.OrderByDescending(x => x.Location.IsActive) : rows.OrderBy(x => x.Location.IsActive)),
        _ => descending
            ? rows.OrderByDescending(x => x.Location.Name).ThenBy(x => x.SupplierCode).ThenBy(x => x.Location.Code)
            : rows.OrderBy(x => x.Location.Name).ThenBy(x => x.SupplierCode).ThenBy(x => x.Location.Code),
    };

    // Ties in the sorted column are listed by name, then supplier and code, so paging is stable.
    private static IQueryable<LocationWithSupplier> ThenByName(IOrderedQueryable<LocationWithSupplier> rows) =>
        rows.ThenBy(x => x.Location.Name).ThenBy(x => x.SupplierCode).ThenBy(x => x.Location.Code);

    /// <summary>A location joined with its supplier's code and name, for filtering and sorting before projecting rows.</summary>
    private sealed class LocationWithSupplier
    {
        public required Location Location { get; init; }

        public required string SupplierCode { get; init; }

        public required string SupplierName { get; init; }
    }
}
