using CarRentalGateway.BackOffice.Data;
using Microsoft.Data.Sqlite;
using MySqlConnector;

namespace CarRentalGateway.BackOffice.Tests.Infrastructure;

/// <summary>
/// A real, empty database of one provider that exists only for some tests: a temp SQLite file, or a
/// <c>crg_test_*</c> database on the MariaDB server named by <see cref="MariaDbServer.ConnectionVariable"/>.
/// Disposing it deletes it.
/// </summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public abstract DatabaseProvider Provider { get; }

    /// <summary>The configuration entries that point the app at this database.</summary>
    public abstract IReadOnlyDictionary<string, string?> Settings { get; }

    public static async Task<TestDatabase> CreateEmptyAsync(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => SqliteTestDatabase.Create(),
        DatabaseProvider.MariaDb => await MariaDbTestDatabase.CreateAsync(),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "No test database for this provider."),
    };

    public abstract ValueTask DisposeAsync();
}

internal sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string _path;
    private readonly string _connectionString;

    private SqliteTestDatabase(string path)
    {
        _path = path;
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path }.ToString();
    }

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = nameof(DatabaseProvider.Sqlite),
        ["ConnectionStrings:Sqlite"] = _connectionString,
    };

    public static SqliteTestDatabase Create()
    {
        var folder = Path.Combine(Path.GetTempPath(), "crg-backoffice-tests");
        Directory.CreateDirectory(folder);
        return new SqliteTestDatabase(Path.Combine(folder, $"backoffice-{Guid.NewGuid():N}.db"));
    }

    public override ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open; let them go before deleting it.
        using (var connection = new SqliteConnection(_connectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm", _path + "-journal" })
        {
            File.Delete(file);
        }

        return ValueTask.CompletedTask;
    }
}

internal sealed class MariaDbTestDatabase : TestDatabase
{
    private readonly MariaDbServer _server;
    private readonly string _name;
    private readonly string _connectionString;

    private MariaDbTestDatabase(MariaDbServer server, string name)
    {
        _server = server;
        _name = name;
        _connectionString = server.ConnectionStringFor(name);
    }

    public override DatabaseProvider Provider => DatabaseProvider.MariaDb;

    public override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = nameof(DatabaseProvider.MariaDb),
        ["ConnectionStrings:MariaDb"] = _connectionString,
        ["Database:ServerVersion"] = _server.ServerVersion,
    };

    public static async Task<MariaDbTestDatabase> CreateAsync()
    {
        var server = MariaDbServer.FromEnvironment();
        var name = $"crg_test_{Guid.NewGuid():N}"[..21];
        await server.ExecuteAsync($"CREATE DATABASE `{name}`;");
        return new MariaDbTestDatabase(server, name);
    }

    public override async ValueTask DisposeAsync()
    {
        using (var connection = new MySqlConnection(_connectionString))
        {
            MySqlConnection.ClearPool(connection);
        }

        await _server.ExecuteAsync($"DROP DATABASE IF EXISTS `{_name}`;");
    }
}

/// <summary>The MariaDB server the tests use, as <c>./test.sh</c> describes it in two environment variables.</summary>
internal sealed class MariaDbServer
{
    public const string ConnectionVariable = "BACKOFFICE_TEST_MARIADB";
    public const string VersionVariable = "BACKOFFICE_TEST_MARIADB_VERSION";

    private readonly string _serverConnectionString;

    private MariaDbServer(string connectionString, string serverVersion)
    {
        _serverConnectionString = new MySqlConnectionStringBuilder(connectionString) { Database = "" }.ConnectionString;
        ServerVersion = serverVersion;
    }

    public string ServerVersion { get; }

    public static MariaDbServer FromEnvironment()
    {
        var connectionString = Environment.GetEnvironmentVariable(ConnectionVariable);
        var serverVersion = Environment.GetEnvironmentVariable(VersionVariable);
        if (string.IsNullOrWhiteSpace(connectionString) || string.IsNullOrWhiteSpace(serverVersion))
        {
            throw new InvalidOperationException(
                $"The MariaDB integration tests need a MariaDB server, and {ConnectionVariable} and {VersionVariable} are not both set. "
                + "Run the tests with ./test.sh, which starts a private MariaDB server and sets them "
                + $"(e.g. {ConnectionVariable}=\"Server=127.0.0.1;Port=3307;Database=backoffice_test;User ID=backoffice;Password=...;\" "
                + $"{VersionVariable}=10.11.14-mariadb). The MariaDB tests are never skipped: production runs on MariaDB.");
        }

        return new MariaDbServer(connectionString, serverVersion);
    }

    public string ConnectionStringFor(string database) =>
        new MySqlConnectionStringBuilder(_serverConnectionString) { Database = database }.ConnectionString;

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new MySqlConnection(_serverConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
