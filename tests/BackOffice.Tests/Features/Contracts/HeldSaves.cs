using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Features.Contracts;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarRentalGateway.BackOffice.Tests.Features.Contracts;

/// <summary>
/// A user's contract service whose first save waits at a gate until the test opens it: the operation has read
/// everything it checks, and the test can let another admin's operation run to the end before this one writes.
/// The database, the auditing and the user stay real; only the moment of the save is the test's.
/// </summary>
internal sealed class HeldSaves : IDbContextFactory<AppDbContext>, IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly IDbContextFactory<AppDbContext> _inner;
    private readonly ManualResetEventSlim _released = new();
    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public HeldSaves(UserSession session, TimeProvider clock)
    {
        _inner = session.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        Contracts = new ContractService(
            this, session.Services.GetRequiredService<AccessGuard>(), session.Services.GetRequiredService<ICurrentUser>(), clock);
    }

    /// <summary>The contract service whose save is held.</summary>
    public ContractService Contracts { get; }

    /// <summary>Starts <paramref name="operation"/> and returns once it has read and is waiting to save.</summary>
    public async Task<Task<T>> StartAsync<T>(Func<ContractService, Task<T>> operation)
    {
        // The gate blocks the saving thread (SavingChanges is a synchronous event), so the operation gets its own.
        var running = Task.Run(() => operation(Contracts));
        await Task.WhenAny(_reached.Task, running).WaitAsync(Patience);
        Assert.True(_reached.Task.IsCompleted, "The held operation finished without saving.");
        return running;
    }

    public void Release() => _released.Set();

    public AppDbContext CreateDbContext() => Hold(_inner.CreateDbContext());

    public async Task<AppDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        Hold(await _inner.CreateDbContextAsync(cancellationToken));

    public void Dispose()
    {
        _released.Set();
        _released.Dispose();
    }

    private AppDbContext Hold(AppDbContext db)
    {
        db.SavingChanges += (_, _) =>
        {
            _reached.TrySetResult();
            if (!_released.Wait(Patience))
            {
                throw new TimeoutException("The test never released the held save.");
            }
        };
        return db;
    }
}
