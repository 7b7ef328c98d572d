using System.Globalization;

namespace CarRentalGateway.Excel.Bench;

internal static class Memory
{
    /// <summary>VmHWM from /proc/self/status: the peak resident set size of this process, runtime and JIT included.</summary>
    public static long PeakResidentKiloBytes() => KiloBytes("/proc/self/status", "VmHWM");

    /// <summary>A "Field:   123 kB" line of a /proc file; the value may follow a tab without spaces once it is long.</summary>
    public static long KiloBytes(string file, string field) =>
        long.Parse(File.ReadLines(file).First(l => l.StartsWith(field + ":", StringComparison.Ordinal)).Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)[1],
            CultureInfo.InvariantCulture);
}
