using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Features.Quote;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Contracts;
using CarRentalGateway.Core.Fleet;
using CarRentalGateway.Core.Locations;
using CarRentalGateway.Core.Pricing;
using CarRentalGateway.Core.Rates;
using CarRentalGateway.Core.Suppliers;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarRentalGateway.BackOffice.Tests.Features.Quote;

/// <summary>
/// A small world to quote in, stored straight through the entities' own verbs, all in EUR, every station open
/// around the clock:
/// <list type="bullet">
/// <item>SIXT-EE (commission 15 %): TLL-AIRPORT (TLL) with CDMR 40.00 and IDAR 70.00 a day, TLL-CITY (Tallinn) with
/// EDMR 30.00, TRT-CITY (Tartu); a one-way fee TLL-AIRPORT → TRT-CITY of 50.00; GPS 8.00 a day and two child seats
/// (infant 9.00, toddler 7.00 a day).</item>
/// <item>AVIS-EE (net rate, minimum margin 10 %): TLL-AP (TLL) with CDMR 35.00 and EDMR 30.00 on stop-sell; no extras.</item>
/// <item>BUDGET-EE, suspended: TLL-BGT (TLL) with CDMR.</item>
/// <item>HERTZ-EE, whose only contract starts next year: TLL-HZ (TLL) with CDMR.</item>
/// </list>
/// Contracts run from 30 days before <c>today</c> to a year after it.
/// </summary>
public static class QuoteWorld
{
    public const string Hours = WeeklyOpeningHours.AlwaysText;

    public static async Task SeedAsync(AppDbContext db, DateOnly today)
    {
        var sixt = Supplier("SIXT-EE", "Sixt Estonia");
        var avis = Supplier("AVIS-EE", "Avis Estonia");
        var budget = Supplier("BUDGET-EE", "Budget Estonia");
        Assert.True(budget.ChangeStatus(SupplierStatus.Suspended).Succeeded);
        var hertz = Supplier("HERTZ-EE", "Hertz Estonia");
        db.Suppliers.AddRange(sixt, avis, budget, hertz);

        var sixtAirport = Station(sixt, "TLL-AIRPORT", "Tallinn Airport", "TLL", "Tallinn");
        var sixtCity = Station(sixt, "TLL-CITY", "Tallinn City", null, "Tallinn");
        var sixtTartu = Station(sixt, "TRT-CITY", "Tartu City", null, "Tartu");
        var avisAirport = Station(avis, "TLL-AP", "Avis Tallinn Airport", "TLL", "Tallinn");
        var budgetAirport = Station(budget, "TLL-BGT", "Budget Tallinn Airport", "TLL", "Tallinn");
        var hertzAirport = Station(hertz, "TLL-HZ", "Hertz Tallinn Airport", "TLL", "Tallinn");
        db.Locations.AddRange(sixtAirport, sixtCity, sixtTartu, avisAirport, budgetAirport, hertzAirport);

        Offer(db, sixt, sixtAirport, "CDMR", "Toyota Corolla", 4000);
        Offer(db, sixt, sixtAirport, "IDAR", "Skoda Octavia", 7000);
        Offer(db, sixt, sixtCity, "EDMR", "Renault Clio", 3000);
        Offer(db, avis, avisAirport, "CDMR", "VW Golf", 3500);
        var stopped = Offer(db, avis, avisAirport, "EDMR", "Ford Fiesta", 3000);
        Assert.True(stopped.StopSelling().Succeeded);
        Offer(db, budget, budgetAirport, "CDMR", "Opel Astra", 3000);
        Offer(db, hertz, hertzAirport, "CDMR", "Kia Ceed", 3000);

        db.OneWayFees.Add(OneWayFee.Create(Guid.NewGuid(), sixtAirport, sixtTartu, Euros(5000), "EUR").Value);
        db.SupplierExtras.AddRange(
            Extra(sixt, ExtraKind.Gps, "GPS navigation", 800),
            Extra(sixt, ExtraKind.ChildSeat, "Child seat (infant)", 900),
            Extra(sixt, ExtraKind.ChildSeat, "Child seat (toddler)", 700));

        var from = today.AddDays(-30);
        db.Contracts.AddRange(
            Approved(sixt, from, from.AddYears(1).AddDays(30), CommercialModel.Commission, 1500, today),
            Approved(avis, from, from.AddYears(1).AddDays(30), CommercialModel.NetRate, 1000, today),
            Approved(budget, from, from.AddYears(1).AddDays(30), CommercialModel.Commission, 1500, today),
            Approved(hertz, today.AddYears(1), today.AddYears(2), CommercialModel.Commission, 1500, today));
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// Publishes a new rule set holding <paramref name="rules"/> (numbered R1, R2, … at version <paramref name="version"/>),
    /// superseding the one published before, as the rules screens do.
    /// </summary>
    public static async Task<Guid> PublishAsync(AppDbContext db, DateTime nowUtc, int version, params PricingRuleDefinition[] rules)
    {
        var previous = await db.PricingRuleSets.Where(s => s.Status == RuleSetStatus.Published).SingleOrDefaultAsync();
        previous?.Supersede(nowUtc);
        var number = (await db.PricingRuleSets.MaxAsync(s => (int?)s.Number) ?? 0) + 1;
        var set = PricingRuleSet.StartDraft(Guid.NewGuid(), number);
        db.PricingRuleSets.Add(set);
        for (var i = 0; i < rules.Length; i++)
        {
            var rule = PricingRule.Create(Guid.NewGuid(), set.Id, i + 1, rules[i]).Value;
            for (var published = 1; published < version; published++)
            {
                rule.FollowVersion(published);
            }

            db.PricingRules.Add(rule);
        }

        set.Publish("ann.admin@crg.example", nowUtc);
        await db.SaveChangesAsync();
        return set.Id;
    }

    /// <summary>An active rule over everything in Estonia: <paramref name="basisPoints"/> on top.</summary>
    public static PricingRuleDefinition EstoniaUplift(int basisPoints, string name = "Estonia uplift") => new(
        name, IsActive: true, Priority: 100, RuleScope.Everything with { Country = "EE" },
        RuleAdjustment.None with { Percent = basisPoints }, Notes: null);

    /// <summary>A trip from TLL of <paramref name="days"/> days, starting at 10:00 a week after <paramref name="today"/>.</summary>
    public static QuoteForm Trip(DateOnly today, int days = 3, string place = "TLL") => new()
    {
        PickUpPlace = place,
        PickUpDate = today.AddDays(7).ToDateTime(TimeOnly.MinValue),
        PickUpTime = new TimeSpan(10, 0, 0),
        DropOffDate = today.AddDays(7 + days).ToDateTime(TimeOnly.MinValue),
        DropOffTime = new TimeSpan(10, 0, 0),
        DriverAge = 30,
    };

    public static QuoteService Quotes(this UserSession session) => session.Services.GetRequiredService<QuoteService>();

    /// <summary>The form with some fields changed.</summary>
    public static QuoteForm With(this QuoteForm form, Action<QuoteForm> change)
    {
        change(form);
        return form;
    }

    public static Money Euros(long cents) => Money.Of(cents, "EUR");

    private static Supplier Supplier(string code, string name) => Core.Suppliers.Supplier.Register(
        code, new SupplierDetails(name, $"{name} OÜ", "EE", "EUR", null, $"reservations@{code.ToLowerInvariant()}.test", null, null, null), Guid.NewGuid()).Value;

    private static Location Station(Supplier supplier, string code, string name, string? iata, string city) => Location.Create(
        Guid.NewGuid(), supplier.Id, code,
        new LocationDetails(
            name, iata is null ? LocationType.Downtown : LocationType.Airport, iata, "EE", city, $"Main street 1, {city}", null,
            "Europe/Tallinn", WeeklyOpeningHours.Parse(Hours).Value, null),
        "EUR").Value;

    private static FleetOffer Offer(AppDbContext db, Supplier supplier, Location station, string acriss, string model, long dailyCents)
    {
        var details = new FleetOfferDetails(
            acriss, model, 5, 5, 2, MileagePolicy.Unlimited, Euros(30_000), MinimumDriverAge: 21, YoungDriverAge: 25,
            YoungDriverDailyFee: Euros(1_500), DailyAllocation: 5);
        var offer = FleetOffer.Create(Guid.NewGuid(), supplier.Id, station.Id, details, "EUR").Value;
        var flat = BandRates.Create(RentalLengthBands.Standard, [Euros(dailyCents), Euros(dailyCents), Euros(dailyCents), Euros(dailyCents)]).Value;
        db.FleetOffers.Add(offer);
        db.OfferRates.Add(OfferRates.Create(offer.Id, flat));
        return offer;
    }

    private static SupplierExtra Extra(Supplier supplier, ExtraKind kind, string name, long dailyCents) =>
        SupplierExtra.Create(Guid.NewGuid(), supplier.Id, new SupplierExtraDetails(kind, name, ExtraPriceBasis.PerDay, Euros(dailyCents), null), "EUR").Value;

    private static Contract Approved(Supplier supplier, DateOnly from, DateOnly to, CommercialModel model, int basisPoints, DateOnly today)
    {
        var percent = Percentage.FromBasisPoints(basisPoints);
        var terms = new ContractTerms(
            DateRange.Create(from, to).Value, "EUR", 30, model,
            model == CommercialModel.Commission ? percent : null,
            model == CommercialModel.NetRate ? percent : null,
            new CancellationPolicy(48, LateFeeKind.Fixed, null, Euros(4_000), Euros(6_000)),
            Notes: null);
        var contract = Contract.Draft(Guid.NewGuid(), supplier.Id, 1, terms).Value;
        var approved = contract.Approve([contract], "ann.admin@crg.example", today.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc), today);
        Assert.True(approved.Succeeded, approved.Error);
        return contract;
    }
}
