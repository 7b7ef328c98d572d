using System.Data.Common;

namespace CarRentalGateway.BackOffice.Tests.Infrastructure;

/// <summary>What a test throws from an interceptor for a database that went away: a transient provider error.</summary>
internal sealed class ConnectionLost() : DbException("The test cut the connection to the database server.")
{
    public override bool IsTransient => true;
}
