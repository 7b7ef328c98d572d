using System.Data.Common;
using System.Net.Sockets;
using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CarRentalGateway.BackOffice.Features.Shared;

/// <summary>
/// Saves through a database outage. The execution strategy retries what failed for a transient reason; when it gives
/// up, the user is told in plain words, keeps the form, and can save again. A save whose acknowledgement was lost
/// (the server committed, the connection dropped before saying so) is recognised by its audit entries, so neither the
/// strategy's retry nor the user's is applied twice or reported as someone else's change.
/// </summary>
public static class DatabaseOutage
{
    public const string NothingSaved =
        "The database could not be reached, so nothing was saved. Your changes are still in the form: try again in a moment.";

    public const string OutcomeUnknown =
        "The database stopped answering while saving, so it is not known whether your change was saved. "
        + "Your changes are still in the form: save again in a moment (a change that did get saved is not applied twice).";

    public const string NotLoaded =
        "The database could not be reached, so this list could not be loaded. What you typed is kept: try again in a moment.";

    /// <summary>
    /// The database was out: a connection refused or lost, or the retries ran out (a bug or a refused value is not). A
    /// connection lost mid-command is not "transient" to MySqlConnector (an answer that stops half-way is an
    /// IOException inside it), so it is recognised by that cause.
    /// </summary>
    public static bool Caused(Exception exception)
    {
        for (var cause = exception; cause is not null; cause = cause.InnerException)
        {
            if (cause is RetryLimitExceededException or IOException or SocketException || cause is DbException { IsTransient: true })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Runs a change, reads and save; an outage before anything was sent to be saved (the save itself says what it
    /// knows, see <see cref="Concurrency.SaveOrConflictAsync"/>) becomes the refusal a form shows instead of an exception.
    /// </summary>
    public static async Task<Result> RefusedIfUnreachableAsync(Func<Task<Result>> change)
    {
        try
        {
            return await change();
        }
        catch (Exception failure) when (Caused(failure))
        {
            return Result.Fail(NothingSaved);
        }
    }

    /// <summary>Whether <paramref name="result"/> is one of the refusals above, as opposed to a refusal of the change itself.</summary>
    public static bool Refused(Result result) => result.Error is NothingSaved or OutcomeUnknown;

    /// <summary>
    /// Saves like <see cref="DbContext.SaveChangesAsync(CancellationToken)"/>, except that a failed save which in fact
    /// landed (see <see cref="LandedAsync"/>) counts as saved; any other failure is thrown as it came.
    /// </summary>
    public static async Task SaveConfirmedAsync(this AppDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception failure) when (failure is DbUpdateException || Caused(failure))
        {
            if (await db.LandedAsync(cancellationToken) != true)
            {
                throw;
            }

            db.ChangeTracker.AcceptAllChanges();
        }
    }

    /// <summary>
    /// After a failed save: did it land anyway? True when its audit entries are in the database (they commit with the
    /// change or not at all), false when they are not, null when the database cannot be asked. A save with nothing
    /// audited has no witness and counts as not landed.
    /// </summary>
    public static async Task<bool?> LandedAsync(this AppDbContext db, CancellationToken cancellationToken)
    {
        var saveId = db.ChangeTracker.Entries<AuditEntry>()
            .Where(entry => entry.State == EntityState.Added)
            .Select(entry => entry.Entity.SaveId)
            .FirstOrDefault(id => id is not null);
        if (saveId is null)
        {
            return false;
        }

        try
        {
            return await db.AuditEntries.AnyAsync(a => a.SaveId == saveId, cancellationToken);
        }
        catch (Exception failure) when (Caused(failure))
        {
            return null;
        }
    }
}
