using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Contracts;
using CarRentalGateway.Core.Rates;

namespace CarRentalGateway.Core.Pricing;

/// <summary>
/// The price of one offer for one trip, with its explanation: the supplier's lines, then every step to the
/// customer total. The customer total is always the supplier total plus the changes of the steps.
/// </summary>
public sealed class Quote
{
    private readonly RuledPrice _ruled;

    internal Quote(Guid offerId, ContractPricingTerms contract, SupplierBaseQuote supplierBase, RuledPrice ruled)
    {
        OfferId = offerId;
        ContractLabel = contract.Label;
        Model = contract.Model;
        CommissionPercent = contract.CommissionBasisPoints is { } basisPoints ? Percentage.FromBasisPoints(basisPoints) : null;
        SupplierBase = supplierBase;
        _ruled = ruled;
    }

    public Guid OfferId { get; }

    /// <summary>The contract in force on the pick-up date, "#2 v1".</summary>
    public string ContractLabel { get; }

    public CommercialModel Model { get; }

    /// <summary>For a commission contract, our share of the rental days.</summary>
    public Percentage? CommissionPercent { get; }

    public SupplierBaseQuote SupplierBase { get; }

    /// <summary>Rules in the order they ran, then the margin ceiling, the floor, and rounding, each only when it changed the price.</summary>
    public IReadOnlyList<PriceStep> Steps => _ruled.Steps;

    public string Currency => SupplierBase.Currency;

    public int RentalDays => SupplierBase.RentalDays;

    /// <summary>What the supplier charges: the sum of its lines.</summary>
    public Money SupplierTotal => SupplierBase.Total;

    /// <summary>What the customer pays.</summary>
    public Money CustomerTotal => _ruled.CustomerTotal;

    /// <summary>What our rules added on top of the supplier's price (negative for a discount).</summary>
    public Money Markup => _ruled.Markup;

    /// <summary>Under a commission contract, the commission on the rental days; zero under a net-rate contract.</summary>
    public Money Commission => _ruled.Commission;

    /// <summary>What we earn: the commission plus the markup.</summary>
    public Money Revenue => _ruled.Revenue;

    /// <summary>Rules that ran, in order: what a booking sold with this quote was priced by.</summary>
    public IEnumerable<AppliedRule> AppliedRules =>
        Steps.Where(step => step.Kind == PriceStepKind.Rule).Select(step => step.Rule!);
}
