using System.Diagnostics;
using System.Runtime;
using System.Runtime.InteropServices;
using CarRentalGateway.Core.Pricing;
using CarRentalGateway.Pricing.Bench;

// Full quotes (supplier base + rules) per second on one thread, with 10, 100 and 1,000 active rules, the
// indexed rule match against the evaluate-every-rule scan. Each configuration warms up for a CPU second, then runs
// seven timed rounds of at least half a CPU second each; the median round is reported.
const int Seed = 20_260_610;
const int TripCount = 4_096;
const int Rounds = 7;
var warmUp = TimeSpan.FromSeconds(1);
var round = TimeSpan.FromMilliseconds(500);

var world = BrokerWorld.Generate(new Random(Seed));
var trips = world.Trips(new Random(Seed + 1), TripCount);
Console.WriteLine($"{RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}, {RuntimeInformation.ProcessArchitecture}, " +
                  $"{Environment.ProcessorCount} logical cores, {(GCSettings.IsServerGC ? "server" : "workstation")} GC, one thread");
Console.WriteLine($"World: {world.Suppliers.Count} suppliers, {world.Suppliers.Sum(s => s.Stations.Count)} stations, " +
                  $"{world.Suppliers.Sum(s => s.Offers.Count)} offers; {trips.Count} trips of 3-10 days, cycled");

// `-- simulate [rule counts]` measures the pricing simulation over 100,000 bookings instead (SimulationBench).
if (args.FirstOrDefault() == "simulate")
{
    SimulationBench.Run(world, Seed, args.Length > 1 ? args.Skip(1).Select(int.Parse).ToArray() : [100, 1_000]);
    return;
}

Console.WriteLine();
Console.WriteLine("| active rules | matching | quotes per CPU second | µs CPU per quote | quotes per wall-clock second | bytes allocated per quote | priced | rules applied per quote |");
Console.WriteLine("|---:|---|---:|---:|---:|---:|---:|---:|");

// The rule counts to measure can be given on the command line: `-- 1000` measures 1,000 rules alone.
var ruleCounts = args.Length > 0 ? args.Select(int.Parse).ToArray() : [10, 100, 1_000];
foreach (var ruleCount in ruleCounts)
{
    var rules = BrokerRules.Generate(world, ruleCount, new Random(Seed + ruleCount));
    var engines = new[] { new PricingEngine(rules), new PricingEngine(rules, RuleMatching.ScanEveryRule) };
    var (priced, applied) = CheckSameQuotes(engines[0], engines[1]);
    foreach (var (engine, matching) in engines.Zip([RuleMatching.Indexed, RuleMatching.ScanEveryRule]))
    {
        var (perCpuSecond, perSecond, bytesPerQuote) = Measure(engine);
        Console.WriteLine(
            $"| {ruleCount:N0} | {matching} | {perCpuSecond:N0} | {1_000_000 / perCpuSecond:N2} | {perSecond:N0} | {bytesPerQuote:N0} | " +
            $"{priced:P0} | {applied:N1} |");
    }
}

return;

// Both engines must give the same outcome for every trip, or the comparison means nothing.
(double Priced, double AppliedRules) CheckSameQuotes(PricingEngine indexed, PricingEngine scan)
{
    var (priced, applied) = (0, 0);
    foreach (var (offer, trip) in trips)
    {
        var (a, b) = (indexed.Price(offer, trip), scan.Price(offer, trip));
        if (a.Refusal != b.Refusal || (a.Quote is { } quote && !quote.Steps.SequenceEqual(b.Quote!.Steps)))
        {
            throw new InvalidOperationException($"Indexed and scanned pricing differ for {offer.Offer.Acriss} on {trip.PickUpLocal:yyyy-MM-dd}.");
        }

        priced += a.IsPriced ? 1 : 0;
        applied += a.Quote?.AppliedRules.Count() ?? 0;
    }

    return ((double)priced / trips.Count, (double)applied / Math.Max(priced, 1));
}

// Rounds are timed by the thread's CPU time (what one core does) and by the wall clock (what the neighbours allow).
(double PerCpuSecond, double PerSecond, long BytesPerQuote) Measure(PricingEngine engine)
{
    var checksum = 0L;
    var warmUpEnd = ThreadClock.Now + warmUp;
    while (ThreadClock.Now < warmUpEnd)
    {
        checksum += PriceAll(engine);
    }

    var (perCpuSecond, perSecond) = (new double[Rounds], new double[Rounds]);
    var (quotes, allocatedBefore) = (0L, GC.GetAllocatedBytesForCurrentThread());
    for (var r = 0; r < Rounds; r++)
    {
        var passes = 0;
        var (cpuStart, wall) = (ThreadClock.Now, Stopwatch.StartNew());
        while (ThreadClock.Now - cpuStart < round)
        {
            checksum += PriceAll(engine);
            passes++;
        }

        var priced = passes * (double)trips.Count;
        (perCpuSecond[r], perSecond[r]) = (priced / (ThreadClock.Now - cpuStart).TotalSeconds, priced / wall.Elapsed.TotalSeconds);
        quotes += passes * (long)trips.Count;
    }

    var bytesPerQuote = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / quotes;
    GC.KeepAlive(checksum);
    return (Median(perCpuSecond), Median(perSecond), bytesPerQuote);
}

static double Median(double[] values)
{
    Array.Sort(values);
    return values[values.Length / 2];
}

// The customer totals added up, so no quote can be optimised away.
long PriceAll(PricingEngine engine)
{
    var sum = 0L;
    foreach (var (offer, trip) in trips)
    {
        sum += engine.Price(offer, trip).Quote?.CustomerTotal.MinorUnits ?? 0;
    }

    return sum;
}
