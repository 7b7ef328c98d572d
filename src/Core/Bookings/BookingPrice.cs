using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Contracts;
using CarRentalGateway.Core.Pricing;
using CarRentalGateway.Core.Rates;

namespace CarRentalGateway.Core.Bookings;

/// <summary>
/// The price a booking was sold at, with its explanation as plain text, so the booking keeps showing what it was sold
/// with after rules, rates and contracts change (changing rules never re-prices existing bookings).
/// </summary>
/// <param name="ContractLabel">The contract in force on the pick-up date, "#2 v1".</param>
/// <param name="CommissionPercent">Under a commission contract, our share of the rental days; null under a net-rate one.</param>
/// <param name="RentalDaysAmount">The supplier's charge for the rental days alone, without extras and fees.</param>
/// <param name="SupplierLines">The supplier's lines: each rental day, extra and fee.</param>
/// <param name="Steps">Each step from the supplier's total to the customer's: rules, margin limits, rounding.</param>
/// <param name="EurPerUnit">The exchange rate at the sale: euros for one unit of <paramref name="Currency"/>; 1 for EUR.</param>
public sealed record BookingPrice(
    string Currency,
    string ContractLabel,
    CommercialModel Model,
    Percentage? CommissionPercent,
    int RentalDays,
    Money RentalDaysAmount,
    Money SupplierTotal,
    Money CustomerTotal,
    Money Commission,
    IReadOnlyList<BookingPriceLine> SupplierLines,
    IReadOnlyList<BookingPriceStep> Steps,
    decimal EurPerUnit)
{
    public const string Eur = "EUR";

    /// <summary>The customer total in euros at the sale's rate, which finance reports in.</summary>
    public Money CustomerTotalEur => InEur(CustomerTotal);

    /// <summary>Our revenue in euros at the sale's rate.</summary>
    public Money RevenueEur => InEur(Revenue);

    /// <summary>What our rules added on top of the supplier's price (negative for a discount).</summary>
    public Money Markup => CustomerTotal.Minus(SupplierTotal);

    /// <summary>What we earn: the commission plus the markup.</summary>
    public Money Revenue => Commission.Plus(Markup);

    /// <summary>
    /// A snapshot of <paramref name="quote"/>, the explanation included, with the day's exchange rate to the euro
    /// (<paramref name="eurPerUnit"/> euros for one unit of the quote's currency). A rate that is not positive, or
    /// not 1 for a euro quote, is a bug in whoever looked it up.
    /// </summary>
    public static BookingPrice From(Quote quote, decimal eurPerUnit)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(eurPerUnit);
        if (quote.Currency == Eur && eurPerUnit != 1)
        {
            throw new ArgumentException("A price in euros has the rate 1.", nameof(eurPerUnit));
        }

        return new BookingPrice(
            quote.Currency,
            quote.ContractLabel,
            quote.Model,
            quote.CommissionPercent,
            quote.RentalDays,
            quote.SupplierBase.AmountOf(QuoteLineKind.RentalDay),
            quote.SupplierTotal,
            quote.CustomerTotal,
            quote.Commission,
            quote.SupplierBase.Lines.Select(line => new BookingPriceLine(line.Kind, line.Description, line.Amount)).ToArray(),
            quote.Steps.Select(step => new BookingPriceStep(step.Kind, step.Rule?.ToString(), step.Description, step.Before, step.After)).ToArray(),
            eurPerUnit);
    }

    private Money InEur(Money amount) => amount.InEur(EurPerUnit);
}

/// <summary>One of the supplier's lines as sold: "Day 2, Sun 2026-07-05: High summer, 3-6 days rate", 72.00 EUR.</summary>
public sealed record BookingPriceLine(QuoteLineKind Kind, string Description, Money Amount);

/// <summary>One step of the markup as sold, naming its rule as "R12 v3 Summer uplift Spain" when it has one.</summary>
public sealed record BookingPriceStep(PriceStepKind Kind, string? Rule, string Description, Money Before, Money After)
{
    public Money Change => After.Minus(Before);
}
