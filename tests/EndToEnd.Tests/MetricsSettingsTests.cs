using System.Net;
using System.Net.Sockets;
using CarRentalGateway.BackOffice.Observability;
using CarRentalGateway.EndToEnd.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CarRentalGateway.EndToEnd.Tests;

/// <summary>Who can read /metrics, as the Metrics settings decide: each test runs an app of its own, as deployed.</summary>
public sealed class MetricsSettingsTests
{
    [Fact]
    public async Task With_a_metrics_port_only_that_port_serves_metrics_and_it_serves_nothing_else()
    {
        var metricsPort = FreeLoopbackPort();
        await using var app = new BackOfficeAppFactory(
            new Dictionary<string, string>
            {
                ["Metrics:Port"] = metricsPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                // A second endpoint beside the test's own, as ASPNETCORE_HTTP_PORTS=8080;9464 gives a deployed app.
                ["Kestrel:Endpoints:Metrics:Url"] = $"http://127.0.0.1:{metricsPort}",
            },
            environment: "Production");
        _ = app.BaseAddress;
        var appPort = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Select(address => new Uri(address).Port)
            .Single(port => port != metricsPort);
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{appPort}/") };
        using var scraper = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{metricsPort}/") };

        Assert.Equal(HttpStatusCode.OK, await StatusOfAsync(client, "/Account/Login"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync(client, MetricsOptions.Path));
        Assert.Equal(HttpStatusCode.OK, await StatusOfAsync(scraper, MetricsOptions.Path));
        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync(scraper, "/Account/Login"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync(scraper, "/health/ready"));
    }

    [Fact]
    public async Task Metrics_turned_off_are_an_unknown_address_that_asks_for_a_sign_in()
    {
        await using var app = new BackOfficeAppFactory(new Dictionary<string, string> { ["Metrics:Enabled"] = "false" }, environment: "Production");
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };

        using var response = await client.GetAsync(MetricsOptions.Path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login", response.Headers.Location?.AbsolutePath);
    }

    private static async Task<HttpStatusCode> StatusOfAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return response.StatusCode;
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
