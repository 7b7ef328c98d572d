namespace CarRentalGateway.BackOffice.Data.Generation;

/// <summary>Draws values in proportion to their weights: how generated data gets its skews (short rentals, summer pick-ups).</summary>
internal sealed class Weighted<T>
{
    private readonly T[] _values;
    private readonly int[] _cumulative;

    public Weighted(IEnumerable<(T Value, int Weight)> choices)
    {
        var list = choices.Where(c => c.Weight > 0).ToList();
        _values = list.Select(c => c.Value).ToArray();
        _cumulative = new int[list.Count];
        var total = 0;
        for (var i = 0; i < list.Count; i++)
        {
            total += list[i].Weight;
            _cumulative[i] = total;
        }
    }

    public T Next(Random random)
    {
        var index = Array.BinarySearch(_cumulative, random.Next(_cumulative[^1]) + 1);
        return _values[index < 0 ? ~index : index];
    }
}

internal static class RandomChoices
{
    public static T Pick<T>(this Random random, IReadOnlyList<T> values) => values[random.Next(values.Count)];

    /// <summary>True with probability <paramref name="probability"/>.</summary>
    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    /// <summary>An exponentially distributed duration: many short, a few long, as waiting times are.</summary>
    public static TimeSpan Exponential(this Random random, TimeSpan mean) => mean * -Math.Log(1 - random.NextDouble());
}
