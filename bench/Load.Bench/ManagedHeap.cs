using System.Diagnostics.Tracing;
using System.Globalization;
using Microsoft.Diagnostics.NETCore.Client;

namespace CarRentalGateway.Load.Bench;

/// <summary>
/// The app's managed heap, read from outside: a full blocking collection asked of its runtime over the diagnostics
/// port (an EventPipe session with the GC's "collect the heap" keyword, as dotnet-gcdump does), then the heap size after
/// that collection and its fragmentation from the runtime metrics on /metrics, which the app already serves without
/// sign-in. The heap size counts the free gaps between live objects that the collection left in place (pinned network
/// buffers keep it from compacting everything), which come and go with the collector's choices; what the live objects
/// take is the heap size less those gaps.
/// </summary>
internal sealed class ManagedHeap(int pid, HttpClient app)
{
    private const string RuntimeProvider = "Microsoft-Windows-DotNETRuntime";
    private const long GcHeapCollectKeyword = 0x800000;

    /// <summary>The heap after two forced full collections (the second frees what finalizers let go).</summary>
    public async Task<HeapReading> AfterFullCollectionAsync()
    {
        await CollectAsync();
        await CollectAsync();
        var metrics = await ScrapeAsync();
        return new HeapReading(
            (long)AppMetrics.Sum(metrics, "dotnet_gc_last_collection_heap_size_bytes"),
            (long)AppMetrics.Sum(metrics, "dotnet_gc_last_collection_heap_fragmentation_size_bytes"));
    }

    private static double FullCollections(string[] metrics) =>
        AppMetrics.Sum(metrics, "dotnet_gc_collections_total", "gc_heap_generation=\"gen2\"");

    private async Task CollectAsync()
    {
        var before = FullCollections(await ScrapeAsync());
        var client = new DiagnosticsClient(pid);
        using var session = await client.StartEventPipeSessionAsync(
            [new EventPipeProvider(RuntimeProvider, EventLevel.Informational, GcHeapCollectKeyword)], requestRundown: false, circularBufferMB: 16, CancellationToken.None);
        // The session's events are not needed, but they must be read, or the runtime waits for room to write them.
        var drain = session.EventStream.CopyToAsync(Stream.Null);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (FullCollections(await ScrapeAsync()) <= before)
        {
            if (waited.Elapsed > TimeSpan.FromSeconds(30))
            {
                throw new TimeoutException("The app's runtime did not make the full collection it was asked for within 30 s.");
            }

            await Task.Delay(100);
        }

        await session.StopAsync(CancellationToken.None);
        await drain;
    }

    private async Task<string[]> ScrapeAsync() => await AppMetrics.ScrapeAsync(app);
}

/// <summary>Bytes of the managed heap, and of its free gaps, after a collection.</summary>
internal sealed record HeapReading(long HeapBytes, long FragmentationBytes)
{
    public long LiveBytes => HeapBytes - FragmentationBytes;
}

/// <summary>The app's /metrics page (Prometheus text) and sums over its samples.</summary>
internal static class AppMetrics
{
    public static async Task<string[]> ScrapeAsync(HttpClient app) =>
        (await app.GetStringAsync(new Uri("/metrics", UriKind.Relative))).Split('\n');

    /// <summary>The sum of the samples of <paramref name="name"/>, of those with <paramref name="label"/> when one is given.</summary>
    public static double Sum(IEnumerable<string> metrics, string name, string? label = null) => metrics
        .Where(line => line.StartsWith(name + "{", StringComparison.Ordinal) || line.StartsWith(name + " ", StringComparison.Ordinal))
        .Where(line => label is null || line.Contains(label, StringComparison.Ordinal))
        .Sum(line => double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));
}
