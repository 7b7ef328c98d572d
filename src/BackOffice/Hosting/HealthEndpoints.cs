using CarRentalGateway.BackOffice.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CarRentalGateway.BackOffice.Hosting;

/// <summary>The probes' endpoints, named once for the app, the Kubernetes manifests and their test.</summary>
public static class HealthEndpoints
{
    /// <summary>Liveness: the process answers HTTP. No dependency is checked: a database outage must not restart pods.</summary>
    public const string LivePath = "/health/live";

    /// <summary>Readiness: the database answers and the instance is not shutting down; otherwise no new traffic.</summary>
    public const string ReadyPath = "/health/ready";

    /// <summary>The tag of the checks readiness runs.</summary>
    public const string ReadyTag = "ready";

    /// <summary>
    /// How long readiness waits for the database. The check goes through the retrying execution strategy, which would
    /// keep a probe waiting through all its retries during an outage; cut short, it answers 503 within the readiness
    /// probe's own timeout (2 s in deploy/k8s/deployment.yaml) instead of leaving the probe to time out.
    /// </summary>
    public static readonly TimeSpan DatabaseCheckTimeout = TimeSpan.FromSeconds(1.5);

    private const string DatabaseCheck = "database";

    public static IServiceCollection AddBackOfficeHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddDbContextCheck<AppDbContext>(DatabaseCheck, tags: [ReadyTag])
            .AddCheck<ShutdownHealthCheck>("shutdown", tags: [ReadyTag]);
        services.Configure<HealthCheckServiceOptions>(options =>
            options.Registrations.Single(check => check.Name == DatabaseCheck).Timeout = DatabaseCheckTimeout);
        services.AddGracefulShutdown();
        return services;
    }

    public static IEndpointRouteBuilder MapBackOfficeHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        endpoints.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) }).AllowAnonymous();
        return endpoints;
    }
}

/// <summary>Unhealthy from the moment the app is told to stop, so the load balancer takes the instance out first.</summary>
internal sealed class ShutdownHealthCheck(GracefulShutdown shutdown) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(shutdown.IsDraining
            ? HealthCheckResult.Unhealthy("The instance is shutting down.")
            : HealthCheckResult.Healthy());
}
