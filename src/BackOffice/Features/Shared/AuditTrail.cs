using CarRentalGateway.BackOffice.Data;
using System.Globalization;
using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.Core.Common;
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

    /// <summary>The change under <paramref name="label"/>, each stored value put in words by <paramref name="text"/>.</summary>
    public static FieldChange Shown(this FieldChange change, string label, Func<string, string> text) =>
        new(label, change.Old is null ? null : text(change.Old), change.New is null ? null : text(change.New));

    /// <summary>A column of minor units shown as money in <paramref name="currency"/> ("40.00 EUR").</summary>
    public static FieldChange ShownAsMoney(this FieldChange change, string label, string currency) =>
        change.Shown(label, value => long.TryParse(value, CultureInfo.InvariantCulture, out var minor) && Currencies.IsKnown(currency)
            ? Money.Of(minor, currency).ToString()
            : value);
}
