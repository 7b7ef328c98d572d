using MySqlConnector;

namespace CarRentalGateway.Load.Bench;

/// <summary>What callers give an agent, taken from the data: customers' names and booking references.</summary>
internal sealed record CallerSamples(IReadOnlyList<string> Names, IReadOnlyList<string> References, long Bookings)
{
    public static async Task<CallerSamples> ReadAsync(string connectionString, int seed, int count)
    {
        await using var connection = new MySqlConnection(connectionString);
        await connection.OpenAsync();
        var bookings = Convert.ToInt64(await ScalarAsync(connection, "SELECT COUNT(*) FROM Bookings"), System.Globalization.CultureInfo.InvariantCulture);
        var first = (DateTime)(await ScalarAsync(connection, "SELECT MIN(CreatedAtUtc) FROM Bookings"))!;
        var last = (DateTime)(await ScalarAsync(connection, "SELECT MAX(CreatedAtUtc) FROM Bookings"))!;
        // A seek on the sale-time index at random moments: ORDER BY RAND() would read a million rows.
        var random = new Random(seed);
        var (names, references) = (new List<string>(count), new List<string>(count));
        await using var next = new MySqlCommand(
            "SELECT CustomerName, Reference FROM Bookings WHERE CreatedAtUtc >= @at ORDER BY CreatedAtUtc LIMIT 1", connection);
        var at = next.Parameters.Add("@at", MySqlDbType.DateTime);
        for (var i = 0; i < count; i++)
        {
            at.Value = first + ((last - first) * random.NextDouble());
            await using var reader = await next.ExecuteReaderAsync();
            if (await reader.ReadAsync())
            {
                names.Add(reader.GetString(0));
                references.Add(reader.GetString(1));
            }
        }

        return new CallerSamples(names, references, bookings);
    }

    public static async Task<string> ServerVersionAsync(string connectionString)
    {
        await using var connection = new MySqlConnection(connectionString);
        await connection.OpenAsync();
        return (string)(await ScalarAsync(connection, "SELECT VERSION()"))!;
    }

    private static async Task<object?> ScalarAsync(MySqlConnection connection, string sql)
    {
        await using var command = new MySqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
