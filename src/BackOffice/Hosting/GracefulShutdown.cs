using Microsoft.Extensions.Options;

namespace CarRentalGateway.BackOffice.Hosting;

/// <summary>The <c>Shutdown</c> configuration section.</summary>
public sealed class ShutdownOptions
{
    public const string Section = "Shutdown";

    /// <summary>
    /// How long an instance that has been told to stop keeps serving while failing readiness, so the load balancer
    /// (which polls readiness) stops sending it new requests before it stops listening.
    /// </summary>
    public TimeSpan DrainDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>After the drain, how long requests still running get to finish before the host gives up on them.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>
/// Graceful shutdown on SIGTERM: from the moment ApplicationStopping is raised (synchronously, when the host starts
/// stopping) the instance is draining, so readiness fails at once; then, before any hosted service stops (the web server is one),
/// <see cref="StoppingAsync"/> waits out the drain delay with the server still serving; then the server stops
/// accepting and gives running requests the rest of <see cref="HostOptions.ShutdownTimeout"/>, which is the drain
/// delay plus <see cref="ShutdownOptions.RequestTimeout"/>.
/// </summary>
public sealed class GracefulShutdown(IHostApplicationLifetime lifetime, IOptions<ShutdownOptions> options, [FromKeyedServices(GracefulShutdown.ClockKey)] TimeProvider clock)
    : IHostedLifecycleService
{
    /// <summary>The clock the drain delay is timed by (the system's; a test's fake one lets the delay pass at once).</summary>
    public const string ClockKey = "shutdown-clock";

    private readonly Lock _gate = new();
    private Task? _drained;

    // Read from the token itself, not set by a callback of it: other callbacks (CircuitHandover's) run before ours would,
    // and must already see the instance as draining.
    public bool IsDraining => lifetime.ApplicationStopping.IsCancellationRequested;

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        // One drain per instance, however many times the host is asked to stop (a test host is stopped twice).
        lock (_gate)
        {
            _drained ??= Task.Delay(options.Value.DrainDelay, clock);
        }

        try
        {
            await _drained.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The shutdown timeout ran out during the drain: stop anyway.
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

internal static class GracefulShutdownRegistration
{
    /// <summary>
    /// While draining, every HTTP/1.1 response closes its connection: a browser's next request then opens a new one, which
    /// the load balancer sends to a ready instance, where a kept-alive connection would have stayed on this one to the end.
    /// </summary>
    public static IApplicationBuilder UseConnectionCloseWhileDraining(this IApplicationBuilder app)
    {
        var shutdown = app.ApplicationServices.GetRequiredService<GracefulShutdown>();
        return app.Use((context, next) =>
        {
            if (shutdown.IsDraining && HttpProtocol.IsHttp11(context.Request.Protocol))
            {
                context.Response.Headers.Connection = "close";
            }

            return next(context);
        });
    }

    public static IServiceCollection AddGracefulShutdown(this IServiceCollection services)
    {
        services.AddOptions<ShutdownOptions>().BindConfiguration(ShutdownOptions.Section);
        services.AddOptions<HostOptions>().Configure<IOptions<ShutdownOptions>>((host, shutdown) =>
            host.ShutdownTimeout = shutdown.Value.DrainDelay + shutdown.Value.RequestTimeout);
        services.AddKeyedSingleton(GracefulShutdown.ClockKey, (provider, _) => provider.GetRequiredService<TimeProvider>());
        services.AddSingleton<GracefulShutdown>();
        services.AddHostedService(provider => provider.GetRequiredService<GracefulShutdown>());
        return services;
    }
}
