using System.Collections.Concurrent;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.JSInterop;

namespace CarRentalGateway.BackOffice.Hosting;

/// <summary>
/// Moves the open pages of an instance that is told to stop (SIGTERM: a rolling update, a scale-in, a node drain) to
/// another instance, with their state. A circuit lives in this process only, and nothing of it is kept when the process
/// ends; so when the host starts stopping (readiness fails from that moment, see <see cref="GracefulShutdown"/>) every
/// open page is asked to pause its circuit: the framework then saves the page's persistent component state (sent to the
/// browser, and into the shared cache when that fails; see <see cref="SharedCircuitState"/>), and the browser resumes it
/// as soon as the load balancer sends its requests to a ready instance (backoffice.js, <c>moveToAnotherInstance</c>).
/// A page that opens on this instance while it drains is asked at once.
/// </summary>
public sealed class CircuitHandover(IHostApplicationLifetime lifetime, ILogger<CircuitHandover> logger)
{
    /// <summary>How long a page gets to take the request; a page that does not answer is left to the framework's reconnect.</summary>
    private static readonly TimeSpan AskTimeout = TimeSpan.FromSeconds(5);

    /// <summary>How long stopping waits for the asked pages to pause, at most.</summary>
    private static readonly TimeSpan PauseBound = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<string, OpenPage> _openPages = new();
    private int _watchingForStop;

    internal void Opened(string circuitId, IJSRuntime js)
    {
        var page = new OpenPage(js);
        _openPages[circuitId] = page;
        if (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            _ = AskToMoveAsync(page);
            return;
        }

        // Registered with the first page, not at start-up: SignalR closes every connection in its own ApplicationStopping
        // callback, registered when its first connection arrives, and a token runs its callbacks last-registered first.
        // Registered after it, this one runs before it, while the pages can still be asked.
        if (Interlocked.Exchange(ref _watchingForStop, 1) == 0)
        {
            lifetime.ApplicationStopping.Register(MoveOpenPages);
        }
    }

    internal void Closed(string circuitId)
    {
        if (_openPages.TryRemove(circuitId, out var page))
        {
            page.Gone.TrySetResult();
        }
    }

    // Blocks the stopping host, boundedly, until the pages have paused: once this returns SignalR drops every connection.
    private void MoveOpenPages()
    {
        var pages = _openPages.Values.ToList();
        logger.LogInformation("Stopping: asking {Count} open pages to move to another instance", pages.Count);
        foreach (var page in pages)
        {
            _ = AskToMoveAsync(page);
        }

        if (!Task.WaitAll(pages.Select(page => page.Gone.Task).ToArray(), PauseBound))
        {
            logger.LogWarning("Stopping: {Count} open pages did not pause in time", pages.Count(page => !page.Gone.Task.IsCompleted));
        }
    }

    private async Task AskToMoveAsync(OpenPage page)
    {
        try
        {
            using var timeout = new CancellationTokenSource(AskTimeout);
            await page.Js.InvokeVoidAsync("backOffice.moveToAnotherInstance", timeout.Token, HealthEndpoints.ReadyPath);
        }
        catch (Exception failure) when (failure is JSException or JSDisconnectedException or OperationCanceledException)
        {
            // The page has gone or did not answer in time: if its connection drops, the framework's reconnect takes over.
            logger.LogDebug(failure, "An open page could not be asked to move to another instance");
        }
    }

    private sealed record OpenPage(IJSRuntime Js)
    {
        public TaskCompletionSource Gone { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}

/// <summary>Tells <see cref="CircuitHandover"/> which pages are connected to this instance now.</summary>
internal sealed class CircuitHandoverHandler(CircuitHandover handover, IJSRuntime page) : CircuitHandler
{
    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        handover.Opened(circuit.Id, page);
        return Task.CompletedTask;
    }

    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        handover.Closed(circuit.Id);
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        handover.Closed(circuit.Id);
        return Task.CompletedTask;
    }
}
