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
public sealed class GracefulShutdownTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _drainClock = new();
    private readonly BackOfficeAppFactory _app;
    private HttpClient? _client;

    public GracefulShutdownTests() =>
        _app = new BackOfficeAppFactory(new Dictionary<string, string> { ["Shutdown:DrainDelay"] = "00:10:00" }, shutdownClock: _drainClock);

    private HttpClient Client => _client ?? throw new InvalidOperationException("The app has not started.");

    public Task InitializeAsync()
    {
        _client = new HttpClient { BaseAddress = _app.BaseAddress };
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task A_stopping_instance_fails_readiness_at_once_keeps_serving_through_the_drain_and_then_stops()
    {
        var lifetime = _app.Services.GetRequiredService<IHostApplicationLifetime>();
        var stopped = new TaskCompletionSource();
        lifetime.ApplicationStopped.Register(() => stopped.TrySetResult());
        Assert.Equal(HttpStatusCode.OK, await StatusOfAsync(HealthEndpoints.ReadyPath));

        lifetime.StopApplication();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, await StatusOfAsync(HealthEndpoints.ReadyPath));
        Assert.Equal(HttpStatusCode.OK, await StatusOfAsync(HealthEndpoints.LivePath));
        Assert.Equal(HttpStatusCode.OK, await StatusOfAsync("/Account/Login"));

        _drainClock.Advance(TimeSpan.FromMinutes(10));

        // A bound against a hang, not a timing: the stop needs no more time from the test's clock.
        await stopped.Task.WaitAsync(TimeSpan.FromMinutes(2));
        await Assert.ThrowsAsync<HttpRequestException>(() => StatusOfAsync(HealthEndpoints.LivePath));
    }

    [Fact]
    public async Task A_running_instance_is_ready_and_alive()
    {
        Assert.Equal(HttpStatusCode.OK, await StatusOfAsync(HealthEndpoints.ReadyPath));
        Assert.Equal(HttpStatusCode.OK, await StatusOfAsync(HealthEndpoints.LivePath));
    }

    private async Task<HttpStatusCode> StatusOfAsync(string path)
    {
        using var response = await Client.GetAsync(path);
        return response.StatusCode;
    }
}
