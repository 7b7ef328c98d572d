namespace CarRentalGateway.BackOffice.Features.Reports;

public static class ReportRows
{
    private const int ReportEvery = 1_000;

    /// <summary>
    /// The rows as they go by, telling <paramref name="progress"/> the running count every thousand rows and at the
    /// end; <paramref name="before"/> is what earlier sheets of the same file wrote.
    /// </summary>
    public static async IAsyncEnumerable<TRow> Counted<TRow>(this IAsyncEnumerable<TRow> rows, IProgress<int> progress, int before = 0)
    {
        var count = before;
        await foreach (var row in rows)
        {
            yield return row;
            if (++count % ReportEvery == 0)
            {
                progress.Report(count);
            }
        }

        progress.Report(count);
    }
}
