using System.Security.Cryptography;
using CarRentalGateway.BackOffice.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CarRentalGateway.BackOffice.Security;

/// <summary>
/// Starts, continues and ends <see cref="StaffSession"/>s: the server's word on whether a sign-in still holds. A request
/// continues its session through the sign-in cookie (<see cref="SessionCookieEvents"/>); an open page, which makes no
/// requests, through its circuit's periodic check (<see cref="CircuitActivity"/>). Both end it on the same rules, from
/// <see cref="StaffSessionOptions"/>, and an ended session stays ended for every cookie and page that carries it.
/// </summary>
public sealed class StaffSessions(
    IDbContextFactory<AppDbContext> dbFactory,
    [FromKeyedServices(StaffSessions.ClockKey)] TimeProvider clock,
    IOptions<StaffSessionOptions> options,
    SecurityEvents events)
{
    /// <summary>
    /// The clock sessions are timed by: the app's own unless a test moves it. Not the app's clock itself, because SignalR
    /// times its connections by that one and would drop every open page a moved clock left hours behind.
    /// </summary>
    public const string ClockKey = "sessions";

    // Activity is written at most this often, so a busy session costs a write a minute, not one per request; its
    // idle time is then counted from up to a minute early, which only ever ends it sooner.
    private static readonly TimeSpan ActivityWriteInterval = TimeSpan.FromMinutes(1);

    /// <summary>A new session for <paramref name="userId"/>, active from now; returns its id.</summary>
    public async Task<string> StartAsync(string userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var session = new StaffSession
        {
            Id = RandomNumberGenerator.GetHexString(StaffSession.IdLength, lowercase: true),
            UserId = userId,
            StartedAtUtc = now,
            LastActivityAtUtc = now,
        };
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.StaffSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return session.Id;
    }

    /// <summary>
    /// A request arrived in the session: null if it may go on (and the request counts as activity), else why it ended,
    /// judged on the activity before this request.
    /// </summary>
    public Task<SessionEnd?> ContinueWithRequestAsync(string? sessionId, CancellationToken cancellationToken) =>
        ContinueAsync(sessionId, pageActivityAtUtc: null, cancellationToken);

    /// <summary>
    /// An open page checks in: null if it may go on, else why the session ended. <paramref name="lastClickAtUtc"/> is the
    /// page's last activity, which the server has not seen as a request.
    /// </summary>
    public Task<SessionEnd?> ContinueWithPageAsync(string? sessionId, DateTimeOffset lastClickAtUtc, CancellationToken cancellationToken) =>
        ContinueAsync(sessionId, lastClickAtUtc.UtcDateTime, cancellationToken);

    /// <summary>Ends the session, if it is still going, because the person signed out.</summary>
    public async Task SignOutAsync(string? sessionId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await FindAsync(db, sessionId, cancellationToken) is { EndedAtUtc: null } session)
        {
            await EndAsync(db, session, SessionEnd.SignedOut, clock.GetUtcNow().UtcDateTime, cancellationToken);
        }
    }

    private async Task<SessionEnd?> ContinueAsync(string? sessionId, DateTime? pageActivityAtUtc, CancellationToken cancellationToken)
    {
        // The time is taken before the row is read: activity written meanwhile can only make the session look younger,
        // never idle.
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await FindAsync(db, sessionId, cancellationToken) is not { } session)
        {
            return SessionEnd.Unknown;
        }

        if (session.EndedBecause is { } ended)
        {
            return ended;
        }

        var settings = options.Value;
        var lastActivity = pageActivityAtUtc > session.LastActivityAtUtc ? pageActivityAtUtc.Value : session.LastActivityAtUtc;
        SessionEnd? end = now - session.StartedAtUtc >= settings.AbsoluteLifetime ? SessionEnd.LifetimeReached
            : now - lastActivity >= settings.IdleTimeout ? SessionEnd.IdleTimeout
            : null;
        if (end is not null)
        {
            await EndAsync(db, session, end.Value, now, cancellationToken);
            return end;
        }

        var activity = pageActivityAtUtc is null ? now : lastActivity;
        if (activity - session.LastActivityAtUtc >= ActivityWriteInterval)
        {
            // Only ever forward: a slow request must not put back an older time over a newer one written meanwhile.
            await db.StaffSessions
                .Where(s => s.Id == session.Id && s.LastActivityAtUtc < activity)
                .ExecuteUpdateAsync(set => set.SetProperty(s => s.LastActivityAtUtc, activity), cancellationToken);
        }

        return null;
    }

    private async Task EndAsync(AppDbContext db, StaffSession session, SessionEnd because, DateTime atUtc, CancellationToken cancellationToken)
    {
        // Once: of two requests or pages finding it over at the same moment, one ends it and records why.
        var ended = await db.StaffSessions
            .Where(s => s.Id == session.Id && s.EndedAtUtc == null)
            .ExecuteUpdateAsync(
                set => set.SetProperty(s => s.EndedAtUtc, atUtc).SetProperty(s => s.EndedBecause, because),
                cancellationToken);
        if (ended == 1)
        {
            var userName = await db.Users.Where(u => u.Id == session.UserId).Select(u => u.UserName ?? u.Id).SingleAsync(cancellationToken);
            await events.SessionEndedAsync(session.UserId, userName, because);
        }
    }

    private static async Task<StaffSession?> FindAsync(AppDbContext db, string? sessionId, CancellationToken cancellationToken) =>
        sessionId is null
            ? null
            : await db.StaffSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
}
