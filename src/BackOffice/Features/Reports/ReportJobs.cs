using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Observability;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CarRentalGateway.BackOffice.Features.Reports;

public enum ReportExportState
{
    /// <summary>Queued behind other background exports.</summary>
    Waiting,
    Writing,
    Ready,
    Failed,
}

/// <summary>A background export as its requester's page shows it: how far it has come, and its file once ready.</summary>
public sealed record ReportExportView(
    Guid Id, string Title, string Period, string FileName, ReportExportState State, int RowsWritten, int RowsExpected,
    DateTime StartedAtUtc, string? Error)
{
    public string DownloadPath => $"{ReportCatalog.BasePath}/exports/{Id}.xlsx";

    /// <summary>0 to 100; a count that grew while the export ran stays at 100.</summary>
    public double Percent => State == ReportExportState.Ready ? 100 : RowsExpected == 0 ? 0 : Math.Min(100, 100.0 * RowsWritten / RowsExpected);
}

/// <summary>
/// Background exports of this instance: big reports are written here, a few at a time, while their requester goes on
/// working; the file stays ready for <see cref="ReportOptions.KeepFilesFor"/>. Exports live in this instance's memory:
/// the load balancer's sticky sessions bring the requester's page back to it (see docs/decisions.md).
/// </summary>
public sealed class ReportJobs : IDisposable
{
    private readonly ConcurrentDictionary<Guid, ReportJob> jobs = new();
    private readonly IServiceScopeFactory scopes;
    private readonly ReportFiles files;
    private readonly TimeProvider clock;
    private readonly ReportOptions options;
    private readonly ILogger<ReportJobs> log;
    private readonly SemaphoreSlim writers;
    private readonly CancellationTokenSource stopping = new();

    public ReportJobs(
        IServiceScopeFactory scopes, ReportFiles files, TimeProvider clock, IOptions<ReportOptions> options, BackOfficeMetrics metrics, ILogger<ReportJobs> log)
    {
        (this.scopes, this.files, this.clock, this.options, this.log) = (scopes, files, clock, options.Value, log);
        writers = new SemaphoreSlim(Math.Max(1, this.options.ConcurrentBackgroundExports));
        metrics.ObserveBackgroundExports(InProgress);
    }

    /// <summary>Queues <paramref name="report"/> for <paramref name="by"/>; the caller has checked their access.</summary>
    public ReportExportView Start(IExcelReport report, ReportRequester by, int rowsExpected)
    {
        ForgetExpired();
        var job = new ReportJob(Guid.NewGuid(), report, by, rowsExpected, clock.GetUtcNow().UtcDateTime);
        jobs[job.Id] = job;
        job.Running = Task.Run(() => RunAsync(job));
        return job.View();
    }

    /// <summary>The exports <paramref name="userId"/> started that are still kept, newest first.</summary>
    public IReadOnlyList<ReportExportView> Of(string? userId)
    {
        ForgetExpired();
        return jobs.Values.Where(j => j.By.UserId == userId).OrderByDescending(j => j.StartedAtUtc).Select(j => j.View()).ToList();
    }

    /// <summary>The file of a finished export, only for the user who started it; null otherwise.</summary>
    public ReportFile? FileOf(Guid id, string? userId) =>
        jobs.TryGetValue(id, out var job) && job.By.UserId == userId && job.State == ReportExportState.Ready ? job.File : null;

    /// <summary>Waits for an export to end; for tests and shutdown, never for a page.</summary>
    internal Task CompletionOf(Guid id) => jobs.TryGetValue(id, out var job) ? job.Running : Task.CompletedTask;

    public void Dispose()
    {
        stopping.Cancel();
        stopping.Dispose();
    }

    private async Task RunAsync(ReportJob job)
    {
        var token = stopping.Token;
        try
        {
            await writers.WaitAsync(token);
            try
            {
                job.State = ReportExportState.Writing;
                await using var scope = scopes.CreateAsyncScope();
                var dbFactory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>();
                await using var db = await dbFactory.CreateDbContextAsync(token);
                job.File = await files.WriteAsync(db, job.Report, job.By, new RowCount(job), token);
                job.RowsWritten = job.File.Rows;
                job.FinishedAtUtc = clock.GetUtcNow().UtcDateTime;
                job.State = ReportExportState.Ready;
            }
            finally
            {
                writers.Release();
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            job.Fail("The application stopped before the export was written: start it again.", clock);
        }
        catch (Exception failure)
        {
            // The user's id, not their name: an e-mail address is personal data that logs must not collect.
            log.LogError(failure, "Background export {Report} for user {UserId} failed", job.Report.Title, job.By.UserId);
            job.Fail("The export could not be written (the database may be unreachable). Nothing was lost: start it again.", clock);
        }
    }

    private IEnumerable<Measurement<int>> InProgress()
    {
        var states = jobs.Values.Select(j => j.State).ToList();
        yield return new(states.Count(s => s == ReportExportState.Waiting), new KeyValuePair<string, object?>("state", "waiting"));
        yield return new(states.Count(s => s == ReportExportState.Writing), new KeyValuePair<string, object?>("state", "writing"));
    }

    private void ForgetExpired()
    {
        var before = clock.GetUtcNow().UtcDateTime - options.KeepFilesFor;
        foreach (var job in jobs.Values.Where(j => j.FinishedAtUtc < before))
        {
            if (jobs.TryRemove(job.Id, out _) && job.File is { } file)
            {
                File.Delete(file.Path);
            }
        }
    }

    private sealed class ReportJob(Guid id, IExcelReport report, ReportRequester by, int rowsExpected, DateTime startedAtUtc)
    {
        private volatile int rowsWritten;
        private volatile ReportExportState state = ReportExportState.Waiting;

        public Guid Id { get; } = id;

        public IExcelReport Report { get; } = report;

        public ReportRequester By { get; } = by;

        public DateTime StartedAtUtc { get; } = startedAtUtc;

        public Task Running { get; set; } = Task.CompletedTask;

        public ReportExportState State { get => state; set => state = value; }

        public int RowsWritten { get => rowsWritten; set => rowsWritten = value; }

        public ReportFile? File { get; set; }

        public DateTime? FinishedAtUtc { get; set; }

        public string? Error { get; private set; }

        public void Fail(string error, TimeProvider clock)
        {
            Error = error;
            FinishedAtUtc = clock.GetUtcNow().UtcDateTime;
            State = ReportExportState.Failed;
        }

        public ReportExportView View() => new(
            Id, Report.Title, Report.Period, Report.FileName, State, RowsWritten, rowsExpected, StartedAtUtc, Error);
    }

    /// <summary>Counts rows straight into the job, on the writing thread: no synchronization context to post to.</summary>
    private sealed class RowCount(ReportJob job) : IProgress<int>
    {
        public void Report(int value) => job.RowsWritten = value;
    }
}
