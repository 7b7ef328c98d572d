using System.Text.Json;
using CarRentalGateway.BackOffice.Observability;
using CarRentalGateway.EndToEnd.Tests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace CarRentalGateway.EndToEnd.Tests;

/// <summary>What an open page's work writes to the log, in an app logging JSON (<see cref="JsonLogsFixture"/>).</summary>
[Collection(JsonLogsCollection.Name)]
public sealed class CircuitLogTests(JsonLogsFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public Task A_click_on_an_open_page_logs_under_the_id_of_its_circuit() => InBrowserAsync(async page =>
    {
        await SignInAsync(page, TestUsers.Support);
        Fixture.App.Logs.TakeAll();

        await page.Locator("#dark-mode-toggle").ClickAsync();
        await Expect(page.Locator("html")).ToHaveClassAsync("theme-dark");

        var lines = Fixture.App.Logs.TakeAll().Select(line => JsonDocument.Parse(line).RootElement).ToList();
        var handled = lines.Where(line => line.GetProperty("Message").GetString()!.StartsWith("Handling event", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(handled);
        var circuitIds = handled.Select(line => CircuitIdOf(line)).Distinct().ToList();
        Assert.NotNull(Assert.Single(circuitIds));
    });

    private static string? CircuitIdOf(JsonElement line) =>
        line.GetProperty("Scopes").EnumerateArray()
            .Where(scope => scope.ValueKind == JsonValueKind.Object && scope.TryGetProperty(CircuitLogScope.LogProperty, out _))
            .Select(scope => scope.GetProperty(CircuitLogScope.LogProperty).GetString())
            .SingleOrDefault();
}

/// <summary>
/// The app logging JSON with scopes, as in production, and the framework's event handling at Debug, so a click on an
/// open page writes lines a test can read.
/// </summary>
public sealed class JsonLogsFixture() : BackOfficeFixture(new Dictionary<string, string>
{
    ["Logging:Console:FormatterName"] = "json",
    ["Logging:Console:FormatterOptions:IncludeScopes"] = "true",
    ["Logging:LogLevel:Microsoft.AspNetCore.Components"] = "Debug",
});

/// <summary>The circuit log tests: their own app, so its debug lines never slow another test.</summary>
[CollectionDefinition(Name)]
public sealed class JsonLogsCollection : ICollectionFixture<JsonLogsFixture>
{
    public const string Name = "BackOffice logging JSON";
}
