using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

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
            db.Entry(entity).Property(AuditingModelExtensions.VersionProperty).OriginalValue = db.Rebased(entity, version);
        }
    }

    /// <summary>
    /// The version a form that saw <paramref name="seen"/> is up to date with: <paramref name="seen"/>, or the version
    /// the user's own earlier save wrote if that save landed although it failed (its acknowledgement lost), so saving
    /// the form again goes on from the user's own change instead of being refused as someone else's. The auditing
    /// interceptor remembers those saves; each context is built with its scope's (a circuit's) instance.
    /// </summary>
    public static Guid Rebased(this AppDbContext db, object entity, Guid seen) =>
        db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors?.OfType<AuditingInterceptor>().SingleOrDefault()
            ?.LandedVersion(db.Entry(entity), seen)
        ?? seen;

    /// <summary>
    /// Saves; a concurrency conflict becomes a failure on <see cref="ConflictField"/> with the caller's message, and a
    /// database outage a failure saying plainly whether anything was saved (<see cref="DatabaseOutage"/>). A save that
    /// failed but landed (its acknowledgement lost, then retried by the execution strategy into a seeming conflict or a
    /// duplicate key) is a success. Other failures are thrown, for the caller to explain (a unique index, say).
    /// </summary>
    public static async Task<Result> SaveOrConflictAsync(
        this AppDbContext db, Func<Task<string>> conflictMessage, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Result.Ok();
        }
        catch (Exception failure) when (failure is DbUpdateException || DatabaseOutage.Caused(failure))
        {
            var landed = await db.LandedAsync(cancellationToken);
            if (landed == true)
            {
                db.ChangeTracker.AcceptAllChanges();
                return Result.Ok();
            }

            if (failure is DbUpdateConcurrencyException)
            {
                return Result.Fail(await conflictMessage(), ConflictField);
            }

            if (DatabaseOutage.Caused(failure))
            {
                return Result.Fail(landed is null ? DatabaseOutage.OutcomeUnknown : DatabaseOutage.NothingSaved);
            }

            throw;
        }
    }

    /// <summary>"ann@… (at 09:31 UTC)": who made the latest change and when, as a conflict message names them.</summary>
    public static string WhoAndWhen(AuditEntryView? latest) =>
        latest is null ? "someone else" : $"{latest.UserName} (at {latest.OccurredAtUtc:HH:mm} UTC)";
}
