using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CarRentalGateway.BackOffice.Tests.Components;

/// <summary>
/// Holds one SaveChanges at a gate the test opens, so a test can look at the UI while that save is in
/// flight, and even change the database meanwhile. The database stays real: the held save goes through
/// once <see cref="Resume"/> is called; every other save passes straight through.
/// </summary>
public sealed class PausableSaves : SaveChangesInterceptor
{
    private readonly object _lock = new();
    private TaskCompletionSource? _armed;
    private TaskCompletionSource? _holding;
    private TaskCompletionSource _reached = NewSignal();

    /// <summary>Completes when the paused save has reached the gate and is waiting.</summary>
    public Task SaveWaiting => _reached.Task;

    /// <summary>The next save waits until <see cref="Resume"/>.</summary>
    public void PauseNextSave()
    {
        lock (_lock)
        {
            _armed = NewSignal();
            _reached = NewSignal();
        }
    }

    public void Resume()
    {
        lock (_lock)
        {
            (_holding ?? _armed)?.TrySetResult();
            _armed = null;
            _holding = null;
        }
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        TaskCompletionSource? gate;
        lock (_lock)
        {
            gate = _armed;
            if (gate is not null)
            {
                _armed = null;
                _holding = gate;
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
