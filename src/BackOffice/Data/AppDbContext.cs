using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.BackOffice.Data.Configurations;
using CarRentalGateway.BackOffice.Features.Simulation;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.Core.Bookings;
using CarRentalGateway.Core.Contracts;
using CarRentalGateway.Core.Fleet;
using CarRentalGateway.Core.Locations;
using CarRentalGateway.Core.Pricing;
using CarRentalGateway.Core.Rates;
using CarRentalGateway.Core.Suppliers;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CarRentalGateway.BackOffice.Data;

/// <summary>
/// The one database of the back office, Identity included. Each provider has a subclass
/// (<see cref="SqliteAppDbContext"/>, <see cref="MariaDbAppDbContext"/>) only so that each keeps its own
/// migration set; code everywhere else works with this type.
/// </summary>
public abstract class AppDbContext(DbContextOptions options) : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    public DbSet<Supplier> Suppliers => Set<Supplier>();

    public DbSet<Contract> Contracts => Set<Contract>();
    public DbSet<Location> Locations => Set<Location>();

    public DbSet<FleetOffer> FleetOffers => Set<FleetOffer>();

    public DbSet<OfferRates> OfferRates => Set<OfferRates>();

    public DbSet<Season> Seasons => Set<Season>();

    public DbSet<SupplierExtra> SupplierExtras => Set<SupplierExtra>();

    public DbSet<OneWayFee> OneWayFees => Set<OneWayFee>();

    public DbSet<PricingRuleSet> PricingRuleSets => Set<PricingRuleSet>();

    public DbSet<PricingRule> PricingRules => Set<PricingRule>();

    public DbSet<Booking> Bookings => Set<Booking>();

    public DbSet<SimulationRun> SimulationRuns => Set<SimulationRun>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<StaffSession> StaffSessions => Set<StaffSession>();

    /// <summary>The keys that sign and encrypt cookies and tokens, shared by every instance of the app.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in SQL and safe when members are reordered.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(30);
    }
}

/// <summary>The embedded default: a SQLite file in the data folder.</summary>
public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.AddTextLengthChecks();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);

        // MariaDB compares and sorts text case-insensitively; NOCASE makes SQLite do the same.
        configurationBuilder.Properties<string>().UseCollation("NOCASE");
    }
}

/// <summary>Production: MariaDB 10.11+ through Pomelo.</summary>
public sealed class MariaDbAppDbContext(DbContextOptions<MariaDbAppDbContext> options) : AppDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasCharSet("utf8mb4").UseCollation("utf8mb4_unicode_ci");
    }
}
