using Microsoft.Extensions.Options;

namespace CarRentalGateway.BackOffice.Observability;

/// <summary>
/// /metrics for the scraper, without sign-in: it holds counts and durations by route, report and outcome, never a
/// person. With <see cref="MetricsOptions.Port"/> set, only that port serves it and that port serves nothing else, so
/// the cluster scrapes it while the ingress, which routes to the app's own port, never exposes it.
/// </summary>
public static class MetricsEndpoint
{
    /// <summary>Early in the pipeline, before anything answers: keeps /metrics and the pages on their own ports.</summary>
    public static IApplicationBuilder UseMetricsPort(this IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<IOptions<MetricsOptions>>().Value;
        if (!options.Enabled || options.Port is not { } port)
        {
            return app;
        }

        return app.Use((context, next) =>
        {
            var onMetricsPort = context.Connection.LocalPort == port;
            var forMetrics = context.Request.Path.StartsWithSegments(MetricsOptions.Path);
            if (onMetricsPort == forMetrics)
            {
                return next(context);
            }

            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
    }

    public static IEndpointRouteBuilder MapMetrics(this IEndpointRouteBuilder endpoints)
    {
        if (endpoints.ServiceProvider.GetRequiredService<IOptions<MetricsOptions>>().Value.Enabled)
        {
            endpoints.MapPrometheusScrapingEndpoint(MetricsOptions.Path).AllowAnonymous();
        }

        return endpoints;
    }
}
