namespace CarRentalGateway.BackOffice.Data;

public enum DatabaseProvider
{
    Sqlite,
    MariaDb,
}

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Where the SQLite file lives; relative paths are under the app's content root.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>The MariaDB server version, stated rather than auto-detected so start-up and tools need no server.</summary>
    public string ServerVersion { get; set; } = "10.11.0-mariadb";

    /// <summary>Apply pending migrations when the web app starts. Production runs the <c>migrate</c> command instead.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>
    /// MariaDB: how many times a command that failed for a transient reason (connection refused or lost, deadlock) is
    /// tried again. With <see cref="MaxRetryDelay"/> the waits are about 0, 1, 3 and 4 seconds: a user on the phone
    /// waits some 8 seconds for a database that is gone, and anything back within that is never noticed.
    /// </summary>
    public int MaxRetryCount { get; set; } = 4;

    /// <summary>MariaDB: the longest wait between two tries (the waits grow exponentially up to it).</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(4);
}
