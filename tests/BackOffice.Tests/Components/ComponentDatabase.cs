using System.Security.Claims;
using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Security;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CarRentalGateway.BackOffice.Tests.Components;

/// <summary>
/// Real SQLite files for component tests. The real migrations run once per test run, into a template
/// file; every test then works on its own copy, so tests never see each other's rows.
/// </summary>
internal static class ComponentDatabase
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), $"backoffice-component-tests-{Guid.NewGuid():N}");

    private static readonly Lazy<string> Template = new(
        () => Task.Run(MigrateTemplateAsync).GetAwaiter().GetResult(), LazyThreadSafetyMode.ExecutionAndPublication);

    static ComponentDatabase() => AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteFolder();

    public static IConfiguration ConfigurationFor(string path) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = nameof(DatabaseProvider.Sqlite),
            ["ConnectionStrings:Sqlite"] = ConnectionString(path),
        })
        .Build();

    /// <summary>A fresh, migrated, empty database file for one test.</summary>
    public static string CreateCopy()
    {
        var path = Path.Combine(Folder, $"{Guid.NewGuid():N}.db");
        File.Copy(Template.Value, path);
        return path;
    }

    public static void Delete(string path)
    {
        // Pooled connections keep the file open; close them before removing it.
        SqliteConnection.ClearPool(new SqliteConnection(ConnectionString(path)));

        // EF creates SQLite databases in WAL mode; its side files normally go with the last connection.
        foreach (var file in new[] { path, $"{path}-wal", $"{path}-shm" })
        {
            File.Delete(file);
        }
    }

    private static string ConnectionString(string path) => $"Data Source={path}";

    private static async Task<string> MigrateTemplateAsync()
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, "template.db");

        var services = new ServiceCollection();
        services.AddBackOfficeData(ConfigurationFor(path), Folder);
        services.AddScoped<ICurrentUser, Nobody>();
        await using (var provider = services.BuildServiceProvider())
        await using (var scope = provider.CreateAsyncScope())
        {
            var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>();
            await using var db = await factory.CreateDbContextAsync();
            await db.Database.MigrateAsync();
        }

        SqliteConnection.ClearPool(new SqliteConnection(ConnectionString(path)));
        return path;
    }

    private static void DeleteFolder()
    {
        try
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; failing the run over it is not.
        }
    }

    private sealed class Nobody : ICurrentUser
    {
        public Task<ClaimsPrincipal> GetPrincipalAsync() => Task.FromResult(new ClaimsPrincipal(new ClaimsIdentity()));
    }
}
