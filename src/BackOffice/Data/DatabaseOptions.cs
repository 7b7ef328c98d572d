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
}
