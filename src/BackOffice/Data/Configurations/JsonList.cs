using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CarRentalGateway.BackOffice.Data.Configurations;

/// <summary>A list stored as JSON text (money and enums as <see cref="BookingJson"/> writes them), compared item by item so an unchanged list is no change.</summary>
internal static class JsonList<T>
{
    public static readonly ValueConverter<IReadOnlyList<T>, string> Converter = new(
        items => JsonSerializer.Serialize(items, BookingJson.Options),
        json => JsonSerializer.Deserialize<T[]>(json, BookingJson.Options) ?? Array.Empty<T>());

    public static readonly ValueComparer<IReadOnlyList<T>> Comparer = new(
        (a, b) => a!.SequenceEqual(b!),
        items => items.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
        items => items.ToArray());
}
