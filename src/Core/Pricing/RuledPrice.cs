using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Contracts;

namespace CarRentalGateway.Core.Pricing;

/// <summary>
/// What the rules make of a supplier price: every step from the supplier total to the customer total, and our
/// commission. The customer total is always the supplier total plus the changes of the steps.
/// </summary>
public sealed class RuledPrice
{
    internal RuledPrice(Money supplierTotal, Money commission, IReadOnlyList<PriceStep> steps)
    {
        SupplierTotal = supplierTotal;
        Commission = commission;
        Steps = steps;
        CustomerTotal = steps.Count == 0 ? supplierTotal : steps[^1].After;
    }

    public Money SupplierTotal { get; }

    /// <summary>Under a commission contract, the commission on the rental days; zero under a net-rate contract.</summary>
    public Money Commission { get; }

    /// <summary>Rules in the order they ran, then the margin ceiling, the floor, and rounding, each only when it changed the price.</summary>
    public IReadOnlyList<PriceStep> Steps { get; }

    public Money CustomerTotal { get; }

    /// <summary>What our rules added on top of the supplier's price (negative for a discount).</summary>
    public Money Markup => CustomerTotal.Minus(SupplierTotal);

    /// <summary>What we earn: the commission plus the markup.</summary>
    public Money Revenue => Commission.Plus(Markup);
}

/// <summary>A price from the rules, or the reason no price can be given: never both.</summary>
public readonly record struct RulesOutcome(RuledPrice? Price, CannotPrice? Refusal)
{
    public static RulesOutcome Priced(RuledPrice price) => new(price, null);

    public static RulesOutcome Refused(CannotPrice refusal) => new(null, refusal);
}

/// <summary>The supplier's price the rules start from: the total of its lines, and the rental days' part a commission is earned on.</summary>
public readonly record struct SupplierPrice(Money Total, Money RentalDaysAmount);

/// <summary>What of a contract version prices a trip: its commercial model, commission and minimum margin.</summary>
/// <param name="Label">The version, "#2 v1", as explanations name it.</param>
public sealed record ContractPricingTerms(string Label, CommercialModel Model, int? CommissionBasisPoints, int? MinimumMarginBasisPoints);
