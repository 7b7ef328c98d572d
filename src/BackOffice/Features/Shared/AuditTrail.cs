using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Data.Auditing;
using Microsoft.EntityFrameworkCore;

namespace CarRentalGateway.BackOffice.Features.Shared;

/// <summary>An audit entry as a history tab shows it.</summary>
public sealed record AuditEntryView(DateTime OccurredAtUtc, string UserName, AuditAction Action, IReadOnlyList<FieldChange> Changes);

public static class AuditTrail
{
    /// <summary>One entity's history, newest first. Callers check the policy for viewing that entity first.</summary>
    public static Task<List<AuditEntryView>> ForEntityAsync(
        this AppDbContext db, string entityType, string entityKey, CancellationToken cancellationToken) =>
        db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == entityType && a.EntityKey == entityKey)
            .OrderByDescending(a => a.OccurredAtUtc).ThenByDescending(a => a.Id)
            .Select(a => new AuditEntryView(a.OccurredAtUtc, a.UserName, a.Action, a.Changes))
            .ToListAsync(cancellationToken);
}
