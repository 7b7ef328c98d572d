using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.Core.Suppliers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MudBlazor.Services;

namespace CarRentalGateway.BackOffice.Tests.Components;

/// <summary>
/// A bUnit context with the app's own data, authorization and feature registrations over a real SQLite
/// file, MudBlazor's services, and a signed-in user whose role the test picks with <see cref="SignInAs"/>.
/// </summary>
/// <remarks>
/// Two authorization decisions are made in a rendered page, and each is made by what makes it in the app:
/// <list type="bullet">
/// <item><c>AuthorizeView</c> asks <see cref="IAuthorizationService"/>. bUnit's <c>AddAuthorization()</c>
/// replaces that service and the policy provider with its doubles, which answer from the policies
/// <see cref="SignInAs"/> copies out of <see cref="Policies.Matrix"/>.</item>
/// <item>Services ask <see cref="AccessGuard"/>. Resolved normally it would get bUnit's double too (the app's
/// <c>AddAuthorizationCore</c> only try-adds the real service, and bUnit has already put a placeholder there), so it is
/// registered over a real <see cref="DefaultAuthorizationService"/> built from the app's
/// <see cref="AuthorizationOptions"/>: the real policies, evaluated against the same principal that
/// <c>AuthorizeView</c> sees (bUnit's authentication state, handed out by <see cref="SignedInUser"/>).</item>
/// </list>
/// </remarks>
public abstract class ComponentTestContext : BunitContext, IAsyncLifetime
{
    private readonly string _databasePath;
    private bool _databaseDeleted;

    protected ComponentTestContext()
    {
        _databasePath = ComponentDatabase.CreateCopy();
        JSInterop.Mode = JSRuntimeMode.Loose;

        // The machine is small and shared; a WaitFor returns as soon as it passes, so only a failure waits this long.
        DefaultWaitTimeout = TimeSpan.FromSeconds(10);

        // Options the app binds from configuration (exchange rates, reports) take their defaults.
        Services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        Services.AddMudServices();
        Services.AddBackOfficeData(ComponentDatabase.ConfigurationFor(_databasePath), AppContext.BaseDirectory);
        Services.AddBackOfficeAuthorization();
        Services.AddBackOfficeFeatures();
        Services.AddCircuitActivity();

        Authorization = AddAuthorization();

        // Registered after the app's and bUnit's registrations, so these are the ones resolved.
        Services.AddScoped<ICurrentUser, SignedInUser>();
        Services.AddScoped(sp => new AccessGuard(sp.GetRequiredService<ICurrentUser>(), AppPolicies(sp), sp.GetRequiredService<SecurityEvents>()));
        Services.ConfigureDbContext<SqliteAppDbContext>((_, db) => db.AddInterceptors(Saves));
    }

    protected BunitAuthorizationContext Authorization { get; }

    /// <summary>Lets a test hold saves in flight; they pass straight through unless paused.</summary>
    protected PausableSaves Saves { get; } = new();

    protected IDbContextFactory<AppDbContext> Database => Services.GetRequiredService<IDbContextFactory<AppDbContext>>();

    /// <summary>Signs in a member of staff with one role, for AuthorizeView and for the services alike.</summary>
    protected void SignInAs(string role)
    {
        var policies = Policies.Matrix.Where(p => p.Value.Contains(role)).Select(p => p.Key).ToArray();
        Authorization.SetAuthorized($"{role.ToLowerInvariant()}@backoffice.test").SetRoles(role).SetPolicies(policies);
    }

    /// <summary>Stores a supplier straight through the DbContext, as registration would.</summary>
    protected async Task<Supplier> SeedSupplierAsync(
        string code, string name, string countryCode = "EE", SupplierStatus status = SupplierStatus.Active)
    {
        var details = new SupplierDetails(
            name, $"{name} Ltd", countryCode, "EUR", null, $"reservations@{code.ToLowerInvariant()}.test", null, null, null);
        var supplier = Supplier.Register(code, details, Guid.NewGuid()).Value;
        if (status != SupplierStatus.Active)
        {
            Assert.True(supplier.ChangeStatus(status).Succeeded);
        }

        await using var db = await Database.CreateDbContextAsync();
        db.Suppliers.Add(supplier);
        await db.SaveChangesAsync();
        return supplier;
    }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    // MudBlazor registers services that can only be disposed asynchronously, and xunit 2 calls only
    // Dispose() on a test class unless it is an IAsyncLifetime; after this, Dispose() has nothing left to do.
    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        DeleteDatabase();
    }

    private void DeleteDatabase()
    {
        if (!_databaseDeleted)
        {
            _databaseDeleted = true;
            ComponentDatabase.Delete(_databasePath);
        }
    }

    private static DefaultAuthorizationService AppPolicies(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<AuthorizationOptions>>();
        return new DefaultAuthorizationService(
            new DefaultAuthorizationPolicyProvider(options),
            services.GetRequiredService<IAuthorizationHandlerProvider>(),
            services.GetRequiredService<ILogger<DefaultAuthorizationService>>(),
            services.GetRequiredService<IAuthorizationHandlerContextFactory>(),
            services.GetRequiredService<IAuthorizationEvaluator>(),
            options);
    }

    /// <summary>The principal bUnit gives <c>AuthorizeView</c>, handed to the services and the audit trail.</summary>
    private sealed class SignedInUser(AuthenticationStateProvider authentication) : ICurrentUser
    {
        public async Task<ClaimsPrincipal> GetPrincipalAsync() => (await authentication.GetAuthenticationStateAsync()).User;
    }
}
