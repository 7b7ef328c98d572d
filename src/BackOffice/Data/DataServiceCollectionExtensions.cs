using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.BackOffice.Observability;
using Microsoft.EntityFrameworkCore;

namespace CarRentalGateway.BackOffice.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IDbContextFactory{AppDbContext}"/> for the configured provider. The factory is
    /// scoped because its auditing interceptor needs the scope's user (a circuit's or a request's).
    /// </summary>
    public static IServiceCollection AddBackOfficeData(
        this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton(options);
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<AuditingInterceptor>();
        services.AddBackOfficeMetrics();

        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                var sqlite = SqliteConnectionString(configuration, options, contentRoot);
                services.AddProviderContext<SqliteAppDbContext>((sp, db) => db
                    .UseSqlite(sqlite)
                    .AddInterceptors(sp.GetRequiredService<AuditingInterceptor>(), sp.GetRequiredService<DatabaseCommandTiming>()));
                break;
            case DatabaseProvider.MariaDb:
                var mariaDb = configuration.GetConnectionString("MariaDb")
                    ?? throw new InvalidOperationException("Database:Provider is MariaDb but ConnectionStrings:MariaDb is not set.");
                var serverVersion = ServerVersion.Parse(options.ServerVersion);
                services.AddProviderContext<MariaDbAppDbContext>((sp, db) => db
                    .UseMySql(mariaDb, serverVersion, my => my.EnableRetryOnFailure(options.MaxRetryCount, options.MaxRetryDelay, errorNumbersToAdd: []))
                    .AddInterceptors(sp.GetRequiredService<AuditingInterceptor>(), sp.GetRequiredService<DatabaseCommandTiming>()));
                break;
            default:
                throw new InvalidOperationException($"Unknown Database:Provider '{options.Provider}'.");
        }

        // Identity's stores and the health check resolve the context itself.
        services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext());
        return services;
    }

    /// <summary><c>ConnectionStrings:Sqlite</c> when set, otherwise <c>backoffice.db</c> in the data folder.</summary>
    public static string SqliteConnectionString(IConfiguration configuration, DatabaseOptions options, string contentRoot)
    {
        if (configuration.GetConnectionString("Sqlite") is { Length: > 0 } configured)
        {
            return configured;
        }

        var folder = Path.GetFullPath(Path.Combine(contentRoot, options.DataDirectory));
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "backoffice.db")}";
    }

    private static void AddProviderContext<TContext>(
        this IServiceCollection services, Action<IServiceProvider, DbContextOptionsBuilder> configure)
        where TContext : AppDbContext
    {
        services.AddDbContextFactory<TContext>(configure, ServiceLifetime.Scoped);
        services.AddScoped<IDbContextFactory<AppDbContext>, ProviderContextFactory<TContext>>();
    }

    /// <summary>Hands out the provider's context type as the <see cref="AppDbContext"/> everyone else uses.</summary>
    private sealed class ProviderContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<AppDbContext>
        where TContext : AppDbContext
    {
        public AppDbContext CreateDbContext() => inner.CreateDbContext();

        public async Task<AppDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
            await inner.CreateDbContextAsync(cancellationToken);
    }
}
