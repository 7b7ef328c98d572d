using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Features.RateSheets;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.BackOffice.Tests.Features.Locations;
using CarRentalGateway.BackOffice.Tests.Features.Suppliers;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static CarRentalGateway.BackOffice.Tests.Features.RateSheets.SheetFiles;

namespace CarRentalGateway.BackOffice.Tests.Features.RateSheets;

/// <summary>Two admins importing at once: the second save to reach the database is refused whole, in plain words.</summary>
public sealed class RateSheetConcurrencyTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    [Theory, AllProviders]
    public async Task An_import_overtaken_by_another_saves_nothing_and_says_so(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(SupplierForms.Valid("SIXT-EE", "Sixt Estonia"));
        await app.AddLocationAsync("SIXT-EE", LocationForms.ValidLocation());
        var sheet = Sheet(SeasonRow("TLL-AIRPORT", "CDMR", "Toyota Corolla", "Summer", "2027-06-01", "2027-08-31", 60, 55, 50, 45, 40));
        var other = Sheet(SeasonRow("TLL-AIRPORT", "CDMR", "VW Golf", "Summer", "2027-06-01", "2027-08-31", 70, 65, 60, 55, 50));
        await using var ann = app.As(TestUser.Ann);
        await using var adam = app.As(TestUser.Adam);

        // Ann's import has planned everything; just before it writes, Adam's import of the same offer runs to the end.
        var overtaken = new OvertakingSaves(ann, () => adam.RateSheetImporter().ApplyAsync("SIXT-EE", "adam.xlsx", other.Stream(), CancellationToken.None));
        var result = await overtaken.Importer.ApplyAsync("SIXT-EE", "ann.xlsx", sheet.Stream(), CancellationToken.None);

        Assert.True(overtaken.OtherResult!.Applied);
        Assert.False(result.Applied);
        Assert.Contains("nothing was saved", Assert.Single(result.Preview.Errors).Message);
        await using var db = await app.OpenDbAsync();
        Assert.Equal("VW Golf", (await db.FleetOffers.SingleAsync()).SampleModel);
        Assert.Equal("adam.xlsx", Assert.Single(await db.AuditEntries
            .Where(a => a.EntityType == RateSheetImporter.AuditEntityType).ToListAsync()).Changes.Single(c => c.Field == "FileName").New);
    }

    /// <summary>An importer whose first save lets another operation run to the end first.</summary>
    private sealed class OvertakingSaves(UserSession session, Func<Task<RateSheetImportResult>> other) : IDbContextFactory<AppDbContext>
    {
        private readonly IDbContextFactory<AppDbContext> _inner = session.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        private bool _overtaken;

        public RateSheetImporter Importer => new(
            this, session.Services.GetRequiredService<AccessGuard>(), session.Services.GetRequiredService<ICurrentUser>(),
            session.Services.GetRequiredService<TimeProvider>(), session.Services.GetRequiredService<IConfiguration>());

        public RateSheetImportResult? OtherResult { get; private set; }

        public AppDbContext CreateDbContext() => Overtake(_inner.CreateDbContext());

        public async Task<AppDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
            Overtake(await _inner.CreateDbContextAsync(cancellationToken));

        private AppDbContext Overtake(AppDbContext db)
        {
            db.SavingChanges += (_, _) =>
            {
                if (!_overtaken)
                {
                    _overtaken = true;

                    // SavingChanges is synchronous; the test has no synchronization context, so waiting here is safe.
                    OtherResult = Task.Run(other).GetAwaiter().GetResult();
                }
            };
            return db;
        }
    }
}
