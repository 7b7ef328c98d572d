using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.Core.Bookings;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Contracts;
using CarRentalGateway.Core.Fleet;
using CarRentalGateway.Core.Locations;
using CarRentalGateway.Core.Pricing;
using CarRentalGateway.Core.Rates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarRentalGateway.EndToEnd.Tests.Infrastructure;

/// <summary>A booking the tests seeded, with what they need to find it and check its figures.</summary>
/// <param name="PickUpLocal">Wall-clock time at Tallinn Airport.</param>
public sealed record SeededBooking(string Reference, string ConfirmationNumber, string SupplierCode, DateTime PickUpLocal, DateTime DropOffLocal);

/// <summary>
/// A new supplier with everything a trip is priced with, and a confirmed, prepaid booking sold in it earlier, all stored
/// straight in the database as if set up and sold before the test: two stations in Tallinn (open 07:00–23:00), a CDMR
/// at 40.00 EUR a day at the airport, GPS at 8.00 a day, a 15 % commission contract (free cancellation until 48 hours
/// before pick-up, then 40.00; no-show 60.00), and a published rule adding 10 % to this supplier's prices.
/// </summary>
public static class BookingWorld
{
    public const string Hours = "Mon 07:00-23:00; Tue 07:00-23:00; Wed 07:00-23:00; Thu 07:00-23:00; Fri 07:00-23:00; Sat 07:00-23:00; Sun 07:00-23:00";

    private static readonly TimeZoneInfo Tallinn = TimeZoneInfo.FindSystemTimeZoneById("Europe/Tallinn");

    /// <summary>Today's date at Tallinn, where the trips start.</summary>
    public static DateOnly TodayInTallinn => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, Tallinn));

    /// <summary>
    /// Seeds the world and a booking for three days from 10:00, <paramref name="pickUpInDays"/> days from today, with one
    /// GPS: 3 × 40.00 + 3 × 8.00 = 144.00 from the supplier, 158.40 for the customer after the 10 % rule.
    /// </summary>
    public static Task<SeededBooking> ConfirmedBookingAsync(BackOfficeFixture fixture, int pickUpInDays = 5) =>
        ConfirmedBookingAsync(fixture.App.Services, pickUpInDays);

    /// <summary>As <see cref="ConfirmedBookingAsync(BackOfficeFixture, int)"/>, through the app's services over any database.</summary>
    public static Task<SeededBooking> ConfirmedBookingAsync(IServiceProvider services, int pickUpInDays = 5)
    {
        var pickUp = TodayInTallinn.AddDays(pickUpInDays).ToDateTime(new TimeOnly(10, 0));
        return SellAsync(services, pickUp, DateTime.UtcNow.AddDays(-10), completed: false);
    }

    /// <summary>
    /// As <see cref="ConfirmedBookingAsync"/>, but a trip that is over: picked up at 10:00 on the 5th of
    /// <paramref name="month"/>'s month (ten days after the sale), dropped off three days later, and completed.
    /// </summary>
    public static Task<SeededBooking> CompletedBookingAsync(BackOfficeFixture fixture, DateOnly month)
    {
        var pickUp = new DateTime(month.Year, month.Month, 5, 10, 0, 0);
        return SellAsync(fixture.App.Services, pickUp, DateTime.SpecifyKind(pickUp.AddDays(-10), DateTimeKind.Utc), completed: true);
    }

    private static async Task<SeededBooking> SellAsync(IServiceProvider services, DateTime pickUp, DateTime soldAtUtc, bool completed)
    {
        var code = SupplierScreens.NewCode().ToUpperInvariant();
        await using var scope = services.CreateAsyncScope();
        var dbFactory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>();
        await using var db = await dbFactory.CreateDbContextAsync();
        var supplier = BackOfficeFixture.ActiveSupplier(code, "Booking Rentals");
        db.Suppliers.Add(supplier);
        var airport = Station(supplier.Id, "TLL-AIRPORT", "Tallinn Airport", LocationType.Airport, "TLL", "Lennujaama tee 2");
        var city = Station(supplier.Id, "TLL-CITY", "Tallinn City", LocationType.Downtown, null, "Narva mnt 7");
        var offer = FleetOffer.Create(
            Guid.CreateVersion7(), supplier.Id, airport.Id,
            new FleetOfferDetails(
                "CDMR", "Toyota Corolla", 5, 5, 2, MileagePolicy.Unlimited, Euros(30_000), MinimumDriverAge: 21,
                YoungDriverAge: null, YoungDriverDailyFee: null, DailyAllocation: 5),
            "EUR").Value;
        var rates = OfferRates.Create(offer.Id, BandRates.Flat(RentalLengthBands.Standard, Euros(4_000)).Value);
        var gps = SupplierExtra.Create(
            Guid.CreateVersion7(), supplier.Id, new SupplierExtraDetails(ExtraKind.Gps, "GPS navigation", ExtraPriceBasis.PerDay, Euros(800), null), "EUR").Value;
        var contract = ApprovedContract(supplier.Id);
        db.AddRange(airport, city, offer, rates, gps, contract);
        var rules = await PublishUpliftAsync(db, supplier.Id, code);
        await db.SaveChangesAsync();

        var dropOff = pickUp.AddDays(3);
        var outcome = new PricingEngine(rules).Price(
            new OfferToPrice(supplier, offer, rates, [contract], OneWayFees.None),
            new PricingTrip(pickUp, dropOff, RentalStation.Of(airport), RentalStation.Of(airport), "EE", 35, soldAtUtc, [new ChosenExtra(gps, 1)]));
        if (!outcome.IsPriced)
        {
            throw new InvalidOperationException($"The seeded trip cannot be priced: {outcome.Refusal}");
        }

        var reference = BookingReference.New();
        var confirmation = $"SX-{Guid.NewGuid().ToString("N")[..8].ToUpperInvariant()}";
        var booking = Booking.Create(
            Guid.CreateVersion7(),
            new NewBooking(
                reference,
                new BookingCustomer("Mari Tamm", "mari.tamm@example.com", "+372 5123 4567", "EE"),
                new BookingDriver("Mari Tamm", new DateOnly(1988, 5, 14)),
                "BT 311",
                new BookingTrip(supplier.Id, airport.Id, pickUp, airport.Id, dropOff, offer.Acriss, offer.SampleModel, [new BookedExtra(gps.Id, ExtraKind.Gps, gps.Name, 1)]),
                BookingPrice.From(outcome.Quote!, 1m),
                PaymentModel.Prepaid,
                SalesChannel.Website,
                AffiliateCode: null),
            soldAtUtc);
        Must(booking);
        Must(booking.Value.Confirm(confirmation));
        if (completed)
        {
            Must(booking.Value.Complete(dropOff.AddHours(1)));
        }

        db.Bookings.Add(booking.Value);
        await db.SaveChangesAsync();
        return new SeededBooking(reference.Value, confirmation, code, pickUp, dropOff);
    }

    private static Money Euros(long cents) => Money.Of(cents, "EUR");

    private static Location Station(Guid supplierId, string code, string name, LocationType type, string? iata, string address) =>
        Location.Create(
            Guid.CreateVersion7(), supplierId, code,
            new LocationDetails(
                name, type, iata, "EE", "Tallinn", address, "+372 600 1234", "Europe/Tallinn", WeeklyOpeningHours.Parse(Hours).Value,
                AfterHoursFee: null),
            "EUR").Value;

    private static Contract ApprovedContract(Guid supplierId)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var terms = new ContractTerms(
            DateRange.Create(today.AddMonths(-3), today.AddYears(1)).Value, "EUR", 30, CommercialModel.Commission,
            Percentage.FromBasisPoints(1_500), MinimumMarginPercent: null,
            new CancellationPolicy(48, LateFeeKind.Fixed, null, Euros(4_000), Euros(6_000)), Notes: null);
        var contract = Contract.Draft(Guid.CreateVersion7(), supplierId, 1, terms).Value;
        Must(contract.Approve([contract], TestUsers.Admin.Email, DateTime.UtcNow, today));
        return contract;
    }

    /// <summary>
    /// Publishes the rules in force plus a +10 % rule for this supplier, as the rules screens would: the other tests'
    /// rules stay published (they are scoped to their own suppliers). Returns the rules of the new set.
    /// </summary>
    private static async Task<List<PricingRule>> PublishUpliftAsync(AppDbContext db, Guid supplierId, string code)
    {
        var now = DateTime.UtcNow;
        var previous = await db.PricingRuleSets.SingleOrDefaultAsync(s => s.Status == RuleSetStatus.Published);
        var set = PricingRuleSet.StartDraft(Guid.CreateVersion7(), (await db.PricingRuleSets.MaxAsync(s => (int?)s.Number) ?? 0) + 1);
        var rules = previous is null
            ? []
            : (await db.PricingRules.AsNoTracking().Where(r => r.RuleSetId == previous.Id).ToListAsync())
                .Select(rule => rule.CopyTo(Guid.CreateVersion7(), set.Id))
                .ToList();
        var number = (await db.PricingRules.MaxAsync(r => (int?)r.Number) ?? 0) + 1;
        var uplift = PricingRule.Create(
            Guid.CreateVersion7(), set.Id, number,
            new PricingRuleDefinition(
                $"Uplift {code}", IsActive: true, Priority: 100, RuleScope.Everything with { SupplierId = supplierId },
                RuleAdjustment.None with { Percent = 1_000 }, Notes: null));
        Must(uplift);
        rules.Add(uplift.Value);

        previous?.Supersede(now);
        set.Publish(TestUsers.Admin.Email, now);
        db.PricingRuleSets.Add(set);
        db.PricingRules.AddRange(rules);
        return rules;
    }

    private static void Must(Result result)
    {
        if (result.Failed)
        {
            throw new InvalidOperationException($"Seeding failed: {result.Error}");
        }
    }
}
