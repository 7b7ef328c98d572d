using CarRentalGateway.Core.Suppliers;
using Microsoft.EntityFrameworkCore;

namespace CarRentalGateway.BackOffice.Data.Seeding;

/// <summary>
/// Fills a new database with realistic demo data so a newcomer sees a living app. It only ever adds to an
/// empty database, so turning it on for an existing one changes nothing. Later areas add their own data here.
/// </summary>
internal sealed partial class DemoDataSeeder(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, ILogger<DemoDataSeeder> logger)
{
    private static readonly DemoSupplier[] DemoSuppliers =
    [
        new("BALTICDRIVE-EE", "Baltic Drive", "Baltic Drive OÜ", "EE", "EUR", "EE101234567", "+372 600 1234", SupplierStatus.Active),
        new("TALLINNCARS-EE", "Tallinn City Cars", "Tallinn City Cars AS", "EE", "EUR", "EE100987654", "+372 640 2020", SupplierStatus.Active),
        new("RIGAAUTO-LV", "Rīga Auto Noma", "SIA Rīgas Auto Noma", "LV", "EUR", "LV40003123456", "+371 6700 1122", SupplierStatus.Active),
        new("AMBERWHEELS-LT", "Amber Wheels", "UAB Gintaro ratai", "LT", "EUR", "LT100001234567", "+370 5 200 3344", SupplierStatus.Active),
        new("NORDICWHEELS-FI", "Nordic Wheels", "Nordic Wheels Oy", "FI", "EUR", "FI12345678", "+358 9 4242 1000", SupplierStatus.Active),
        new("FJORDBIL-NO", "Fjord Bil", "Fjord Bilutleie AS", "NO", "NOK", "NO912345678MVA", "+47 22 33 44 55", SupplierStatus.Active),
        new("NORRLAND-SE", "Norrland Biluthyrning", "Norrland Biluthyrning AB", "SE", "SEK", "SE556123456701", "+46 8 123 456 78", SupplierStatus.Active),
        new("OERESUND-DK", "Øresund Car Rental", "Øresund Biludlejning ApS", "DK", "DKK", "DK12345678", "+45 32 10 20 30", SupplierStatus.Suspended),
        new("GEYSIR-IS", "Geysir Cars", "Geysir Bílaleiga ehf.", "IS", "ISK", "IS123456", "+354 555 1234", SupplierStatus.Active),
        new("VISTULA-PL", "Vistula Auto", "Vistula Auto Wynajem Sp. z o.o.", "PL", "PLN", "PL5251234567", "+48 22 123 45 67", SupplierStatus.Active),
        new("SPREE-DE", "Spree Mietwagen", "Spree Mietwagen GmbH", "DE", "EUR", "DE123456789", "+49 30 1234 5678", SupplierStatus.Active),
        new("COSTASOL-ES", "Costa del Sol Rent a Car", "Costa del Sol Rent a Car S.L.", "ES", "EUR", "ESB12345678", "+34 952 123 456", SupplierStatus.Active),
        new("TEJO-PT", "Tejo Rent", "Tejo Rent, Lda.", "PT", "EUR", "PT501234567", "+351 21 123 4567", SupplierStatus.Suspended),
        new("TIBER-IT", "Tiber Autonoleggio", "Tiber Autonoleggio S.r.l.", "IT", "EUR", "IT01234567890", "+39 06 1234 5678", SupplierStatus.Active),
        new("ALPENAUTO-CH", "Alpen Auto", "Alpen Autovermietung AG", "CH", "CHF", "CHE123456789", "+41 44 123 45 67", SupplierStatus.Active),
        new("VLTAVA-CZ", "Vltava Car", "Vltava Car s.r.o.", "CZ", "CZK", "CZ12345678", "+420 222 123 456", SupplierStatus.Active),
        new("DANUBE-HU", "Danube Rent", "Danube Rent Kft.", "HU", "HUF", "HU12345678", "+36 1 234 5678", SupplierStatus.Offboarded),
        new("LIFFEY-IE", "Liffey Car Hire", "Liffey Car Hire Ltd", "IE", "EUR", "IE1234567T", "+353 1 123 4567", SupplierStatus.Active),
        new("THAMES-GB", "Thames Motors", "Thames Motors Ltd", "GB", "GBP", "GB123456789", "+44 20 7946 0123", SupplierStatus.Active),
        new("AEGEAN-GR", "Aegean Rent a Car", "Aegean Rent a Car S.A.", "GR", "EUR", "EL123456789", "+30 21 0123 4567", SupplierStatus.Suspended),
    ];

    /// <summary>Each area adds its demo data only while its own table is empty.</summary>
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await SeedSuppliersAsync(cancellationToken);
        await SeedContractsAsync(cancellationToken);
    }

    private async Task SeedSuppliersAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Suppliers.AnyAsync(cancellationToken))
        {
            return;
        }

        foreach (var demo in DemoSuppliers)
        {
            db.Suppliers.Add(demo.ToSupplier());
        }

        await db.SaveChangesAsync(cancellationToken);
        LogSeeded(DemoSuppliers.Length);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: added {Count} suppliers.")]
    private partial void LogSeeded(int count);

    private sealed record DemoSupplier(
        string Code, string Name, string LegalName, string Country, string Currency, string Vat, string Phone, SupplierStatus Status)
    {
        public Supplier ToSupplier()
        {
            var domain = Code.Split('-')[0].ToLowerInvariant() + ".example";
            var details = new SupplierDetails(
                Name, LegalName, Country, Currency, Vat, $"reservations@{domain}", $"accounts@{domain}", Phone, null);
            var supplier = Supplier.Register(Code, details, Guid.CreateVersion7()).Value;
            if (Status != SupplierStatus.Active)
            {
                supplier.ChangeStatus(Status);
            }

            return supplier;
        }
    }
}
