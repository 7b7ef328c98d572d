using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CarRentalGateway.Load.Bench;

/// <summary>
/// The app as deployed, in a process of its own: published in Release, the Production environment (no demo data, the
/// production settings of appsettings.json) on the MariaDB provider, listening on a free loopback port.
/// </summary>
internal sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private AppProcess(Process process, StreamWriter log, Uri address)
    {
        _process = process;
        _log = log;
        Address = address;
    }

    public Uri Address { get; }

    public int Id => _process.Id;

    /// <summary>Publishes src/BackOffice into <paramref name="directory"/>, as the Dockerfile does.</summary>
    public static async Task PublishAsync(string repositoryRoot, string directory)
    {
        using var publish = Process.Start(new ProcessStartInfo("dotnet",
        [
            "publish", Path.Combine(repositoryRoot, "src", "BackOffice", "BackOffice.csproj"),
            "--configuration", "Release", "--output", directory, "-p:UseAppHost=false", "--nologo", "-v", "quiet",
        ]))!;
        await publish.WaitForExitAsync();
        if (publish.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish of the app failed with exit code {publish.ExitCode}.");
        }
    }

    public static async Task<AppProcess> StartAsync(string directory, string connectionString, string serverVersion, string logFile)
    {
        var address = new Uri($"http://127.0.0.1:{FreeLoopbackPort()}");
        var start = new ProcessStartInfo("dotnet",
        [
            Path.Combine(directory, "CarRentalGateway.BackOffice.dll"),
            "--urls", address.ToString(),
            "--provider", "MariaDb",
            $"--ConnectionStrings:MariaDb={connectionString}",
            $"--Database:ServerVersion={serverVersion}",
        ])
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var log = new StreamWriter(logFile) { AutoFlush = true };
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, line) => Write(log, line.Data);
        process.ErrorDataReceived += (_, line) => Write(log, line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var app = new AppProcess(process, log, address);
        await app.WaitUntilReadyAsync(logFile);
        return app;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        await _log.DisposeAsync();
    }

    private async Task WaitUntilReadyAsync(string logFile)
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with code {_process.ExitCode} while starting; see {logFile}.");
            }

            try
            {
                using var ready = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));
                if (ready.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening, but not answering yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The app did not report ready within 2 minutes; see {logFile}.");
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                log.WriteLine(line);
            }
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
