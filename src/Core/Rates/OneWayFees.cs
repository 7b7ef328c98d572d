namespace CarRentalGateway.Core.Rates;

/// <summary>A supplier's one-way fees, looked up by direction.</summary>
public sealed class OneWayFees
{
    private readonly Dictionary<(Guid From, Guid To), OneWayFee> _byRoute;

    /// <summary>Two fees for the same direction would be corrupt data (storage keeps them unique) and throw.</summary>
    public OneWayFees(IEnumerable<OneWayFee> fees)
    {
        _byRoute = [];
        foreach (var fee in fees)
        {
            if (!_byRoute.TryAdd((fee.FromLocationId, fee.ToLocationId), fee))
            {
                throw new InvalidOperationException(
                    $"Two one-way fees from location {fee.FromLocationId} to location {fee.ToLocationId}.");
            }
        }
    }

    /// <summary>No one-way fees: every one-way trip is refused.</summary>
    public static OneWayFees None { get; } = new([]);

    /// <summary>The fee from <paramref name="fromLocationId"/> to <paramref name="toLocationId"/>; null when that direction is not offered.</summary>
    public OneWayFee? Find(Guid fromLocationId, Guid toLocationId) => _byRoute.GetValueOrDefault((fromLocationId, toLocationId));
}
