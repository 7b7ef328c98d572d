using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MySqlConnector;

namespace CarRentalGateway.BackOffice.Tests.Infrastructure;

/// <summary>
/// A loopback TCP proxy between the app and the tests' MariaDB server, so a test can take the database away from one
/// app without stopping the server every other test shares. <see cref="Cut"/> drops every open connection and closes
/// each new one at once, as a database that went away does, until <see cref="Restore"/>.
/// </summary>
public sealed class DatabaseOutageProxy : IAsyncDisposable
{
    // A COMMIT as MySqlConnector sends it: a COM_QUERY packet (command byte 3) with the text "commit".
    private const byte ComQuery = 3;

    private const int Lose = 1;
    private const int LoseThenCut = 2;

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly string _serverHost;
    private readonly int _serverPort;
    private readonly ConcurrentDictionary<Link, byte> _links = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _accepting;
    private volatile bool _cut;
    private int _restoreAfterRefusals;
    private int _loseCommitAcknowledgement;
    private int _refused;

    private DatabaseOutageProxy(string serverHost, int serverPort)
    {
        _serverHost = serverHost;
        _serverPort = serverPort;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    /// <summary>How many connections the proxy closed at once because the database was cut.</summary>
    public int RefusedConnections => Volatile.Read(ref _refused);

    /// <summary>A proxy in front of the server the connection string names.</summary>
    public static DatabaseOutageProxy InFrontOf(string connectionString)
    {
        var server = new MySqlConnectionStringBuilder(connectionString);
        return new DatabaseOutageProxy(server.Server, (int)server.Port);
    }

    /// <summary>
    /// <paramref name="connectionString"/> pointed at the proxy. Without TLS, so the proxy can see the COMMIT it is
    /// asked to lose the answer of (the tests' server has no TLS anyway).
    /// </summary>
    public string Through(string connectionString) => new MySqlConnectionStringBuilder(connectionString)
    {
        Server = IPAddress.Loopback.ToString(),
        Port = (uint)((IPEndPoint)_listener.LocalEndpoint).Port,
        SslMode = MySqlSslMode.None,
    }.ConnectionString;

    /// <summary>The database goes away: open connections drop, new ones are closed at once.</summary>
    public void Cut()
    {
        _cut = true;
        foreach (var link in _links.Keys)
        {
            link.Close();
        }
    }

    public void Restore() => _cut = false;

    /// <summary>
    /// A short outage that ends by itself: cut now, and back once the app has tried (and failed) to connect
    /// <paramref name="refusals"/> times, so a test knows the app retried without timing anything.
    /// </summary>
    public void CutUntilRefused(int refusals)
    {
        Volatile.Write(ref _restoreAfterRefusals, refusals);
        Cut();
    }

    /// <summary>
    /// The next COMMIT reaches the server and is carried out, but the connection drops before its answer reaches the
    /// app: a lost acknowledgement, where the app cannot know whether its save landed. With <paramref name="thenCut"/>
    /// the database goes away at that moment too (until <see cref="Restore"/>), so the app cannot find out either.
    /// </summary>
    public void LoseNextCommitAcknowledgement(bool thenCut = false) =>
        Volatile.Write(ref _loseCommitAcknowledgement, thenCut ? LoseThenCut : Lose);

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        Cut();
        try
        {
            await _accepting;
        }
        catch (OperationCanceledException)
        {
            // Stopped while waiting for a connection.
        }

        _stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stopping.Token);
            if (_cut)
            {
                Refuse(client);
                continue;
            }

            var server = new TcpClient();
            try
            {
                await server.ConnectAsync(_serverHost, _serverPort, _stopping.Token);
            }
            catch (SocketException)
            {
                server.Dispose();
                client.Dispose();
                continue;
            }

            var link = new Link(this, client, server);
            _links[link] = 0;
            _ = link.RunAsync();
        }
    }

    private void Refuse(TcpClient client)
    {
        // Reset rather than a polite close: the client's read fails at once, as with a server that is gone.
        client.Client.LingerState = new LingerOption(true, 0);
        client.Dispose();
        Interlocked.Increment(ref _refused);
        if (Volatile.Read(ref _restoreAfterRefusals) > 0 && Interlocked.Decrement(ref _restoreAfterRefusals) == 0)
        {
            Restore();
        }
    }

    /// <summary>What to do with the answer to this packet: 0 pass it on, else <see cref="Lose"/> or <see cref="LoseThenCut"/>.</summary>
    private int AnswerToLose(ReadOnlySpan<byte> packet) =>
        packet.Length > 5
        && packet[4] == ComQuery
        && Encoding.ASCII.GetString(packet[5..]).Trim().Equals("commit", StringComparison.OrdinalIgnoreCase)
            ? Interlocked.Exchange(ref _loseCommitAcknowledgement, 0)
            : 0;

    /// <summary>One app connection and its server connection, pumped both ways.</summary>
    private sealed class Link(DatabaseOutageProxy proxy, TcpClient client, TcpClient server)
    {
        private volatile int _loseNextAnswer;

        public async Task RunAsync()
        {
            try
            {
                await Task.WhenAll(PumpAsync(client, server, toServer: true), PumpAsync(server, client, toServer: false));
            }
            finally
            {
                Close();
                proxy._links.TryRemove(this, out _);
            }
        }

        public void Close()
        {
            foreach (var socket in new[] { client, server })
            {
                try
                {
                    // A reset, so the app's side fails at once instead of reading a polite end of stream.
                    socket.Client?.LingerState = new LingerOption(true, 0);
                }
                catch (Exception closed) when (closed is ObjectDisposedException or SocketException)
                {
                    // Already closed.
                }

                socket.Dispose();
            }
        }

        private async Task PumpAsync(TcpClient from, TcpClient to, bool toServer)
        {
            var buffer = new byte[64 * 1024];
            try
            {
                var source = from.GetStream();
                var target = to.GetStream();
                while (true)
                {
                    var read = await source.ReadAsync(buffer);
                    if (read == 0)
                    {
                        return;
                    }

                    // The client sends one command and waits for its answer, so a COMMIT arrives as one read.
                    if (toServer && proxy.AnswerToLose(buffer.AsSpan(0, read)) is > 0 and var lose)
                    {
                        _loseNextAnswer = lose;
                    }
                    else if (!toServer && _loseNextAnswer > 0)
                    {
                        // The server has committed and answered: the answer is lost with the connection.
                        if (_loseNextAnswer == LoseThenCut)
                        {
                            proxy.Cut();
                        }

                        return;
                    }

                    await target.WriteAsync(buffer.AsMemory(0, read));
                }
            }
            catch (Exception failure) when (failure is IOException or SocketException or ObjectDisposedException or InvalidOperationException)
            {
                // The other side or Cut() closed the connection.
            }
            finally
            {
                Close();
            }
        }
    }
}
