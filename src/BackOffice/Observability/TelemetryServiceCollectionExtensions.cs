using CarRentalGateway.BackOffice.Data;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CarRentalGateway.BackOffice.Observability;

public static class TelemetryServiceCollectionExtensions
{
    public const string ServiceName = "carrentalgateway-backoffice";

    /// <summary>The standard variable that turns on the OTLP export of traces and metrics (and names where to).</summary>
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>
    /// The framework's meters worth a dashboard beside those the ASP.NET Core instrumentation adds (hosting, Kestrel,
    /// routing, authentication): Blazor's navigation and event handling, its circuits, and EF Core's queries, saves
    /// and concurrency failures.
    /// </summary>
    private static readonly string[] FrameworkMeters =
    [
        "Microsoft.AspNetCore.Components",
        "Microsoft.AspNetCore.Components.Server.Circuits",
        "Microsoft.EntityFrameworkCore",
    ];

    private const string LifecycleMeter = "Microsoft.AspNetCore.Components.Lifecycle";

    /// <summary>The meter of the app's own measurements and the database timing; shared with the service tests.</summary>
    public static IServiceCollection AddBackOfficeMetrics(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton<BackOfficeMetrics>();
        services.TryAddSingleton<DatabaseCommandTiming>();
        return services;
    }

    /// <summary>
    /// Metrics for Prometheus (HTTP, Kestrel, circuits, EF Core, the runtime, the app's own) and, when
    /// <see cref="OtlpEndpointVariable"/> is set, traces and metrics over OTLP. Traces have nowhere else to go, so
    /// without an OTLP endpoint none are recorded.
    /// </summary>
    public static IServiceCollection AddBackOfficeTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBackOfficeMetrics();
        services.AddOptions<MetricsOptions>().BindConfiguration(MetricsOptions.Section);
        services.TryAddEnumerable(ServiceDescriptor.Scoped<CircuitHandler, CircuitLogScope>());

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(FrameworkMeters)
                .AddMeter(BackOfficeMetrics.MeterName)
                // The ASP.NET Core instrumentation brings Blazor's lifecycle meter too: a histogram per component type,
                // hundreds of series from one page, for a profiler rather than a dashboard.
                .AddView(instrument => instrument.Meter.Name == LifecycleMeter ? MetricStreamConfiguration.Drop : null)
                .AddPrometheusExporter());

        if (!string.IsNullOrWhiteSpace(configuration[OtlpEndpointVariable]))
        {
            telemetry
                .WithTracing(tracing => tracing
                    // Scrapes and probes every few seconds would drown the requests people make.
                    .AddAspNetCoreInstrumentation(http => http.Filter = context =>
                        !context.Request.Path.StartsWithSegments(MetricsOptions.Path) && !context.Request.Path.StartsWithSegments("/health"))
                    .AddEntityFrameworkCoreInstrumentation()
                    // Blazor's own spans (.NET 10): a circuit starting, a page's route changing, an event handled.
                    .AddSource("Microsoft.AspNetCore.Components"))
                .UseOtlpExporter();
        }

        return services;
    }
}
