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
    private readonly IReadOnlyList<CompiledRule> _rules;
    private readonly RuleIndex? _index;

    public PricingEngine(IEnumerable<PricingRule> rules, RuleMatching matching = RuleMatching.Indexed)
    {
        _rules = rules
            .Where(rule => rule.IsActive)
            .OrderBy(rule => rule.Priority)
            .ThenBy(rule => rule.Number)
            .Select(rule => new CompiledRule(rule))
            .ToList();
        _index = matching == RuleMatching.Indexed ? new RuleIndex(_rules) : null;
    }

    /// <summary>How many active rules the engine applies.</summary>
    public int ActiveRuleCount => _rules.Count;

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

        var closed = new[] { AfterHoursFees.For(trip.PickUp, trip.PickUpLocal), AfterHoursFees.For(trip.DropOff, trip.DropOffLocal) }
            .FirstOrDefault(hours => hours.Failed);
        if (closed is not null)
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

        return Apply(fleetOffer.Id, contract.Value, supplierBase.Value, new RuleContext(
            supplier.Id,
            trip.PickUpCountry,
            trip.PickUp.LocationId,
            fleetOffer.Acriss,
            rates.Currency,
            trip.PickUpDate,
            trip.BookingDate,
            supplierBase.Value.RentalDays));
    }

    private PricingOutcome Apply(Guid offerId, Contract contract, SupplierBaseQuote supplierBase, in RuleContext trip)
    {
        var supplierTotal = supplierBase.Total;
        var commission = contract.Model == CommercialModel.Commission
            ? Percentage.FromBasisPoints(contract.CommissionBasisPoints!.Value).Of(supplierBase.AmountOf(QuoteLineKind.RentalDay))
            : Money.Zero(supplierBase.Currency);
        var margins = new MarginLimits(supplierTotal, commission);
        var floor = margins.ContractFloor(contract);
        if (floor is null)
        {
            return PricingOutcome.Refused(
                CannotPriceReason.MarginUnreachable,
                $"Contract {contract.Label} asks for a minimum margin of {Percentage.FromBasisPoints(contract.MinimumMarginBasisPoints!.Value)}, which no price can give.");
        }

        var steps = new List<PriceStep>();
        var price = supplierTotal;
        MarginLimit? ceiling = null;
        (PriceRounding Rounding, AppliedRule Rule)? rounding = null;
        foreach (var rule in Matching(trip))
        {
            var adjustment = rule.Adjustment;
            var after = Adjusted(price, adjustment, trip.RentalDays);
            steps.Add(new PriceStep(PriceStepKind.Rule, $"{rule.Reference}: {AdjustmentText(adjustment, trip.RentalDays)}", price, after, rule.Reference));
            price = after;
            if (adjustment.MinMargin is { } minimum && margins.PriceFor(minimum).MinorUnits > floor.Price.MinorUnits)
            {
                floor = new MarginLimit(margins.PriceFor(minimum), $"minimum margin {minimum} of {rule.Reference}", rule.Reference);
            }

            if (adjustment.MaxMargin is { } maximum && (ceiling is null || margins.PriceFor(maximum).MinorUnits < ceiling.Price.MinorUnits))
            {
                ceiling = new MarginLimit(margins.PriceFor(maximum), $"maximum margin {maximum} of {rule.Reference}", rule.Reference);
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
            steps.Add(new PriceStep(PriceStepKind.MarginCeiling, $"Lowered to the {ceiling.Source}", price, ceiling.Price, ceiling.Rule));
            price = ceiling.Price;
        }

        if (price.MinorUnits < floor.Price.MinorUnits)
        {
            steps.Add(new PriceStep(PriceStepKind.MarginFloor, $"Raised to the {floor.Source}", price, floor.Price, floor.Rule));
            price = floor.Price;
        }

        if (rounding is var (mode, roundingRule) && PriceRoundingMath.Round(price, mode) is var rounded && rounded != price)
        {
            steps.Add(new PriceStep(PriceStepKind.Rounding, $"Rounded up {PriceRoundingMath.Describe(mode)} ({roundingRule})", price, rounded, roundingRule));
        }

        return PricingOutcome.Priced(new Quote(offerId, contract, supplierBase, steps, commission));
    }

    private IEnumerable<CompiledRule> Matching(RuleContext trip)
    {
        if (_index is null)
        {
            return _rules.Where(rule => rule.Matches(trip));
        }

        var matching = new List<CompiledRule>();
        _index.Match(trip, matching);
        return matching;
    }

    private static Money Adjusted(Money price, RuleAdjustment adjustment, int rentalDays)
    {
        var minor = price.MinorUnits + PercentOf(price.MinorUnits, adjustment.Percent);
        minor += adjustment.PerRental?.MinorUnits ?? 0;
        minor += checked((adjustment.PerDay?.MinorUnits ?? 0) * rentalDays);
        return Money.Of(minor, price.Currency);
    }

    /// <summary>A share in basis points, rounded half away from zero to whole minor units.</summary>
    private static long PercentOf(long minor, int basisPoints) =>
        (long)Math.Round(minor * (decimal)basisPoints / 10_000m, MidpointRounding.AwayFromZero);

    private static string AdjustmentText(RuleAdjustment adjustment, int rentalDays)
    {
        var parts = new List<string>(3);
        if (adjustment.Percent != 0)
        {
            parts.Add($"{(adjustment.Percent > 0 ? "+" : "−")}{Percentage.FromBasisPoints(Math.Abs(adjustment.Percent))}");
        }

        if (adjustment.PerRental is { } perRental)
        {
            parts.Add($"{Signed(perRental)} per rental");
        }

        if (adjustment.PerDay is { } perDay)
        {
            parts.Add($"{Signed(perDay)} per day × {rentalDays}");
        }

        return parts.Count == 0 ? "no change to the price" : string.Join(", ", parts);
    }

    private static string Signed(Money amount) => amount.IsNegative ? $"−{Money.Of(-amount.MinorUnits, amount.Currency)}" : $"+{amount}";

    /// <summary>A lowest or highest customer price, and who set it.</summary>
    private sealed record MarginLimit(Money Price, string Source, AppliedRule? Rule);

    /// <summary>Turns margins (what we earn) into customer prices for one supplier total and commission.</summary>
    private sealed class MarginLimits(Money supplierTotal, Money commission)
    {
        /// <summary>The customer price at which we earn exactly <paramref name="margin"/>: the supplier total less the commission we already have, plus the margin.</summary>
        public Money PriceFor(Money margin) => supplierTotal.Minus(commission).Plus(margin);

        /// <summary>
        /// A net-rate contract's minimum margin, as a share of the customer price (price ≥ net ÷ (1 − margin),
        /// rounded up); under a commission contract, revenue of at least zero. Null when no price can meet it.
        /// </summary>
        public MarginLimit? ContractFloor(Contract contract)
        {
            if (contract.Model == CommercialModel.Commission)
            {
                return new MarginLimit(PriceFor(Money.Zero(supplierTotal.Currency)), $"floor of contract {contract.Label}: our revenue never below zero", null);
            }

            var basisPoints = contract.MinimumMarginBasisPoints ?? 0;
            if (basisPoints >= 10_000)
            {
                return null;
            }

            var lowest = (long)Math.Ceiling(supplierTotal.MinorUnits * 10_000m / (10_000 - basisPoints));
            return new MarginLimit(
                Money.Of(lowest, supplierTotal.Currency),
                $"minimum margin {Percentage.FromBasisPoints(basisPoints)} of contract {contract.Label}",
                null);
        }
    }
}
