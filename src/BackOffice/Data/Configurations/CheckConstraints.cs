using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarRentalGateway.BackOffice.Data.Configurations;

/// <summary>
/// The database's own copy of the domain's limits, so a write that skips the domain (a script, a bulk load, a bug)
/// is refused rather than stored. Ranges are written next to each entity's mapping and hold on both providers;
/// text lengths come from the mapped maximum lengths in one pass, because only SQLite needs them spelled out.
/// </summary>
internal static class CheckConstraints
{
    /// <summary>The name a column's length check gets, e.g. <c>CK_Suppliers_Name_Length</c>.</summary>
    public static string LengthCheckName(string table, string column) => $"CK_{table}_{column}_Length";

    /// <summary>The column holds a whole number from <paramref name="min"/> to <paramref name="max"/> (or NULL).</summary>
    public static TableBuilder<TEntity> HasRange<TEntity>(this TableBuilder<TEntity> table, string column, long min, long max)
        where TEntity : class
    {
        table.HasCheckConstraint($"CK_{table.Metadata.GetTableName()}_{column}_Range", $"{column} BETWEEN {min} AND {max}");
        return table;
    }

    /// <summary>The column holds <paramref name="min"/> or more (or NULL): money that cannot be negative, counts.</summary>
    public static TableBuilder<TEntity> HasMinimum<TEntity>(this TableBuilder<TEntity> table, string column, long min)
        where TEntity : class
    {
        table.HasCheckConstraint($"CK_{table.Metadata.GetTableName()}_{column}_Minimum", $"{column} >= {min}");
        return table;
    }

    /// <summary>
    /// SQLite stores any length in a VARCHAR(n) column; this adds <c>length(column) &lt;= n</c> (length counts
    /// characters of text) for every text column with a maximum length. MariaDB needs none: strict mode refuses
    /// a value longer than its VARCHAR. Identity's own columns are left to Identity: their lengths depend on the
    /// Identity schema version the running app configures, which design time does not see, so a check on them would
    /// make the migrations and the running model disagree.
    /// </summary>
    public static void AddTextLengthChecks(this ModelBuilder builder)
    {
        foreach (var entityType in builder.Model.GetEntityTypes())
        {
            if (entityType.GetTableName() is not { } table)
            {
                continue;
            }

            var storeObject = StoreObjectIdentifier.Table(table, entityType.GetSchema());
            foreach (var property in entityType.GetDeclaredProperties())
            {
                if (IsIdentityColumn(property) || property.GetMaxLength() is not { } maxLength || StoredType(property) != typeof(string)
                    || property.GetColumnName(storeObject) is not { } column)
                {
                    continue;
                }

                entityType.AddCheckConstraint(LengthCheckName(table, column), $"length(\"{column}\") <= {maxLength}");
            }
        }
    }

    /// <summary>A column Identity declares (on its own tables or inherited by <c>ApplicationUser</c>).</summary>
    public static bool IsIdentityColumn(IReadOnlyProperty property) =>
        (property.PropertyInfo?.DeclaringType ?? property.DeclaringType.ClrType).Assembly == typeof(IdentityUser).Assembly;

    private static Type StoredType(IReadOnlyProperty property) =>
        property.GetProviderClrType() ?? property.GetValueConverter()?.ProviderClrType ?? property.ClrType;
}
