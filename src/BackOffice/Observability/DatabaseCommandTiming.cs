using System.Data.Common;
using CarRentalGateway.BackOffice.Data;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CarRentalGateway.BackOffice.Observability;

/// <summary>
/// Times every SQL command EF Core sends, for <see cref="BackOfficeMetrics"/>: neither SQLite's nor MariaDB's ADO.NET
/// driver publishes a command duration, and EF Core's own meter only counts. A query is timed until its first
/// results arrive, not while its rows are read.
/// </summary>
public sealed class DatabaseCommandTiming(BackOfficeMetrics metrics, DatabaseOptions database) : DbCommandInterceptor
{
    private readonly string system = database.Provider == DatabaseProvider.Sqlite ? "sqlite" : "mariadb";

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Ran(eventData);
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Ran(eventData);
        return ValueTask.FromResult(result);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Ran(eventData);
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Ran(eventData);
        return ValueTask.FromResult(result);
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Ran(eventData);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Ran(eventData);
        return ValueTask.FromResult(result);
    }

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) =>
        metrics.DatabaseCommandRan(system, eventData.Duration, eventData.Exception.GetType().FullName);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        CommandFailed(command, eventData);
        return Task.CompletedTask;
    }

    private void Ran(CommandExecutedEventData eventData) => metrics.DatabaseCommandRan(system, eventData.Duration, errorType: null);
}
