using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace CarRentalGateway.BackOffice.Features.Shared;

/// <summary>
/// Optimistic concurrency as every service does it: a form carries the version token it started from, the
/// save only succeeds if the row still has it, and a refused save names who got in first.
/// </summary>
public static class Concurrency
{
    /// <summary>The form field a conflict is reported on, so a form can tell a conflict from a refused value.</summary>
    public const string ConflictField = AuditingModelExtensions.VersionProperty;

    /// <summary>The entity's version token; only a tracked entity has it (it is a shadow property).</summary>
    public static Guid VersionOf(this AppDbContext db, object entity) =>
        (Guid)db.Entry(entity).Property(AuditingModelExtensions.VersionProperty).CurrentValue!;

    /// <summary>The next UPDATE or DELETE of <paramref name="entity"/> succeeds only if the row still has this version.</summary>
    public static void ExpectVersion(this AppDbContext db, object entity, Guid? expected)
    {
        if (expected is { } version)
        {
            db.Entry(entity).Property(AuditingModelExtensions.VersionProperty).OriginalValue = version;
        }
    }

    /// <summary>Saves; a concurrency conflict becomes a failure on <see cref="ConflictField"/> with the caller's message.</summary>
    public static async Task<Result> SaveOrConflictAsync(
        this AppDbContext db, Func<Task<string>> conflictMessage, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Result.Ok();
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result.Fail(await conflictMessage(), ConflictField);
        }
    }

    /// <summary>"ann@… (at 09:31 UTC)": who made the latest change and when, as a conflict message names them.</summary>
    public static string WhoAndWhen(AuditEntryView? latest) =>
        latest is null ? "someone else" : $"{latest.UserName} (at {latest.OccurredAtUtc:HH:mm} UTC)";
}
