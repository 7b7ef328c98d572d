using CarRentalGateway.Core.Bookings;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Contracts;

namespace CarRentalGateway.BackOffice.Features.Quote;

/// <summary>
/// A price as its explanation shows it: the supplier's lines, the steps to the customer total and what we earn.
/// The same whether the price was just quoted or is the one a booking was sold with (its stored snapshot).
/// </summary>
public sealed record PriceBreakdown(
    string Currency,
    string ContractLabel,
    CommercialModel Model,
    Percentage? CommissionPercent,
    int RentalDays,
    IReadOnlyList<BookingPriceLine> SupplierLines,
    IReadOnlyList<BookingPriceStep> Steps,
    Money SupplierTotal,
    Money CustomerTotal,
    Money Commission)
{
    /// <summary>What our rules added on top of the supplier's price (negative for a discount).</summary>
    public Money Markup => CustomerTotal.Minus(SupplierTotal);

    /// <summary>What we earn: the commission plus the markup.</summary>
    public Money Revenue => Commission.Plus(Markup);

    public static PriceBreakdown Of(Core.Pricing.Quote quote) => new(
        quote.Currency,
        quote.ContractLabel,
        quote.Model,
        quote.CommissionPercent,
        quote.RentalDays,
        quote.SupplierBase.Lines.Select(line => new BookingPriceLine(line.Kind, line.Description, line.Amount)).ToArray(),
        quote.Steps.Select(step => new BookingPriceStep(step.Kind, step.Rule?.ToString(), step.Description, step.Before, step.After)).ToArray(),
        quote.SupplierTotal,
        quote.CustomerTotal,
        quote.Commission);

    public static PriceBreakdown Of(BookingPrice price) => new(
        price.Currency,
        price.ContractLabel,
        price.Model,
        price.CommissionPercent,
        price.RentalDays,
        price.SupplierLines,
        price.Steps,
        price.SupplierTotal,
        price.CustomerTotal,
        price.Commission);
}
