using CarRentalGateway.BackOffice;
using CarRentalGateway.BackOffice.Components;
using CarRentalGateway.BackOffice.Components.Account;
using CarRentalGateway.BackOffice.Components.Layout;
using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Data.Generation;
using CarRentalGateway.BackOffice.Data.Seeding;
using CarRentalGateway.BackOffice.Features.RateSheets;
using CarRentalGateway.BackOffice.Features.Reports;
using CarRentalGateway.BackOffice.Hosting;
using CarRentalGateway.BackOffice.Observability;
using CarRentalGateway.BackOffice.Security;
using Microsoft.AspNetCore.Components.Server;

// A verb runs one job and exits instead of serving: "migrate" applies migrations, roles and the first Admin (the
// production deployment step); "load-bookings COUNT" bulk-loads generated bookings into MariaDB (for measuring).
var verb = CommandLineVerb.Read(args);
var builder = WebApplication.CreateBuilder(verb.Options);
builder.Configuration.AddCommandLine(verb.Options, new Dictionary<string, string>
{
    ["--demo-data"] = $"{DemoDataOptions.Section}:Enabled",
    ["--provider"] = $"{DatabaseOptions.Section}:Provider",
    ["--data-dir"] = $"{DatabaseOptions.Section}:DataDirectory",
});

builder.Services.AddBackOffice(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddBackOfficeTelemetry(builder.Configuration);
if (!builder.Environment.IsDevelopment())
{
    // A circuit's exceptions reach the browser in full only in Development, whatever "DetailedErrors" is set to.
    builder.Services.Configure<CircuitOptions>(circuit => circuit.DetailedErrors = false);
}

var app = builder.Build();

if (verb.Name == "migrate")
{
    await app.Services.InitializeDatabaseAsync(migrate: true, demoData: false);
    return;
}

await app.Services.InitializeDatabaseAsync(
    migrate: app.Services.GetRequiredService<DatabaseOptions>().MigrateOnStartup,
    demoData: app.Configuration.GetValue<bool>($"{DemoDataOptions.Section}:Enabled"));

if (verb.Name == LoadBookingsCommand.Verb)
{
    Environment.ExitCode = await LoadBookingsCommand.RunAsync(app.Services, verb.Values, CancellationToken.None);
    return;
}

app.UseConnectionCloseWhileDraining();
app.UseSecurityHeaders();
app.UseCorrelationId();
app.UseMetricsPort();
// Every cookie, the framework's and ours: HTTPS-only outside Development (`dotnet run` on http://localhost keeps
// signing in), never SameSite=None. HttpOnly is set per cookie: the theme cookie is written by script.
app.UseCookiePolicy(new CookiePolicyOptions
{
    MinimumSameSitePolicy = SameSiteMode.Lax,
    Secure = app.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always,
});

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
    app.UseHsts();
}

app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAuthentication();
app.UseAccountSetupGate();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets().AllowAnonymous();
app.MapThemeStylesheet();
app.MapBackOfficeHealthChecks();
app.MapMetrics();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.MapAdditionalIdentityEndpoints();
app.MapRateSheetEndpoints();
app.MapReportEndpoints();

await app.RunAsync();

/// <summary>The app's entry point, visible to the test hosts.</summary>
public partial class Program;
