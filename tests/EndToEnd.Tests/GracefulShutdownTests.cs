using System.Net;
using CarRentalGateway.BackOffice.Hosting;
using CarRentalGateway.EndToEnd.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace CarRentalGateway.EndToEnd.Tests;

/// <summary>
/// What Kubernetes sees of an instance told to stop (SIGTERM): readiness fails at once, so no new traffic is sent
/// to it, while it stays alive and keeps serving for the drain delay; then it stops. The delay runs on a fake clock
/// the test moves, so nothing here depends on how fast the machine is.
/// </summary>
public sealed class GracefulShutdownTests
{
    [Fact]
    public async Task A_stopping_instance_fails_readiness_at_once_keeps_serving_through_the_drain_and_then_stops()
    {
        var drainClock = new FakeTimeProvider();
        await using var app = new BackOfficeAppFactory(
            new Dictionary<string, string> { ["Shutdown:DrainDelay"] = "00:10:00" }, shutdownClock: drainClock);
        using var client = new HttpClient { BaseAddress = app.BaseAddress };
        var lifetime = app.Services.GetRequiredService<IHostApplicationLifetime>();
        var stopped = new TaskCompletionSource();
        lifetime.ApplicationStopped.Register(() => stopped.TrySetResult());
        Assert.Equal(HttpStatusCode.OK, await StatusOfAsync(client, HealthEndpoints.ReadyPath));
        Assert.False(await ClosesConnectionAsync(client, "/Account/Login"));

        lifetime.StopApplication();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, await StatusOfAsync(client, HealthEndpoints.ReadyPath));
        Assert.Equal(HttpStatusCode.OK, await StatusOfAsync(client, HealthEndpoints.LivePath));
        Assert.Equal(HttpStatusCode.OK, await StatusOfAsync(client, "/Account/Login"));
        // A kept-alive connection would keep a browser on this instance: each response now closes its own.
        Assert.True(await ClosesConnectionAsync(client, "/Account/Login"));

        // The drain's timer starts as the host begins to stop, a moment after the request above: move the clock until
        // the host has stopped (a bound against a hang, not a timing).
        for (var attempt = 0; attempt < 100 && !stopped.Task.IsCompleted; attempt++)
        {
            drainClock.Advance(TimeSpan.FromMinutes(10));
            await Task.WhenAny(stopped.Task, Task.Delay(100));
        }

        Assert.True(stopped.Task.IsCompleted, "The instance did not stop once its drain delay had passed.");
        await Assert.ThrowsAsync<HttpRequestException>(() => StatusOfAsync(client, HealthEndpoints.LivePath));
    }

    [Fact]
    public async Task A_running_instance_is_ready_and_alive()
    {
        await using var app = new BackOfficeAppFactory(new Dictionary<string, string>());
        using var client = new HttpClient { BaseAddress = app.BaseAddress };

        Assert.Equal(HttpStatusCode.OK, await StatusOfAsync(client, HealthEndpoints.ReadyPath));
        Assert.Equal(HttpStatusCode.OK, await StatusOfAsync(client, HealthEndpoints.LivePath));
    }

    private static async Task<bool> ClosesConnectionAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return response.Headers.ConnectionClose == true;
    }

    private static async Task<HttpStatusCode> StatusOfAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return response.StatusCode;
    }
}
