using CarRentalGateway.BackOffice.Components.Account;
using CarRentalGateway.BackOffice.Components.Layout;
using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Data.Seeding;
using CarRentalGateway.BackOffice.Features.Audit;
using CarRentalGateway.BackOffice.Features.Bookings;
using CarRentalGateway.BackOffice.Features.Contracts;
using CarRentalGateway.BackOffice.Features.Dashboard;
using CarRentalGateway.BackOffice.Features.Fleet;
using CarRentalGateway.BackOffice.Features.Locations;
using CarRentalGateway.BackOffice.Features.Pricing;
using CarRentalGateway.BackOffice.Features.Quote;
using CarRentalGateway.BackOffice.Features.Reports;
using CarRentalGateway.BackOffice.Features.Rates;
using CarRentalGateway.BackOffice.Features.RateSheets;
using CarRentalGateway.BackOffice.Features.Simulation;
using CarRentalGateway.BackOffice.Features.Staff;
using CarRentalGateway.BackOffice.Features.Suppliers;
using CarRentalGateway.BackOffice.Observability;
using CarRentalGateway.BackOffice.Hosting;
using CarRentalGateway.BackOffice.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using MudBlazor;
using MudBlazor.Services;

namespace CarRentalGateway.BackOffice;

public static class BackOfficeServiceCollectionExtensions
{
    /// <summary>Everything the web app registers; tests call the parts they need.</summary>
    public static IServiceCollection AddBackOffice(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices(mud =>
        {
            mud.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomRight;
            mud.SnackbarConfiguration.PreventDuplicates = true;
        });
        services.AddSingleton<ThemeStylesheet>();

        services.AddBackOfficeData(configuration, contentRoot);
        services.AddBackOfficeSeeding(configuration);
        services.AddBackOfficeIdentity();
        services.AddBackOfficeFeatures();
        services.AddBackOfficeDataProtection(configuration);
        services.AddBackOfficeHealthChecks();
        services.AddSharedCircuitState(configuration);
        return services;
    }

    public static IServiceCollection AddBackOfficeSeeding(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<BootstrapOptions>(configuration.GetSection(BootstrapOptions.Section));
        services.Configure<DemoDataOptions>(configuration.GetSection(DemoDataOptions.Section));
        services.AddScoped<IdentitySeeder>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<DatabaseInitializer>();
        return services;
    }

    public static IServiceCollection AddBackOfficeIdentity(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddCascadingAuthenticationState();
        services.AddScoped<IdentityRedirectManager>();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
        services.AddCircuitActivity();
        services.AddScoped<StaffSessions>();
        services.AddTransient<SessionCookieEvents>();
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "crg.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.LoginPath = "/Account/Login";
            cookie.AccessDeniedPath = "/Account/AccessDenied";
            // The server's session decides when a sign-in ends (StaffSessions); the cookie only has to outlive it.
            cookie.ExpireTimeSpan = TimeSpan.FromDays(1);
            cookie.SlidingExpiration = true;
            cookie.EventsType = typeof(SessionCookieEvents);
        });

        // Every request re-reads the user's security stamp (one indexed read; a circuit's clicks are not requests), so a
        // disabled account or changed roles take effect at once for new requests; an open page checks again every
        // StaffSessionOptions.CircuitCheckInterval (IdentityRevalidatingAuthenticationStateProvider).
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);

        services.AddIdentityCore<ApplicationUser>(options =>
            {
                options.SignIn.RequireConfirmedAccount = true;
                options.Stores.SchemaVersion = IdentitySchemaVersions.Version2;
                options.User.RequireUniqueEmail = true;

                // Length over composition (NIST SP 800-63B, ASVS 2.1); common passwords are refused separately.
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;

                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddClaimsPrincipalFactory<BackOfficeClaimsPrincipalFactory>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<CommonPasswordValidator>();

        services.AddOptions<StaffSessionOptions>().BindConfiguration(StaffSessionOptions.Section);
        services.AddOptions<TwoFactorOptions>().BindConfiguration(TwoFactorOptions.Section);
        services.AddBackOfficeAuthorization();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuditedAuthorizationResultHandler>();
        return services;
    }

    /// <summary>What an open page reports of the person's input, for its session (<see cref="MainLayout"/> starts it).</summary>
    public static IServiceCollection AddCircuitActivity(this IServiceCollection services)
    {
        services.AddKeyedSingleton(StaffSessions.ClockKey, (provider, _) => provider.GetRequiredService<TimeProvider>());
        services.AddScoped<CircuitActivity>();
        return services;
    }

    /// <summary>Policies, the current user and the guard services use; shared with the service tests.</summary>
    public static IServiceCollection AddBackOfficeAuthorization(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddBackOfficePolicies();
        services.AddBackOfficeMetrics();
        services.AddScoped<ICurrentUser, CurrentUser>();
        services.AddScoped<SecurityEvents>();
        services.AddScoped<AccessGuard>();
        return services;
    }

    public static IServiceCollection AddBackOfficeFeatures(this IServiceCollection services)
    {
        services.AddBackOfficeMetrics();
        services.AddScoped<SupplierService>();
        services.AddScoped<ContractService>();
        services.AddScoped<DashboardService>();
        services.AddScoped<LocationService>();
        services.AddScoped<RatesService>();
        services.AddScoped<ExtrasService>();
        services.AddScoped<RateSheetImporter>();
        services.AddScoped<FleetService>();
        services.AddScoped<PricingRulesService>();
        services.AddSingleton<PublishedPricing>();
        services.AddScoped<QuoteService>();
        services.AddScoped<PricingSimulationService>();
        services.AddOptions<ExchangeRateOptions>().BindConfiguration(ExchangeRateOptions.Section);
        services.AddSingleton<ExchangeRates>();
        services.AddScoped<BookingSearchService>();
        services.AddScoped<BookingService>();
        services.AddOptions<ReportOptions>().BindConfiguration(ReportOptions.Section);
        services.AddSingleton<ReportFiles>();
        services.AddSingleton<ReportJobs>();
        services.AddScoped<ReportExportService>();
        services.AddScoped<StaffService>();
        services.AddScoped<AuditLogService>();
        return services;
    }

    public static async Task InitializeDatabaseAsync(this IServiceProvider services, bool migrate, bool demoData)
    {
        await using var scope = services.CreateAsyncScope();
        var initializer = scope.ServiceProvider;
        if (migrate)
        {
            await initializer.GetRequiredService<DatabaseInitializer>().MigrateAsync(CancellationToken.None);
        }

        if (demoData)
        {
            await initializer.GetRequiredService<DemoDataSeeder>().SeedAsync(CancellationToken.None);
        }
    }
}
