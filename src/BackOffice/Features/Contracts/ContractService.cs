using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.BackOffice.Features.Shared;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Contracts;
using CarRentalGateway.Core.Suppliers;
using Microsoft.EntityFrameworkCore;

namespace CarRentalGateway.BackOffice.Features.Contracts;

/// <summary>
/// Supplier contracts: drafting, approving, amending and terminating versions, and finding them.
/// Everyone on staff reads; only admins change (<see cref="Policies.ManageContracts"/>).
/// </summary>
public sealed class ContractService(
    IDbContextFactory<AppDbContext> dbFactory, AccessGuard access, ICurrentUser currentUser, TimeProvider clock)
{
    public const int MaxPageSize = 200;

    public async Task<PageOf<ContractRow>> SearchAsync(ContractQuery query, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ViewCatalog);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var today = clock.TodayUtc();

        // The list shows each contract once: the version in force or ended, or the draft of a new contract.
        // Superseded versions and drafted amendments are reached from the contract's own page.
        var contracts = db.Contracts.AsNoTracking()
            .Where(c => c.Status != ContractStatus.Superseded && !(c.Status == ContractStatus.Draft && c.VersionNumber > 1));

        if (!string.IsNullOrWhiteSpace(query.SupplierCode))
        {
            var supplierId = db.Suppliers.Where(s => s.Code == query.SupplierCode).Select(s => s.Id);
            contracts = contracts.Where(c => supplierId.Contains(c.SupplierId));
        }

        contracts = query.Status switch
        {
            ContractStatus.Active => contracts.Where(c => c.Status == ContractStatus.Active && c.ValidTo >= today),
            ContractStatus.Expired => contracts.Where(c => c.Status == ContractStatus.Active && c.ValidTo < today),
            { } stored => contracts.Where(c => c.Status == stored),
            null => contracts,
        };

        if (query.ExpiringWithinDays is { } days)
        {
            var until = today.AddDays(days);
            contracts = contracts.Where(c => c.Status == ContractStatus.Active && c.ValidTo >= today && c.ValidTo <= until);
        }

        var rows =
            from c in contracts
            join s in db.Suppliers on c.SupplierId equals s.Id
            select new
            {
                Contract = c,
                SupplierCode = s.Code,
                SupplierName = s.Name,
                HasDraftAmendment = db.Contracts.Any(d =>
                    d.SupplierId == c.SupplierId && d.Number == c.Number && d.Status == ContractStatus.Draft && d.VersionNumber > c.VersionNumber),
            };

        var total = await rows.CountAsync(cancellationToken);
        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var sorted = (query.SortBy, query.Descending) switch
        {
            (ContractSortColumns.Supplier, false) => rows.OrderBy(r => r.SupplierName).ThenBy(r => r.Contract.Number),
            (ContractSortColumns.Supplier, true) => rows.OrderByDescending(r => r.SupplierName).ThenBy(r => r.Contract.Number),
            (ContractSortColumns.ValidFrom, false) => rows.OrderBy(r => r.Contract.ValidFrom).ThenBy(r => r.SupplierName),
            (ContractSortColumns.ValidFrom, true) => rows.OrderByDescending(r => r.Contract.ValidFrom).ThenBy(r => r.SupplierName),
            (ContractSortColumns.Status, false) => rows.OrderBy(r => r.Contract.Status).ThenBy(r => r.Contract.ValidTo),
            (ContractSortColumns.Status, true) => rows.OrderByDescending(r => r.Contract.Status).ThenBy(r => r.Contract.ValidTo),
            (ContractSortColumns.Model, false) => rows.OrderBy(r => r.Contract.Model).ThenBy(r => r.SupplierName),
            (ContractSortColumns.Model, true) => rows.OrderByDescending(r => r.Contract.Model).ThenBy(r => r.SupplierName),
            (_, true) => rows.OrderByDescending(r => r.Contract.ValidTo).ThenBy(r => r.SupplierName),
            _ => rows.OrderBy(r => r.Contract.ValidTo).ThenBy(r => r.SupplierName),
        };
        var page = await sorted.Skip(Math.Max(query.Page, 0) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new PageOf<ContractRow>(
            page.Select(r => ToRow(r.Contract, r.SupplierCode, r.SupplierName, r.HasDraftAmendment, today)).ToList(), total);
    }

    /// <summary>Every version of every contract of one supplier, newest contract and version first.</summary>
    public async Task<IReadOnlyList<ContractRow>> ForSupplierAsync(string supplierCode, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ViewCatalog);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var supplier = await db.Suppliers.AsNoTracking().SingleOrDefaultAsync(s => s.Code == supplierCode, cancellationToken);
        if (supplier is null)
        {
            return [];
        }

        var today = clock.TodayUtc();
        var contracts = await db.Contracts.AsNoTracking().Where(c => c.SupplierId == supplier.Id).ToListAsync(cancellationToken);
        return contracts
            .OrderByDescending(c => c.Number).ThenByDescending(c => c.VersionNumber)
            .Select(c => ToRow(c, supplier.Code, supplier.Name, HasDraftAmendment(c, contracts), today))
            .ToList();
    }

    public async Task<ContractView?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ViewCatalog);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        // Tracked, because the version token is a shadow property that only the change tracker holds.
        var contract = await db.Contracts.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (contract is null)
        {
            return null;
        }

        var supplier = await db.Suppliers.AsNoTracking().SingleAsync(s => s.Id == contract.SupplierId, cancellationToken);
        return ToView(db, contract, supplier);
    }

    /// <summary>All versions of the contract that <paramref name="id"/> is a version of, oldest first.</summary>
    public async Task<IReadOnlyList<ContractView>> VersionsAsync(Guid id, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ViewCatalog);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var contract = await db.Contracts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (contract is null)
        {
            return [];
        }

        var supplier = await db.Suppliers.AsNoTracking().SingleAsync(s => s.Id == contract.SupplierId, cancellationToken);
        var versions = await db.Contracts
            .Where(c => c.SupplierId == contract.SupplierId && c.Number == contract.Number)
            .OrderBy(c => c.VersionNumber)
            .ToListAsync(cancellationToken);
        return versions.Select(v => ToView(db, v, supplier)).ToList();
    }

    public async Task<IReadOnlyList<AuditEntryView>> HistoryAsync(Guid id, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ViewCatalog);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ForEntityAsync(nameof(Contract), id.ToString(), cancellationToken);
    }

    /// <summary>Drafts a new contract (the supplier's next number, version 1); returns its id.</summary>
    public async Task<Result<Guid>> CreateDraftAsync(string supplierCode, ContractForm form, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ManageContracts);
        var terms = TermsOf(form);
        if (terms.Failed)
        {
            return Result.Fail<Guid>(terms.Error!, terms.Field);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var supplier = await db.Suppliers.SingleOrDefaultAsync(s => s.Code == supplierCode, cancellationToken);
        if (supplier is null)
        {
            return Result.Fail<Guid>($"Supplier {supplierCode} no longer exists.");
        }

        var number = (await db.Contracts.Where(c => c.SupplierId == supplier.Id).MaxAsync(c => (int?)c.Number, cancellationToken) ?? 0) + 1;
        var drafted = Contract.Draft(Guid.CreateVersion7(clock.GetUtcNow()), supplier.Id, number, terms.Value);
        if (drafted.Failed)
        {
            return Result.Fail<Guid>(drafted.Error!, ContractForm.FieldOf(drafted.Field));
        }

        db.Contracts.Add(drafted.Value);

        // Numbers are handed out from the supplier's contract book: touching the supplier's version makes two
        // admins drafting at the same moment conflict instead of taking the same number.
        TouchContractBook(db, supplier);
        var saved = await SaveAsync(db, supplier, cancellationToken);
        return saved.Succeeded ? Result.Ok(drafted.Value.Id) : Result.Fail<Guid>(saved.Error!, saved.Field);
    }

    public async Task<Result> UpdateDraftAsync(Guid id, ContractForm form, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ManageContracts);
        var terms = TermsOf(form);
        if (terms.Failed)
        {
            return terms;
        }

        return await ChangeAsync(id, form.Version, (_, contract, _) => Mapped(contract.UpdateDraft(terms.Value)), cancellationToken);
    }

    /// <summary>Discards a draft that was never approved.</summary>
    public async Task<Result> DeleteDraftAsync(Guid id, Guid version, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ManageContracts);
        return await ChangeAsync(id, version, (db, contract, _) =>
        {
            if (contract.Status != ContractStatus.Draft)
            {
                return Result.Fail("Only a draft can be deleted; an approved contract stays on record.");
            }

            db.Contracts.Remove(contract);
            return Result.Ok();
        }, cancellationToken);
    }

    public async Task<Result> ApproveAsync(Guid id, Guid version, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ManageContracts);
        var approver = await UserNameAsync();
        return await ChangeAsync(id, version, (_, contract, book) =>
            Mapped(contract.Approve(book.Contracts, approver, clock.GetUtcNow().UtcDateTime, clock.TodayUtc())), cancellationToken);
    }

    /// <summary>Drafts the next version of a contract in force, with its terms; returns the new draft's id.</summary>
    public async Task<Result<Guid>> AmendAsync(Guid id, Guid version, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ManageContracts);
        var amendmentId = Guid.CreateVersion7(clock.GetUtcNow());
        var amended = await ChangeAsync(id, version, (db, contract, book) =>
        {
            var amendment = contract.Amend(amendmentId, book.Contracts, clock.TodayUtc());
            if (amendment.Succeeded)
            {
                db.Contracts.Add(amendment.Value);
            }

            return amendment;
        }, cancellationToken);
        return amended.Succeeded ? Result.Ok(amendmentId) : Result.Fail<Guid>(amended.Error!, amended.Field);
    }

    public async Task<Result> TerminateAsync(Guid id, Guid version, string reason, DateOnly effectiveDate, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ManageContracts);
        var terminatedBy = await UserNameAsync();
        return await ChangeAsync(id, version, (_, contract, _) =>
            contract.Terminate(reason, effectiveDate, terminatedBy, clock.GetUtcNow().UtcDateTime, clock.TodayUtc()), cancellationToken);
    }

    /// <summary>
    /// Loads the contract with its supplier's whole contract book, checks the version the user saw, applies
    /// the change and saves. The supplier's version token is renewed too, so two changes to one supplier's
    /// contracts at the same moment (two overlapping approvals, say) cannot both pass their checks.
    /// </summary>
    private async Task<Result> ChangeAsync(
        Guid id, Guid? expectedVersion, Func<AppDbContext, Contract, ContractBook, Result> change, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var contract = await db.Contracts.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (contract is null)
        {
            return Result.Fail("This contract version no longer exists.");
        }

        db.ExpectVersion(contract, expectedVersion);

        var supplier = await db.Suppliers.SingleAsync(s => s.Id == contract.SupplierId, cancellationToken);
        var book = new ContractBook(await db.Contracts.Where(c => c.SupplierId == supplier.Id).ToListAsync(cancellationToken));
        var changed = change(db, contract, book);
        if (changed.Failed)
        {
            return changed;
        }

        TouchContractBook(db, supplier);
        return await SaveAsync(db, supplier, cancellationToken);
    }

    private async Task<Result> SaveAsync(AppDbContext db, Supplier supplier, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveConfirmedAsync(cancellationToken);
            return Result.Ok();
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(supplier, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two admins drafting (or amending) at the same moment take the same next number (or version): the
            // unique index can catch the second insert before the contract book's version check does. Same conflict.
            if (!await ContractBookChangedAsync(db, supplier, cancellationToken))
            {
                throw;
            }

            return await ConflictAsync(supplier, cancellationToken);
        }
    }

    private async Task<Result> ConflictAsync(Supplier supplier, CancellationToken cancellationToken)
    {
        var who = await LastChangeToContractBookAsync(supplier.Id, cancellationToken);
        return Result.Fail(
            $"The contracts of {supplier.Code} were changed by {who} while you were working, so this was not saved. "
            + "Your input is still here: reload to see their change, then try again.",
            Concurrency.ConflictField);
    }

    /// <summary>Whether someone saved a change to the supplier's contract book since <paramref name="db"/> read it.</summary>
    private async Task<bool> ContractBookChangedAsync(AppDbContext db, Supplier supplier, CancellationToken cancellationToken)
    {
        var versionRead = db.Entry(supplier).Property<Guid>(AuditingModelExtensions.VersionProperty).OriginalValue;
        await using var fresh = await dbFactory.CreateDbContextAsync(cancellationToken);
        var versionNow = await fresh.Suppliers.Where(s => s.Id == supplier.Id)
            .Select(s => EF.Property<Guid>(s, AuditingModelExtensions.VersionProperty))
            .SingleOrDefaultAsync(cancellationToken);
        return versionNow != versionRead;
    }

    /// <summary>Who last changed the supplier or any of its contracts, and when: the change that got in first.</summary>
    private async Task<string> LastChangeToContractBookAsync(Guid supplierId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var keys = await db.Contracts.Where(c => c.SupplierId == supplierId).Select(c => c.Id).ToListAsync(cancellationToken);
        var contractKeys = keys.Select(k => k.ToString()).ToList();
        var supplierKey = supplierId.ToString();
        var latest = await db.AuditEntries.AsNoTracking()
            .Where(a => (a.EntityType == nameof(Contract) && contractKeys.Contains(a.EntityKey))
                || (a.EntityType == nameof(Supplier) && a.EntityKey == supplierKey))
            .OrderByDescending(a => a.OccurredAtUtc).ThenByDescending(a => a.Id)
            .Select(a => new AuditEntryView(a.OccurredAtUtc, a.UserName, a.Action, a.Changes))
            .FirstOrDefaultAsync(cancellationToken);
        return Concurrency.WhoAndWhen(latest);
    }

    private static void TouchContractBook(AppDbContext db, Supplier supplier) =>
        db.Entry(supplier).Property<Guid>(AuditingModelExtensions.VersionProperty).IsModified = true;

    private static Result<ContractTerms> TermsOf(ContractForm form)
    {
        var terms = form.ToTerms();
        return terms.Succeeded ? terms : Result.Fail<ContractTerms>(terms.Error!, ContractForm.FieldOf(terms.Field));
    }

    private static Result Mapped(Result result) =>
        result.Failed ? Result.Fail(result.Error!, ContractForm.FieldOf(result.Field)) : result;

    private async Task<string> UserNameAsync() =>
        (await currentUser.GetPrincipalAsync()).Identity?.Name ?? AuditingInterceptor.SystemUserName;

    private static bool HasDraftAmendment(Contract contract, IEnumerable<Contract> all) =>
        contract.Status != ContractStatus.Draft
        && all.Any(d => d.Number == contract.Number && d.Status == ContractStatus.Draft && d.VersionNumber > contract.VersionNumber);

    private static ContractRow ToRow(Contract c, string supplierCode, string supplierName, bool hasDraftAmendment, DateOnly today) => new(
        c.Id, supplierCode, supplierName, c.Number, c.VersionNumber, c.StatusOn(today), c.Model, c.ValidFrom, c.ValidTo,
        c.Currency, c.DaysToExpiry(today), hasDraftAmendment);

    private ContractView ToView(AppDbContext db, Contract c, Supplier supplier)
    {
        var today = clock.TodayUtc();
        return new ContractView(
            c.Id, supplier.Code, supplier.Name, c.Number, c.VersionNumber, c.StatusOn(today), c.Terms, c.DaysToExpiry(today),
            c.ApprovedBy, c.ApprovedAtUtc, c.TerminationReason, c.TerminationEffectiveDate, c.TerminatedBy, c.TerminatedAtUtc,
            db.VersionOf(c));
    }

    /// <summary>All contracts of one supplier, loaded together so the domain can check overlaps and versions.</summary>
    private sealed record ContractBook(List<Contract> Contracts);
}
