using CarRentalGateway.BackOffice.Features.Bookings;
using CarRentalGateway.BackOffice.Features.Quote;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Locations;
using CarRentalGateway.Core.Suppliers;
using Microsoft.EntityFrameworkCore;

namespace CarRentalGateway.BackOffice.Data.Seeding;

/// <summary>
/// Fills a new database with realistic demo data so a newcomer sees a living app. It only ever adds to an
/// empty database, so turning it on for an existing one changes nothing. Later areas add their own data here.
/// </summary>
internal sealed partial class DemoDataSeeder(
    IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, PublishedPricing pricing, ExchangeRates exchangeRates, ILogger<DemoDataSeeder> logger)
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

    private const string Office = "Mon 08:00-18:00; Tue 08:00-18:00; Wed 08:00-18:00; Thu 08:00-18:00; Fri 08:00-18:00; Sat 09:00-14:00; Sun closed";
    private const string LongOffice = "Mon 08:00-20:00; Tue 08:00-20:00; Wed 08:00-20:00; Thu 08:00-20:00; Fri 08:00-20:00; Sat 09:00-17:00; Sun 10:00-16:00";
    private const string AirportDay = "Mon 06:00-23:00; Tue 06:00-23:00; Wed 06:00-23:00; Thu 06:00-23:00; Fri 06:00-23:00; Sat 06:00-23:00; Sun 06:00-23:00";
    private const string AirportToMidnight = "Mon 06:00-24:00; Tue 06:00-24:00; Wed 06:00-24:00; Thu 06:00-24:00; Fri 06:00-24:00; Sat 07:00-24:00; Sun 07:00-24:00";
    private const string Always = WeeklyOpeningHours.AlwaysText;

    // Airports are the real ones (IATA code, terminal address); town offices sit on real streets of real cities,
    // at invented numbers. Fees are in the supplier's currency, whole units.
    private static readonly DemoLocation[] DemoLocations =
    [
        new("BALTICDRIVE-EE", "TLL-AIRPORT", "Tallinn Airport", LocationType.Airport, "TLL", "EE", "Tallinn", "Lennujaama tee 2, arrivals hall", "Europe/Tallinn", AirportToMidnight, 25),
        new("BALTICDRIVE-EE", "TLL-CITY", "Tallinn City Centre", LocationType.Downtown, "TLL", "EE", "Tallinn", "Narva mnt 7", "Europe/Tallinn", Office, 30),
        new("BALTICDRIVE-EE", "TRT-CITY", "Tartu", LocationType.Downtown, null, "EE", "Tartu", "Riia 2", "Europe/Tallinn", Office, null),
        new("TALLINNCARS-EE", "TLL-AIRPORT", "Tallinn Airport", LocationType.Airport, "TLL", "EE", "Tallinn", "Lennujaama tee 2, car park P2", "Europe/Tallinn", AirportDay, 20),
        new("TALLINNCARS-EE", "TLL-CITY", "Tallinn Kesklinn", LocationType.Downtown, "TLL", "EE", "Tallinn", "Viru väljak 4", "Europe/Tallinn", LongOffice, 30),
        new("TALLINNCARS-EE", "TLL-PORT", "Tallinn Old City Harbour", LocationType.Port, null, "EE", "Tallinn", "Sadama 25, terminal D", "Europe/Tallinn", Office, 35),
        new("RIGAAUTO-LV", "RIX-AIRPORT", "Riga International Airport", LocationType.Airport, "RIX", "LV", "Mārupe", "Lidosta Rīga 10/1", "Europe/Riga", Always, null),
        new("RIGAAUTO-LV", "RIX-CITY", "Rīga Old Town", LocationType.Downtown, "RIX", "LV", "Rīga", "Brīvības iela 40", "Europe/Riga", Office, 25),
        new("AMBERWHEELS-LT", "VNO-AIRPORT", "Vilnius Airport", LocationType.Airport, "VNO", "LT", "Vilnius", "Rodūnios kelias 10A", "Europe/Vilnius", AirportDay, 20),
        new("AMBERWHEELS-LT", "VNO-CITY", "Vilnius Centre", LocationType.Downtown, "VNO", "LT", "Vilnius", "Gedimino pr. 20", "Europe/Vilnius", Office, 25),
        new("NORDICWHEELS-FI", "HEL-AIRPORT", "Helsinki Airport", LocationType.Airport, "HEL", "FI", "Vantaa", "Lentäjäntie 1, terminal 2", "Europe/Helsinki", Always, null),
        new("NORDICWHEELS-FI", "HEL-CITY", "Helsinki Centre", LocationType.Downtown, "HEL", "FI", "Helsinki", "Mannerheimintie 10", "Europe/Helsinki", LongOffice, 40),
        new("NORDICWHEELS-FI", "HEL-RAIL", "Helsinki Central Station", LocationType.RailStation, "HEL", "FI", "Helsinki", "Kaivokatu 1", "Europe/Helsinki", LongOffice, 40),
        new("FJORDBIL-NO", "OSL-AIRPORT", "Oslo Airport Gardermoen", LocationType.Airport, "OSL", "NO", "Gardermoen", "Edvard Munchs veg 1", "Europe/Oslo", AirportToMidnight, 450),
        new("FJORDBIL-NO", "OSL-CITY", "Oslo Centre", LocationType.Downtown, "OSL", "NO", "Oslo", "Karl Johans gate 12", "Europe/Oslo", Office, 500),
        new("NORRLAND-SE", "ARN-AIRPORT", "Stockholm Arlanda Airport", LocationType.Airport, "ARN", "SE", "Stockholm-Arlanda", "Terminal 5, arrivals", "Europe/Stockholm", Always, null),
        new("NORRLAND-SE", "STO-CITY", "Stockholm City", LocationType.Downtown, "ARN", "SE", "Stockholm", "Vasagatan 16", "Europe/Stockholm", Office, 350),
        new("OERESUND-DK", "CPH-AIRPORT", "Copenhagen Airport", LocationType.Airport, "CPH", "DK", "Kastrup", "Lufthavnsboulevarden 6", "Europe/Copenhagen", Always, null),
        new("OERESUND-DK", "CPH-CITY", "Copenhagen Centre", LocationType.Downtown, "CPH", "DK", "København", "Vesterbrogade 10", "Europe/Copenhagen", Office, 250),
        new("GEYSIR-IS", "KEF-AIRPORT", "Keflavík International Airport", LocationType.Airport, "KEF", "IS", "Reykjanesbær", "Keflavíkurflugvöllur, arrivals hall", "Atlantic/Reykjavik", Always, null),
        new("GEYSIR-IS", "RVK-CITY", "Reykjavík Centre", LocationType.Downtown, "KEF", "IS", "Reykjavík", "Laugavegur 20", "Atlantic/Reykjavik", Office, 5000),
        new("VISTULA-PL", "WAW-AIRPORT", "Warsaw Chopin Airport", LocationType.Airport, "WAW", "PL", "Warszawa", "Żwirki i Wigury 1", "Europe/Warsaw", AirportDay, 100),
        new("VISTULA-PL", "WAW-CITY", "Warszawa Centrum", LocationType.Downtown, "WAW", "PL", "Warszawa", "ul. Marszałkowska 100", "Europe/Warsaw", Office, 120),
        new("SPREE-DE", "BER-AIRPORT", "Berlin Brandenburg Airport", LocationType.Airport, "BER", "DE", "Schönefeld", "Melli-Beese-Ring 1, terminal 1", "Europe/Berlin", AirportToMidnight, 35),
        new("SPREE-DE", "BER-CITY", "Berlin Mitte", LocationType.Downtown, "BER", "DE", "Berlin", "Friedrichstraße 100", "Europe/Berlin", Office, 40),
        new("SPREE-DE", "BER-HBF", "Berlin Hauptbahnhof", LocationType.RailStation, "BER", "DE", "Berlin", "Europaplatz 1", "Europe/Berlin", LongOffice, 40),
        new("COSTASOL-ES", "AGP-AIRPORT", "Málaga-Costa del Sol Airport", LocationType.Airport, "AGP", "ES", "Málaga", "Avenida Comandante García Morato", "Europe/Madrid", AirportToMidnight, 30),
        new("COSTASOL-ES", "AGP-CITY", "Málaga Centro", LocationType.Downtown, "AGP", "ES", "Málaga", "Calle Larios 5", "Europe/Madrid", Office, 30),
        new("COSTASOL-ES", "MBL-HOTEL", "Marbella Beach Hotel desk", LocationType.Hotel, "AGP", "ES", "Marbella", "Avenida Bulevar Príncipe Alfonso von Hohenlohe", "Europe/Madrid", Office, 25),
        new("TEJO-PT", "LIS-AIRPORT", "Lisbon Airport", LocationType.Airport, "LIS", "PT", "Lisboa", "Alameda das Comunidades Portuguesas", "Europe/Lisbon", AirportDay, 30),
        new("TEJO-PT", "LIS-CITY", "Lisboa Baixa", LocationType.Downtown, "LIS", "PT", "Lisboa", "Rua Augusta 100", "Europe/Lisbon", Office, 30),
        new("TIBER-IT", "FCO-AIRPORT", "Rome Fiumicino Airport", LocationType.Airport, "FCO", "IT", "Fiumicino", "Via dell'Aeroporto di Fiumicino, terminal 3", "Europe/Rome", Always, null),
        new("TIBER-IT", "ROM-CITY", "Roma Centro", LocationType.Downtown, "FCO", "IT", "Roma", "Via del Corso 100", "Europe/Rome", Office, 35),
        new("TIBER-IT", "ROM-TERMINI", "Roma Termini", LocationType.RailStation, "FCO", "IT", "Roma", "Piazza dei Cinquecento", "Europe/Rome", LongOffice, 35),
        new("ALPENAUTO-CH", "ZRH-AIRPORT", "Zurich Airport", LocationType.Airport, "ZRH", "CH", "Kloten", "Flughafen Zürich, Airport Center", "Europe/Zurich", AirportToMidnight, 50),
        new("ALPENAUTO-CH", "ZRH-CITY", "Zürich City", LocationType.Downtown, "ZRH", "CH", "Zürich", "Bahnhofstrasse 50", "Europe/Zurich", Office, 60),
        new("VLTAVA-CZ", "PRG-AIRPORT", "Prague Airport", LocationType.Airport, "PRG", "CZ", "Praha", "Aviatická, terminal 1", "Europe/Prague", AirportDay, 800),
        new("VLTAVA-CZ", "PRG-CITY", "Praha Nové Město", LocationType.Downtown, "PRG", "CZ", "Praha", "Václavské náměstí 10", "Europe/Prague", Office, 900),
        new("DANUBE-HU", "BUD-AIRPORT", "Budapest Airport", LocationType.Airport, "BUD", "HU", "Budapest", "Ferenc Liszt International Airport, terminal 2", "Europe/Budapest", AirportDay, 12000),
        new("DANUBE-HU", "BUD-CITY", "Budapest Belváros", LocationType.Downtown, "BUD", "HU", "Budapest", "Váci utca 20", "Europe/Budapest", Office, 12000),
        new("LIFFEY-IE", "DUB-AIRPORT", "Dublin Airport", LocationType.Airport, "DUB", "IE", "Dublin", "Car Hire Centre, Terminal 1", "Europe/Dublin", AirportToMidnight, 30),
        new("LIFFEY-IE", "DUB-CITY", "Dublin City", LocationType.Downtown, "DUB", "IE", "Dublin", "O'Connell Street Upper 50", "Europe/Dublin", Office, 30),
        new("THAMES-GB", "LHR-AIRPORT", "London Heathrow Airport", LocationType.Airport, "LHR", "GB", "London", "Northern Perimeter Road, car rental centre", "Europe/London", Always, null),
        new("THAMES-GB", "LON-CITY", "London Victoria", LocationType.Downtown, "LHR", "GB", "London", "Buckingham Palace Road 100", "Europe/London", LongOffice, 35),
        new("AEGEAN-GR", "ATH-AIRPORT", "Athens International Airport", LocationType.Airport, "ATH", "GR", "Spata", "Attiki Odos, arrivals level", "Europe/Athens", AirportDay, 25),
        new("AEGEAN-GR", "ATH-CITY", "Athens Syntagma", LocationType.Downtown, "ATH", "GR", "Athína", "Leoforos Amalias 20", "Europe/Athens", Office, 25),
    ];

    /// <summary>Each area adds its demo data only while its own table is empty.</summary>
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await SeedSuppliersAsync(cancellationToken);
        await SeedLocationsAsync(cancellationToken);
        await SeedContractsAsync(cancellationToken);
        await SeedFleetAsync(cancellationToken);
        await SeedPricingRulesAsync(cancellationToken);
        await SeedBookingsAsync(cancellationToken);
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

    // Only while there are no locations at all, and only for the demo suppliers (found by their codes): a
    // database that already had the demo suppliers before locations existed gets them too, a real one nothing.
    private async Task SeedLocationsAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Locations.AnyAsync(cancellationToken))
        {
            return;
        }

        var codes = DemoLocations.Select(l => l.Supplier).Distinct().ToList();
        var suppliers = await db.Suppliers.AsNoTracking()
            .Where(s => codes.Contains(s.Code))
            .Select(s => new { s.Code, s.Id, s.CurrencyCode, s.Status })
            .ToDictionaryAsync(s => s.Code, cancellationToken);
        var added = 0;
        foreach (var demo in DemoLocations.Where(l => suppliers.ContainsKey(l.Supplier)))
        {
            var supplier = suppliers[demo.Supplier];
            var location = demo.ToLocation(supplier.Id, supplier.CurrencyCode);

            // An offboarded supplier's stations are no longer offered.
            if (supplier.Status == SupplierStatus.Offboarded)
            {
                location.Deactivate();
            }

            db.Locations.Add(location);
            added++;
        }

        await db.SaveChangesAsync(cancellationToken);
        LogSeededLocations(added);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: added {Count} suppliers.")]
    private partial void LogSeeded(int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: added {Count} locations.")]
    private partial void LogSeededLocations(int count);

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

    private static readonly Dictionary<string, string> DiallingCodes = new()
    {
        ["EE"] = "+372", ["LV"] = "+371", ["LT"] = "+370", ["FI"] = "+358", ["NO"] = "+47", ["SE"] = "+46", ["DK"] = "+45",
        ["IS"] = "+354", ["PL"] = "+48", ["DE"] = "+49", ["ES"] = "+34", ["PT"] = "+351", ["IT"] = "+39", ["CH"] = "+41",
        ["CZ"] = "+420", ["HU"] = "+36", ["IE"] = "+353", ["GB"] = "+44", ["GR"] = "+30",
    };

    private sealed record DemoLocation(
        string Supplier, string Code, string Name, LocationType Type, string? Iata, string Country, string City, string Street,
        string TimeZone, string Hours, int? Fee)
    {
        public Location ToLocation(Guid supplierId, string currency)
        {
            // Invented, but the same on every run: the country's dialling code and a number from the code.
            var phone = $"{DiallingCodes[Country]} 555 {1000 + ((Supplier + Code).Sum(c => c) * 37 % 9000)}";
            var details = new LocationDetails(
                Name, Type, Iata, Country, City, $"{Street}, {City}", phone, TimeZone, WeeklyOpeningHours.Parse(Hours).Value,
                Fee is { } fee ? Money.FromAmount(fee, currency).Value : null);
            var created = Location.Create(Guid.CreateVersion7(), supplierId, Code, details, currency);
            return created.Succeeded
                ? created.Value
                : throw new InvalidOperationException($"Demo location {Supplier}/{Code} is invalid: {created.Error}");
        }
    }
}
