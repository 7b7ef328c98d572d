using System.Reflection;
using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Features.Contracts;
using CarRentalGateway.BackOffice.Features.Fleet;
using CarRentalGateway.BackOffice.Features.Locations;
using CarRentalGateway.BackOffice.Features.RateSheets;
using CarRentalGateway.BackOffice.Features.Suppliers;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.BackOffice.Tests.Features.Contracts;
using CarRentalGateway.BackOffice.Tests.Features.RateSheets;
using CarRentalGateway.BackOffice.Tests.Features.Fleet;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Contracts;
using CarRentalGateway.Core.Suppliers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using CarRentalGateway.BackOffice.Tests.Features.Locations;
using static CarRentalGateway.BackOffice.Tests.Features.Suppliers.SupplierForms;

namespace CarRentalGateway.BackOffice.Tests.Security;

/// <summary>
/// The services enforce the capability matrix themselves: hiding a button is not a control. Every public
/// method of every feature service is listed here with the roles architecture.md gives it.
/// </summary>
public sealed partial class ServiceAccessTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static readonly string[] AllStaff = [Roles.Admin, Roles.Support, Roles.Finance];
    private static readonly string[] AdminOnly = [Roles.Admin];

    /// <summary>
    /// Each service method, who may call it (architecture.md: "view suppliers" all staff, "edit suppliers"
    /// Admin only; contracts are read by all staff and changed by admins only; the dashboard is for all staff),
    /// and a call that succeeds when allowed. The calls run against one registered supplier, SIXT-EE, whose view
    /// is passed in, with an active contract (#1, 2026-04-01 – 2027-03-31) and a draft (#2, from 2027-04-01).
    /// </summary>
    private static readonly Dictionary<string, (string[] Roles, Func<UserSession, SupplierView, Task> Call)> Matrix = new()
    {
        ["SupplierService.SearchAsync"] = (AllStaff, async (s, _) =>
            Assert.Single((await s.Suppliers.SearchAsync(new SupplierQuery(), None)).Items)),
        ["SupplierService.CountriesInUseAsync"] = (AllStaff, async (s, _) =>
            Assert.Equal(["EE"], await s.Suppliers.CountriesInUseAsync(None))),
        ["SupplierService.FindAsync"] = (AllStaff, async (s, v) =>
            Assert.NotNull(await s.Suppliers.FindAsync(v.Code, None))),
        ["SupplierService.HistoryAsync"] = (AllStaff, async (s, v) =>
            Assert.NotEmpty(await s.Suppliers.HistoryAsync(v.Code, None))),
        ["SupplierService.CreateAsync"] = (AdminOnly, async (s, _) =>
            Succeeded(await s.Suppliers.CreateAsync(Valid("AVIS-LV", "Avis Latvia", "LV"), None))),
        ["SupplierService.UpdateAsync"] = (AdminOnly, async (s, v) =>
            Succeeded(await s.Suppliers.UpdateAsync(v.Code, SupplierForm.From(v).With(f => f.Name = "Renamed"), None))),
        ["SupplierService.ChangeStatusAsync"] = (AdminOnly, async (s, v) =>
            Succeeded(await s.Suppliers.ChangeStatusAsync(v.Code, SupplierStatus.Suspended, v.Version, None))),
        ["ContractService.SearchAsync"] = (AllStaff, async (s, _) =>
            Assert.Equal(2, (await s.Contracts().SearchAsync(new ContractQuery(), None)).TotalCount)),
        ["ContractService.ForSupplierAsync"] = (AllStaff, async (s, v) =>
            Assert.Equal(2, (await s.Contracts().ForSupplierAsync(v.Code, None)).Count)),
        ["ContractService.FindAsync"] = (AllStaff, async (s, _) =>
            Assert.NotNull(await s.Contracts().FindAsync((await ArrangedAsync(s, ContractStatus.Active)).Id, None))),
        ["ContractService.VersionsAsync"] = (AllStaff, async (s, _) =>
            Assert.Single(await s.Contracts().VersionsAsync((await ArrangedAsync(s, ContractStatus.Active)).Id, None))),
        ["ContractService.HistoryAsync"] = (AllStaff, async (s, _) =>
            Assert.NotEmpty(await s.Contracts().HistoryAsync((await ArrangedAsync(s, ContractStatus.Active)).Id, None))),
        ["ContractService.CreateDraftAsync"] = (AdminOnly, async (s, v) =>
            Succeeded(await s.Contracts().CreateDraftAsync(v.Code, ContractForms.Commission("2028-04-01", "2029-03-31"), None))),
        ["ContractService.UpdateDraftAsync"] = (AdminOnly, async (s, _) =>
        {
            var (id, version) = await ArrangedAsync(s, ContractStatus.Draft);
            var form = ContractForms.Commission("2027-04-01", "2028-03-31").With(f => { f.PaymentTermsDays = 45; f.Version = version; });
            Succeeded(await s.Contracts().UpdateDraftAsync(id, form, None));
        }),
        ["ContractService.DeleteDraftAsync"] = (AdminOnly, async (s, _) =>
        {
            var (id, version) = await ArrangedAsync(s, ContractStatus.Draft);
            Succeeded(await s.Contracts().DeleteDraftAsync(id, version, None));
        }),
        ["ContractService.ApproveAsync"] = (AdminOnly, async (s, _) =>
        {
            var (id, version) = await ArrangedAsync(s, ContractStatus.Draft);
            Succeeded(await s.Contracts().ApproveAsync(id, version, None));
        }),
        ["ContractService.AmendAsync"] = (AdminOnly, async (s, _) =>
        {
            var (id, version) = await ArrangedAsync(s, ContractStatus.Active);
            Succeeded(await s.Contracts().AmendAsync(id, version, None));
        }),
        ["ContractService.TerminateAsync"] = (AdminOnly, async (s, _) =>
        {
            var (id, version) = await ArrangedAsync(s, ContractStatus.Active);
            Succeeded(await s.Contracts().TerminateAsync(id, version, "Supplier left the market.", new DateOnly(2026, 7, 1), None));
        }),
        ["DashboardService.GetFiguresAsync"] = (AllStaff, async (s, _) =>
            Assert.Equal(1, (await s.Dashboard.GetFiguresAsync(None)).SuppliersByStatus[SupplierStatus.Active])),

        // Locations: SIXT-EE has TLL-AIRPORT (active) and TLL-PORT (inactive), see AddLocationsAsync.
        ["LocationService.SearchAsync"] = (AllStaff, async (s, _) =>
            Assert.Equal(2, (await s.Locations.SearchAsync(new LocationQuery(), None)).TotalCount)),
        ["LocationService.SuppliersAsync"] = (AllStaff, async (s, v) =>
            Assert.Equal(v.Code, Assert.Single(await s.Locations.SuppliersAsync(None)).Code)),
        ["LocationService.CountriesInUseAsync"] = (AllStaff, async (s, _) =>
            Assert.Equal(["EE"], await s.Locations.CountriesInUseAsync(None))),
        ["LocationService.ForSupplierAsync"] = (AllStaff, async (s, v) =>
            Assert.Equal(2, (await s.Locations.ForSupplierAsync(v.Code, None)).Count)),
        ["LocationService.FindAsync"] = (AllStaff, async (s, v) =>
            Assert.NotNull(await s.Locations.FindAsync((await s.LocationKeyAsync(v.Code, "TLL-AIRPORT")).Id, None))),
        ["LocationService.HistoryAsync"] = (AllStaff, async (s, v) =>
            Assert.NotEmpty(await s.Locations.HistoryAsync((await s.LocationKeyAsync(v.Code, "TLL-AIRPORT")).Id, None))),
        ["LocationService.CreateAsync"] = (AdminOnly, async (s, v) =>
            Succeeded(await s.Locations.CreateAsync(v.Code, LocationForms.ValidLocation("TLL-CITY", "Tallinn City", Core.Locations.LocationType.Downtown, null), None))),
        ["LocationService.UpdateAsync"] = (AdminOnly, async (s, v) =>
        {
            var (id, version) = await s.LocationKeyAsync(v.Code, "TLL-AIRPORT");
            Succeeded(await s.Locations.UpdateAsync(id, LocationForms.ValidLocation().With(f => { f.Name = "Renamed"; f.Version = version; }), None));
        }),
        ["LocationService.DeactivateAsync"] = (AdminOnly, async (s, v) =>
        {
            var (id, version) = await s.LocationKeyAsync(v.Code, "TLL-AIRPORT");
            Succeeded(await s.Locations.DeactivateAsync(id, version, None));
        }),
        ["LocationService.ReactivateAsync"] = (AdminOnly, async (s, v) =>
        {
            var (id, version) = await s.LocationKeyAsync(v.Code, "TLL-PORT");
            Succeeded(await s.Locations.ReactivateAsync(id, version, None));
        }),
        ["LocationService.DeleteAsync"] = (AdminOnly, async (s, v) =>
        {
            var (id, version) = await s.LocationKeyAsync(v.Code, "TLL-AIRPORT");
            Succeeded(await s.Locations.DeleteAsync(id, version, None));
        }),

        // Rate sheets: the template's example row is an offer at TLL-AIRPORT; importing rates is editing the catalog.
        ["RateSheetImporter.PreviewAsync"] = (AdminOnly, async (s, v) =>
            Assert.True((await s.RateSheetImporter().PreviewAsync(v.Code, "rates.xlsx", RateSheetTemplate.Build().Stream(), None)).IsValid)),
        ["RateSheetImporter.ApplyAsync"] = (AdminOnly, async (s, v) =>
            Assert.True((await s.RateSheetImporter().ApplyAsync(v.Code, "rates.xlsx", RateSheetTemplate.Build().Stream(), None)).Applied)),
        // Fleet: TLL-PORT has CDMR (on sale) and EDMR (on stop-sell), see AddLocationsAsync.
        ["FleetService.SearchAsync"] = (AllStaff, async (s, _) =>
            Assert.Equal(2, (await s.Fleet().SearchAsync(new FleetQuery(), None)).TotalCount)),
        ["FleetService.ForSupplierAsync"] = (AllStaff, async (s, v) =>
            Assert.Equal(2, (await s.Fleet().ForSupplierAsync(v.Code, None)).Count)),
        ["FleetService.FindAsync"] = (AllStaff, async (s, _) =>
            Assert.NotNull(await s.Fleet().FindAsync((await s.OfferKeyAsync("CDMR")).Id, None))),
        ["FleetService.HistoryAsync"] = (AllStaff, async (s, _) =>
            Assert.NotEmpty(await s.Fleet().HistoryAsync((await s.OfferKeyAsync("CDMR")).Id, None))),
        ["FleetService.CreateAsync"] = (AdminOnly, async (s, v) =>
            Succeeded(await s.Fleet().CreateAsync(v.Code, FleetForms.ValidOffer((await s.LocationKeyAsync(v.Code, "TLL-AIRPORT")).Id), None))),
        ["FleetService.UpdateAsync"] = (AdminOnly, async (s, v) =>
        {
            var (id, version) = await s.OfferKeyAsync("CDMR");
            var location = (await s.LocationKeyAsync(v.Code, "TLL-PORT")).Id;
            Succeeded(await s.Fleet().UpdateAsync(id, FleetForms.ValidOffer(location).With(f => { f.Bags = 3; f.Version = version; }), None));
        }),
        ["FleetService.StopSellAsync"] = (AdminOnly, async (s, _) =>
        {
            var (id, version) = await s.OfferKeyAsync("CDMR");
            Succeeded(await s.Fleet().StopSellAsync(id, version, None));
        }),
        ["FleetService.ResumeSellingAsync"] = (AdminOnly, async (s, _) =>
        {
            var (id, version) = await s.OfferKeyAsync("EDMR");
            Succeeded(await s.Fleet().ResumeSellingAsync(id, version, None));
        }),
    };

    /// <summary>architecture.md's capability table, row by row, as the policies that carry it.</summary>
    private static readonly Dictionary<string, string[]> CapabilityTable = new()
    {
        [Policies.Staff] = AllStaff,
        [Policies.ViewCatalog] = AllStaff,
        [Policies.EditCatalog] = AdminOnly,
        [Policies.ManageContracts] = AdminOnly,
        [Policies.ViewPricing] = [Roles.Admin, Roles.Finance],
        [Policies.EditPricing] = AdminOnly,
        [Policies.UseQuoteTool] = AllStaff,
        [Policies.ViewBookings] = AllStaff,
        [Policies.ChangeBookings] = [Roles.Admin, Roles.Support],
        [Policies.FinanceReports] = [Roles.Admin, Roles.Finance],
        [Policies.ManageStaff] = AdminOnly,
    };

    public static TheoryData<DatabaseProvider, string, string> Cases()
    {
        var cases = new TheoryData<DatabaseProvider, string, string>();
        foreach (var provider in Enum.GetValues<DatabaseProvider>())
        {
            foreach (var method in Matrix.Keys)
            {
                foreach (var user in TestUser.ByLabel.Keys)
                {
                    cases.Add(provider, method, user);
                }
            }
        }

        return cases;
    }

    public static TheoryData<string, string> PolicyCases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var policy in Policies.Matrix.Keys)
        {
            foreach (var user in TestUser.ByLabel.Keys)
            {
                cases.Add(policy, user);
            }
        }

        return cases;
    }

    [Theory, MemberData(nameof(Cases))]
    public async Task Each_service_method_admits_exactly_the_roles_of_the_capability_matrix(DatabaseProvider provider, string method, string user)
    {
        await using var app = await databases.StartAsync(provider, new TestAppOptions { WithIdentity = true });
        await app.RegisterAsync(Valid("SIXT-EE", "Sixt Estonia"));
        await app.ActiveAsync("SIXT-EE", ContractForms.Commission("2026-04-01", "2027-03-31"));
        await app.DraftAsync("SIXT-EE", ContractForms.Commission("2027-04-01", "2028-03-31"));
        await AddLocationsAsync(app);
        await AddRatesAsync(app, method);
        await AddPricingRulesAsync(app, method);
        var supplier = await app.LoadAsync("SIXT-EE");
        var (roles, call) = Matrix[method];
        var caller = TestUser.ByLabel[user];
        var before = await SnapshotAsync(app);
        await using var session = app.As(caller);

        if (caller.SignedIn && roles.Contains(caller.Role))
        {
            await call(session, supplier);
        }
        else
        {
            await Assert.ThrowsAsync<AccessDeniedException>(() => call(session, supplier));
            Assert.Equal(before, await SnapshotAsync(app));
            await AssertRefusalRecordedAsync(app, caller, method);
        }
    }

    [Fact]
    public void Every_public_method_of_the_feature_services_has_its_roles_in_this_matrix()
    {
        var methods = typeof(SupplierService).Assembly.GetTypes()
            .Where(t => t is { IsPublic: true, IsClass: true }
                && (t.Name.EndsWith("Service", StringComparison.Ordinal) || t.Name.EndsWith("Importer", StringComparison.Ordinal))
                && t.Namespace?.StartsWith("CarRentalGateway.BackOffice.Features", StringComparison.Ordinal) == true)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Select(m => $"{t.Name}.{m.Name}"))
            .Order(StringComparer.Ordinal);

        Assert.Contains("SupplierService.SearchAsync", methods);
        Assert.Equal(methods, Matrix.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_policies_carry_the_capability_table_of_the_architecture()
    {
        Assert.Equal(CapabilityTable.Keys.Order(StringComparer.Ordinal), Policies.Matrix.Keys.Order(StringComparer.Ordinal));
        Assert.All(CapabilityTable, row =>
            Assert.Equal(row.Value.Order(StringComparer.Ordinal), Policies.Matrix[row.Key].Order(StringComparer.Ordinal)));
    }

    [Theory, MemberData(nameof(PolicyCases))]
    public async Task Each_policy_admits_exactly_its_roles_and_never_an_anonymous_user(string policy, string user)
    {
        await using var database = await TestDatabase.CreateEmptyAsync(DatabaseProvider.Sqlite);
        await using var app = TestApp.Build(database);
        var authorization = app.Services.GetRequiredService<IAuthorizationService>();
        var caller = TestUser.ByLabel[user];

        var result = await authorization.AuthorizeAsync(caller.ToPrincipal(), policy);

        Assert.Equal(caller.SignedIn && CapabilityTable[policy].Contains(caller.Role), result.Succeeded);
    }

    private static void Succeeded(Result result) => Assert.True(result.Succeeded, result.Error);

    /// <summary>
    /// The arranged contract in <paramref name="status"/>, read straight from the database rather than through the
    /// service, so that for a caller without the role the call under test is the only thing that can refuse.
    /// </summary>
    private static async Task<(Guid Id, Guid Version)> ArrangedAsync(UserSession session, ContractStatus status)
    {
        await using var db = await session.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var contract = await db.Contracts.AsNoTracking()
            .Where(c => c.Status == status)
            .Select(c => new { c.Id, Version = EF.Property<Guid>(c, "Version") })
            .SingleAsync();
        return (contract.Id, contract.Version);
    }

    private static async Task AddLocationsAsync(TestApp app)
    {
        await app.AddLocationAsync("SIXT-EE", LocationForms.ValidLocation("TLL-AIRPORT"));
        await app.AddLocationAsync("SIXT-EE", LocationForms.ValidLocation("TLL-PORT", "Tallinn Old City Harbour", Core.Locations.LocationType.Port, null));
        await using var admin = app.As(TestUser.Ann);
        var (portId, _) = await admin.LocationKeyAsync("SIXT-EE", "TLL-PORT");
        await app.AddOfferAsync("SIXT-EE", FleetForms.ValidOffer(portId, "CDMR"));
        var stopSold = await app.AddOfferAsync("SIXT-EE", FleetForms.ValidOffer(portId, "EDMR", "Kia Rio"));
        Assert.True((await admin.Fleet().StopSellAsync(stopSold, (await admin.OfferKeyAsync("EDMR")).Version, None)).Succeeded);
        var (id, version) = await admin.LocationKeyAsync("SIXT-EE", "TLL-PORT");
        Assert.True((await admin.Locations.DeactivateAsync(id, version, None)).Succeeded);
    }

    /// <summary>Everything a refused call could have changed: suppliers, contracts, locations, fleet offers, their versions, the audit trail of data.</summary>
    private static async Task<string> SnapshotAsync(TestApp app)
    {
        await using var db = await app.OpenDbAsync();
        var suppliers = await db.Suppliers.AsNoTracking()
            .OrderBy(s => s.Code)
            .Select(s => new { s.Code, s.Name, s.Status, Version = EF.Property<Guid>(s, "Version") })
            .ToListAsync();
        var contracts = await db.Contracts.AsNoTracking()
            .OrderBy(c => c.Number).ThenBy(c => c.VersionNumber)
            .Select(c => new { c.Number, c.VersionNumber, c.Status, c.PaymentTermsDays, Version = EF.Property<Guid>(c, "Version") })
            .ToListAsync();
        var locations = await db.Locations.AsNoTracking()
            .OrderBy(l => l.Code)
            .Select(l => new { l.Code, l.Name, l.IsActive, Version = EF.Property<Guid>(l, "Version") })
            .ToListAsync();
        var offers = await db.FleetOffers.AsNoTracking()
            .OrderBy(o => o.Acriss)
            .Select(o => new { o.Acriss, o.Bags, o.StopSell, Version = EF.Property<Guid>(o, "Version") })
            .ToListAsync();
        var auditEntries = await DataAuditEntriesAsync(db);
        return string.Join("; ", suppliers) + "; " + string.Join("; ", contracts) + "; " + string.Join("; ", locations) + "; "
            + string.Join("; ", offers) + $"; audit entries: {auditEntries}; " + await RatesSnapshotAsync(app) + "; " + await PricingSnapshotAsync(app);
    }
}
