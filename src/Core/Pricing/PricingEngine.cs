using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Contracts;
using CarRentalGateway.Core.Rates;
using CarRentalGateway.Core.Suppliers;

namespace CarRentalGateway.Core.Pricing;

/// <summary>
/// Prices offers for trips under one rule set: the supplier's base, then every matching active rule in
/// ascending priority (ties by rule number) until one stops further rules, then margin ceilings and floors,
/// then rounding. Pure and deterministic: the same input gives the same quote, in whole minor units. Build one
/// per rule set and reuse it; it is safe to share between threads.
/// </summary>
public sealed class PricingEngine
{
    private readonly CompiledRule[] _rules;
    private readonly RuleIndex? _index;

    public PricingEngine(IEnumerable<PricingRule> rules, RuleMatching matching = RuleMatching.Indexed)
    {
        _rules = rules
            .Where(rule => rule.IsActive)
            .OrderBy(rule => rule.Priority)
            .ThenBy(rule => rule.Number)
            .Select(rule => new CompiledRule(rule))
            .ToArray();
        _index = matching == RuleMatching.Indexed ? new RuleIndex(_rules) : null;
    }

    /// <summary>How many active rules the engine applies.</summary>
    public int ActiveRuleCount => _rules.Length;

    public PricingOutcome Price(OfferToPrice offer, PricingTrip trip)
    {
        var (supplier, fleetOffer) = (offer.Supplier, offer.Offer);
        if (fleetOffer.LocationId != trip.PickUp.LocationId || fleetOffer.SupplierId != supplier.Id)
        {
            throw new ArgumentException("The offer is not at the trip's pick-up location, or not the supplier's.", nameof(offer));
        }

        if (supplier.Status != SupplierStatus.Active)
        {
            return PricingOutcome.Refused(
                CannotPriceReason.SupplierNotActive, $"{supplier.Name} is {supplier.Status.ToString().ToLowerInvariant()}: no new bookings are priced for it.");
        }

        var contract = ContractSelection.ContractFor(supplier.Name, offer.Contracts, trip.PickUpDate);
        if (contract.Failed)
        {
            return PricingOutcome.Refused(CannotPriceReason.NoContract, contract.Error!);
        }

        if (fleetOffer.StopSell)
        {
            return PricingOutcome.Refused(CannotPriceReason.StopSell, $"{supplier.Name} has stopped selling {fleetOffer.Acriss} at {trip.PickUp.Name}.");
        }

        var driver = fleetOffer.DriverCanRent(trip.DriverAge);
        if (driver.Failed)
        {
            return PricingOutcome.Refused(CannotPriceReason.DriverTooYoung, $"{driver.Error} The driver is {trip.DriverAge}.");
        }

        if (offer.Rates is not { } rates)
        {
            return PricingOutcome.Refused(CannotPriceReason.NoRate, $"{fleetOffer.Acriss} at {trip.PickUp.Name} has no rates.");
        }

        var pickUpHours = AfterHoursFees.For(trip.PickUp, trip.PickUpLocal);
        var closed = pickUpHours.Failed ? pickUpHours : AfterHoursFees.For(trip.DropOff, trip.DropOffLocal);
        if (closed.Failed)
        {
            return PricingOutcome.Refused(CannotPriceReason.LocationClosed, closed.Error!);
        }

        var supplierBase = SupplierBasePrice.Compute(new BasePriceRequest(
            trip.PickUpLocal, trip.DropOffLocal, trip.PickUp, trip.DropOff, rates, trip.Extras, offer.OneWayFees)
        {
            YoungDriverDailyFee = fleetOffer.YoungDriverFeeApplies(trip.DriverAge) ? fleetOffer.YoungDriverDailyFee : null,
        });
        if (supplierBase.Failed)
        {
            return PricingOutcome.Refused(CannotPriceReason.TripNotOffered, supplierBase.Error!);
        }

        var terms = contract.Value.PricingTerms;
        var ruled = ApplyRules(terms, new SupplierPrice(supplierBase.Value.Total, supplierBase.Value.AmountOf(QuoteLineKind.RentalDay)), new RuleContext(
            supplier.Id,
            trip.PickUpCountry,
            trip.PickUp.LocationId,
            fleetOffer.Acriss,
            rates.Currency,
            trip.PickUpDate,
            trip.BookingDate,
            supplierBase.Value.RentalDays));
        return ruled.Price is { } price
            ? PricingOutcome.Priced(new Quote(fleetOffer.Id, terms, supplierBase.Value, price))
            : PricingOutcome.Refused(ruled.Refusal!.Reason, ruled.Refusal.Message);
    }

    /// <summary>
    /// Applies the rules to a supplier price already known, under a contract's terms: the step every quote ends with,
    /// and on its own how a past booking is priced again from its stored supplier price and trip facts (a simulation),
    /// so rates and contracts changed since the sale do not enter the comparison.
    /// </summary>
    public RulesOutcome ApplyRules(ContractPricingTerms contract, SupplierPrice supplierPrice, in RuleContext trip)
    {
        var supplierTotal = supplierPrice.Total;
        var commission = contract.Model == CommercialModel.Commission
            ? Percentage.FromBasisPoints(contract.CommissionBasisPoints!.Value).Of(supplierPrice.RentalDaysAmount)
            : Money.Zero(supplierTotal.Currency);
        var margins = new MarginLimits(supplierTotal, commission);
        var floor = MarginLimit.ContractFloor(contract, supplierTotal, margins);
        if (floor is null)
        {
            return RulesOutcome.Refused(new CannotPrice(
                CannotPriceReason.MarginUnreachable,
                $"Contract {contract.Label} asks for a minimum margin of {Percentage.FromBasisPoints(contract.MinimumMarginBasisPoints!.Value)}, which no price can give."));
        }

        var steps = new List<PriceStep>();
        var price = supplierTotal;
        MarginLimit? ceiling = null;
        (PriceRounding Rounding, AppliedRule Rule)? rounding = null;
        foreach (var rule in Matching(trip))
        {
            var adjustment = rule.Adjustment;
            var after = Adjusted(price, adjustment, trip.RentalDays);
            steps.Add(new PriceStep(PriceStepKind.Rule, rule.Description(trip.RentalDays), price, after, rule.Reference));
            price = after;
            if (adjustment.MinMargin is { } minimum && margins.PriceFor(minimum) is var lowest && lowest.MinorUnits > floor.Price.MinorUnits)
            {
                floor = MarginLimit.OfRule(lowest, "minimum", minimum, rule.Reference);
            }

            if (adjustment.MaxMargin is { } maximum && margins.CeilingFor(maximum) is var highest
                && (ceiling is null || highest.MinorUnits < ceiling.Price.MinorUnits))
            {
                ceiling = highest == supplierTotal
                    ? MarginLimit.AtSupplierPrice(highest, maximum, rule.Reference)
                    : MarginLimit.OfRule(highest, "maximum", maximum, rule.Reference);
            }

            if (adjustment.Rounding != PriceRounding.None)
            {
                rounding = (adjustment.Rounding, rule.Reference);
            }

            if (adjustment.StopFurtherRules)
            {
                break;
            }
        }

        // The ceiling first and the floor last, so a floor above a ceiling wins: we never sell below our floor.
        if (ceiling is not null && price.MinorUnits > ceiling.Price.MinorUnits)
        {
            steps.Add(new PriceStep(PriceStepKind.MarginCeiling, $"Lowered to the {ceiling.Source()}", price, ceiling.Price, ceiling.Rule));
            price = ceiling.Price;
        }

        if (price.MinorUnits < floor.Price.MinorUnits)
        {
            steps.Add(new PriceStep(PriceStepKind.MarginFloor, $"Raised to the {floor.Source()}", price, floor.Price, floor.Rule));
            price = floor.Price;
        }

        if (rounding is var (mode, roundingRule) && PriceRoundingMath.Round(price, mode) is var rounded && rounded != price)
        {
            steps.Add(new PriceStep(PriceStepKind.Rounding, $"Rounded up {PriceRoundingMath.Describe(mode)} ({roundingRule})", price, rounded, roundingRule));
        }

        return RulesOutcome.Priced(new RuledPrice(supplierTotal, commission, steps));
    }

    /// <summary>The active rules whose scope matches, in evaluation order.</summary>
    private List<CompiledRule> Matching(in RuleContext trip)
    {
        var matching = new List<CompiledRule>();
        if (_index is not null)
        {
            _index.Match(trip, matching);
            return matching;
        }

        foreach (var rule in _rules)
        {
            if (rule.Matches(trip))
            {
                matching.Add(rule);
            }
        }

        return matching;
    }

    private static Money Adjusted(Money price, RuleAdjustment adjustment, int rentalDays)
    {
        var minor = price.MinorUnits + Percentage.ShareOf(price.MinorUnits, adjustment.Percent);
        minor += adjustment.PerRental?.MinorUnits ?? 0;
        minor += checked((adjustment.PerDay?.MinorUnits ?? 0) * rentalDays);
        return Money.Of(minor, price.Currency);
    }

    /// <summary>
    /// A lowest or highest customer price, and who set it. The words are written only when the limit changes the
    /// price, since most quotes never reach theirs.
    /// </summary>
    private sealed class MarginLimit
    {
        private readonly Func<string> _source;

        private MarginLimit(Money price, AppliedRule? rule, Func<string> source)
        {
            Price = price;
            Rule = rule;
            _source = source;
        }

        public Money Price { get; }

        public AppliedRule? Rule { get; }

        /// <summary>"minimum margin 8 % of contract #1 v1", "maximum margin 30.00 EUR of R3 v1 Capped".</summary>
        public string Source() => _source();

        public static MarginLimit OfRule(Money price, string which, Money margin, AppliedRule rule) =>
            new(price, rule, () => $"{which} margin {margin} of {rule}");

        /// <summary>A maximum margin below the commission: it takes back all our markup, and stops at the supplier's price.</summary>
        public static MarginLimit AtSupplierPrice(Money supplierTotal, Money margin, AppliedRule rule) =>
            new(supplierTotal, rule, () => $"supplier's price by the maximum margin {margin} of {rule}, which takes back our markup but never the commission");

        /// <summary>
        /// A net-rate contract's minimum margin, as a share of the customer price (price ≥ net ÷ (1 − margin),
        /// rounded up); under a commission contract, revenue of at least zero. Null when no price can meet it.
        /// </summary>
        public static MarginLimit? ContractFloor(ContractPricingTerms contract, Money supplierTotal, MarginLimits margins)
        {
            if (contract.Model == CommercialModel.Commission)
            {
                return new MarginLimit(
                    margins.PriceFor(Money.Zero(supplierTotal.Currency)), null, () => $"floor of contract {contract.Label}: our revenue never below zero");
            }

            var basisPoints = contract.MinimumMarginBasisPoints ?? 0;
            if (basisPoints >= 10_000)
            {
                return null;
            }

            var (quotient, remainder) = Int128.DivRem((Int128)supplierTotal.MinorUnits * 10_000, 10_000 - basisPoints);
            var lowest = checked((long)(remainder > 0 ? quotient + 1 : quotient));
            return new MarginLimit(
                Money.Of(lowest, supplierTotal.Currency),
                null,
                () => $"minimum margin {Percentage.FromBasisPoints(basisPoints)} of contract {contract.Label}");
        }
    }

    /// <summary>Turns margins (what we earn) into customer prices for one supplier total and commission.</summary>
    private sealed class MarginLimits(Money supplierTotal, Money commission)
    {
        private readonly Money _supplierTotalLessCommission = supplierTotal.Minus(commission);

        /// <summary>The customer price at which we earn exactly <paramref name="margin"/>: the supplier total less the commission we already have, plus the margin.</summary>
        public Money PriceFor(Money margin) => _supplierTotalLessCommission.Plus(margin);

        /// <summary>
        /// The highest customer price a maximum margin allows. A ceiling caps what our rules add; it never lowers
        /// the price below the supplier's own, so under a commission contract it does not give the commission away.
        /// </summary>
        public Money CeilingFor(Money margin) =>
            PriceFor(margin) is var price && price.MinorUnits < supplierTotal.MinorUnits ? supplierTotal : price;
    }
}
