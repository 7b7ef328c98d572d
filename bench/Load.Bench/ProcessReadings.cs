using System.Globalization;

namespace CarRentalGateway.Load.Bench;

/// <summary>What Linux says about processes from outside them (/proc): resident memory, CPU time, the load average.</summary>
internal static class ProcessReadings
{
    // /proc counts CPU time in clock ticks, which the x86-64 ABI fixes at 100 a second (USER_HZ).
    private const double TicksPerSecond = 100;

    /// <summary>The resident set (VmRSS) of <paramref name="pid"/> in bytes.</summary>
    public static long ResidentBytes(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        var kilobytes = line["VmRSS:".Length..].Trim().Split(' ')[0];
        return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
    }

    /// <summary>The 1-, 5- and 15-minute load averages, as /proc/loadavg gives them.</summary>
    public static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

    /// <summary>Every process now: its parent, name and CPU seconds (user and system) so far.</summary>
    public static IReadOnlyDictionary<int, ProcessCpu> Processes()
    {
        var processes = new Dictionary<int, ProcessCpu>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid))
            {
                continue;
            }

            string stat;
            try
            {
                stat = File.ReadAllText(Path.Combine(directory, "stat"));
            }
            catch (IOException)
            {
                continue; // It ended while we looked.
            }

            // "pid (name) state ppid … utime stime …": the name may hold spaces and parentheses, so cut at the last ")".
            var nameEnd = stat.LastIndexOf(')');
            var name = stat[(stat.IndexOf('(') + 1)..nameEnd];
            var fields = stat[(nameEnd + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            processes[pid] = new ProcessCpu(int.Parse(fields[1], CultureInfo.InvariantCulture), name, ticks / TicksPerSecond, CommandLine(directory));
        }

        return processes;
    }

    /// <summary><paramref name="root"/> and every process under it.</summary>
    public static IEnumerable<int> Tree(IReadOnlyDictionary<int, ProcessCpu> processes, int root)
    {
        var children = processes.ToLookup(p => p.Value.Parent, p => p.Key);
        var pending = new Stack<int>([root]);
        while (pending.TryPop(out var pid))
        {
            yield return pid;
            foreach (var child in children[pid])
            {
                pending.Push(child);
            }
        }
    }

    private static string CommandLine(string directory)
    {
        try
        {
            return File.ReadAllText(Path.Combine(directory, "cmdline")).Replace('\0', ' ');
        }
        catch (IOException)
        {
            return "";
        }
    }
}

/// <summary>One process as /proc shows it.</summary>
internal sealed record ProcessCpu(int Parent, string Name, double CpuSeconds, string CommandLine);
