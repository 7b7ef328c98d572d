using System.Diagnostics;
using System.Globalization;
using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Features.Bookings;
using CarRentalGateway.BackOffice.Features.Reports;
using CarRentalGateway.BackOffice.Features.Reports.Excel;
using Microsoft.EntityFrameworkCore;
using MySqlConnector;

namespace CarRentalGateway.Excel.Bench;

/// <summary>
/// The app's own reports over stored bookings on MariaDB (a million of them, from `load-bookings`): each report's
/// query and sheets as the download endpoint runs them, each in a child process of its own for its peak memory. The
/// bookings export of one month is also filled into ClosedXML from the same query, side by side.
/// </summary>
internal static class StoredReports
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static async Task<int> CompareAsync(string connectionString, string serverVersion)
    {
        await using var connection = new MySqlConnection(connectionString);
        await connection.OpenAsync();
        var bookings = Convert.ToInt64(await new MySqlCommand("SELECT COUNT(*) FROM Bookings", connection).ExecuteScalarAsync(), Invariant);
        var busiest = (string)(await new MySqlCommand(
            "SELECT s.Code FROM Bookings b JOIN Suppliers s ON s.Id = b.SupplierId GROUP BY s.Code ORDER BY COUNT(*) DESC LIMIT 1", connection).ExecuteScalarAsync())!;
        Console.WriteLine($"MariaDB {await new MySqlCommand("SELECT VERSION()", connection).ExecuteScalarAsync()}, {bookings:N0} bookings; " +
                          $"{Environment.ProcessorCount} logical cores, load average {File.ReadAllText("/proc/loadavg").Trim()}");
        Console.WriteLine();
        Console.WriteLine("| report | exporter | rows | time (s) | peak working set (MB) | file (MB) |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|");
        (string Link, string Exporter)[] cases =
        [
            ("/reports/bookings.xlsx?pickUpFrom=2026-10-01&pickUpTo=2026-10-31", "writer"),
            ("/reports/bookings.xlsx?pickUpFrom=2026-10-01&pickUpTo=2026-10-31", "closedxml"),
            ("/reports/bookings.xlsx", "writer"),
            ($"/reports/commission-statement.xlsx?supplier={busiest}&month=2026-10", "writer"),
            ("/reports/revenue-summary.xlsx?from=2025-12&to=2026-11", "writer"),
            ("/reports/cancellations.xlsx?from=2026-10-01&to=2026-10-31", "writer"),
        ];
        foreach (var (link, exporter) in cases)
        {
            var child = Process.Start(new ProcessStartInfo(Environment.ProcessPath!, ["stored-report", exporter, link, connectionString, serverVersion])
            {
                RedirectStandardOutput = true,
            })!;
            var result = (await child.StandardOutput.ReadToEndAsync()).Trim().Split(' ');
            await child.WaitForExitAsync();
            if (child.ExitCode != 0)
            {
                throw new InvalidOperationException($"{link} with {exporter} failed (exit code {child.ExitCode}).");
            }

            Console.WriteLine($"| `{link}` | {(exporter == "writer" ? "ExcelReportWriter" : "ClosedXML 0.95.4")} | {result[0]} | {result[1]} | {result[2]} | {result[3]} |");
        }

        return 0;
    }

    /// <summary>One report into a temporary file; prints rows, seconds, peak resident MB and file MB for the parent.</summary>
    public static async Task<int> RunOneAsync(string exporter, string link, string connectionString, string serverVersion)
    {
        var options = new DbContextOptionsBuilder<MariaDbAppDbContext>()
            .UseMySql(connectionString, ServerVersion.Parse(serverVersion), mariaDb => mariaDb.CommandTimeout(600))
            .Options;
        var report = ReportCatalog.FromLink(link).Value;
        var path = Path.Combine(Path.GetTempPath(), $"stored-report-bench-{Environment.ProcessId}.xlsx");
        try
        {
            var clock = Stopwatch.StartNew();
            int rows;
            await using (var db = new MariaDbAppDbContext(options))
            await using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                if (exporter == "writer")
                {
                    using var writer = ExcelReportWriter.Create(file);
                    var heading = new ReportHeading(report.Title, report.Period, report.Filters, DateTime.UtcNow);
                    rows = await report.WriteAsync(db, writer, heading, new Progress<int>(), CancellationToken.None);
                }
                else
                {
                    var query = ((BookingsExportReport)report).Query;
                    var found = (await BookingSearch.FilteredAsync(db, query, CancellationToken.None))!;
                    var bookings = BookingSearch.Rows(db, BookingSearch.Sorted(found, query)).AsEnumerable().ToList();
                    rows = bookings.Count;
                    Exporters.WithClosedXml(bookings, file);
                }
            }

            clock.Stop();
            Console.WriteLine(string.Create(Invariant,
                $"{rows:N0} {clock.Elapsed.TotalSeconds:F1} {Memory.PeakResidentKiloBytes() / 1024:N0} {new FileInfo(path).Length / 1024.0 / 1024:F1}"));
            return 0;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
