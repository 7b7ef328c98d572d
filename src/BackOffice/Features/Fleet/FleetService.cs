using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Features.Shared;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Fleet;
using Microsoft.EntityFrameworkCore;

namespace CarRentalGateway.BackOffice.Features.Fleet;

/// <summary>Finding, opening and changing suppliers' fleet offers. Every method checks its policy before touching data.</summary>
public sealed class FleetService(IDbContextFactory<AppDbContext> dbFactory, AccessGuard access, TimeProvider clock)
{
    public const int MaxPageSize = 200;

    // The third ACRISS letter as LIKE patterns, so the transmission filter runs in SQL on the stored code.
    private const string AutomaticA = "__A_";
    private const string AutomaticB = "__B_";
    private const string AutomaticD = "__D_";
    private const string ManualM = "__M_";
    private const string ManualN = "__N_";
    private const string ManualC = "__C_";

    public async Task<PageOf<FleetOfferRow>> SearchAsync(FleetQuery query, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ViewCatalog);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        var offers = db.FleetOffers.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.SupplierCode))
        {
            var supplierId = await db.SupplierIdAsync(query.SupplierCode, cancellationToken);
            if (supplierId is null)
            {
                return new PageOf<FleetOfferRow>([], 0);
            }

            offers = offers.Where(o => o.SupplierId == supplierId);
        }

        if (query.LocationId is { } locationId)
        {
            offers = offers.Where(o => o.LocationId == locationId);
        }

        if (!string.IsNullOrWhiteSpace(query.AcrissPattern))
        {
            var pattern = AcrissPattern.Parse(query.AcrissPattern);
            if (pattern.Failed)
            {
                return new PageOf<FleetOfferRow>([], 0);
            }

            var like = pattern.Value.ToSqlLike();
            offers = offers.Where(o => EF.Functions.Like(o.Acriss, like));
        }

        offers = query.Transmission switch
        {
            Transmission.Automatic => offers.Where(o =>
                EF.Functions.Like(o.Acriss, AutomaticA) || EF.Functions.Like(o.Acriss, AutomaticB) || EF.Functions.Like(o.Acriss, AutomaticD)),
            Transmission.Manual => offers.Where(o =>
                EF.Functions.Like(o.Acriss, ManualM) || EF.Functions.Like(o.Acriss, ManualN) || EF.Functions.Like(o.Acriss, ManualC)),
            _ => offers,
        };

        if (query.StopSell is { } stopSell)
        {
            offers = offers.Where(o => o.StopSell == stopSell);
        }

        var joined = Joined(db, offers);
        var total = await joined.CountAsync(cancellationToken);
        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var rows = await Sorted(joined, query.SortBy, query.Descending)
            .Skip(Math.Max(query.Page, 0) * pageSize)
            .Take(pageSize)
            .Select(ToRow)
            .ToListAsync(cancellationToken);
        return new PageOf<FleetOfferRow>(rows, total);
    }

    /// <summary>One supplier's offers, by location and code: its Fleet tab.</summary>
    public async Task<IReadOnlyList<FleetOfferRow>> ForSupplierAsync(string supplierCode, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ViewCatalog);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await Joined(db, db.FleetOffers.AsNoTracking())
            .Where(x => x.SupplierCode == supplierCode)
            .OrderBy(x => x.LocationCode).ThenBy(x => x.Offer.Acriss)
            .Select(ToRow)
            .ToListAsync(cancellationToken);
    }

    public async Task<FleetOfferView?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ViewCatalog);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // Tracked, because the version token is a shadow property that only the change tracker holds.
        var offer = await db.FleetOffers.SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (offer is null)
        {
            return null;
        }

        var supplier = await db.Suppliers.AsNoTracking().Where(s => s.Id == offer.SupplierId)
            .Select(s => new FleetSupplier(s.Id, s.Code, s.Name, s.CurrencyCode)).SingleAsync(cancellationToken);
        var location = await db.Locations.AsNoTracking().Where(l => l.Id == offer.LocationId)
            .Select(l => new FleetLocation(l.Id, l.Code, l.Name)).SingleAsync(cancellationToken);
        return new FleetOfferView(offer.Id, supplier, location, offer.Details, offer.StopSell, db.VersionOf(offer));
    }

    /// <summary>The offer's history, newest first, as people read it.</summary>
    public async Task<IReadOnlyList<AuditEntryView>> HistoryAsync(Guid id, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ViewCatalog);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var entries = await db.ForEntityAsync(nameof(FleetOffer), id.ToString(), cancellationToken);
        var ids = entries.SelectMany(e => e.Changes)
            .Where(c => c.Field is nameof(FleetOffer.SupplierId) or nameof(FleetOffer.LocationId))
            .SelectMany(c => new[] { c.Old, c.New })
            .Select(value => Guid.TryParse(value, out var key) ? key : (Guid?)null)
            .OfType<Guid>()
            .Distinct()
            .ToList();
        var codes = await db.Suppliers.AsNoTracking().Where(s => ids.Contains(s.Id)).Select(s => new { s.Id, s.Code })
            .ToDictionaryAsync(s => s.Id.ToString(), s => s.Code, cancellationToken);
        foreach (var location in await db.Locations.AsNoTracking().Where(l => ids.Contains(l.Id)).Select(l => new { l.Id, l.Code }).ToListAsync(cancellationToken))
        {
            codes[location.Id.ToString()] = location.Code;
        }

        return FleetOfferHistory.Readable(entries, codes);
    }

    /// <summary>Opens a new offer, on sale, at one of the supplier's active locations; returns its id.</summary>
    public async Task<Result<Guid>> CreateAsync(string supplierCode, FleetOfferForm form, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.EditCatalog);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var supplier = await db.Suppliers.AsNoTracking()
            .Where(s => s.Code == supplierCode)
            .Select(s => new { s.Id, s.CurrencyCode })
            .SingleOrDefaultAsync(cancellationToken);
        if (supplier is null)
        {
            return Result.Fail<Guid>($"Supplier {supplierCode} no longer exists.");
        }

        var location = form.LocationId is { } locationId
            ? await db.Locations.AsNoTracking().Where(l => l.Id == locationId)
                .Select(l => new { l.Id, l.SupplierId, l.Code, l.IsActive }).SingleOrDefaultAsync(cancellationToken)
            : null;
        if (location is null || location.SupplierId != supplier.Id)
        {
            return Result.Fail<Guid>($"Choose one of {supplierCode}'s locations.", nameof(FleetOfferForm.LocationId));
        }

        if (!location.IsActive)
        {
            return Result.Fail<Guid>($"{location.Code} is inactive: reactivate it before adding offers.", nameof(FleetOfferForm.LocationId));
        }

        var details = form.ToDetails(supplier.CurrencyCode);
        if (details.Failed)
        {
            return Result.Fail<Guid>(details.Error!, details.Field);
        }

        var created = FleetOffer.Create(Guid.CreateVersion7(clock.GetUtcNow()), supplier.Id, location.Id, details.Value, supplier.CurrencyCode);
        if (created.Failed)
        {
            return Result.Fail<Guid>(created.Error!, FleetOfferForm.FormField(created.Field));
        }

        var offer = created.Value;
        if (await TakenAsync(db, offer.LocationId, offer.Acriss, except: null, cancellationToken) is { } taken)
        {
            return Result.Fail<Guid>(taken, nameof(FleetOfferForm.Acriss));
        }

        db.FleetOffers.Add(offer);
        try
        {
            await db.SaveConfirmedAsync(cancellationToken);
            return Result.Ok(offer.Id);
        }
        catch (DbUpdateException)
        {
            // Someone offered the same code at this location between our check and our insert; the unique index caught it.
            await using var fresh = await dbFactory.CreateDbContextAsync(cancellationToken);
            var raced = await TakenAsync(fresh, offer.LocationId, offer.Acriss, except: null, cancellationToken);
            if (raced is null)
            {
                throw;
            }

            return Result.Fail<Guid>(raced, nameof(FleetOfferForm.Acriss));
        }
    }

    /// <summary>Saves new details over the version the user started from; refused if someone saved in between.</summary>
    public async Task<Result> UpdateAsync(Guid id, FleetOfferForm form, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.EditCatalog);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var offer = await db.FleetOffers.SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (offer is null)
        {
            return Result.Fail("This fleet offer no longer exists.");
        }

        db.ExpectVersion(offer, form.Version);
        var currency = await db.Suppliers.Where(s => s.Id == offer.SupplierId).Select(s => s.CurrencyCode).SingleAsync(cancellationToken);
        var details = form.ToDetails(currency);
        if (details.Failed)
        {
            return details;
        }

        var updated = offer.UpdateDetails(details.Value, currency);
        if (updated.Failed)
        {
            return Result.Fail(updated.Error!, FleetOfferForm.FormField(updated.Field));
        }

        if (await TakenAsync(db, offer.LocationId, offer.Acriss, except: offer.Id, cancellationToken) is { } taken)
        {
            return Result.Fail(taken, nameof(FleetOfferForm.Acriss));
        }

        try
        {
            return await db.SaveOrConflictAsync(() => ConflictMessageAsync(offer, cancellationToken), cancellationToken);
        }
        catch (DbUpdateException failure) when (failure is not DbUpdateConcurrencyException)
        {
            // The corrected code was given to another offer at this station between our check and our save.
            await using var fresh = await dbFactory.CreateDbContextAsync(cancellationToken);
            var raced = await TakenAsync(fresh, offer.LocationId, offer.Acriss, offer.Id, cancellationToken);
            if (raced is null)
            {
                throw;
            }

            return Result.Fail(raced, nameof(FleetOfferForm.Acriss));
        }
    }

    /// <summary>Stops selling the offer for now, at the supplier's request; it keeps its rates.</summary>
    public async Task<Result> StopSellAsync(Guid id, Guid version, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.EditCatalog);
        return await ChangeAsync(id, version, offer => offer.StopSelling(), cancellationToken);
    }

    public async Task<Result> ResumeSellingAsync(Guid id, Guid version, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.EditCatalog);
        return await ChangeAsync(id, version, offer => offer.ResumeSelling(), cancellationToken);
    }

    private async Task<Result> ChangeAsync(Guid id, Guid version, Func<FleetOffer, Result> change, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var offer = await db.FleetOffers.SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (offer is null)
        {
            return Result.Fail("This fleet offer no longer exists.");
        }

        db.ExpectVersion(offer, version);
        var changed = change(offer);
        return changed.Failed
            ? changed
            : await db.SaveOrConflictAsync(() => ConflictMessageAsync(offer, cancellationToken), cancellationToken);
    }

    private async Task<string> ConflictMessageAsync(FleetOffer offer, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var latest = (await db.ForEntityAsync(nameof(FleetOffer), offer.Id.ToString(), cancellationToken)).FirstOrDefault();
        return $"This {offer.Acriss} offer was changed by {Concurrency.WhoAndWhen(latest)} while you were looking at it, so your change was not applied. "
            + "Review what changed, then try again.";
    }

    /// <summary>The refusal naming the offer that already sells <paramref name="acriss"/> at the location; null when none does.</summary>
    private static async Task<string?> TakenAsync(AppDbContext db, Guid locationId, string acriss, Guid? except, CancellationToken cancellationToken)
    {
        var existing = await db.FleetOffers.AsNoTracking()
            .Where(o => o.LocationId == locationId && o.Acriss == acriss && o.Id != except)
            .Join(db.Locations, o => o.LocationId, l => l.Id, (o, l) => new { o.SampleModel, LocationCode = l.Code })
            .FirstOrDefaultAsync(cancellationToken);
        return existing is null
            ? null
            : $"{existing.LocationCode} already has a {acriss} offer ({existing.SampleModel} or similar): edit that offer instead.";
    }

    private static IQueryable<OfferWithNames> Joined(AppDbContext db, IQueryable<FleetOffer> offers) =>
        offers
            .Join(db.Suppliers, o => o.SupplierId, s => s.Id, (o, s) => new { Offer = o, SupplierCode = s.Code, SupplierName = s.Name })
            .Join(db.Locations, x => x.Offer.LocationId, l => l.Id, (x, l) => new OfferWithNames
            {
                Offer = x.Offer,
                SupplierCode = x.SupplierCode,
                SupplierName = x.SupplierName,
                LocationCode = l.Code,
                LocationName = l.Name,
            });

    private static readonly System.Linq.Expressions.Expression<Func<OfferWithNames, FleetOfferRow>> ToRow = x => new FleetOfferRow(
        x.Offer.Id, x.SupplierCode, x.SupplierName, x.Offer.LocationId, x.LocationCode, x.LocationName, x.Offer.Acriss,
        x.Offer.SampleModel, x.Offer.Seats, x.Offer.Doors, x.Offer.Bags, x.Offer.MileageKilometresPerDay, x.Offer.DepositMinor,
        x.Offer.DepositCurrency, x.Offer.MinimumDriverAge, x.Offer.DailyAllocation, x.Offer.StopSell);

    private static IQueryable<OfferWithNames> Sorted(IQueryable<OfferWithNames> rows, string? column, bool descending) => column switch
    {
        FleetSortColumns.Location => ThenByDefault(descending ? rows.OrderByDescending(x => x.LocationCode) : rows.OrderBy(x => x.LocationCode)),
        FleetSortColumns.Acriss => ThenByDefault(descending ? rows.OrderByDescending(x => x.Offer.Acriss) : rows.OrderBy(x => x.Offer.Acriss)),
        FleetSortColumns.SampleModel => ThenByDefault(descending ? rows.OrderByDescending(x => x.Offer.SampleModel) : rows.OrderBy(x => x.Offer.SampleModel)),
        FleetSortColumns.Seats => ThenByDefault(descending ? rows.OrderByDescending(x => x.Offer.Seats) : rows.OrderBy(x => x.Offer.Seats)),
        FleetSortColumns.Deposit => ThenByDefault(descending ? rows.OrderByDescending(x => x.Offer.DepositMinor) : rows.OrderBy(x => x.Offer.DepositMinor)),
        FleetSortColumns.MinimumDriverAge => ThenByDefault(descending ? rows.OrderByDescending(x => x.Offer.MinimumDriverAge) : rows.OrderBy(x => x.Offer.MinimumDriverAge)),
        FleetSortColumns.DailyAllocation => ThenByDefault(descending ? rows.OrderByDescending(x => x.Offer.DailyAllocation) : rows.OrderBy(x => x.Offer.DailyAllocation)),
        FleetSortColumns.StopSell => ThenByDefault(descending ? rows.OrderByDescending(x => x.Offer.StopSell) : rows.OrderBy(x => x.Offer.StopSell)),
        _ => descending
            ? rows.OrderByDescending(x => x.SupplierCode).ThenByDescending(x => x.LocationCode).ThenByDescending(x => x.Offer.Acriss)
            : rows.OrderBy(x => x.SupplierCode).ThenBy(x => x.LocationCode).ThenBy(x => x.Offer.Acriss),
    };

    // Ties in the sorted column are listed by supplier, location and code, which together are unique, so paging is stable.
    private static IQueryable<OfferWithNames> ThenByDefault(IOrderedQueryable<OfferWithNames> rows) =>
        rows.ThenBy(x => x.SupplierCode).ThenBy(x => x.LocationCode).ThenBy(x => x.Offer.Acriss);

    /// <summary>An offer joined with its supplier's and location's names, for filtering and sorting before projecting rows.</summary>
    private sealed class OfferWithNames
    {
        public required FleetOffer Offer { get; init; }

        public required string SupplierCode { get; init; }

        public required string SupplierName { get; init; }

        public required string LocationCode { get; init; }

        public required string LocationName { get; init; }
    }
}
