using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Features.Quote;
using CarRentalGateway.BackOffice.Tests.Features.Contracts;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using CarRentalGateway.Core.Pricing;
using CarRentalGateway.Core.Rates;
using Microsoft.Extensions.DependencyInjection;

namespace CarRentalGateway.BackOffice.Tests.Features.Quote;

/// <summary>The quote tool over the small world of <see cref="QuoteWorld"/>, on both databases.</summary>
public sealed class QuoteServiceTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateOnly Today = ContractForms.Today;

    [Theory, AllProviders]
    public async Task Every_offer_at_the_airport_is_priced_cheapest_first_and_the_others_say_why_not(DatabaseProvider provider)
    {
        await using var app = await WorldAsync(provider);

        var result = await QuoteAsync(app, QuoteWorld.Trip(Today, days: 3));

        Assert.Null(result.RuleSet);
        var euros = Assert.Single(result.Priced);
        Assert.Equal("EUR", euros.Currency);
        // AVIS is net rate: 105.00 raised to its 10 % minimum margin, 105.00 / 0.9 rounded up.
        Assert.Equal(
            [("AVIS-EE", "CDMR", 10_500L, 11_667L), ("SIXT-EE", "CDMR", 12_000L, 12_000L), ("SIXT-EE", "IDAR", 21_000L, 21_000L)],
            euros.Offers.Select(o => (o.Offer.SupplierCode, o.Offer.Acriss, o.Quote.SupplierTotal.MinorUnits, o.Quote.CustomerTotal.MinorUnits)));
        var sixt = euros.Offers[1];
        Assert.Equal(("TLL-AIRPORT", "Toyota Corolla", 3), (sixt.Offer.PickUp.Code, sixt.Offer.SampleModel, sixt.Quote.RentalDays));
        Assert.Equal(1_800, sixt.Quote.Revenue.MinorUnits);
        Assert.Equal(
            [
                ("AVIS-EE", "EDMR", CannotPriceReason.StopSell),
                ("BUDGET-EE", "CDMR", CannotPriceReason.SupplierNotActive),
                ("HERTZ-EE", "CDMR", CannotPriceReason.NoContract),
            ],
            result.Unpriced.Select(u => (u.Offer.SupplierCode, u.Offer.Acriss, u.Reason.Reason)));
        Assert.Contains("stopped selling EDMR", result.Unpriced[0].Reason.Message, StringComparison.Ordinal);
    }

    [Theory, AllProviders]
    public async Task A_published_rule_raises_the_price_and_is_named_in_the_steps(DatabaseProvider provider)
    {
        await using var app = await WorldAsync(provider);
        await PublishAsync(app, version: 3, QuoteWorld.EstoniaUplift(1000));

        var result = await QuoteAsync(app, QuoteWorld.Trip(Today).With(f => { f.Acriss = "CDMR"; f.SupplierCode = "SIXT-EE"; }));

        Assert.Equal((1, 1), (result.RuleSet!.Number, result.RuleSet.ActiveRules));
        var quote = Assert.Single(Assert.Single(result.Priced).Offers).Quote;
        var step = Assert.Single(quote.Steps);
        Assert.Equal((PriceStepKind.Rule, 12_000L, 13_200L), (step.Kind, step.Before.MinorUnits, step.After.MinorUnits));
        Assert.Equal("R1 v3 Estonia uplift", step.Rule!.ToString());
        Assert.Equal((13_200L, 1_200L, 3_000L), (quote.CustomerTotal.MinorUnits, quote.Markup.MinorUnits, quote.Revenue.MinorUnits));
    }

    [Theory, AllProviders]
    public async Task The_engine_is_compiled_once_per_published_set_and_a_new_publish_prices_the_next_quote(DatabaseProvider provider)
    {
        await using var app = await WorldAsync(provider);
        await PublishAsync(app, version: 1, QuoteWorld.EstoniaUplift(1000));
        var pricing = app.Services.GetRequiredService<PublishedPricing>();
        await using (var db = await app.OpenDbAsync())
        {
            Assert.Same(await pricing.CurrentAsync(db, None), await pricing.CurrentAsync(db, None));
        }

        var trip = QuoteWorld.Trip(Today).With(f => { f.Acriss = "CDMR"; f.SupplierCode = "SIXT-EE"; });
        var first = Assert.Single(Assert.Single((await QuoteAsync(app, trip)).Priced).Offers).Quote;
        await PublishAsync(app, version: 2, QuoteWorld.EstoniaUplift(2000));
        var second = await QuoteAsync(app, trip);

        Assert.Equal(13_200, first.CustomerTotal.MinorUnits);
        Assert.Equal(2, second.RuleSet!.Number);
        var quote = Assert.Single(Assert.Single(second.Priced).Offers).Quote;
        Assert.Equal((14_400L, "R1 v2 Estonia uplift"), (quote.CustomerTotal.MinorUnits, quote.AppliedRules.Single().ToString()));
    }

    [Theory, AllProviders]
    public async Task A_city_gathers_every_station_in_it_and_an_airport_only_its_own(DatabaseProvider provider)
    {
        await using var app = await WorldAsync(provider);

        var city = await QuoteAsync(app, QuoteWorld.Trip(Today, place: "tallinn, ee").With(f => { f.Acriss = "E"; }));
        var airport = await QuoteAsync(app, QuoteWorld.Trip(Today).With(f => { f.Acriss = "E"; }));
        var automatic = await QuoteAsync(app, QuoteWorld.Trip(Today).With(f => { f.Acriss = "??a?"; }));
        await using var sam = app.As(TestUser.Sam);
        var nowhere = await sam.Quotes().QuoteAsync(QuoteWorld.Trip(Today, place: "RIX"), None);
        var places = await sam.Quotes().PlacesAsync("tall", None);

        Assert.Equal(["TLL-CITY EDMR"], city.Priced.SelectMany(g => g.Offers).Select(o => $"{o.Offer.PickUp.Code} {o.Offer.Acriss}"));
        Assert.Equal(["TLL-AP EDMR"], city.Unpriced.Select(o => $"{o.Offer.PickUp.Code} {o.Offer.Acriss}"));
        Assert.Empty(airport.Priced);
        Assert.Equal(["IDAR"], automatic.Priced.SelectMany(g => g.Offers).Select(o => o.Offer.Acriss));
        Assert.Equal(("No supplier has an active station at RIX.", nameof(QuoteForm.PickUpPlace)), (nowhere.Error, nowhere.Field));
        Assert.Equal(["TLL", "Tallinn, EE"], places.Select(p => p.Place.Key));
        Assert.Equal(4, places[0].Suppliers);
    }

    [Theory, AllProviders]
    public async Task Extras_are_each_suppliers_own_of_that_kind_and_a_supplier_without_one_cannot_be_priced(DatabaseProvider provider)
    {
        await using var app = await WorldAsync(provider);
        var trip = QuoteWorld.Trip(Today, days: 2).With(f => { f.Acriss = "CDMR"; });
        trip.Extras[ExtraKind.Gps] = 1;
        trip.Extras[ExtraKind.ChildSeat] = 2;

        var result = await QuoteAsync(app, trip);

        var sixt = Assert.Single(Assert.Single(result.Priced).Offers).Quote;
        // 2 days × 40.00, the cheaper child seat (toddler, 7.00) twice for 2 days, GPS 2 × 8.00.
        Assert.Equal(
            [(QuoteLineKind.RentalDay, 4_000L), (QuoteLineKind.RentalDay, 4_000L), (QuoteLineKind.Extra, 2_800L), (QuoteLineKind.Extra, 1_600L)],
            sixt.SupplierBase.Lines.Select(l => (l.Kind, l.Amount.MinorUnits)));
        Assert.Contains("Child seat (toddler) × 2", sixt.SupplierBase.Lines[2].Description, StringComparison.Ordinal);
        var avis = result.Unpriced.Single(u => u.Offer.SupplierCode == "AVIS-EE");
        Assert.Equal((CannotPriceReason.TripNotOffered, "Avis Estonia has no extra of the kind asked for: Child seat, GPS."), (avis.Reason.Reason, avis.Reason.Message));
        // A stronger reason than a missing extra still comes first.
        Assert.Equal(CannotPriceReason.SupplierNotActive, result.Unpriced.Single(u => u.Offer.SupplierCode == "BUDGET-EE").Reason.Reason);
    }

    [Theory, AllProviders]
    public async Task A_one_way_trip_adds_the_fee_and_a_supplier_without_a_station_there_is_not_offered(DatabaseProvider provider)
    {
        await using var app = await WorldAsync(provider);

        var result = await QuoteAsync(app, QuoteWorld.Trip(Today, days: 1).With(f => { f.Acriss = "CDMR"; f.DropOffPlace = "Tartu, EE"; }));

        var sixt = Assert.Single(Assert.Single(result.Priced).Offers);
        Assert.Equal(("TLL-AIRPORT", "TRT-CITY", true), (sixt.Offer.PickUp.Code, sixt.Offer.DropOff.Code, sixt.Offer.IsOneWay));
        Assert.Equal((QuoteLineKind.OneWayFee, 5_000L), (sixt.Quote.SupplierBase.Lines[^1].Kind, sixt.Quote.SupplierBase.Lines[^1].Amount.MinorUnits));
        Assert.Equal(9_000, sixt.Quote.CustomerTotal.MinorUnits);
        var avis = result.Unpriced.Single(u => u.Offer.SupplierCode == "AVIS-EE");
        Assert.Equal("Avis Estonia has no station at Tartu, EE to drop the car off.", avis.Reason.Message);
    }

    [Theory, AllProviders]
    public async Task With_one_supplier_its_exact_stations_can_be_chosen(DatabaseProvider provider)
    {
        await using var app = await WorldAsync(provider);
        await using var sam = app.As(TestUser.Sam);
        var stations = (await sam.Quotes().StationsAsync("SIXT-EE", None)).ToDictionary(s => s.Code, s => s.Id);

        var toTartu = await QuoteAsync(app, QuoteWorld.Trip(Today, days: 1).With(f =>
        {
            (f.SupplierCode, f.PickUpPlace, f.PickUpStationId, f.DropOffStationId) = ("SIXT-EE", null, stations["TLL-AIRPORT"], stations["TRT-CITY"]);
            f.Acriss = "CDMR";
        }));
        var noRoute = await QuoteAsync(app, QuoteWorld.Trip(Today, days: 1).With(f =>
            (f.SupplierCode, f.PickUpPlace, f.PickUpStationId, f.DropOffStationId) = ("SIXT-EE", null, stations["TLL-CITY"], stations["TLL-AIRPORT"])));

        Assert.Equal(["TLL-AIRPORT", "TLL-CITY", "TRT-CITY"], stations.Keys.Order(StringComparer.Ordinal));
        var priced = Assert.Single(Assert.Single(toTartu.Priced).Offers);
        Assert.Equal(("TLL-AIRPORT", "TRT-CITY", 9_000L), (priced.Offer.PickUp.Code, priced.Offer.DropOff.Code, priced.Quote.CustomerTotal.MinorUnits));
        var refused = Assert.Single(noRoute.Unpriced);
        Assert.Equal(("TLL-CITY", "TLL-AIRPORT", CannotPriceReason.TripNotOffered), (refused.Offer.PickUp.Code, refused.Offer.DropOff.Code, refused.Reason.Reason));
    }

    [Theory, AllProviders]
    public async Task A_form_at_fault_is_refused_on_its_field(DatabaseProvider provider)
    {
        await using var app = await WorldAsync(provider);
        await using var fiona = app.As(TestUser.Fiona);
        var quotes = fiona.Quotes();
        var backwards = QuoteWorld.Trip(Today);
        backwards.DropOffDate = backwards.PickUpDate!.Value.AddDays(-1);

        var refused = await quotes.QuoteAsync(backwards, None);
        var young = await quotes.QuoteAsync(QuoteWorld.Trip(Today).With(f => { f.DriverAge = 17; }), None);
        var unknown = await quotes.QuoteAsync(QuoteWorld.Trip(Today).With(f => { f.SupplierCode = "NOPE"; }), None);

        Assert.Equal(("Drop-off must be after pick-up.", nameof(QuoteForm.DropOffDate)), (refused.Error, refused.Field));
        Assert.Equal(("The driver's age is 18 to 99.", nameof(QuoteForm.DriverAge)), (young.Error, young.Field));
        Assert.Equal(("There is no supplier NOPE.", nameof(QuoteForm.SupplierCode)), (unknown.Error, unknown.Field));
    }

    private async Task<TestApp> WorldAsync(DatabaseProvider provider)
    {
        var app = await databases.StartAsync(provider);
        await using var db = await app.OpenDbAsync();
        await QuoteWorld.SeedAsync(db, Today);
        return app;
    }

    private static async Task PublishAsync(TestApp app, int version, params PricingRuleDefinition[] rules)
    {
        await using var db = await app.OpenDbAsync();
        await QuoteWorld.PublishAsync(db, app.Clock.GetUtcNow().UtcDateTime, version, rules);
    }

    private static async Task<QuoteResult> QuoteAsync(TestApp app, QuoteForm form)
    {
        await using var sam = app.As(TestUser.Sam);
        var result = await sam.Quotes().QuoteAsync(form, None);
        Assert.True(result.Succeeded, result.Error);
        return result.Value;
    }
}
