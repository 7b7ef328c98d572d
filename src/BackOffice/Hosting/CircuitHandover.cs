using System.Collections.Concurrent;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.JSInterop;

namespace CarRentalGateway.BackOffice.Hosting;

/// <summary>
/// Moves the open pages of an instance that is told to stop (SIGTERM: a rolling update, a scale-in, a node drain) to
/// another instance, with their state. A circuit lives in this process only, and nothing of it is kept when the process
/// ends; so when the host starts stopping (readiness fails at the same moment, see <see cref="GracefulShutdown"/>) every
/// open page is asked to pause its circuit: the framework then saves the page's persistent component state (sent to the
/// browser, and into the shared cache when that fails; see <see cref="SharedCircuitState"/>), and the browser resumes it
/// as soon as the load balancer sends its requests to a ready instance (backoffice.js, <c>moveToAnotherInstance</c>).
/// A page that opens on this instance while it drains is asked at once.
/// </summary>
public sealed class CircuitHandover(IHostApplicationLifetime lifetime, ILogger<CircuitHandover> logger) : IHostedService
{
    /// <summary>How long a page gets to take the request; a page that does not answer is left to the framework's reconnect.</summary>
    private static readonly TimeSpan AskTimeout = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<string, IJSRuntime> _openPages = new();

    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStopping.Register(() =>
        {
            logger.LogInformation("Stopping: asking {Count} open pages to move to another instance", _openPages.Count);
            foreach (var page in _openPages.Values)
            {
                _ = AskToMoveAsync(page);
            }
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    internal void Opened(string circuitId, IJSRuntime page)
    {
        _openPages[circuitId] = page;
        if (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            _ = AskToMoveAsync(page);
        }
    }

    internal void Closed(string circuitId) => _openPages.TryRemove(circuitId, out _);

    private async Task AskToMoveAsync(IJSRuntime page)
    {
        try
        {
            using var timeout = new CancellationTokenSource(AskTimeout);
            await page.InvokeVoidAsync("backOffice.moveToAnotherInstance", timeout.Token, HealthEndpoints.ReadyPath);
        }
        catch (Exception failure) when (failure is JSException or JSDisconnectedException or OperationCanceledException)
        {
            // The page has gone or did not answer in time: if its connection drops, the framework's reconnect takes over.
            logger.LogDebug(failure, "An open page could not be asked to move to another instance");
        }
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
