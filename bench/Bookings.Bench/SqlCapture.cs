using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CarRentalGateway.Bookings.Bench;

/// <summary>
/// Sees every SQL statement EF sends: keeps the last search's statements (with their parameters) for EXPLAIN, and,
/// when told to, makes the server ignore the bookings table's secondary indexes, so the same query runs as it would
/// without the project's indexes (InnoDB keeps the foreign keys' indexes, but IGNORE INDEX keeps the planner off them).
/// </summary>
internal sealed partial class SqlCapture(IReadOnlyList<string> bookingIndexes) : DbCommandInterceptor
{
    private readonly List<CapturedCommand> _commands = [];

    public bool WithoutIndexes { get; set; }

    public IReadOnlyList<CapturedCommand> Commands => _commands;

    public void Clear() => _commands.Clear();

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Capture(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Capture(command);
        return ValueTask.FromResult(result);
    }

    private void Capture(DbCommand command)
    {
        if (WithoutIndexes)
        {
            command.CommandText = BookingsTable().Replace(command.CommandText, match => $"{match.Value} IGNORE INDEX ({string.Join(", ", bookingIndexes)})");
        }

        _commands.Add(new CapturedCommand(
            command.CommandText,
            command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value)).ToList()));
    }

    [GeneratedRegex(@"`Bookings` AS `\w+`")]
    private static partial Regex BookingsTable();
}

internal sealed record CapturedCommand(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters);
