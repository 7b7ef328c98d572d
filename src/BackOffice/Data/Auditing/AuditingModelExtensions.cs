using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarRentalGateway.BackOffice.Data.Auditing;

/// <summary>
/// Marks entity types in their mapping: <c>builder.IsAudited()</c> puts every change in the audit trail,
/// <c>builder.HasVersionToken()</c> adds the optimistic-concurrency token both providers handle the same way.
/// The domain types stay free of both.
/// </summary>
public static class AuditingModelExtensions
{
    /// <summary>Name of the shadow property holding the version token.</summary>
    public const string VersionProperty = "Version";

    private const string AuditedAnnotation = "CarRentalGateway:Audited";

    public static EntityTypeBuilder<T> IsAudited<T>(this EntityTypeBuilder<T> builder)
        where T : class
    {
        builder.Metadata.SetAnnotation(AuditedAnnotation, true);
        return builder;
    }

    /// <summary>
    /// An application-managed <see cref="Guid"/> renewed on every save: SQLite has no row-version type and
    /// MariaDB's timestamp columns cannot be added by migrations (Pomelo #2029), so the app owns the token.
    /// </summary>
    public static EntityTypeBuilder<T> HasVersionToken<T>(this EntityTypeBuilder<T> builder)
        where T : class
    {
        builder.Property<Guid>(VersionProperty).IsConcurrencyToken();
        return builder;
    }

    public static bool IsAudited(this IReadOnlyEntityType entityType) =>
        entityType.FindAnnotation(AuditedAnnotation)?.Value is true;

    public static bool HasVersionToken(this IReadOnlyEntityType entityType) =>
        entityType.FindProperty(VersionProperty) is { IsConcurrencyToken: true };
}
