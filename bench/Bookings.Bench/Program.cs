using System.Diagnostics;
using System.Globalization;
using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Features.Bookings;
using CarRentalGateway.Bookings.Bench;
using CarRentalGateway.Core.Bookings;
using Microsoft.EntityFrameworkCore;
using MySqlConnector;

// The bookings list's first page (50 rows and the count up to 10,000) for each kind of search, on a MariaDB database
// holding a million generated bookings (`load-bookings`), through BookingSearch.PageAsync: the very SQL the list sends.
// Every run searches for other values, sampled from the data. Each search is timed by the wall clock, with the project's
// indexes and, side by side, with the bookings table's secondary indexes ignored; then the EXPLAIN of every statement.
const int Seed = 20_261_128;
const int WarmUpRuns = 5;
const int Runs = 60;
const int RunsWithoutIndexes = 3;
const int DeepPage = 150;

if (args.Length is < 1 or > 2)
{
    Console.Error.WriteLine("Usage: dotnet run -c Release --project bench/Bookings.Bench -- \"Server=…;Database=…\" [10.11.0-mariadb]");
    return 2;
}

var connectionString = args[0];
var serverVersion = ServerVersion.Parse(args.ElementAtOrDefault(1) ?? "10.11.0-mariadb");
var bookingIndexes = BookingIndexes();
var capture = new SqlCapture(bookingIndexes);
// Without indexes a page takes many seconds: more than the default command timeout.
var options = new DbContextOptionsBuilder<MariaDbAppDbContext>()
    .UseMySql(connectionString, serverVersion, mariaDb => mariaDb.CommandTimeout(600))
    .AddInterceptors(capture)
    .Options;

await using var connection = new MySqlConnection(connectionString);
await connection.OpenAsync();
var samples = await SampleAsync(connection, Seed);
Console.WriteLine($"MariaDB {await ScalarAsync(connection, "SELECT VERSION()")}, {Environment.ProcessorCount} logical cores; " +
                  $"{samples.Bookings:N0} bookings, pick-ups {samples.FirstPickUp:yyyy-MM-dd} to {samples.LastPickUp:yyyy-MM-dd}; " +
                  $"{Runs} runs per search with indexes, {RunsWithoutIndexes} without, after {WarmUpRuns} warm-up runs; times in ms.");
Console.WriteLine();

var random = new Random(Seed);
DateOnly Day(int spanDays) => DateOnly.FromDateTime(samples.FirstPickUp.AddDays(random.Next((samples.LastPickUp - samples.FirstPickUp).Days - spanDays)));
BookingStatus Busy() => random.Next(2) == 0 ? BookingStatus.Completed : BookingStatus.Cancelled;
T Pick<T>(IReadOnlyList<T> values) => values[random.Next(values.Count)];
BookingQuery PickUps(int days, int page)
{
    var from = Day(days);
    return new BookingQuery { PickUpFrom = from, PickUpTo = from.AddDays(days - 1), Page = page };
}

SearchCase[] cases =
[
    new("Reference", () => new BookingQuery { Text = Pick(samples.References) }),
    new("Supplier confirmation number", () => new BookingQuery { Text = Pick(samples.ConfirmationNumbers) }),
    new("E-mail", () => new BookingQuery { Text = Pick(samples.Emails) }),
    new("Name prefix (\"Mari Tam\")", () => new BookingQuery { Text = Pick(samples.Names)[..^2] }),
    new("Last name (\"Tamm\")", () => new BookingQuery { Text = BookingSearchKeys.LastName(Pick(samples.Names)) }),
    new("Status + pick-up month", () => PickUps(30, 0) with { Status = Pick(Enum.GetValues<BookingStatus>()) }),
    new("Supplier + pick-up month", () => PickUps(30, 0) with { SupplierCode = Pick(samples.Suppliers) }),
    new("Status + pick-up quarter, first page", () => PickUps(90, 0) with { Status = Busy() }),
    new($"Status + pick-up quarter, page {DeepPage}", () => PickUps(90, DeepPage - 1) with { Status = Busy() }),
    new("Supplier + pick-up quarter, first page", () => PickUps(90, 0) with { SupplierCode = Pick(samples.Suppliers) }),
    new($"Supplier + pick-up quarter, page {DeepPage}", () => PickUps(90, DeepPage - 1) with { SupplierCode = Pick(samples.Suppliers) }),
];

Console.WriteLine("| search | median | p95 | rows on the page (median) | counted (median) | median without indexes | p95 without indexes |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
var explained = new List<(SearchCase Case, IReadOnlyList<CapturedCommand> Commands)>();
foreach (var search in cases)
{
    capture.WithoutIndexes = false;
    await RunAsync(search, WarmUpRuns);
    capture.Clear();
    await RunAsync(search, 1);
    explained.Add((search, capture.Commands.ToList()));
    var indexed = await RunAsync(search, Runs);
    capture.WithoutIndexes = true;
    var scanned = await RunAsync(search, RunsWithoutIndexes);
    Console.WriteLine(
        $"| {search.Name} | {Percentile(indexed.Times, 50):N1} | {Percentile(indexed.Times, 95):N1} | {Percentile(indexed.Rows, 50):N0} | " +
        $"{Percentile(indexed.Counted, 50):N0} | {Percentile(scanned.Times, 50):N0} | {Percentile(scanned.Times, 95):N0} |");
}

capture.WithoutIndexes = false;
Console.WriteLine();
Console.WriteLine($"Ignored for \"without indexes\": {string.Join(", ", bookingIndexes)} (the primary key stays).");
foreach (var (search, commands) in explained)
{
    Console.WriteLine();
    Console.WriteLine($"### {search.Name}");
    foreach (var command in commands)
    {
        Console.WriteLine();
        Console.WriteLine("```sql");
        Console.WriteLine(command.Sql.Trim());
        Console.WriteLine("```");
        Console.WriteLine();
        await ExplainAsync(connection, command);
    }
}

return 0;

// Each run is one page as the list asks for it: a new context, the whole PageAsync (count, ids, rows), timed.
async Task<(double[] Times, double[] Rows, double[] Counted)> RunAsync(SearchCase search, int runs)
{
    var (times, rows, counted) = (new double[runs], new double[runs], new double[runs]);
    for (var run = 0; run < runs; run++)
    {
        var query = search.Query();
        var clock = Stopwatch.StartNew();
        await using (var db = new MariaDbAppDbContext(options))
        {
            var page = await BookingSearch.PageAsync(db, query, CancellationToken.None);
            (rows[run], counted[run]) = (page.Items.Count, page.TotalCount);
        }

        times[run] = clock.Elapsed.TotalMilliseconds;
    }

    return (times, rows, counted);
}

static double Percentile(double[] values, int percent)
{
    var sorted = values.Order().ToArray();
    return sorted[(int)Math.Ceiling(percent / 100.0 * sorted.Length) - 1];
}

static IReadOnlyList<string> BookingIndexes()
{
    var model = new MariaDbAppDbContext(new DbContextOptionsBuilder<MariaDbAppDbContext>()
        .UseMySql("Server=localhost", ServerVersion.Parse("10.11.0-mariadb")).Options).Model;
    return model.FindEntityType(typeof(Booking))!.GetIndexes().Select(i => $"`{i.GetDatabaseName()}`").ToList();
}

// Values that exist, so every search finds what an agent would be looking for.
static async Task<Samples> SampleAsync(MySqlConnection connection, int seed)
{
    // One index seek per sample at a random sale moment: ORDER BY RAND() would read the whole table.
    var (references, confirmations, emails, names) = (new List<string>(), new List<string>(), new List<string>(), new List<string>());
    var sales = new Random(seed);
    var (firstSale, lastSale) = ((DateTime)(await ScalarAsync(connection, "SELECT MIN(CreatedAtUtc) FROM Bookings"))!,
        (DateTime)(await ScalarAsync(connection, "SELECT MAX(CreatedAtUtc) FROM Bookings"))!);
    for (var i = 0; i < 500; i++)
    {
        await using var sample = new MySqlCommand(
            "SELECT Reference, SupplierConfirmationNumber, CustomerEmail, CustomerName FROM Bookings WHERE CreatedAtUtc >= @at ORDER BY CreatedAtUtc LIMIT 1",
            connection);
        sample.Parameters.AddWithValue("@at", firstSale + ((lastSale - firstSale) * sales.NextDouble()));
        await using var reader = await sample.ExecuteReaderAsync();
        if (await reader.ReadAsync())
        {
            references.Add(reader.GetString(0));
            if (!reader.IsDBNull(1))
            {
                confirmations.Add(reader.GetString(1));
            }

            emails.Add(reader.GetString(2));
            names.Add(reader.GetString(3));
        }
    }

    var suppliers = new List<string>();
    await using (var codes = new MySqlCommand("SELECT Code FROM Suppliers s WHERE EXISTS (SELECT 1 FROM Bookings b WHERE b.SupplierId = s.Id)", connection))
    await using (var reader = await codes.ExecuteReaderAsync())
    {
        while (await reader.ReadAsync())
        {
            suppliers.Add(reader.GetString(0));
        }
    }

    var count = Convert.ToInt32(await ScalarAsync(connection, "SELECT COUNT(*) FROM Bookings"), CultureInfo.InvariantCulture);
    // Per status along the (Status, PickUpLocal) index, rather than a scan of the table.
    var first = (DateTime)(await ScalarAsync(connection, "SELECT MIN(m) FROM (SELECT MIN(PickUpLocal) AS m FROM Bookings GROUP BY Status) AS s"))!;
    var last = (DateTime)(await ScalarAsync(connection, "SELECT MAX(m) FROM (SELECT MAX(PickUpLocal) AS m FROM Bookings GROUP BY Status) AS s"))!;
    return new Samples(count, references, confirmations, emails, names, suppliers, first, last);
}

static async Task<object?> ScalarAsync(MySqlConnection connection, string sql)
{
    await using var command = new MySqlCommand(sql, connection);
    return await command.ExecuteScalarAsync();
}

// The plan the server chooses for a statement with the values it was sent with, as a markdown table.
static async Task ExplainAsync(MySqlConnection connection, CapturedCommand captured)
{
    await using var explain = new MySqlCommand("EXPLAIN " + captured.Sql, connection);
    foreach (var (name, value) in captured.Parameters)
    {
        explain.Parameters.AddWithValue(name, value);
    }

    await using var reader = await explain.ExecuteReaderAsync();
    var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
    Console.WriteLine($"| {string.Join(" | ", columns)} |");
    Console.WriteLine($"|{string.Concat(columns.Select(_ => "---|"))}");
    while (await reader.ReadAsync())
    {
        var cells = Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture));
        Console.WriteLine($"| {string.Join(" | ", cells)} |");
    }
}

internal sealed record SearchCase(string Name, Func<BookingQuery> Query);

internal sealed record Samples(
    int Bookings,
    IReadOnlyList<string> References,
    IReadOnlyList<string> ConfirmationNumbers,
    IReadOnlyList<string> Emails,
    IReadOnlyList<string> Names,
    IReadOnlyList<string> Suppliers,
    DateTime FirstPickUp,
    DateTime LastPickUp);
