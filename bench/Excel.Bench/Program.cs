using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;
using CarRentalGateway.Excel.Bench;

// Exports booking-like rows to .xlsx with the project's streaming writer and with plain ClosedXML, side by side.
// Each case runs in a child process of its own, so its peak memory (VmHWM, the peak resident set) is its alone.
//   dotnet run -c Release --project bench/Excel.Bench                  100,000, 250,000 and 1,000,000 rows
//   dotnet run -c Release --project bench/Excel.Bench -- 250000        other row counts
//   dotnet run -c Release --project bench/Excel.Bench -- 100000 1000000 --closedxml-up-to 1000000
// ClosedXML holds the whole workbook in memory (about 1.3 GB per 100,000 rows); by default it is run up to 250,000 rows
// only, so the bench fits beside other work; --closedxml-up-to raises that on a machine with the memory to spare.
const int Seed = 20_261_128;
var invariant = CultureInfo.InvariantCulture;
var closedXmlLimit = 250_000;

if (args is ["case", var caseExporter, var rowText])
{
    return RunCase(caseExporter, int.Parse(rowText, invariant));
}

// The app's reports over stored bookings: dotnet run -c Release --project bench/Excel.Bench -- stored "Server=…" [10.11.0-mariadb]
if (args is ["stored", var storedDatabase, .. var storedVersion])
{
    return await StoredReports.CompareAsync(storedDatabase, storedVersion.FirstOrDefault() ?? "10.11.0-mariadb");
}

if (args is ["stored-report", var storedExporter, var storedLink, var storedConnection, var storedServer])
{
    return await StoredReports.RunOneAsync(storedExporter, storedLink, storedConnection, storedServer);
}

if (Array.IndexOf(args, "--closedxml-up-to") is var limitAt and >= 0)
{
    closedXmlLimit = int.Parse(args[limitAt + 1], invariant);
    args = args.Where((_, i) => i != limitAt && i != limitAt + 1).ToArray();
}

var rowCounts = args.Length > 0 ? args.Select(a => int.Parse(a, invariant)).ToArray() : [100_000, 250_000, 1_000_000];
Console.WriteLine($"{RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}, {Environment.ProcessorCount} logical cores " +
                  $"(nproc), {MemInfo("MemTotal") / 1024:N0} MB memory, load average {File.ReadAllText("/proc/loadavg").Trim()}, " +
                  $"{(GCSettings.IsServerGC ? "server" : "workstation")} GC; 13 columns, seed {Seed}");
Console.WriteLine();
Console.WriteLine("| rows | exporter | time (s) | peak working set (MB) | file (MB) |");
Console.WriteLine("|---:|---|---:|---:|---:|");
foreach (var rows in rowCounts)
{
    foreach (var exporter in new[] { "writer", "closedxml" })
    {
        if (exporter == "closedxml" && rows > closedXmlLimit)
        {
            Console.WriteLine($"| {Exporters.Describe(rows)} | ClosedXML 0.95.4 | not run (over {Exporters.Describe(closedXmlLimit)} rows) | | |");
            continue;
        }

        var child = Process.Start(new ProcessStartInfo(Environment.ProcessPath!, ["case", exporter, rows.ToString(invariant)])
        {
            RedirectStandardOutput = true,
        })!;
        var result = child.StandardOutput.ReadToEnd().Trim().Split(' ');
        child.WaitForExit();
        if (child.ExitCode != 0)
        {
            throw new InvalidOperationException($"The {exporter} case with {rows} rows failed (exit code {child.ExitCode}).");
        }

        Console.WriteLine($"| {Exporters.Describe(rows)} | {(exporter == "writer" ? "ExcelReportWriter" : "ClosedXML 0.95.4")} | " +
                          $"{result[0]} | {result[1]} | {result[2]} |");
    }
}

return 0;

// One export into a temporary file; prints seconds, peak resident MB and file MB for the parent.
int RunCase(string exporter, int rows)
{
    var path = Path.Combine(Path.GetTempPath(), $"excel-bench-{Environment.ProcessId}.xlsx");
    try
    {
        var clock = Stopwatch.StartNew();
        using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            var bookings = BookingRows.Generate(rows, Seed);
            if (exporter == "writer")
            {
                Exporters.WithReportWriter(bookings, file);
            }
            else
            {
                Exporters.WithClosedXml(bookings, file);
            }
        }

        clock.Stop();
        Console.WriteLine(string.Create(invariant,
            $"{clock.Elapsed.TotalSeconds:F1} {Memory.PeakResidentKiloBytes() / 1024:N0} {new FileInfo(path).Length / 1024.0 / 1024:F1}"));
        return 0;
    }
    finally
    {
        File.Delete(path);
    }
}

static long MemInfo(string field) => Memory.KiloBytes("/proc/meminfo", field);
