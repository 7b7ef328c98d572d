using System.Globalization;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Pricing;

namespace CarRentalGateway.BackOffice.Features.Quote;

/// <summary>How quotes and their explanations word amounts, steps and reasons, the same wherever a price is shown.</summary>
public static class QuoteText
{
    /// <summary>"1,234.50": the amount with its currency's decimals, for columns headed by the currency.</summary>
    public static string Amount(Money money) =>
        money.Amount.ToString("N" + Currencies.MinorUnitsOf(money.Currency), CultureInfo.InvariantCulture);

    /// <summary>"+12.00" or "−5.00" (a real minus sign), for a change.</summary>
    public static string Signed(Money change) =>
        (change.IsNegative ? "−" : "+") + Amount(Money.Of(Math.Abs(change.MinorUnits), change.Currency));

    public static string Days(int days) => days == 1 ? "1 day" : string.Create(CultureInfo.InvariantCulture, $"{days} days");

    public static string StepKind(PriceStepKind kind) => kind switch
    {
        PriceStepKind.Rule => "Rule",
        PriceStepKind.MarginCeiling => "Margin ceiling",
        PriceStepKind.MarginFloor => "Margin floor",
        _ => "Rounding",
    };

    public static string Reason(CannotPriceReason reason) => reason switch
    {
        CannotPriceReason.SupplierNotActive => "Supplier not active",
        CannotPriceReason.NoContract => "No contract",
        CannotPriceReason.StopSell => "Stop-sell",
        CannotPriceReason.DriverTooYoung => "Driver too young",
        CannotPriceReason.LocationClosed => "Station closed",
        CannotPriceReason.NoRate => "No rate",
        CannotPriceReason.TripNotOffered => "Not offered",
        _ => "Margin unreachable",
    };
}
