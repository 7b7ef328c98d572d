using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Data.Configurations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CarRentalGateway.BackOffice.Tests.Data.Limits;

/// <summary>Every text column has a length limit, and SQLite, which does not enforce declared lengths, checks it.</summary>
public sealed class InputLimitsModelTests
{
    /// <summary>Text columns without a limit, each with why it needs none.</summary>
    private static readonly Dictionary<string, string> Unbounded = new()
    {
        ["AuditEntry.Changes"] = "old → new JSON of every changed field, written by the audit interceptor, not typed",
        ["Booking.Extras"] = "JSON copied from the priced quote, not typed",
        ["Booking.PriceLines"] = "JSON copied from the priced quote, not typed",
        ["Booking.PriceSteps"] = "JSON copied from the priced quote, not typed",
        ["SimulationRun.Total"] = "JSON figures computed by the simulation",
        ["SimulationRun.Suppliers"] = "JSON figures computed by the simulation",
        ["SimulationRun.Unpriced"] = "JSON figures computed by the simulation",
        ["ApplicationUser.Id"] = "Identity's own key, a GUID it makes",
        ["ApplicationUser.PasswordHash"] = "Identity's own hash",
        ["ApplicationUser.SecurityStamp"] = "Identity's own GUID",
        ["ApplicationUser.ConcurrencyStamp"] = "Identity's own GUID",
        ["ApplicationUser.PhoneNumber"] = "Identity's column; the back office never asks for or shows it",
        ["IdentityRole.Id"] = "Identity's own key",
        ["IdentityRole.ConcurrencyStamp"] = "Identity's own GUID",
        ["IdentityUserClaim<string>.UserId"] = "Identity's key of a user",
        ["IdentityUserClaim<string>.ClaimType"] = "Identity's claims table, unused by the back office",
        ["IdentityUserClaim<string>.ClaimValue"] = "Identity's claims table, unused by the back office",
        ["IdentityRoleClaim<string>.RoleId"] = "Identity's key of a role",
        ["IdentityRoleClaim<string>.ClaimType"] = "Identity's claims table, unused by the back office",
        ["IdentityRoleClaim<string>.ClaimValue"] = "Identity's claims table, unused by the back office",
        ["IdentityUserLogin<string>.ProviderDisplayName"] = "Identity's external logins, unused by the back office",
        ["IdentityUserLogin<string>.UserId"] = "Identity's key of a user",
        ["IdentityUserLogin<string>.LoginProvider"] = "Identity's external logins, unused by the back office",
        ["IdentityUserLogin<string>.ProviderKey"] = "Identity's external logins, unused by the back office",
        ["IdentityUserToken<string>.LoginProvider"] = "Identity's token key, written by Identity",
        ["IdentityUserToken<string>.Name"] = "Identity's token key, written by Identity",
        ["IdentityUserRole<string>.UserId"] = "Identity's key of a user",
        ["IdentityUserRole<string>.RoleId"] = "Identity's key of a role",
        ["IdentityUserToken<string>.UserId"] = "Identity's key of a user",
        ["IdentityUserToken<string>.Value"] = "Identity's authenticator key and recovery codes, written by Identity",
        ["DataProtectionKey.FriendlyName"] = "Data Protection's key ring, written by the framework, never typed",
        ["DataProtectionKey.Xml"] = "Data Protection's key ring, written by the framework, never typed",
    };

    public static TheoryData<string> Providers => new() { nameof(DatabaseProvider.Sqlite), nameof(DatabaseProvider.MariaDb) };

    [Theory, MemberData(nameof(Providers))]
    public void Every_text_column_has_a_maximum_length_or_a_reason_not_to(string provider)
    {
        using var db = DesignTimeContext(provider);

        var missing = TextProperties(db).Where(p => p.GetMaxLength() is null).Select(Name).Except(Unbounded.Keys).ToList();

        Assert.True(missing.Count == 0, "Text columns without a maximum length: " + string.Join(", ", missing));
    }

    [Fact]
    public void The_list_of_unbounded_columns_names_only_columns_that_exist_and_are_unbounded()
    {
        using var db = DesignTimeContext(nameof(DatabaseProvider.Sqlite));

        var unbounded = TextProperties(db).Where(p => p.GetMaxLength() is null).Select(Name);

        Assert.Empty(Unbounded.Keys.Except(unbounded));
    }

    [Fact]
    public void Every_limited_text_column_has_a_length_check_on_sqlite()
    {
        using var db = DesignTimeContext(nameof(DatabaseProvider.Sqlite));

        // Identity's columns are Identity's to check: their lengths follow the schema version the running app sets.
        var withoutCheck = TextProperties(db)
            .Where(p => !CheckConstraints.IsIdentityColumn(p) && p.GetMaxLength() is { } max && !HasLengthCheck(p, max))
            .Select(Name)
            .ToList();

        Assert.Contains(TextProperties(db), p => p.GetMaxLength() is not null);
        Assert.True(withoutCheck.Count == 0, "Limited text columns without a length check: " + string.Join(", ", withoutCheck));
    }

    private static bool HasLengthCheck(IProperty property, int maxLength)
    {
        var table = property.DeclaringType.ContainingEntityType.GetTableName()!;
        var column = property.GetColumnName();
        return property.DeclaringType.ContainingEntityType.FindCheckConstraint(CheckConstraints.LengthCheckName(table, column)) is { } check
            && check.Sql == $"length(\"{column}\") <= {maxLength}";
    }

    // The design-time model: the runtime model leaves check constraints out.
    private static IEnumerable<IProperty> TextProperties(DbContext db) =>
        db.GetService<IDesignTimeModel>().Model.GetEntityTypes()
            .Where(e => e.GetTableName() is not null)
            .SelectMany(e => e.GetDeclaredProperties())
            .Where(p => (p.GetTypeMapping().Converter?.ProviderClrType ?? p.ClrType) == typeof(string));

    private static string Name(IProperty property) => $"{property.DeclaringType.DisplayName()}.{property.Name}";

    private static AppDbContext DesignTimeContext(string provider) => provider == nameof(DatabaseProvider.Sqlite)
        ? new SqliteDesignTimeFactory().CreateDbContext([])
        : new MariaDbDesignTimeFactory().CreateDbContext([]);
}
