using System.Security.Claims;
using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.BackOffice.Features.Shared;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Pricing;
using Microsoft.EntityFrameworkCore;

namespace CarRentalGateway.BackOffice.Features.Pricing;

/// <summary>
/// Pricing rules: the draft admins edit, publishing it in one step, and the published sets kept as versions.
/// Admins and Finance read (<see cref="Policies.ViewPricing"/>); only admins change (<see cref="Policies.EditPricing"/>).
/// </summary>
/// <remarks>
/// The draft starts on the first edit as a copy of the published set. Every rule change renews the draft's version
/// token too, so a publish that was confirmed against one draft refuses a draft that changed since, and two admins
/// editing the draft at the same moment cannot both hand out the same new rule number.
/// </remarks>
public sealed class PricingRulesService(
    IDbContextFactory<AppDbContext> dbFactory, AccessGuard access, ICurrentUser currentUser, TimeProvider clock)
{
    /// <summary>The entity type of the one audit entry a publish writes, listing what it changed.</summary>
    public const string PublishAuditEntityType = "PricingRuleSetPublish";

    /// <summary>
    /// The draft (or, without one or when asked, the published set, or an earlier version by number) with its rules in
    /// evaluation order, filtered; problems of the draft and of the published set; what the draft changes.
    /// </summary>
    public async Task<RuleSetListing> ListAsync(RuleListQuery query, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ViewPricing);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        // Tracked, because the version token is a shadow property that only the change tracker holds.
        var sets = await db.PricingRuleSets
            .Where(s => s.Status != RuleSetStatus.Superseded || s.Number == query.SetNumber)
            .ToListAsync(cancellationToken);
        var counts = await RuleCountsAsync(db, sets.Select(s => s.Id).ToList(), cancellationToken);
        var draft = sets.SingleOrDefault(s => s.Status == RuleSetStatus.Draft);
        var current = sets.SingleOrDefault(s => s.Status == RuleSetStatus.Published);
        var shown = query.SetNumber is { } number
            ? sets.SingleOrDefault(s => s.Number == number && s.Status != RuleSetStatus.Draft)
            : (query.Published ? null : draft) ?? current;
        if (shown is null)
        {
            return new RuleSetListing(null, Header(db, draft, counts), Header(db, current, counts), [], [], 0);
        }

        var rules = await RulesOfAsync(db, shown.Id, cancellationToken);
        var names = await NamesAsync(db, cancellationToken);
        var problems = shown.Status == RuleSetStatus.Superseded ? [] : await ProblemsOfAsync(db, rules, cancellationToken);
        var changes = shown == draft ? Compare(current is null ? [] : await RulesOfAsync(db, current.Id, cancellationToken), rules, names) : [];

        var supplierId = string.IsNullOrWhiteSpace(query.SupplierCode) ? null : await db.SupplierIdAsync(query.SupplierCode, cancellationToken);
        var filtered = rules.Where(r =>
            (string.IsNullOrWhiteSpace(query.SupplierCode) || (supplierId is not null && r.SupplierId == supplierId))
            && (string.IsNullOrWhiteSpace(query.Country) || r.CountryCode == query.Country.Trim().ToUpperInvariant())
            && (query.Active is not { } active || r.IsActive == active));
        var rows = filtered.Select(r => Row(r, names, changes, problems)).ToList();
        return new RuleSetListing(Header(db, shown, counts), Header(db, draft, counts), Header(db, current, counts), rows, changes, problems.Count);
    }

    /// <summary>Every published set, the one in force first, then earlier versions newest first.</summary>
    public async Task<IReadOnlyList<RuleSetHeader>> VersionsAsync(CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ViewPricing);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var sets = await db.PricingRuleSets
            .Where(s => s.Status != RuleSetStatus.Draft)
            .OrderByDescending(s => s.Number)
            .ToListAsync(cancellationToken);
        var counts = await RuleCountsAsync(db, sets.Select(s => s.Id).ToList(), cancellationToken);
        return sets.Select(s => Header(db, s, counts)!).ToList();
    }

    /// <summary>The rule as an edit starts from: the draft's rule of that number, or the published one while there is no draft.</summary>
    public async Task<PricingRuleView?> FindRuleAsync(int number, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ViewPricing);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var set = await EditableSetAsync(db, cancellationToken);
        var rule = set is null ? null : await db.PricingRules.SingleOrDefaultAsync(r => r.RuleSetId == set.Id && r.Number == number, cancellationToken);
        return rule is null ? null : new PricingRuleView(rule.Id, rule.Number, rule.RuleVersion, rule.Definition, db.VersionOf(rule));
    }

    /// <summary>Adds a rule to the draft (starting the draft when there is none) with the next free rule number; returns the number.</summary>
    public async Task<Result<int>> CreateRuleAsync(PricingRuleForm form, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.EditPricing);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var definition = await CheckedDefinitionAsync(db, form, cancellationToken);
        if (definition.Failed)
        {
            return Result.Fail<int>(definition.Error!, definition.Field);
        }

        var draft = await DraftForEditAsync(db, cancellationToken);
        var number = (await db.PricingRules.MaxAsync(r => (int?)r.Number, cancellationToken) ?? 0) + 1;
        var rule = PricingRule.Create(NewId(), draft.Id, number, definition.Value);
        if (rule.Failed)
        {
            return Result.Fail<int>(rule.Error!, PricingRuleForm.FieldOf(rule.Field));
        }

        db.PricingRules.Add(rule.Value);
        var saved = await SaveDraftChangeAsync(db, draft, $"R{number}", cancellationToken);
        return saved.Succeeded ? Result.Ok(number) : Result.Fail<int>(saved.Error!, saved.Field);
    }

    /// <summary>Changes a rule in the draft (starting the draft when there is none), over the version the user opened.</summary>
    public async Task<Result> UpdateRuleAsync(int number, PricingRuleForm form, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.EditPricing);
        return await DatabaseOutage.RefusedIfUnreachableAsync(async () =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var definition = await CheckedDefinitionAsync(db, form, cancellationToken);
            if (definition.Failed)
            {
                return definition;
            }

            return await ChangeRuleAsync(db, number, form.Version, rule =>
            {
                var updated = rule.Update(definition.Value);
                return updated.Failed ? Result.Fail(updated.Error!, PricingRuleForm.FieldOf(updated.Field)) : updated;
            }, cancellationToken);
        });
    }

    /// <summary>Removes a rule from the draft (starting the draft when there is none); published versions keep it.</summary>
    public async Task<Result> DeleteRuleAsync(int number, Guid version, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.EditPricing);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await ChangeRuleAsync(db, number, version, rule =>
        {
            db.PricingRules.Remove(rule);
            return Result.Ok();
        }, cancellationToken);
    }

    /// <summary>Throws the draft away: the published set stays as it is, and the next edit starts a new draft from it.</summary>
    public async Task<Result> DiscardDraftAsync(Guid draftVersion, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.EditPricing);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var draft = await db.PricingRuleSets.SingleOrDefaultAsync(s => s.Status == RuleSetStatus.Draft, cancellationToken);
        if (draft is null)
        {
            return Result.Fail("There is no draft any more: someone published or discarded it.");
        }

        db.ExpectVersion(draft, draftVersion);
        db.PricingRules.RemoveRange(await db.PricingRules.Where(r => r.RuleSetId == draft.Id).ToListAsync(cancellationToken));
        db.PricingRuleSets.Remove(draft);
        return await db.SaveOrConflictAsync(() => DraftChangedMessageAsync("discarded", cancellationToken), cancellationToken);
    }

    /// <summary>What publishing the draft would change and which problems it has; null when there is no draft.</summary>
    public async Task<PublishPreview?> PublishPreviewAsync(CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.EditPricing);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var plan = await PlanPublishAsync(db, cancellationToken);
        if (plan is null)
        {
            return null;
        }

        var counts = await RuleCountsAsync(db, plan.Current is null ? [plan.Draft.Id] : [plan.Draft.Id, plan.Current.Id], cancellationToken);
        var withProblems = plan.DraftRules
            .Where(r => plan.Problems.Any(p => p.RuleId == r.Id))
            .Select(r => Row(r, plan.Names, plan.Changes, plan.Problems))
            .ToList();
        return new PublishPreview(Header(db, plan.Draft, counts)!, Header(db, plan.Current, counts), plan.Changes, withProblems);
    }

    /// <summary>
    /// Makes the draft the published set and the published set a superseded version, in one transaction, with one audit
    /// entry listing what changed. Refused when the draft changed since <paramref name="draftVersion"/> was read, and when
    /// the draft has problems that <paramref name="confirmProblems"/> does not accept.
    /// </summary>
    public async Task<Result> PublishAsync(Guid draftVersion, bool confirmProblems, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.EditPricing);
        var user = await currentUser.GetPrincipalAsync();
        try
        {
            // MariaDB retries transient failures through its execution strategy; each attempt plans again on a fresh context.
            await using var strategyDb = await dbFactory.CreateDbContextAsync(cancellationToken);
            return await strategyDb.Database.CreateExecutionStrategy().ExecuteAsync(
                ct => PublishOnceAsync(draftVersion, confirmProblems, user, ct), cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Caught outside the strategy: another save to the draft or the published set got in between our read and our write.
            return Result.Fail(await DraftChangedMessageAsync("changed", cancellationToken), Concurrency.ConflictField);
        }
    }

    private async Task<Result> PublishOnceAsync(Guid draftVersion, bool confirmProblems, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var plan = await PlanPublishAsync(db, cancellationToken);
        if (plan is null)
        {
            return Result.Fail("There is no draft to publish: someone published or discarded it. Reload to see the rules in force.");
        }

        if (db.VersionOf(plan.Draft) != draftVersion)
        {
            return Result.Fail(await DraftChangedMessageAsync("changed", cancellationToken), Concurrency.ConflictField);
        }

        if (plan.Changes.Count == 0)
        {
            return Result.Fail("The draft is the same as the rules in force: there is nothing to publish. Discard the draft instead.");
        }

        if (plan.Problems.Count > 0 && !confirmProblems)
        {
            return Result.Fail(
                $"The draft has {PricingRuleText.Counted(plan.Problems.Count, "problem")}. Review them beside the rules, then confirm to publish anyway.",
                nameof(confirmProblems));
        }

        var previous = plan.CurrentRules.ToDictionary(r => r.Number);
        foreach (var rule in plan.DraftRules)
        {
            if (previous.TryGetValue(rule.Number, out var published) && published.Definition != rule.Definition)
            {
                rule.FollowVersion(published.RuleVersion);
            }
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var publishedBy = user.Identity?.Name ?? AuditingInterceptor.SystemUserName;
        db.ExpectVersion(plan.Draft, draftVersion);
        plan.Current?.Supersede(now);
        plan.Draft.Publish(publishedBy, now);
        db.AuditEntries.Add(PublishAudit(plan, user, now));
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok();
    }

    private AuditEntry PublishAudit(PublishPlan plan, ClaimsPrincipal user, DateTime now)
    {
        var changes = new List<FieldChange>
        {
            new("Published", plan.Current is null ? null : $"v{plan.Current.Number}", $"v{plan.Draft.Number}"),
        };
        foreach (var change in plan.Changes)
        {
            var rule = $"{change.Label} {change.Name}";
            switch (change.Kind)
            {
                case RuleChangeKind.Added:
                    changes.Add(new FieldChange($"{rule}: added", null, change.WholeRule));
                    break;
                case RuleChangeKind.Removed:
                    changes.Add(new FieldChange($"{rule}: removed", change.WholeRule, null));
                    break;
                default:
                    changes.AddRange(change.Fields.Select(f => new FieldChange($"{rule}: {f.Field}", f.Old, f.New)));
                    break;
            }
        }

        return new AuditEntry
        {
            OccurredAtUtc = now,
            UserId = user.FindFirstValue(ClaimTypes.NameIdentifier),
            UserName = user.Identity?.Name ?? AuditingInterceptor.SystemUserName,
            EntityType = PublishAuditEntityType,
            EntityKey = plan.Draft.Id.ToString(),
            Action = AuditAction.Updated,
            Changes = changes,
        };
    }

    private async Task<PublishPlan?> PlanPublishAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var draft = await db.PricingRuleSets.SingleOrDefaultAsync(s => s.Status == RuleSetStatus.Draft, cancellationToken);
        if (draft is null)
        {
            return null;
        }

        var current = await db.PricingRuleSets.SingleOrDefaultAsync(s => s.Status == RuleSetStatus.Published, cancellationToken);
        var draftRules = await db.PricingRules.Where(r => r.RuleSetId == draft.Id)
            .OrderBy(r => r.Priority).ThenBy(r => r.Number).ToListAsync(cancellationToken);
        var currentRules = current is null ? [] : await RulesOfAsync(db, current.Id, cancellationToken);
        var names = await NamesAsync(db, cancellationToken);
        var problems = await ProblemsOfAsync(db, draftRules, cancellationToken);
        return new PublishPlan(draft, current, draftRules, currentRules, names, Compare(currentRules, draftRules, names), problems);
    }

    /// <summary>Loads the rule of that number in the draft (copying the published set into a new draft first), checks the version the user saw, changes it, saves.</summary>
    private async Task<Result> ChangeRuleAsync(
        AppDbContext db, int number, Guid? seenVersion, Func<PricingRule, Result> change, CancellationToken cancellationToken)
    {
        var set = await EditableSetAsync(db, cancellationToken);
        var seen = set is null ? null : await db.PricingRules.SingleOrDefaultAsync(r => r.RuleSetId == set.Id && r.Number == number, cancellationToken);
        if (seen is null)
        {
            return Result.Fail($"R{number} is no longer in the rules: someone removed it. Reload to see the rules as they are now.");
        }

        if (seenVersion is { } version && db.VersionOf(seen) != db.Rebased(seen, version))
        {
            return Result.Fail(await DraftChangedMessageAsync("changed", cancellationToken, $"R{number}"), Concurrency.ConflictField);
        }

        var draft = await DraftForEditAsync(db, cancellationToken);
        var rule = draft == set ? seen : db.ChangeTracker.Entries<PricingRule>().Select(e => e.Entity).Single(r => r.RuleSetId == draft.Id && r.Number == number);
        db.ExpectVersion(rule, seenVersion);
        var changed = change(rule);
        return changed.Failed ? changed : await SaveDraftChangeAsync(db, draft, $"R{number}", cancellationToken);
    }

    /// <summary>The draft, tracked and marked changed; a new draft copying the published rules when there is none.</summary>
    private async Task<PricingRuleSet> DraftForEditAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var draft = await db.PricingRuleSets.SingleOrDefaultAsync(s => s.Status == RuleSetStatus.Draft, cancellationToken);
        if (draft is not null)
        {
            // Every rule change renews the draft's token: a publish confirmed against the draft as it was is then refused.
            db.Entry(draft).Property<Guid>(AuditingModelExtensions.VersionProperty).IsModified = true;
            return draft;
        }

        var number = (await db.PricingRuleSets.MaxAsync(s => (int?)s.Number, cancellationToken) ?? 0) + 1;
        draft = PricingRuleSet.StartDraft(NewId(), number);
        db.PricingRuleSets.Add(draft);
        var current = await db.PricingRuleSets.SingleOrDefaultAsync(s => s.Status == RuleSetStatus.Published, cancellationToken);
        if (current is not null)
        {
            foreach (var rule in await db.PricingRules.AsNoTracking().Where(r => r.RuleSetId == current.Id).ToListAsync(cancellationToken))
            {
                db.PricingRules.Add(rule.CopyTo(NewId(), draft.Id));
            }
        }

        return draft;
    }

    private async Task<Result> SaveDraftChangeAsync(AppDbContext db, PricingRuleSet draft, string rule, CancellationToken cancellationToken)
    {
        try
        {
            return await db.SaveOrConflictAsync(() => DraftChangedMessageAsync("changed", cancellationToken, rule), cancellationToken);
        }
        catch (DbUpdateException) when (db.Entry(draft).State == EntityState.Added)
        {
            // Two admins started the draft at the same moment: the unique set number let only one of them in.
            return Result.Fail(await DraftChangedMessageAsync("started", cancellationToken, rule), Concurrency.ConflictField);
        }
    }

    /// <summary>The set an edit starts from: the draft, or the published set while there is no draft.</summary>
    private static async Task<PricingRuleSet?> EditableSetAsync(AppDbContext db, CancellationToken cancellationToken) =>
        await db.PricingRuleSets.SingleOrDefaultAsync(s => s.Status == RuleSetStatus.Draft, cancellationToken)
        ?? await db.PricingRuleSets.SingleOrDefaultAsync(s => s.Status == RuleSetStatus.Published, cancellationToken);

    /// <summary>The form's rule, with its supplier and location checked against the catalog.</summary>
    private static async Task<Result<PricingRuleDefinition>> CheckedDefinitionAsync(
        AppDbContext db, PricingRuleForm form, CancellationToken cancellationToken)
    {
        var definition = form.ToDefinition();
        if (definition.Failed)
        {
            return definition;
        }

        var scope = definition.Value.Scope;
        if (scope.SupplierId is { } supplierId && !await db.Suppliers.AnyAsync(s => s.Id == supplierId, cancellationToken))
        {
            return Result.Fail<PricingRuleDefinition>("This supplier no longer exists: choose another.", nameof(PricingRuleForm.SupplierId));
        }

        if (scope.PickUpLocationId is { } locationId)
        {
            var location = await db.Locations.AsNoTracking().Where(l => l.Id == locationId)
                .Select(l => new { l.SupplierId, l.Code }).SingleOrDefaultAsync(cancellationToken);
            if (location is null)
            {
                return Result.Fail<PricingRuleDefinition>("This location no longer exists: choose another.", nameof(PricingRuleForm.PickUpLocationId));
            }

            if (scope.SupplierId is null)
            {
                // A location belongs to one supplier, so the rule is that supplier's: the list then says so.
                return Result.Ok(definition.Value with { Scope = scope with { SupplierId = location.SupplierId } });
            }

            if (location.SupplierId != scope.SupplierId)
            {
                return Result.Fail<PricingRuleDefinition>(
                    $"{location.Code} is another supplier's location: choose one of the chosen supplier's.", nameof(PricingRuleForm.PickUpLocationId));
            }
        }

        return definition;
    }

    /// <summary>"The pricing rules were changed by ann@… (at 09:31 UTC) …": who got in first, from the audit trail.</summary>
    private async Task<string> DraftChangedMessageAsync(string what, CancellationToken cancellationToken, string? rule = null)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        string[] types = [nameof(PricingRule), nameof(PricingRuleSet), PublishAuditEntityType];
        var latest = await db.AuditEntries.AsNoTracking()
            .Where(a => types.Contains(a.EntityType))
            .OrderByDescending(a => a.OccurredAtUtc).ThenByDescending(a => a.Id)
            .Select(a => new AuditEntryView(a.OccurredAtUtc, a.UserName, a.Action, a.Changes))
            .FirstOrDefaultAsync(cancellationToken);
        var yours = rule is null ? "nothing was done" : $"your change to {rule} was not saved";
        return $"The draft was {what} by {Concurrency.WhoAndWhen(latest)} while you were working, so {yours}. "
            + "Reload or review their changes, then try again.";
    }

    private async Task<IReadOnlyList<RuleProblem>> ProblemsOfAsync(AppDbContext db, IReadOnlyCollection<PricingRule> rules, CancellationToken cancellationToken)
    {
        var locations = await db.Locations.AsNoTracking()
            .Select(l => new { l.Id, l.SupplierId, l.CountryCode })
            .ToDictionaryAsync(l => l.Id, l => new CatalogLocation(l.SupplierId, l.CountryCode), cancellationToken);
        var currencies = await db.Suppliers.AsNoTracking()
            .ToDictionaryAsync(s => s.Id, s => s.CurrencyCode, cancellationToken);
        return RuleSetChecker.Check(rules, clock.TodayUtc(), new PricingCatalog(locations, currencies));
    }

    private static async Task<RuleNames> NamesAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var suppliers = await db.Suppliers.AsNoTracking()
            .ToDictionaryAsync(s => s.Id, s => new NamedCode(s.Code, s.Name), cancellationToken);

        // Only locations some rule names: the catalog has many more.
        var named = db.PricingRules.Where(r => r.PickUpLocationId != null).Select(r => r.PickUpLocationId);
        var locations = await db.Locations.AsNoTracking().Where(l => named.Contains(l.Id))
            .ToDictionaryAsync(l => l.Id, l => new NamedCode(l.Code, l.Name), cancellationToken);
        return new RuleNames(suppliers, locations);
    }

    private static Task<List<PricingRule>> RulesOfAsync(AppDbContext db, Guid setId, CancellationToken cancellationToken) =>
        db.PricingRules.AsNoTracking().Where(r => r.RuleSetId == setId)
            .OrderBy(r => r.Priority).ThenBy(r => r.Number)
            .ToListAsync(cancellationToken);

    private static async Task<Dictionary<Guid, int>> RuleCountsAsync(AppDbContext db, List<Guid> setIds, CancellationToken cancellationToken) =>
        await db.PricingRules.Where(r => setIds.Contains(r.RuleSetId))
            .GroupBy(r => r.RuleSetId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

    /// <summary>Rules added, changed (field by field) and removed from <paramref name="before"/> to <paramref name="after"/>, by rule number.</summary>
    private static IReadOnlyList<RuleChange> Compare(IReadOnlyList<PricingRule> before, IReadOnlyList<PricingRule> after, RuleNames names)
    {
        var old = before.ToDictionary(r => r.Number);
        var changes = new List<RuleChange>();
        foreach (var rule in after.OrderBy(r => r.Number))
        {
            if (!old.TryGetValue(rule.Number, out var previous))
            {
                var fields = PricingRuleText.Fields(rule.Definition, names).Where(f => f.Text is not null);
                changes.Add(new RuleChange(rule.Number, rule.Name, RuleChangeKind.Added, fields.Select(f => new FieldChange(f.Label, null, $"{f.Label}: {f.Text}")).ToList()));
            }
            else if (previous.Definition != rule.Definition)
            {
                changes.Add(new RuleChange(rule.Number, rule.Name, RuleChangeKind.Changed, PricingRuleText.Differences(previous.Definition, rule.Definition, names)));
            }
        }

        var kept = after.Select(r => r.Number).ToHashSet();
        foreach (var rule in before.Where(r => !kept.Contains(r.Number)).OrderBy(r => r.Number))
        {
            var fields = PricingRuleText.Fields(rule.Definition, names).Where(f => f.Text is not null);
            changes.Add(new RuleChange(rule.Number, rule.Name, RuleChangeKind.Removed, fields.Select(f => new FieldChange(f.Label, $"{f.Label}: {f.Text}", null)).ToList()));
        }

        return changes;
    }

    private static PricingRuleRow Row(PricingRule rule, RuleNames names, IReadOnlyList<RuleChange> changes, IReadOnlyList<RuleProblem> problems) => new(
        rule.Id,
        rule.Number,
        rule.RuleVersion,
        rule.Name,
        rule.IsActive,
        rule.Priority,
        PricingRuleText.Scope(rule.Scope, names),
        PricingRuleText.Adjustment(rule.Adjustment),
        rule.Notes,
        changes.FirstOrDefault(c => c.Number == rule.Number)?.Kind ?? RuleChangeKind.Unchanged,
        problems.Where(p => p.RuleId == rule.Id).Select(p => new RuleProblemView(p.Kind, p.Message)).ToList());

    private static RuleSetHeader? Header(AppDbContext db, PricingRuleSet? set, Dictionary<Guid, int> counts) =>
        set is null
            ? null
            : new RuleSetHeader(set.Id, set.Number, set.Status, set.PublishedBy, set.PublishedAtUtc, set.SupersededAtUtc,
                counts.GetValueOrDefault(set.Id), db.VersionOf(set));

    private Guid NewId() => Guid.CreateVersion7(clock.GetUtcNow());

    private sealed record PublishPlan(
        PricingRuleSet Draft,
        PricingRuleSet? Current,
        List<PricingRule> DraftRules,
        List<PricingRule> CurrentRules,
        RuleNames Names,
        IReadOnlyList<RuleChange> Changes,
        IReadOnlyList<RuleProblem> Problems);
}
