using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Pricing;
using CarRentalGateway.Core.Rates;

namespace CarRentalGateway.Core.Bookings;

/// <summary>
/// The price a booking was sold at, with its explanation as plain text, so the booking keeps showing what it was sold
/// with after rules, rates and contracts change (changing rules never re-prices existing bookings).
/// </summary>
/// <param name="ContractLabel">The contract in force on the pick-up date, "#2 v1".</param>
/// <param name="RentalDaysAmount">The supplier's charge for the rental days alone, without extras and fees.</param>
/// <param name="SupplierLines">The supplier's lines: each rental day, extra and fee.</param>
/// <param name="Steps">Each step from the supplier's total to the customer's: rules, margin limits, rounding.</param>
public sealed record BookingPrice(
    string Currency,
    string ContractLabel,
    int RentalDays,
    Money RentalDaysAmount,
    Money SupplierTotal,
    Money CustomerTotal,
    Money Commission,
    IReadOnlyList<BookingPriceLine> SupplierLines,
    IReadOnlyList<BookingPriceStep> Steps)
{
    /// <summary>What our rules added on top of the supplier's price (negative for a discount).</summary>
    public Money Markup => CustomerTotal.Minus(SupplierTotal);

    /// <summary>What we earn: the commission plus the markup.</summary>
    public Money Revenue => Commission.Plus(Markup);

    /// <summary>A snapshot of <paramref name="quote"/>, the explanation included.</summary>
    public static BookingPrice From(Quote quote) => new(
        quote.Currency,
        quote.ContractLabel,
        quote.RentalDays,
        quote.SupplierBase.AmountOf(QuoteLineKind.RentalDay),
        quote.SupplierTotal,
        quote.CustomerTotal,
        quote.Commission,
        quote.SupplierBase.Lines.Select(line => new BookingPriceLine(line.Kind, line.Description, line.Amount)).ToArray(),
        quote.Steps.Select(step => new BookingPriceStep(step.Kind, step.Rule?.ToString(), step.Description, step.Before, step.After)).ToArray());
}

/// <summary>One of the supplier's lines as sold: "Day 2, Sun 2026-07-05: High summer, 3-6 days rate", 72.00 EUR.</summary>
public sealed record BookingPriceLine(QuoteLineKind Kind, string Description, Money Amount);

/// <summary>One step of the markup as sold, naming its rule as "R12 v3 Summer uplift Spain" when it has one.</summary>
public sealed record BookingPriceStep(PriceStepKind Kind, string? Rule, string Description, Money Before, Money After)
{
    public Money Change => After.Minus(Before);
}
