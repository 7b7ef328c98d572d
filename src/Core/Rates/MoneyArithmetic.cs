using CarRentalGateway.Core.Common;

namespace CarRentalGateway.Core.Rates;

/// <summary>
/// Whole-number multiples of money. Rates, extras and fees are multiplied only by counts (days, quantities), so
/// the supplier base never needs rounding; an overflow is a bug and throws.
/// </summary>
internal static class MoneyArithmetic
{
    public static Money Times(this Money money, int count) => Money.Of(checked(money.MinorUnits * count), money.Currency);

    public static bool IsMoreThan(this Money money, Money other) =>
        money.Currency == other.Currency
            ? money.MinorUnits > other.MinorUnits
            : throw new InvalidOperationException($"Cannot compare {money.Currency} with {other.Currency}.");
}
