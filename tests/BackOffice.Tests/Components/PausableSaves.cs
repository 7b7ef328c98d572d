using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CarRentalGateway.BackOffice.Tests.Components;

/// <summary>
/// Holds SaveChanges at a gate the test opens, so a test can look at the UI while a save is in flight.
/// The database stays real: the save goes through once <see cref="Resume"/> is called.
/// </summary>
public sealed class PausableSaves : SaveChangesInterceptor
{
    private readonly object _lock = new();
    private TaskCompletionSource? _gate;
    private TaskCompletionSource _reached = NewSignal();

    /// <summary>Completes when a save has reached the gate and is waiting.</summary>
    public Task SaveWaiting => _reached.Task;

    /// <summary>Every save from now on waits until <see cref="Resume"/>.</summary>
    public void Pause()
    {
        lock (_lock)
        {
            _gate = NewSignal();
            _reached = NewSignal();
        }
    }

    public void Resume()
    {
        TaskCompletionSource? gate;
        lock (_lock)
        {
            gate = _gate;
            _gate = null;
        }

        gate?.TrySetResult();
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        TaskCompletionSource? gate;
        lock (_lock)
        {
            gate = _gate;
            if (gate is not null)
            {
                _reached.TrySetResult();
            }
        }

        if (gate is not null)
        {
            await gate.Task.WaitAsync(cancellationToken);
        }

        return result;
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
