using System.Text.Json;
using CarRentalGateway.BackOffice.Data.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarRentalGateway.BackOffice.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.Property(a => a.UserName).HasMaxLength(AuditEntry.UserNameMaxLength);
        builder.Property(a => a.EntityType).HasMaxLength(AuditEntry.EntityTypeMaxLength);
        builder.Property(a => a.EntityKey).HasMaxLength(AuditEntry.EntityKeyMaxLength);
        builder.Property(a => a.Action).HasMaxLength(AuditEntry.ActionMaxLength);

        // The changed fields are read and written as a whole, never queried one by one: JSON text is enough.
        builder.Property(a => a.Changes)
            .HasConversion(
                changes => JsonSerializer.Serialize(changes, JsonSerializerOptions.Default),
                json => JsonSerializer.Deserialize<List<FieldChange>>(json, JsonSerializerOptions.Default) ?? new List<FieldChange>(),
                new ValueComparer<IReadOnlyList<FieldChange>>(
                    (a, b) => a!.SequenceEqual(b!),
                    changes => changes.Aggregate(0, (hash, change) => HashCode.Combine(hash, change.GetHashCode())),
                    changes => changes.ToList()));

        // An entity's history tab reads its entries newest first.
        builder.HasIndex(a => new { a.EntityType, a.EntityKey, a.OccurredAtUtc });
        builder.HasIndex(a => a.OccurredAtUtc);

        // The audit log's filters: one action newest first (every failed sign-in), and one user's entries.
        builder.HasIndex(a => new { a.Action, a.OccurredAtUtc });
        builder.HasIndex(a => new { a.UserName, a.OccurredAtUtc });

        // "Did my save land?" after a lost acknowledgement (SavedChanges.LandedAsync).
        builder.HasIndex(a => a.SaveId);
    }
}
