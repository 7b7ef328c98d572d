using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using CarRentalGateway.BackOffice.Hosting;

namespace CarRentalGateway.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The app as a process of its own, as a container would run it: <c>dotnet CarRentalGateway.BackOffice.dll</c> from the
/// app's build output, configured through environment variables, on a free loopback port. It runs in the Development
/// environment, because that is what serves the static web assets (MudBlazor, blazor.web.js) from a build output (a
/// published app has them in wwwroot); everything Development would change that matters here is set explicitly (no demo
/// data, the given drain delay). Its console output is kept for failure messages.
/// </summary>
public sealed partial class AppInstance : IAsyncDisposable
{
    /// <summary>A bound against a hang, not a timing: a start takes a few seconds, more on a busy machine.</summary>
    private static readonly TimeSpan StartBound = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private AppInstance(string name, Process process)
    {
        Name = name;
        _process = process;
    }

    public string Name { get; }

    /// <summary>Where it listens, ending in a slash.</summary>
    public Uri BaseAddress => _listening.Task.IsCompletedSuccessfully
        ? _listening.Task.Result
        : throw new InvalidOperationException($"{Name} is not listening.");

    public bool HasExited => _process.HasExited;

    /// <summary>What it has written to its console so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the app and waits until it listens and <c>/health/ready</c> answers 200.</summary>
    public static async Task<AppInstance> StartAsync(string name, IReadOnlyDictionary<string, string> settings)
    {
        var instance = Launch(name, settings, "--urls", "http://127.0.0.1:0");
        try
        {
            using var bound = new CancellationTokenSource(StartBound);
            var exited = instance._process.WaitForExitAsync(bound.Token);
            var first = await Task.WhenAny(instance._listening.Task, exited);
            if (first != instance._listening.Task)
            {
                throw new InvalidOperationException($"{name} stopped before it listened.");
            }

            using var client = new HttpClient { BaseAddress = instance.BaseAddress };
            while (!await IsReadyAsync(client))
            {
                await Task.Delay(200, bound.Token);
            }

            return instance;
        }
        catch (Exception failure) when (failure is OperationCanceledException or InvalidOperationException)
        {
            await instance.DisposeAsync();
            throw new InvalidOperationException($"{name} did not become ready within {StartBound.TotalSeconds} s.\n{instance.Output}", failure);
        }
    }

    /// <summary>Runs one of the app's verbs (e.g. <c>migrate</c>) to its end; fails with its output unless it exits with 0.</summary>
    public static async Task RunAsync(string name, IReadOnlyDictionary<string, string> settings, params string[] arguments)
    {
        await using var instance = Launch(name, settings, arguments);
        using var bound = new CancellationTokenSource(StartBound);
        await instance._process.WaitForExitAsync(bound.Token);
        if (instance._process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{name} exited with {instance._process.ExitCode}.\n{instance.Output}");
        }
    }

    /// <summary>
    /// Sends SIGTERM, as Kubernetes does to stop a pod, and returns at once: the instance drains and stops in its own
    /// time (see <see cref="WaitForExitAsync"/>).
    /// </summary>
    public async Task SendTerminateAsync()
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))!;
        await kill.WaitForExitAsync();
        if (kill.ExitCode != 0)
        {
            throw new InvalidOperationException($"kill -TERM {_process.Id} failed with {kill.ExitCode}.");
        }
    }

    /// <summary>Waits until the process has ended (a bound, not a timing) and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync()
    {
        using var bound = new CancellationTokenSource(StartBound);
        try
        {
            await _process.WaitForExitAsync(bound.Token);
        }
        catch (OperationCanceledException)
        {
            throw new InvalidOperationException($"{Name} did not exit within {StartBound.TotalSeconds} s.\n{Output}");
        }

        return _process.ExitCode;
    }

    /// <summary>Whether its readiness endpoint answers 200 now; false while it drains or once it is gone.</summary>
    public async Task<bool> IsReadyAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress };
        return await IsReadyAsync(client);
    }

    /// <summary>Ends the process at once (SIGKILL) if it is still running.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private static AppInstance Launch(string name, IReadOnlyDictionary<string, string> settings, params string[] arguments)
    {
        var appDll = BuiltApp();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(appDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(appDll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["DOTNET_ENVIRONMENT"] = "Development";
        // The lifetime's "Now listening on" line tells the port; the rest of the app's logs stay at warnings.
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = new Process { StartInfo = start };
        var instance = new AppInstance(name, process);
        process.OutputDataReceived += (_, line) => instance.Keep(line.Data);
        process.ErrorDataReceived += (_, line) => instance.Keep(line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return instance;
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (ListeningOn().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(new Uri(match.Groups["address"].Value.TrimEnd('/') + "/"));
        }
    }

    private static async Task<bool> IsReadyAsync(HttpClient client)
    {
        try
        {
            using var response = await client.GetAsync(HealthEndpoints.ReadyPath);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    /// <summary>
    /// The app's own build output beside this test project's: <c>src/BackOffice/bin/&lt;configuration&gt;/net10.0</c>, whose
    /// static web assets manifest points at this checkout and the package cache.
    /// </summary>
    private static string BuiltApp()
    {
        // …/tests/EndToEnd.Tests/bin/<configuration>/<framework>/
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testOutput.Name;
        var configuration = testOutput.Parent!.Name;
        var repository = testOutput.Parent.Parent!.Parent!.Parent!.Parent!.FullName;
        var dll = Path.Combine(repository, "src", "BackOffice", "bin", configuration, framework, "CarRentalGateway.BackOffice.dll");
        return File.Exists(dll) ? dll : throw new InvalidOperationException($"The app is not built: {dll} is missing.");
    }

    [GeneratedRegex(@"Now listening on: (?<address>http://\S+)")]
    private static partial Regex ListeningOn();
}
