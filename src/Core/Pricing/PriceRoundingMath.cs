using CarRentalGateway.Core.Common;

namespace CarRentalGateway.Core.Pricing;

/// <summary>Rounding a customer price up to a price ending, in the currency's minor units.</summary>
public static class PriceRoundingMath
{
    /// <summary>
    /// The lowest price not below <paramref name="price"/> that has the ending. For a currency without minor
    /// units, whole units and .99 leave the price as it is.
    /// </summary>
    public static Money Round(Money price, PriceRounding rounding)
    {
        var unit = 1L;
        for (var i = 0; i < Currencies.MinorUnitsOf(price.Currency); i++)
        {
            unit *= 10;
        }

        var minor = price.MinorUnits;
        var rounded = rounding switch
        {
            PriceRounding.None => minor,
            PriceRounding.WholeUnits => CeilingTo(minor, unit, 0),
            PriceRounding.NinetyNine => CeilingTo(minor, unit, unit - 1),
            _ => throw new ArgumentOutOfRangeException(nameof(rounding), rounding, null),
        };
        return Money.Of(rounded, price.Currency);
    }

    public static string Describe(PriceRounding rounding) => rounding switch
    {
        PriceRounding.None => "not rounded",
        PriceRounding.WholeUnits => "to whole units",
        PriceRounding.NinetyNine => "to .99",
        _ => throw new ArgumentOutOfRangeException(nameof(rounding), rounding, null),
    };

    /// <summary>The lowest value ≥ <paramref name="minor"/> whose remainder modulo <paramref name="unit"/> is <paramref name="ending"/>.</summary>
    private static long CeilingTo(long minor, long unit, long ending)
    {
        var remainder = ((minor % unit) + unit) % unit;
        var step = ((ending - remainder) + unit) % unit;
        return minor + step;
    }
}
