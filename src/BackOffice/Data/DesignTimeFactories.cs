using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CarRentalGateway.BackOffice.Data;

/// <summary>Lets <c>dotnet ef</c> build each provider's model without starting the app or reaching a server.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

internal sealed class MariaDbDesignTimeFactory : IDesignTimeDbContextFactory<MariaDbAppDbContext>
{
    public MariaDbAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<MariaDbAppDbContext>()
            .UseMySql("Server=localhost", ServerVersion.Parse(new DatabaseOptions().ServerVersion))
            .Options);
}
