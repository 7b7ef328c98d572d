using CarRentalGateway.Core.Common;
using Microsoft.Extensions.Options;

namespace CarRentalGateway.BackOffice.Features.Bookings;

/// <summary>
/// Euros per unit of each currency we sell in, for the EUR amounts finance reports in. There is no rates feed yet:
/// these are reference rates, overridable per currency in configuration ("ExchangeRates:EurPerUnit:NOK": 0.085).
/// </summary>
public sealed class ExchangeRateOptions
{
    public const string Section = "ExchangeRates";

    public Dictionary<string, decimal> EurPerUnit { get; init; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["EUR"] = 1m, ["SEK"] = 0.0870m, ["NOK"] = 0.0855m, ["DKK"] = 0.1341m, ["ISK"] = 0.00680m, ["PLN"] = 0.2350m,
        ["CZK"] = 0.0400m, ["HUF"] = 0.00250m, ["CHF"] = 1.0650m, ["GBP"] = 1.1800m, ["USD"] = 0.9500m,
    };
}

/// <summary>Today's rate to the euro for a sale or a re-pricing; a currency without one is refused, never guessed.</summary>
public sealed class ExchangeRates(IOptions<ExchangeRateOptions> options)
{
    public Result<decimal> EurPerUnit(string currency) =>
        options.Value.EurPerUnit.TryGetValue(currency, out var rate) && rate > 0
            ? Result.Ok(currency == Core.Bookings.BookingPrice.Eur ? 1m : rate)
            : Result.Fail<decimal>($"There is no exchange rate to the euro for {currency}: add one under {ExchangeRateOptions.Section} in the configuration.");
}
