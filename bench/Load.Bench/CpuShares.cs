namespace CarRentalGateway.Load.Bench;

/// <summary>
/// CPU seconds taken by each party of a run between two moments, from /proc: the app, Chromium (every browser process
/// under this one), the Playwright driver (node), this program, and the MariaDB server on the benchmark's port.
/// Whatever else ran on the machine (other people's builds) is not counted, but shows in the load average.
/// </summary>
internal sealed class CpuShares(int appPid, int databasePort)
{
    public static readonly string[] Parties = ["app", "Chromium", "Playwright driver", "MariaDB", "this program"];

    public IReadOnlyDictionary<int, ProcessCpu> Now() => ProcessReadings.Processes();

    /// <summary>Seconds of CPU per party from <paramref name="start"/> to <paramref name="end"/>; a process born between them counts in full.</summary>
    public IReadOnlyDictionary<string, double> Between(IReadOnlyDictionary<int, ProcessCpu> start, IReadOnlyDictionary<int, ProcessCpu> end)
    {
        var app = ProcessReadings.Tree(end, appPid).ToHashSet();
        var self = Environment.ProcessId;
        var ours = ProcessReadings.Tree(end, self).ToHashSet();
        var shares = Parties.ToDictionary(party => party, _ => 0.0);
        foreach (var (pid, process) in end)
        {
            var party = app.Contains(pid) ? "app"
                : pid == self ? "this program"
                : ours.Contains(pid) ? (process.CommandLine.Contains("chromium", StringComparison.Ordinal) ? "Chromium" : "Playwright driver")
                : process.Name == "mariadbd" && process.CommandLine.Contains($"--port={databasePort}", StringComparison.Ordinal) ? "MariaDB"
                : null;
            if (party is not null)
            {
                // A pid reused by another process in between would only look like a new process: it counts from zero.
                var before = start.TryGetValue(pid, out var earlier) && earlier.Name == process.Name ? earlier.CpuSeconds : 0;
                shares[party] += process.CpuSeconds - before;
            }
        }

        return shares;
    }
}
