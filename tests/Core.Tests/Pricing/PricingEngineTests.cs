using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Contracts;
using CarRentalGateway.Core.Pricing;
using CarRentalGateway.Core.Rates;
using CarRentalGateway.Core.Suppliers;
using static CarRentalGateway.Core.Tests.Pricing.PricingWorld;

namespace CarRentalGateway.Core.Tests.Pricing;

/// <summary>
/// The quote's explanation and money, and every reason a trip cannot be priced. The usual trip is 3 days × 45.00
/// = 135.00 EUR (see <see cref="PricingWorld"/>).
/// </summary>
public sealed class PricingEngineTests
{
    private static CannotPrice Refusal(PricingWorld world, PricingTrip? trip = null)
    {
        var outcome = world.Price([Rule(1, 10, Percent(1_000))], trip);
        Assert.False(outcome.IsPriced);
        Assert.Null(outcome.Quote);
        return outcome.Refusal!;
    }

    [Fact]
    public void A_quote_explains_each_rule_by_number_version_and_name_with_the_price_before_and_after()
    {
        var world = new PricingWorld();
        var rules = new[]
        {
            Rule(12, 10, Percent(1_000), name: "Summer uplift Estonia", version: 3),
            Rule(4, 20, RuleAdjustment.None with { PerRental = Eur(5), PerDay = Eur(-1) }, name: "Airport fee"),
        };

        var quote = world.Quote(rules);

        Assert.Equal(
            [
                new PriceStep(PriceStepKind.Rule, "R12 v3 Summer uplift Estonia: +10 %", Eur(135), Eur(148.5m), new AppliedRule(12, 3, "Summer uplift Estonia")),
                new PriceStep(PriceStepKind.Rule, "R4 v1 Airport fee: +5.00 EUR per rental, −1.00 EUR per day × 3", Eur(148.5m), Eur(150.5m), new AppliedRule(4, 1, "Airport fee")),
            ],
            quote.Steps);
        Assert.Equal(["R12 v3 Summer uplift Estonia", "R4 v1 Airport fee"], quote.AppliedRules.Select(rule => rule.ToString()));
    }

    [Fact]
    public void A_discount_reads_with_a_minus_sign()
    {
        var quote = new PricingWorld().Quote([Rule(7, 10, Percent(-1_250), name: "Early bird")]);

        Assert.Equal("R7 v1 Early bird: −12.5 %", Assert.Single(quote.Steps).Description);
    }

    [Fact]
    public void A_rule_that_only_limits_or_rounds_says_it_changes_nothing_itself()
    {
        var quote = new PricingWorld().Quote([Rule(2, 10, RuleAdjustment.None with { Rounding = PriceRounding.WholeUnits }, name: "Round")]);

        Assert.Equal("R2 v1 Round: no change to the price", Assert.Single(quote.Steps).Description);
    }

    [Fact]
    public void A_per_day_amount_alone_names_the_days_of_each_trip()
    {
        var world = new PricingWorld();
        var engine = new PricingEngine([Rule(3, 10, RuleAdjustment.None with { PerDay = Eur(2) }, name: "Daily fee")]);

        var threeDays = engine.Price(world.ToPrice, world.Trip()).Quote!;
        var fiveDays = engine.Price(world.ToPrice, world.Trip(dropOff: "2026-06-15 10:00")).Quote!;

        Assert.Equal("R3 v1 Daily fee: +2.00 EUR per day × 3", Assert.Single(threeDays.Steps).Description);
        Assert.Equal("R3 v1 Daily fee: +2.00 EUR per day × 5", Assert.Single(fiveDays.Steps).Description);
    }

    [Fact]
    public void Floor_ceiling_and_rounding_steps_name_what_set_them()
    {
        var world = NetRate();
        var rules = new[] { Rule(3, 10, Percent(5_000) with { MaxMargin = Eur(5), Rounding = PriceRounding.NinetyNine }, name: "Capped") };

        var quote = world.Quote(rules);

        Assert.Equal(
            [
                (PriceStepKind.Rule, "R3 v1 Capped: +50 %", 13_500L, 20_250L),
                (PriceStepKind.MarginCeiling, "Lowered to the maximum margin 5.00 EUR of R3 v1 Capped", 20_250L, 14_000L),
                (PriceStepKind.MarginFloor, "Raised to the minimum margin 8 % of contract #1 v1", 14_000L, 14_674L),
                (PriceStepKind.Rounding, "Rounded up to .99 (R3 v1 Capped)", 14_674L, 14_699L),
            ],
            quote.Steps.Select(step => (step.Kind, step.Description, step.Before.MinorUnits, step.After.MinorUnits)));
        Assert.Equal([new AppliedRule(3, 1, "Capped"), new AppliedRule(3, 1, "Capped"), null, new AppliedRule(3, 1, "Capped")], quote.Steps.Select(step => step.Rule));
    }

    [Fact]
    public void A_ceiling_below_the_commission_says_it_stops_at_the_suppliers_price()
    {
        var quote = new PricingWorld().Quote([Rule(4, 10, Percent(5_000) with { MaxMargin = Eur(10) }, name: "Capped")]);

        var ceiling = quote.Steps[^1];
        Assert.Equal(PriceStepKind.MarginCeiling, ceiling.Kind);
        Assert.Equal(
            "Lowered to the supplier's price by the maximum margin 10.00 EUR of R4 v1 Capped, which takes back our markup but never the commission",
            ceiling.Description);
        Assert.Equal(quote.SupplierTotal, quote.CustomerTotal);
        Assert.Equal(quote.Commission, quote.Revenue);
    }

    [Fact]
    public void A_rule_minimum_margin_step_names_its_rule()
    {
        var quote = new PricingWorld().Quote([Rule(5, 10, RuleAdjustment.None with { MinMargin = Eur(40) }, name: "Keep 40")]);

        var floor = quote.Steps[^1];
        Assert.Equal(PriceStepKind.MarginFloor, floor.Kind);
        Assert.Equal("Raised to the minimum margin 40.00 EUR of R5 v1 Keep 40", floor.Description);
        Assert.Equal(new AppliedRule(5, 1, "Keep 40"), floor.Rule);
    }

    [Fact]
    public void The_commission_contract_floor_says_revenue_never_goes_below_zero()
    {
        var quote = new PricingWorld().Quote([Rule(1, 10, Percent(-2_000))]);

        Assert.Equal("Raised to the floor of contract #1 v1: our revenue never below zero", quote.Steps[^1].Description);
        Assert.Equal(Money.Zero("EUR"), quote.Revenue);
    }

    [Fact]
    public void A_commission_quote_earns_the_commission_on_the_rental_days_plus_the_markup()
    {
        // Young driver: 135.00 rental days + 30.00 fee = 165.00; commission 15 % of 135.00 only = 20.25; +10 % = 181.50.
        var world = new PricingWorld();

        var quote = world.Quote([Rule(1, 10, Percent(1_000))], world.Trip(driverAge: 23));

        Assert.Equal(CommercialModel.Commission, quote.Model);
        Assert.Equal("#1 v1", quote.ContractLabel);
        Assert.Equal(Percentage.FromBasisPoints(1_500), quote.CommissionPercent);
        Assert.Equal(Eur(165), quote.SupplierTotal);
        Assert.Equal(Eur(181.5m), quote.CustomerTotal);
        Assert.Equal(Eur(20.25m), quote.Commission);
        Assert.Equal(Eur(16.5m), quote.Markup);
        Assert.Equal(Eur(36.75m), quote.Revenue);
        Assert.Equal((3, "EUR", OfferId), (quote.RentalDays, quote.Currency, quote.OfferId));
    }

    [Fact]
    public void A_net_rate_quote_earns_the_markup_alone()
    {
        var quote = NetRate().Quote([Rule(1, 10, Percent(1_000))]);

        Assert.Equal(CommercialModel.NetRate, quote.Model);
        Assert.Null(quote.CommissionPercent);
        Assert.Equal(Money.Zero("EUR"), quote.Commission);
        Assert.Equal(Eur(13.5m), quote.Markup);
        Assert.Equal(Eur(13.5m), quote.Revenue);
    }

    [Fact]
    public void A_discount_under_commission_is_a_negative_markup_that_lowers_revenue()
    {
        var quote = new PricingWorld().Quote([Rule(1, 10, Percent(-1_000))]);

        Assert.Equal(Eur(-13.5m), quote.Markup);
        Assert.Equal(Eur(6.75m), quote.Revenue);
    }

    [Fact]
    public void Without_rules_a_commission_quote_is_the_supplier_price_with_no_steps()
    {
        var quote = new PricingWorld().Quote([]);

        Assert.Empty(quote.Steps);
        Assert.Equal(quote.SupplierTotal, quote.CustomerTotal);
        Assert.Equal(Eur(20.25m), quote.Revenue);
    }

    [Fact]
    public void The_supplier_base_lines_are_in_the_quote()
    {
        var world = new PricingWorld();

        var quote = world.Quote([], world.Trip("2026-06-29 10:00", "2026-07-02 10:00", driverAge: 23));

        Assert.Equal(
            [
                (QuoteLineKind.RentalDay, 4_500L, "fallback"),
                (QuoteLineKind.RentalDay, 4_500L, "fallback"),
                (QuoteLineKind.RentalDay, 7_200L, "High summer"),
                (QuoteLineKind.YoungDriverFee, 3_000L, null),
            ],
            quote.SupplierBase.Lines.Select(line => (line.Kind, line.Amount.MinorUnits, line.Season)));
    }

    [Fact]
    public void Both_ways_of_matching_rules_count_the_active_rules_alone()
    {
        var rules = new[] { Rule(1, 10, Percent(100)), Rule(2, 10, Percent(100), active: false), Rule(3, 10, Percent(100)) };

        Assert.Equal(2, new PricingEngine(rules).ActiveRuleCount);
        Assert.Equal(2, new PricingEngine(rules, RuleMatching.ScanEveryRule).ActiveRuleCount);
    }

    [Fact]
    public void An_offer_elsewhere_than_the_pick_up_is_a_bug()
    {
        var world = new PricingWorld();
        var trip = world.Trip() with { PickUp = RentalStation.Of(world.City) };

        Assert.Throws<ArgumentException>(() => world.Price([], trip));
    }

    [Theory]
    [InlineData(SupplierStatus.Suspended, "Baltic Drive is suspended: no new bookings are priced for it.")]
    [InlineData(SupplierStatus.Offboarded, "Baltic Drive is offboarded: no new bookings are priced for it.")]
    public void A_supplier_that_is_not_active_is_not_priced(SupplierStatus status, string message)
    {
        var world = new PricingWorld();
        if (status == SupplierStatus.Offboarded)
        {
            Assert.True(world.Supplier.ChangeStatus(SupplierStatus.Suspended).Succeeded);
        }

        Assert.True(world.Supplier.ChangeStatus(status).Succeeded);

        Assert.Equal(new CannotPrice(CannotPriceReason.SupplierNotActive, message), Refusal(world));
    }

    [Fact]
    public void A_pick_up_outside_every_contract_is_not_priced()
    {
        var world = new PricingWorld();

        var refusal = Refusal(world, world.Trip("2027-01-05 10:00", "2027-01-08 10:00", bookedAtUtc: new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc)));

        Assert.Equal(CannotPriceReason.NoContract, refusal.Reason);
        Assert.Equal("Baltic Drive has no contract in force on 2027-01-05: the last one (#1 v1) covered up to 2026-12-31.", refusal.Message);
    }

    [Fact]
    public void A_pick_up_covered_only_by_a_draft_contract_says_the_draft_awaits_approval()
    {
        var world = new PricingWorld();
        world.Contracts.Clear();
        world.Contracts.Add(Contract.Draft(Guid.NewGuid(), SupplierId, 2, CommissionTerms()).Value);

        var refusal = Refusal(world);

        Assert.Equal(CannotPriceReason.NoContract, refusal.Reason);
        Assert.Equal("Baltic Drive has no contract in force on 2026-06-10: contract #2 v1 covers that day but is still a draft awaiting approval.", refusal.Message);
    }

    [Fact]
    public void An_offer_on_stop_sell_is_not_priced()
    {
        var world = new PricingWorld();
        Assert.True(world.Offer.StopSelling().Succeeded);

        Assert.Equal(
            new CannotPrice(CannotPriceReason.StopSell, "Baltic Drive has stopped selling CDMR at Tallinn Airport."),
            Refusal(world));
    }

    [Fact]
    public void A_driver_below_the_minimum_age_is_not_priced()
    {
        var world = new PricingWorld();

        Assert.Equal(
            new CannotPrice(CannotPriceReason.DriverTooYoung, "Drivers must be at least 21 for this car. The driver is 20."),
            Refusal(world, world.Trip(driverAge: 20)));
    }

    [Fact]
    public void A_driver_of_exactly_the_minimum_age_is_priced_with_the_young_driver_fee()
    {
        var world = new PricingWorld();

        var quote = world.Quote([], world.Trip(driverAge: 21));

        Assert.Equal(Eur(165), quote.SupplierTotal);
    }

    [Fact]
    public void A_drop_off_where_the_desk_is_closed_without_after_hours_service_is_not_priced()
    {
        var world = new PricingWorld();

        // Sunday 2026-06-14: the city centre is closed all day.
        var refusal = Refusal(world, world.Trip(dropOff: "2026-06-14 10:00", dropOffAt: world.City));

        Assert.Equal(
            new CannotPrice(CannotPriceReason.LocationClosed, "Tallinn City Centre is closed at 10:00 on Sunday and offers no after-hours service."),
            refusal);
    }

    [Fact]
    public void An_offer_without_rates_is_not_priced()
    {
        var world = new PricingWorld { Rates = null };

        Assert.Equal(new CannotPrice(CannotPriceReason.NoRate, "CDMR at Tallinn Airport has no rates."), Refusal(world));
    }

    [Fact]
    public void A_one_way_trip_the_supplier_does_not_offer_is_not_priced()
    {
        var world = new PricingWorld();

        var refusal = Refusal(world, world.Trip(dropOffAt: world.Tartu));

        Assert.Equal(
            new CannotPrice(
                CannotPriceReason.TripNotOffered,
                "One-way rentals from Tallinn Airport to Tartu Airport are not offered: there is no one-way fee for that direction."),
            refusal);
    }

    [Fact]
    public void A_drop_off_before_the_pick_up_is_not_priced()
    {
        var world = new PricingWorld();

        var refusal = Refusal(world, world.Trip("2026-06-10 10:00", "2026-06-09 10:00"));

        Assert.Equal(CannotPriceReason.TripNotOffered, refusal.Reason);
        Assert.Equal("The drop-off (2026-06-09 10:00) must be after the pick-up (2026-06-10 10:00).", refusal.Message);
    }

    [Fact]
    public void A_net_rate_contract_asking_for_a_margin_of_100_percent_cannot_be_met()
    {
        var world = new PricingWorld();
        world.Contracts.Clear();
        var contract = Contract.Draft(Guid.NewGuid(), SupplierId, 3, NetRateTerms(10_000)).Value;
        world.Contracts.Add(contract);
        Assert.True(contract.Approve(world.Contracts, "ann.admin@crg.example", BookedAtUtc, Day("2026-01-01")).Succeeded);

        Assert.Equal(
            new CannotPrice(CannotPriceReason.MarginUnreachable, "Contract #3 v1 asks for a minimum margin of 100 %, which no price can give."),
            Refusal(world));
    }

    [Fact]
    public void The_first_reason_found_is_given_when_there_are_several()
    {
        var world = new PricingWorld { Rates = null };
        Assert.True(world.Offer.StopSelling().Succeeded);

        Assert.Equal(CannotPriceReason.StopSell, Refusal(world, world.Trip(driverAge: 19)).Reason);
    }
}
