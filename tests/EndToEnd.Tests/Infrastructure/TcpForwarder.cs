using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace CarRentalGateway.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The load balancer in front of the instances, as small as it can be: it listens on a loopback port and pipes each new
/// connection to the backend it points at when the connection opens; a connection stays on its backend until either side
/// closes it. <see cref="SwitchTo"/> changes where new connections go, as Kubernetes takes a pod that fails readiness out
/// of its service; <see cref="CutOff"/> drops every connection and refuses new ones, as a network that fails.
/// </summary>
public sealed class TcpForwarder : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<Task, bool> _pipes = new();
    private readonly Task _accepting;
    private volatile Uri? _backend;
    private CancellationTokenSource _connections = new();

    public TcpForwarder(Uri backend)
    {
        _backend = backend;
        _listener.Start();
        Address = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _accepting = AcceptAsync();
    }

    /// <summary>Where browsers connect, ending in a slash.</summary>
    public Uri Address { get; }

    /// <summary>New connections go to <paramref name="backend"/> from now on; open ones stay where they are.</summary>
    public void SwitchTo(Uri backend) => _backend = backend;

    /// <summary>Drops every open connection and refuses new ones until <see cref="SwitchTo"/>.</summary>
    public void CutOff()
    {
        _backend = null;
        var dropped = Interlocked.Exchange(ref _connections, new CancellationTokenSource());
        // Not disposed: a connection accepted this moment may still be taking its token.
        dropped.Cancel();
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        _connections.Dispose();
        await Task.WhenAll(_pipes.Keys.Append(_accepting).Select(task => task.ContinueWith(_ => { }, TaskScheduler.Default)));
        _stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stopping.Token);
            }
            catch (Exception failure) when (failure is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            var pipe = PipeAsync(client, _backend, _connections.Token);
            _pipes[pipe] = true;
            _ = pipe.ContinueWith(done => _pipes.TryRemove(done, out _), TaskScheduler.Default);
        }
    }

    private async Task PipeAsync(TcpClient client, Uri? backend, CancellationToken dropped)
    {
        using (client)
        using (var server = new TcpClient())
        {
            if (backend is null)
            {
                return;
            }

            try
            {
                await server.ConnectAsync(backend.Host, backend.Port, _stopping.Token);
            }
            catch (Exception failure) when (failure is OperationCanceledException or SocketException)
            {
                // The backend is gone: the browser sees its connection refused, as behind a real balancer with no pod.
                return;
            }

            await using var fromClient = client.GetStream();
            await using var toServer = server.GetStream();
            using var closing = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token, dropped);
            var upstream = CopyAsync(fromClient, toServer, closing.Token);
            var downstream = CopyAsync(toServer, fromClient, closing.Token);
            // Either side closing ends the connection for both, as it would through a proxy.
            await Task.WhenAny(upstream, downstream);
            await closing.CancelAsync();
            await Task.WhenAll(upstream, downstream);
        }
    }

    private static async Task CopyAsync(Stream from, Stream to, CancellationToken cancellation)
    {
        try
        {
            await from.CopyToAsync(to, cancellation);
        }
        catch (Exception failure) when (failure is OperationCanceledException or IOException or ObjectDisposedException)
        {
            // The connection ended on one side or the other.
        }
    }
}
