using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace CarRentalGateway.BackOffice.Hosting;

/// <summary>
/// Where a paused page's state waits to be resumed. .NET 10 persists a circuit's state when the browser pauses it (sent to
/// the browser, or kept on the server when that fails) and when a disconnected circuit is evicted; it keeps it in the
/// registered <c>HybridCache</c> when there is one, else in this process's memory. With <c>ConnectionStrings:Redis</c> set,
/// that cache is backed by Redis, so any instance can resume a page another instance paused.
/// </summary>
public static class SharedCircuitState
{
    /// <summary>The connection string's name: <c>ConnectionStrings:Redis</c>, e.g. <c>redis:6379,password=…,ssl=true</c>.</summary>
    public const string ConnectionStringName = "Redis";

    /// <summary>Every key the app writes to Redis starts with this, so a shared Redis can tell them apart.</summary>
    public const string KeyPrefix = "crg-backoffice:";

    /// <summary>
    /// How long a paused page's state is kept (in Redis, and in memory on the instance that paused it): a page away longer
    /// than the idle timeout of its session (30 minutes) would have to sign in again anyway, and the state holds what the
    /// person typed, customers' details included. A resumed state is removed at once.
    /// </summary>
    public static readonly TimeSpan Retention = TimeSpan.FromMinutes(30);

    /// <summary>
    /// The framework's circuit options, settable by configuration, e.g. <c>Circuits:DisconnectedCircuitRetentionPeriod</c>:
    /// how long a page whose connection dropped keeps its circuit on its instance before the state is persisted (3 minutes).
    /// </summary>
    public const string Section = "Circuits";

    public static IServiceCollection AddSharedCircuitState(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CircuitOptions>(circuit =>
        {
            circuit.PersistedCircuitInMemoryRetentionPeriod = Retention;
            circuit.PersistedCircuitDistributedRetentionPeriod = Retention;
        });
        services.Configure<CircuitOptions>(configuration.GetSection(Section));

        var redis = configuration.GetConnectionString(ConnectionStringName);
        if (!string.IsNullOrWhiteSpace(redis))
        {
            services.AddStackExchangeRedisCache(cache =>
            {
                cache.Configuration = redis;
                cache.InstanceName = KeyPrefix;
            });
            // The framework takes the registered HybridCache for circuit state; it finds the Redis cache above as its
            // second level.
            services.AddHybridCache();
        }

        services.AddSingleton<CircuitHandover>();
        services.AddScoped<CircuitHandler, CircuitHandoverHandler>();
        return services;
    }
}
