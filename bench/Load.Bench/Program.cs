using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using CarRentalGateway.Load.Bench;
using Microsoft.Playwright;
using MySqlConnector;

// Support agents in real Chromium against the app as deployed (its own process, Release, Production settings, MariaDB
// with the million-booking data set of bench-db.sh), all on loopback. Bounded: a fixed number of sessions and steps.
// 1. Memory per open circuit: the app's live objects and managed heap after forced full collections, and its resident
//    set, before and after opening sessions on the bookings list, then as many again on a booking's page.
// 2. Search-and-open latency in the browser: one agent alone, then all agents at once, each searching for a caller's
//    name or reference, sometimes paging, and opening a booking, with a person's pauses between steps; all agents once
//    for each pace asked for (--pause-ms 1000,5000: a stress pace, then a busy support team's), in each browser set-up
//    asked for (--browsers: unless told otherwise, each agent in a Chromium headless shell of its own).
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
const int Seed = 20_261_128;

var options = BenchOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("""
        Usage: dotnet run -c Release --project bench/Load.Bench -- "Server=127.0.0.1;Port=…;Database=…;User ID=…;Password=…"
               [--agents 25] [--interactions 20] [--warm-up 3] [--circuits 100] [--pause-ms 1000[,5000…]]
               [--browsers /usr/bin/chromium-headless-shell[,/usr/bin/chromium-headless-shell:shared,/usr/bin/chromium:shared…]]
        A browser set-up is a Chromium program, each agent in a browser of its own, or with ":shared" all in one.
        The connection string may come from LOAD_BENCH_DB instead; bench/Load.Bench/bench-db.sh start prints it.
        """);
    return 2;
}

if (options.Browsers.FirstOrDefault(setup => !File.Exists(setup.Executable)) is { } missing)
{
    Console.Error.WriteLine($"{missing.Executable} is not installed (Debian's packages chromium-headless-shell and chromium).");
    return 2;
}

var repositoryRoot = FindRepositoryRoot();
var work = Directory.CreateTempSubdirectory("load-bench-").FullName;
var serverVersion = await CallerSamples.ServerVersionAsync(options.ConnectionString);
var samples = await CallerSamples.ReadAsync(options.ConnectionString, Seed, 600);
Console.WriteLine($"MariaDB {serverVersion} with {samples.Bookings:N0} bookings; {Environment.ProcessorCount} logical cores; " +
                  $"load average {ProcessReadings.LoadAverage()} at the start; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC.");
Console.WriteLine($"Publishing the app (Release) into {work}/app …");
await AppProcess.PublishAsync(repositoryRoot, Path.Combine(work, "app"));
var pomeloVersion = Regex.Match(serverVersion, @"^\d+\.\d+\.\d+").Value + "-mariadb";
// Sessions open before the memory baseline: the first connections grow pools every later one shares (buffers, array
// pools, metric streams), which is no circuit's own memory. They stay open, as the warm-up agent does.
const int SettledSessions = 20;
var accounts = await BenchAccounts.EnsureAsync(options.ConnectionString, pomeloVersion, Math.Max(options.Circuits + SettledSessions, options.Agents) + 1);
await using var app = await AppProcess.StartAsync(Path.Combine(work, "app"), options.ConnectionString, pomeloVersion, Path.Combine(work, "app.log"));
Console.WriteLine($"App pid {app.Id} on {app.Address} (log: {work}/app.log).");

using var http = new HttpClient { BaseAddress = app.Address };
var heap = new ManagedHeap(app.Id, http);
var cpu = new CpuShares(app.Id, new MySqlConnectionStringBuilder(options.ConnectionString).Port is var port and > 0 ? (int)port : 3306);
using var playwright = await Playwright.CreateAsync();
// The sessions of the memory figures are contexts of one browser: the app holds the same per circuit either way, and
// a hundred and twenty browsers would only slow the sign-ins down.
var browser = await LaunchAsync(options.Browsers[0].Executable);

var failedSteps = 0;

// Warm-up: the first sign-in, search and booking page pay for JIT, EF Core's model and the first connections. This
// agent stays signed in through the memory figures, so its circuit is in the baseline as well as after.
var warmUpAgent = await Agent.SignInAsync(browser, app.Address, accounts[^1]);
await RunInteractionsAsync(warmUpAgent, new Random(Seed), options.WarmUp * 3, TimeSpan.Zero);

await MeasureMemoryAsync();
await warmUpAgent.DisposeAsync();
await browser.DisposeAsync();

// One agent alone at the first pace in the first set-up, then all of them at each pace in each set-up. Each run's
// figures as soon as it ends, so a run cut short still leaves the earlier ones.
var latencyRuns = options.PausesMs.Take(1).Select(pauseMs => (Setup: options.Browsers[0], Agents: 1, PauseMs: pauseMs))
    .Concat(options.Browsers.SelectMany(setup => options.PausesMs.Select(pauseMs => (Setup: setup, Agents: options.Agents, PauseMs: pauseMs))));
foreach (var (setup, agentCount, pauseMs) in latencyRuns)
{
    Console.WriteLine();
    Console.WriteLine($"## Search and open, {agentCount} agent(s) in {setup}, {options.Interactions} interactions each after {options.WarmUp} warm-up ones, pauses of {pauseMs / 2}–{pauseMs * 3 / 2} ms");
    Console.WriteLine();
    var run = await MeasureLatencyAsync(setup, agentCount, TimeSpan.FromMilliseconds(pauseMs));
    Console.WriteLine("| agents | step | interactions | p50 ms | p95 ms | max ms |");
    Console.WriteLine("|---:|---|---:|---:|---:|---:|");
    foreach (var (step, times) in run.Steps().Where(s => s.Times.Count > 0))
    {
        Console.WriteLine($"| {run.Agents} | {step} | {times.Count} | {Percentile(times, 50):N0} | {Percentile(times, 95):N0} | {times.Max():N0} |");
    }

    Console.WriteLine();
    Console.WriteLine($"| agents | wall s | interactions a second | failed | load average after | {string.Join(" | ", CpuShares.Parties.Select(p => $"{p} CPU s"))} |");
    Console.WriteLine($"|---:|---:|---:|---:|---|{string.Concat(CpuShares.Parties.Select(_ => "---:|"))}");
    Console.WriteLine($"| {run.Agents} | {run.Wall.TotalSeconds:N0} | {run.SearchAndOpen.Count / run.Wall.TotalSeconds:N1} | {run.Failed} | {run.LoadAverage} | " +
                      $"{string.Join(" | ", CpuShares.Parties.Select(p => run.Cpu[p].ToString("N1", CultureInfo.InvariantCulture)))} |");
    Console.WriteLine();
}

Console.WriteLine();
Console.WriteLine($"Load average {ProcessReadings.LoadAverage()} at the end.");
return 0;

// Debian's Chromium (never Playwright's own download), headless, with no background calls to outside hosts.
async Task<IBrowser> LaunchAsync(string executable) => await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    ExecutablePath = executable,
    Headless = true,
    Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});

async Task MeasureMemoryAsync()
{
    var half = options.Circuits / 2;
    Console.WriteLine();
    Console.WriteLine($"## Memory per open circuit ({options.Circuits} sessions: {half} on the list after a search, {options.Circuits - half} on a booking)");
    Console.WriteLine();
    var settled = await OpenSessionsAsync(accounts.Skip(options.Circuits).Take(SettledSessions), async (agent, random) =>
    {
        await agent.SearchAsync(NameFragment(random));
        if (random.Next(2) == 0)
        {
            await agent.OpenAsync(random.Next(50));
        }
    });
    var baseline = await MemoryAsync();
    var agents = new List<Agent>();
    agents.AddRange(await OpenSessionsAsync(accounts.Take(half), async (agent, random) => await agent.SearchAsync(NameFragment(random))));
    var onList = await MemoryAsync();
    agents.AddRange(await OpenSessionsAsync(accounts.Skip(half).Take(options.Circuits - half), async (agent, random) =>
    {
        await agent.SearchAsync(NameFragment(random));
        await agent.OpenAsync(random.Next(50));
    }));
    var onBooking = await MemoryAsync();
    Console.WriteLine($"Steps that failed and were tried again while opening the sessions: {failedSteps}.");
    Console.WriteLine();
    Console.WriteLine("| sessions open | connected circuits (app's count) | live objects MB | managed heap MB | resident set MB | " +
                      "live objects per added circuit KB | managed heap per added circuit KB | resident set per added circuit KB |");
    Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
    Row($"warm-up agent and {SettledSessions} settled sessions", baseline, null, 0);
    Row($"+ {half} on the list", onList, baseline, half);
    Row($"+ {options.Circuits - half} on a booking", onBooking, onList, options.Circuits - half);
    Row($"all {options.Circuits}, against the baseline", onBooking, baseline, options.Circuits);
    foreach (var agent in agents.Concat(settled))
    {
        await agent.DisposeAsync();
    }

    static void Row(string what, Memory now, Memory? before, int added)
    {
        var perCircuit = before is null
            ? "| | |"
            : $"{PerCircuit(now.Heap.LiveBytes - before.Heap.LiveBytes)} | {PerCircuit(now.Heap.HeapBytes - before.Heap.HeapBytes)} | " +
              $"{PerCircuit(now.ResidentBytes - before.ResidentBytes)} |";
        Console.WriteLine($"| {what} | {now.Circuits:N0} | {now.Heap.LiveBytes / 1e6:N1} | {now.Heap.HeapBytes / 1e6:N1} | " +
                          $"{now.ResidentBytes / 1e6:N1} | {perCircuit}");

        string PerCircuit(long bytes) => (bytes / 1024.0 / added).ToString("N0", CultureInfo.InvariantCulture);
    }
}

async Task<Memory> MemoryAsync()
{
    var heapReading = await heap.AfterFullCollectionAsync();
    var circuits = AppMetrics.Sum(await AppMetrics.ScrapeAsync(http), "aspnetcore_components_circuit_connected");
    return new Memory(heapReading, ProcessReadings.ResidentBytes(app.Id), (int)circuits);
}

// Four sign-ins at a time: each costs the app a password hash, and a queue of a hundred would only wait longer.
async Task<List<Agent>> OpenSessionsAsync(IEnumerable<BenchAccount> sessions, Func<Agent, Random, Task> leaveOn)
{
    var opened = new List<Agent>();
    foreach (var batch in sessions.Chunk(4))
    {
        var first = opened.Count;
        opened.AddRange(await Task.WhenAll(batch.Select(async (account, i) =>
        {
            var agent = await Agent.SignInAsync(browser, app.Address, account);
            // A generator per session: the four run at once.
            var random = new Random(Seed + first + i);
            try
            {
                await leaveOn(agent, random);
            }
            catch (PlaywrightException failure)
            {
                // Counted and tried once more from the list: the memory figure needs the session open where it belongs.
                Interlocked.Increment(ref failedSteps);
                Console.Error.WriteLine($"A step failed: {failure.Message.Split('\n')[0]}");
                await agent.StartOverAsync();
                await leaveOn(agent, random);
            }

            return agent;
        })));
    }

    return opened;
}

async Task<LatencyRun> MeasureLatencyAsync(BrowserSetup setup, int agentCount, TimeSpan pause)
{
    var browsers = await Task.WhenAll(Enumerable.Range(0, setup.Shared ? 1 : agentCount).Select(_ => LaunchAsync(setup.Executable)));
    var agents = await Task.WhenAll(accounts.Take(agentCount).Select((account, i) => Agent.SignInAsync(browsers[i % browsers.Length], app.Address, account)));
    var start = cpu.Now();
    var clock = Stopwatch.StartNew();
    var results = await Task.WhenAll(agents.Select(async (agent, number) =>
    {
        var random = new Random(Seed + 100 + number);
        // Agents do not start in step: each first waits a random part of a pause.
        await Task.Delay(pause * random.NextDouble());
        await RunInteractionsAsync(agent, random, options.WarmUp, pause);
        return await RunInteractionsAsync(agent, random, options.Interactions, pause);
    }));
    clock.Stop();
    var shares = cpu.Between(start, cpu.Now());
    var run = new LatencyRun(agentCount, results.SelectMany(r => r.Times).ToList(), results.Sum(r => r.Failed), clock.Elapsed, shares, ProcessReadings.LoadAverage());
    foreach (var agent in agents)
    {
        await agent.DisposeAsync();
    }

    foreach (var agentBrowser in browsers)
    {
        await agentBrowser.DisposeAsync();
    }

    return run;
}

// One caller at a time: search, sometimes the next page, open a booking, back to the list. A step that fails (a
// timeout) is counted and the agent starts over from the list.
async Task<(List<InteractionTimes> Times, int Failed)> RunInteractionsAsync(Agent agent, Random random, int count, TimeSpan pause)
{
    var times = new List<InteractionTimes>(count);
    var failed = 0;
    for (var i = 0; i < count; i++)
    {
        try
        {
            var byName = random.Next(4) != 0;
            var search = await agent.SearchAsync(byName ? NameFragment(random) : samples.References[random.Next(samples.References.Count)]);
            await Pause(random, pause);
            double? nextPage = null;
            if (byName && random.Next(3) == 0 && await agent.HasNextPageAsync())
            {
                nextPage = await agent.NextPageAsync();
                await Pause(random, pause);
            }

            var open = await agent.OpenAsync(random.Next(50));
            times.Add(new InteractionTimes(search, nextPage, open));
            await Pause(random, pause);
            await agent.BackToListAsync();
        }
        catch (Exception failure) when (failure is PlaywrightException or TimeoutException)
        {
            failed++;
            Console.Error.WriteLine($"An interaction failed: {failure.Message.Split('\n')[0]}");
            await agent.StartOverAsync();
        }
    }

    return (times, failed);
}

// A caller's name without its last two letters ("Mari Tam"), as an agent types while still listening.
string NameFragment(Random random) => samples.Names[random.Next(samples.Names.Count)][..^2];

static Task Pause(Random random, TimeSpan mean) => Task.Delay(mean * (0.5 + random.NextDouble()));

static double Percentile(IReadOnlyList<double> values, int percent)
{
    var sorted = values.Order().ToList();
    return sorted[Math.Max(0, (int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1)];
}

static string FindRepositoryRoot()
{
    for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "CarRentalGateway.sln")))
        {
            return directory.FullName;
        }
    }

    throw new InvalidOperationException("Run the benchmark from the repository (CarRentalGateway.sln not found above it).");
}

/// <summary>
/// Where the agents' pages run: a Chromium program, and whether each agent has a browser of its own (as each agent has
/// a computer of their own) or all are contexts of one browser, sharing its processes and its compositor.
/// </summary>
internal sealed record BrowserSetup(string Executable, bool Shared)
{
    /// <summary>
    /// Chromium's headless shell: the browser engine without the desktop browser's windows, which Playwright itself runs
    /// for headless Chromium. Its Debian package is chromium-headless-shell.
    /// </summary>
    public static readonly BrowserSetup HeadlessShell = new("/usr/bin/chromium-headless-shell", Shared: false);

    /// <summary>"/usr/bin/chromium-headless-shell", or with ":shared" one browser for all agents.</summary>
    public static BrowserSetup Parse(string text) =>
        text.EndsWith(":shared", StringComparison.Ordinal) ? new(text[..^":shared".Length], Shared: true) : new(text, Shared: false);

    public override string ToString() => $"{Path.GetFileName(Executable)}, {(Shared ? "one browser for all" : "a browser each")}";
}

/// <summary>The times of one interaction, in milliseconds; the next page only when the agent went to it.</summary>
internal sealed record InteractionTimes(double Search, double? NextPage, double Open);

/// <summary>The app's memory at one moment, and how many circuits it counts.</summary>
internal sealed record Memory(HeapReading Heap, long ResidentBytes, int Circuits);

/// <summary>One latency run: all its agents' measured interactions.</summary>
internal sealed record LatencyRun(int Agents, List<InteractionTimes> Interactions, int Failed, TimeSpan Wall, IReadOnlyDictionary<string, double> Cpu, string LoadAverage)
{
    public List<double> SearchAndOpen => Interactions.Select(i => i.Search + i.Open).ToList();

    public IEnumerable<(string Step, List<double> Times)> Steps()
    {
        yield return ("search and open", SearchAndOpen);
        yield return ("search (Enter → results)", Interactions.Select(i => i.Search).ToList());
        yield return ("open (click → booking heading)", Interactions.Select(i => i.Open).ToList());
        yield return ("next page (click → rows)", Interactions.Where(i => i.NextPage is not null).Select(i => i.NextPage!.Value).ToList());
    }
}

/// <summary>The command line.</summary>
internal sealed record BenchOptions(string ConnectionString, int Agents, int Interactions, int WarmUp, int Circuits, IReadOnlyList<int> PausesMs, IReadOnlyList<BrowserSetup> Browsers)
{
    public static BenchOptions? Parse(string[] args)
    {
        var positional = args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        var connectionString = positional.FirstOrDefault() ?? Environment.GetEnvironmentVariable("LOAD_BENCH_DB");
        var named = new Dictionary<string, int> { ["--agents"] = 25, ["--interactions"] = 20, ["--warm-up"] = 3, ["--circuits"] = 100 };
        IReadOnlyList<int> pausesMs = [1000];
        IReadOnlyList<BrowserSetup> browsers = [BrowserSetup.HeadlessShell];
        var rest = args.Skip(positional.Count).ToList();
        for (var i = 0; i < rest.Count; i += 2)
        {
            if (i + 1 >= rest.Count)
            {
                return null;
            }

            if (rest[i] == "--pause-ms")
            {
                var paces = rest[i + 1].Split(',').Select(p => int.TryParse(p, CultureInfo.InvariantCulture, out var ms) && ms >= 0 ? ms : -1).ToList();
                if (paces.Contains(-1))
                {
                    return null;
                }

                pausesMs = paces;
            }
            else if (rest[i] == "--browsers")
            {
                browsers = rest[i + 1].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(BrowserSetup.Parse).ToList();
            }
            else if (!named.ContainsKey(rest[i]) || !int.TryParse(rest[i + 1], CultureInfo.InvariantCulture, out var value) || value < 0)
            {
                return null;
            }
            else
            {
                named[rest[i]] = value;
            }
        }

        return string.IsNullOrWhiteSpace(connectionString) || positional.Count > 1 || named["--agents"] < 1 || named["--circuits"] < 2 || browsers.Count == 0
            ? null
            : new BenchOptions(connectionString, named["--agents"], named["--interactions"], named["--warm-up"], named["--circuits"], pausesMs, browsers);
    }
}
