using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.BackOffice.Features.Shared;
using CarRentalGateway.BackOffice.Security;
using Microsoft.EntityFrameworkCore;

namespace CarRentalGateway.BackOffice.Features.Audit;

/// <summary>
/// The audit log: every audited change and security event, filtered and paged newest first. Admin only. Reading is
/// all it offers: entries are never changed or deleted (the DbContext refuses it).
/// </summary>
public sealed class AuditLogService(IDbContextFactory<AppDbContext> dbFactory, AccessGuard access)
{
    public const int CountCap = 10_000;

    public async Task<AuditLogResults> SearchAsync(AuditLogQuery query, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ManageStaff);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var filtered = await FilteredAsync(db, query, cancellationToken);
        var counted = await filtered.Take(CountCap + 1).CountAsync(cancellationToken);
        var page = Math.Clamp(query.Page, 0, (CountCap - 1) / AuditLogQuery.PageSize);
        var entries = await filtered
            .OrderByDescending(a => a.OccurredAtUtc).ThenByDescending(a => a.Id)
            .Skip(page * AuditLogQuery.PageSize).Take(AuditLogQuery.PageSize)
            .ToListAsync(cancellationToken);
        var links = await AuditLinks.ForAsync(db, entries.Select(a => (a.EntityType, a.EntityKey)), cancellationToken);
        var rows = entries
            .Select(a => new AuditLogRow(
                a.Id, a.OccurredAtUtc, a.UserName, a.Action, a.EntityType, a.EntityKey,
                links.GetValueOrDefault((a.EntityType, a.EntityKey)), a.Changes))
            .ToList();
        return new AuditLogResults(rows, Math.Min(counted, CountCap), counted > CountCap);
    }

    /// <summary>The entity types the log holds entries of, for its filter.</summary>
    public async Task<IReadOnlyList<string>> EntityTypesAsync(CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ManageStaff);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.AuditEntries.AsNoTracking().Select(a => a.EntityType).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
    }

    private static async Task<IQueryable<AuditEntry>> FilteredAsync(AppDbContext db, AuditLogQuery query, CancellationToken cancellationToken)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.EntityType))
        {
            entries = entries.Where(a => a.EntityType == query.EntityType.Trim());
        }

        if (!string.IsNullOrWhiteSpace(query.EntityKey))
        {
            var key = SearchText.Cut(query.EntityKey);
            var named = await AuditLinks.KeysNamedAsync(db, key, cancellationToken);
            var pattern = LikePattern.StartingWith(key);
            entries = entries.Where(a => EF.Functions.Like(a.EntityKey, pattern, LikePattern.Escape) || named.Contains(a.EntityKey));
        }

        if (!string.IsNullOrWhiteSpace(query.User))
        {
            var pattern = LikePattern.StartingWith(query.User.Trim());
            entries = entries.Where(a => EF.Functions.Like(a.UserName, pattern, LikePattern.Escape));
        }

        if (query.Action is { } action)
        {
            entries = entries.Where(a => a.Action == action);
        }

        if (query.FromUtc is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            entries = entries.Where(a => a.OccurredAtUtc >= start);
        }

        if (query.ToUtc is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            entries = entries.Where(a => a.OccurredAtUtc < end);
        }

        return entries;
    }
}
