using CarRentalGateway.BackOffice;
using CarRentalGateway.BackOffice.Components;
using CarRentalGateway.BackOffice.Components.Account;
using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Data.Seeding;
using CarRentalGateway.BackOffice.Features.RateSheets;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

// "migrate" applies migrations, roles and the first Admin, then exits: the production deployment step.
var migrateOnly = args.FirstOrDefault() == "migrate";
var builder = WebApplication.CreateBuilder(migrateOnly ? args[1..] : args);
builder.Configuration.AddCommandLine(args.SkipWhile(a => a == "migrate").ToArray(), new Dictionary<string, string>
{
    ["--demo-data"] = $"{DemoDataOptions.Section}:Enabled",
    ["--provider"] = $"{DatabaseOptions.Section}:Provider",
    ["--data-dir"] = $"{DatabaseOptions.Section}:DataDirectory",
});

builder.Services.AddBackOffice(builder.Configuration, builder.Environment.ContentRootPath);

var app = builder.Build();

if (migrateOnly)
{
    await app.Services.InitializeDatabaseAsync(migrate: true, demoData: false);
    return;
}

await app.Services.InitializeDatabaseAsync(
    migrate: app.Services.GetRequiredService<DatabaseOptions>().MigrateOnStartup,
    demoData: app.Configuration.GetValue<bool>($"{DemoDataOptions.Section}:Enabled"));

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
    app.UseHsts();
}

app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets().AllowAnonymous();
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.MapAdditionalIdentityEndpoints();
app.MapRateSheetEndpoints();

await app.RunAsync();

/// <summary>The app's entry point, visible to the test hosts.</summary>
public partial class Program;
