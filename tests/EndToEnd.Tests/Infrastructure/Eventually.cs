namespace CarRentalGateway.EndToEnd.Tests.Infrastructure;

/// <summary>Waits for something the app does in its own time (a page's periodic check, a metrics export).</summary>
public static class Eventually
{
    /// <summary>
    /// Reads until <paramref name="holds"/> is true of what was read, for up to 10 seconds (a bound against a hang, not a
    /// timing), and returns that reading; else fails with <paramref name="failure"/> of the last one.
    /// </summary>
    public static async Task<T> ReadUntilAsync<T>(Func<Task<T>> read, Func<T, bool> holds, Func<T, string> failure)
    {
        var last = await read();
        for (var attempt = 0; attempt < 50 && !holds(last); attempt++)
        {
            await Task.Delay(200);
            last = await read();
        }

        Assert.True(holds(last), failure(last));
        return last;
    }
}
