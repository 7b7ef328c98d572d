using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CarRentalGateway.BackOffice.Tests.Features.Pricing;

/// <summary>
/// Once armed, lets the next UPDATE command reach the database and run, then fails: a save that has already written
/// part of its changes inside its transaction and breaks off, as a lost connection or a full disk would.
/// </summary>
internal sealed class FailAfterFirstUpdate : DbCommandInterceptor
{
    private int _armed;

    public void Arm() => Interlocked.Exchange(ref _armed, 1);

    public override ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        FailIfArmed(command);
        return base.ReaderExecutedAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<int> NonQueryExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        FailIfArmed(command);
        return base.NonQueryExecutedAsync(command, eventData, result, cancellationToken);
    }

    private void FailIfArmed(DbCommand command)
    {
        if (command.CommandText.Contains("UPDATE", StringComparison.OrdinalIgnoreCase) && Interlocked.Exchange(ref _armed, 0) == 1)
        {
            throw new InvalidOperationException("The test broke this save off after its first UPDATE had run.");
        }
    }
}
