using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Claims;
using CarRentalGateway.BackOffice.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CarRentalGateway.BackOffice.Data.Auditing;

/// <summary>
/// Before every save: renews the version token of changed entities, and adds an <see cref="AuditEntry"/>
/// for each insert, update or delete of an audited entity. The entries are saved by the same SaveChanges,
/// so they share its transaction: no change without its audit row, no audit row without its change.
/// Audit entries themselves are only ever added: a save that would change or delete one is refused whole.
/// One instance serves a scope (a circuit or a request), so it also remembers the versions its failed saves wrote:
/// a save retried after a lost acknowledgement is not mistaken for someone else's change (see <see cref="LandedVersion"/>).
/// </summary>
public sealed class AuditingInterceptor(TimeProvider clock, ICurrentUser currentUser) : SaveChangesInterceptor
{
    public const string SystemUserName = "system";

    /// <summary>Version tokens this scope's failed saves wrote, by the entity and the version each save started from.</summary>
    private readonly ConcurrentDictionary<(string Type, string Key, Guid From), Guid> _unacknowledged = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        // Only Data Protection's key store saves synchronously, and its keys are not audited. An audited change must be
        // saved async: its audit row needs the current user, which a sync save would have to block on.
        if (eventData.Context is { } db)
        {
            var changed = Changed(db);
            if (changed.Any(IsAudited))
            {
                throw new InvalidOperationException("Use SaveChangesAsync: auditing needs the current user.");
            }

            RefuseChangesToAuditEntries(changed);
            RenewVersionTokens(changed);
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db)
        {
            var changed = Changed(db);
            RefuseChangesToAuditEntries(changed);
            RenewVersionTokens(changed);
            await AddAuditEntriesAsync(db, changed);
        }

        return result;
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db)
        {
            foreach (var entry in VersionedUpdates(db.ChangeTracker.Entries()))
            {
                var version = entry.Property(AuditingModelExtensions.VersionProperty);
                _unacknowledged[(entry.Metadata.ClrType.Name, KeyOf(entry), (Guid)version.OriginalValue!)] = (Guid)version.CurrentValue!;
            }
        }

        return Task.CompletedTask;
    }

    private static List<EntityEntry> Changed(DbContext db) =>
        db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();

    private static bool IsAudited(EntityEntry entry) => entry.Metadata.IsAudited() || OwnerOf(entry) is not null;

    /// <summary>The audit trail is evidence: what was written stays as written, whoever asks.</summary>
    private static void RefuseChangesToAuditEntries(IEnumerable<EntityEntry> changed)
    {
        if (changed.Any(e => e.Entity is AuditEntry && e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("Audit entries cannot be changed or deleted.");
        }
    }

    /// <summary>
    /// A save of <paramref name="entry"/> from version <paramref name="from"/> failed here after sending version B, and
    /// the row as loaded now holds B: then that save landed (B is a fresh Guid only it wrote) and nobody saved since, so
    /// B is returned, for a form still at <paramref name="from"/> to go on from its own change. Otherwise null.
    /// </summary>
    public Guid? LandedVersion(EntityEntry entry, Guid from) =>
        _unacknowledged.TryGetValue((entry.Metadata.ClrType.Name, KeyOf(entry), from), out var written)
        && Equals(entry.Property(AuditingModelExtensions.VersionProperty).CurrentValue, written)
            ? written
            : null;

    private static IEnumerable<EntityEntry> VersionedUpdates(IEnumerable<EntityEntry> entries) =>
        entries.Where(e => e.State == EntityState.Modified && e.Metadata.HasVersionToken());

    private static void RenewVersionTokens(IEnumerable<EntityEntry> changed)
    {
        foreach (var entry in changed.Where(e => e.State != EntityState.Deleted && e.Metadata.HasVersionToken()))
        {
            // Only the current value changes: the original value is what the UPDATE's WHERE checks.
            entry.Property(AuditingModelExtensions.VersionProperty).CurrentValue = Guid.NewGuid();
        }
    }

    private async Task AddAuditEntriesAsync(DbContext db, List<EntityEntry> changed)
    {
        var audited = changed.Where(IsAudited).ToList();
        if (audited.Count == 0)
        {
            return;
        }

        var user = await currentUser.GetPrincipalAsync();
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var userName = user.Identity?.Name ?? SystemUserName;
        var now = clock.GetUtcNow().UtcDateTime;
        var saveId = Guid.NewGuid();

        foreach (var entry in audited)
        {
            var changes = FieldChanges(entry);
            if (entry.State == EntityState.Modified && changes.Count == 0)
            {
                continue;
            }

            var owner = OwnerOf(entry);
            db.Add(new AuditEntry
            {
                OccurredAtUtc = now,
                UserId = userId,
                UserName = userName,
                EntityType = (owner?.PrincipalEntityType ?? entry.Metadata).ClrType.Name,
                EntityKey = owner is null ? KeyOf(entry) : string.Join("/", owner.Properties.Select(p => Format(entry.Property(p.Name).CurrentValue))),
                Action = entry.State switch
                {
                    _ when owner is not null => AuditAction.Updated,
                    EntityState.Added => AuditAction.Created,
                    EntityState.Deleted => AuditAction.Deleted,
                    _ => AuditAction.Updated,
                },
                Changes = owner is null
                    ? changes
                    : changes.Where(c => !owner.Properties.Any(p => p.Name == c.Field))
                        .Select(c => c with { Field = $"{entry.Metadata.ClrType.Name}.{c.Field}" })
                        .ToList(),
                SaveId = saveId,
            });
        }
    }

    /// <summary>
    /// The ownership of a part stored in its own rows (a booking's notes) whose owner is audited: its changes are an
    /// update of the owner, in the owner's history, with fields named "BookingNote.Text".
    /// </summary>
    private static IForeignKey? OwnerOf(EntityEntry entry) =>
        entry.Metadata.FindOwnership() is { } ownership && ownership.PrincipalEntityType.IsAudited() ? ownership : null;

    private static List<FieldChange> FieldChanges(EntityEntry entry)
    {
        var fields = entry.Properties.Where(p =>
            !p.Metadata.IsPrimaryKey() && p.Metadata.Name != AuditingModelExtensions.VersionProperty);

        return entry.State switch
        {
            EntityState.Added => fields
                .Where(p => p.CurrentValue is not null)
                .Select(p => new FieldChange(p.Metadata.Name, null, Stored(p.Metadata, p.CurrentValue)))
                .ToList(),
            EntityState.Deleted => fields
                .Select(p => new FieldChange(p.Metadata.Name, Stored(p.Metadata, p.OriginalValue), null))
                .ToList(),
            _ => fields
                .Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue))
                .Select(p => new FieldChange(p.Metadata.Name, Stored(p.Metadata, p.OriginalValue), Stored(p.Metadata, p.CurrentValue)))
                .ToList(),
        };
    }

    /// <summary>Audited entities get their key before saving (client-generated ids), so the audit row can name it.</summary>
    private static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name)).ToList();
        if (key.Any(p => p.IsTemporary))
        {
            throw new InvalidOperationException(
                $"{entry.Metadata.ClrType.Name} is audited, so its key must be assigned before saving.");
        }

        return string.Join("/", key.Select(p => Format(p.CurrentValue)));
    }

    /// <summary>A converted value as it is stored (a booking's extras as their JSON), which reads better than the type's name.</summary>
    private static string? Stored(IProperty property, object? value) =>
        Format(value is not null && property.GetValueConverter() is { } converter ? converter.ConvertToProvider(value) : value);

    private static string? Format(object? value) => value switch
    {
        null => null,
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),

        // ISO like DateTime: the invariant culture's short date is US-style (04/01/2026), which staff across Europe read as 4 January.
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
