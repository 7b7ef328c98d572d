using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Features.Shared;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Rates;
using Microsoft.EntityFrameworkCore;

namespace CarRentalGateway.BackOffice.Features.Rates;

/// <summary>A supplier's extras and one-way fees. Every method checks its policy before touching data.</summary>
public sealed class ExtrasService(IDbContextFactory<AppDbContext> dbFactory, AccessGuard access, TimeProvider clock)
{
    public async Task<IReadOnlyList<ExtraRow>> ExtrasForSupplierAsync(string supplierCode, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ViewCatalog);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var supplier = await SupplierAsync(db, supplierCode, cancellationToken);
        return supplier is null ? [] : await ExtrasOfAsync(db, supplier.Id, cancellationToken);
    }

    public async Task<Result<Guid>> CreateExtraAsync(string supplierCode, ExtraForm form, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.EditCatalog);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var supplier = await SupplierAsync(db, supplierCode, cancellationToken);
        if (supplier is null)
        {
            return Result.Fail<Guid>($"Supplier {supplierCode} no longer exists.");
        }

        var details = form.ToDetails(supplier.CurrencyCode);
        if (details.Failed)
        {
            return Result.Fail<Guid>(details.Error!, details.Field);
        }

        var created = SupplierExtra.Create(Guid.CreateVersion7(clock.GetUtcNow()), supplier.Id, details.Value, supplier.CurrencyCode);
        if (created.Failed)
        {
            return Result.Fail<Guid>(created.Error!, created.Field);
        }

        var extra = created.Value;
        if (await ExtraTakenAsync(db, extra, cancellationToken) is { } taken)
        {
            return Result.Fail<Guid>(taken, nameof(ExtraForm.Name));
        }

        db.SupplierExtras.Add(extra);
        try
        {
            await db.SaveConfirmedAsync(cancellationToken);
            return Result.Ok(extra.Id);
        }
        catch (DbUpdateException)
        {
            // Someone added the same extra between our check and our insert; the unique index caught it.
            await using var fresh = await dbFactory.CreateDbContextAsync(cancellationToken);
            return await ExtraTakenAsync(fresh, extra, cancellationToken) is { } message
                ? Result.Fail<Guid>(message, nameof(ExtraForm.Name))
                : throw new InvalidOperationException("Saving the extra failed for another reason than a duplicate.");
        }
    }

    public async Task<Result> UpdateExtraAsync(Guid id, ExtraForm form, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.EditCatalog);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var extra = await db.SupplierExtras.SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (extra is null)
        {
            return Result.Fail("This extra no longer exists.");
        }

        db.ExpectVersion(extra, form.Version);
        var currency = await CurrencyOfAsync(db, extra.SupplierId, cancellationToken);
        var details = form.ToDetails(currency);
        if (details.Failed)
        {
            return details;
        }

        var updated = extra.UpdateDetails(details.Value, currency);
        if (updated.Failed)
        {
            return updated;
        }

        if (await ExtraTakenAsync(db, extra, cancellationToken) is { } taken)
        {
            return Result.Fail(taken, nameof(ExtraForm.Name));
        }

        return await db.SaveOrConflictAsync(() => Task.FromResult(ConflictMessage("extra")), cancellationToken);
    }

    public async Task<Result> DeleteExtraAsync(Guid id, Guid version, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.EditCatalog);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var extra = await db.SupplierExtras.SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (extra is null)
        {
            return Result.Fail("This extra no longer exists.");
        }

        db.ExpectVersion(extra, version);
        db.SupplierExtras.Remove(extra);
        return await db.SaveOrConflictAsync(() => Task.FromResult(ConflictMessage("extra")), cancellationToken);
    }

    public async Task<IReadOnlyList<OneWayFeeRow>> OneWayFeesForSupplierAsync(string supplierCode, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ViewCatalog);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var supplier = await SupplierAsync(db, supplierCode, cancellationToken);
        if (supplier is null)
        {
            return [];
        }

        var fees = await db.OneWayFees.Where(f => f.SupplierId == supplier.Id).ToListAsync(cancellationToken);
        var locations = await db.Locations.AsNoTracking().Where(l => l.SupplierId == supplier.Id)
            .ToDictionaryAsync(l => l.Id, l => (l.Code, l.Name), cancellationToken);
        return fees
            .Select(f => new OneWayFeeRow(
                f.Id, f.FromLocationId, locations[f.FromLocationId].Code, locations[f.FromLocationId].Name,
                f.ToLocationId, locations[f.ToLocationId].Code, locations[f.ToLocationId].Name, f.Fee, db.VersionOf(f)))
            .OrderBy(r => r.FromCode, StringComparer.Ordinal).ThenBy(r => r.ToCode, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<Result<Guid>> CreateOneWayFeeAsync(string supplierCode, OneWayFeeForm form, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.EditCatalog);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var supplier = await SupplierAsync(db, supplierCode, cancellationToken);
        if (supplier is null)
        {
            return Result.Fail<Guid>($"Supplier {supplierCode} no longer exists.");
        }

        if (form.FromLocationId is not { } fromId)
        {
            return Result.Fail<Guid>("Choose where the car is picked up.", nameof(OneWayFeeForm.FromLocationId));
        }

        if (form.ToLocationId is not { } toId)
        {
            return Result.Fail<Guid>("Choose where the car is dropped off.", nameof(OneWayFeeForm.ToLocationId));
        }

        var from = await db.Locations.AsNoTracking().SingleOrDefaultAsync(l => l.Id == fromId && l.SupplierId == supplier.Id, cancellationToken);
        var to = await db.Locations.AsNoTracking().SingleOrDefaultAsync(l => l.Id == toId && l.SupplierId == supplier.Id, cancellationToken);
        if (from is null || to is null)
        {
            return Result.Fail<Guid>("Both ends must be locations of this supplier.", from is null ? nameof(OneWayFeeForm.FromLocationId) : nameof(OneWayFeeForm.ToLocationId));
        }

        var fee = FeeOf(form, supplier.CurrencyCode);
        if (fee.Failed)
        {
            return Result.Fail<Guid>(fee.Error!, fee.Field);
        }

        var created = OneWayFee.Create(Guid.CreateVersion7(clock.GetUtcNow()), from, to, fee.Value, supplier.CurrencyCode);
        if (created.Failed)
        {
            return Result.Fail<Guid>(created.Error!, created.Field == nameof(OneWayFee.ToLocationId) ? nameof(OneWayFeeForm.ToLocationId) : nameof(OneWayFeeForm.Fee));
        }

        var duplicate = $"There is already a one-way fee from {from.Name} to {to.Name}: change that one instead.";
        if (await db.OneWayFees.AnyAsync(f => f.FromLocationId == fromId && f.ToLocationId == toId, cancellationToken))
        {
            return Result.Fail<Guid>(duplicate, nameof(OneWayFeeForm.ToLocationId));
        }

        db.OneWayFees.Add(created.Value);
        try
        {
            await db.SaveConfirmedAsync(cancellationToken);
            return Result.Ok(created.Value.Id);
        }
        catch (DbUpdateException)
        {
            await using var fresh = await dbFactory.CreateDbContextAsync(cancellationToken);
            return await fresh.OneWayFees.AnyAsync(f => f.FromLocationId == fromId && f.ToLocationId == toId, cancellationToken)
                ? Result.Fail<Guid>(duplicate, nameof(OneWayFeeForm.ToLocationId))
                : throw new InvalidOperationException("Saving the one-way fee failed for another reason than a duplicate.");
        }
    }

    /// <summary>Changes the fee of a direction; the two locations stay (another direction is another fee).</summary>
    public async Task<Result> UpdateOneWayFeeAsync(Guid id, OneWayFeeForm form, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.EditCatalog);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var oneWay = await db.OneWayFees.SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (oneWay is null)
        {
            return Result.Fail("This one-way fee no longer exists.");
        }

        db.ExpectVersion(oneWay, form.Version);
        var currency = await CurrencyOfAsync(db, oneWay.SupplierId, cancellationToken);
        var fee = FeeOf(form, currency);
        if (fee.Failed)
        {
            return fee;
        }

        var changed = oneWay.ChangeFee(fee.Value, currency);
        return changed.Failed
            ? Result.Fail(changed.Error!, nameof(OneWayFeeForm.Fee))
            : await db.SaveOrConflictAsync(() => Task.FromResult(ConflictMessage("one-way fee")), cancellationToken);
    }

    public async Task<Result> DeleteOneWayFeeAsync(Guid id, Guid version, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.EditCatalog);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var oneWay = await db.OneWayFees.SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (oneWay is null)
        {
            return Result.Fail("This one-way fee no longer exists.");
        }

        db.ExpectVersion(oneWay, version);
        db.OneWayFees.Remove(oneWay);
        return await db.SaveOrConflictAsync(() => Task.FromResult(ConflictMessage("one-way fee")), cancellationToken);
    }

    /// <summary>A supplier's extras by kind and name; callers check the policy.</summary>
    internal static async Task<IReadOnlyList<ExtraRow>> ExtrasOfAsync(AppDbContext db, Guid supplierId, CancellationToken cancellationToken)
    {
        // Tracked, because the version token is a shadow property that only the change tracker holds.
        var extras = await db.SupplierExtras.Where(e => e.SupplierId == supplierId).ToListAsync(cancellationToken);
        return extras
            .OrderBy(e => e.Kind).ThenBy(e => e.Name, StringComparer.Ordinal)
            .Select(e => new ExtraRow(e.Id, e.Kind, e.Name, e.Basis, e.Price, e.Cap, db.VersionOf(e)))
            .ToList();
    }

    private static Result<Money> FeeOf(OneWayFeeForm form, string currency) =>
        form.Fee is { } amount
            ? Money.FromAmount(amount, currency, nameof(OneWayFeeForm.Fee))
            : Result.Fail<Money>("Enter the fee; 0 for a free one-way trip.", nameof(OneWayFeeForm.Fee));

    private static string ConflictMessage(string what) =>
        $"This {what} was changed by someone else while you were looking at it, so your change was not applied. Reload it, then try again.";

    private static async Task<string?> ExtraTakenAsync(AppDbContext db, SupplierExtra extra, CancellationToken cancellationToken) =>
        await db.SupplierExtras.AsNoTracking()
            .AnyAsync(e => e.SupplierId == extra.SupplierId && e.Kind == extra.Kind && e.Name == extra.Name && e.Id != extra.Id, cancellationToken)
            ? $"The supplier already has a {ExtraText.Of(extra.Kind).ToLowerInvariant()} extra named {extra.Name}."
            : null;

    private static Task<string> CurrencyOfAsync(AppDbContext db, Guid supplierId, CancellationToken cancellationToken) =>
        db.Suppliers.Where(s => s.Id == supplierId).Select(s => s.CurrencyCode).SingleAsync(cancellationToken);

    private static Task<SupplierRef?> SupplierAsync(AppDbContext db, string code, CancellationToken cancellationToken) =>
        db.Suppliers.AsNoTracking().Where(s => s.Code == code)
            .Select(s => new SupplierRef(s.Id, s.CurrencyCode)).SingleOrDefaultAsync(cancellationToken);

    private sealed record SupplierRef(Guid Id, string CurrencyCode);
}
