using System.Globalization;

namespace CarRentalGateway.Core.Common;

/// <summary>An amount in integer minor units (cents) of an ISO 4217 currency; never a floating-point number.</summary>
public sealed record Money
{
    private Money(long minorUnits, string currency)
    {
        MinorUnits = minorUnits;
        Currency = currency;
    }

    public long MinorUnits { get; }

    public string Currency { get; }

    /// <summary>Money from minor units; an unknown currency is a bug.</summary>
    public static Money Of(long minorUnits, string currency)
    {
        if (!Currencies.IsKnown(currency))
        {
            throw new ArgumentException($"Unknown currency '{currency}'.", nameof(currency));
        }

        return new Money(minorUnits, currency);
    }

    public static Money Zero(string currency) => Of(0, currency);

    /// <summary>
    /// Money from an amount as a person types it (12.5 EUR). More decimals than the currency has is refused,
    /// not rounded: a rate or fee someone typed must never change silently.
    /// </summary>
    public static Result<Money> FromAmount(decimal amount, string currency, string? field = null)
    {
        if (!Currencies.IsKnown(currency))
        {
            return Result.Fail<Money>($"Unknown currency {currency}.", field);
        }

        var minor = amount * Pow10(Currencies.MinorUnitsOf(currency));
        if (minor != decimal.Truncate(minor))
        {
            var digits = Currencies.MinorUnitsOf(currency);
            return Result.Fail<Money>(
                digits == 0 ? $"{currency} amounts have no decimals." : $"{currency} amounts have at most {digits} decimals.", field);
        }

        if (minor is > long.MaxValue or < long.MinValue)
        {
            return Result.Fail<Money>("The amount is too large.", field);
        }

        return Result.Ok(new Money((long)minor, currency));
    }

    /// <summary>Reads the text <see cref="ToString"/> writes ("1,234.50 EUR").</summary>
    public static Result<Money> Parse(string? text, string? field = null)
    {
        var parts = (text ?? "").Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2
            || !decimal.TryParse(parts[0], NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var amount))
        {
            return Result.Fail<Money>($"'{text}' is not an amount with its currency, e.g. 45.00 EUR.", field);
        }

        return FromAmount(amount, parts[1], field);
    }

    /// <summary>The amount in major units, e.g. 12.50 for 1250 cents.</summary>
    public decimal Amount => MinorUnits / Pow10(Currencies.MinorUnitsOf(Currency));

    public bool IsNegative => MinorUnits < 0;

    /// <summary>
    /// This amount in euros at <paramref name="eurPerUnit"/> euros for one unit, half away from zero to whole cents: the
    /// only rounding a sale's euro amounts get, so finance figures add up the same wherever they are summed.
    /// </summary>
    public Money InEur(decimal eurPerUnit) => new((long)Math.Round(Amount * eurPerUnit * 100, MidpointRounding.AwayFromZero), "EUR");

    public Money Plus(Money other)
    {
        EnsureSameCurrency(other);
        return new Money(checked(MinorUnits + other.MinorUnits), Currency);
    }

    public Money Minus(Money other)
    {
        EnsureSameCurrency(other);
        return new Money(checked(MinorUnits - other.MinorUnits), Currency);
    }

    /// <summary>"12.50 EUR", with the currency's own number of decimals and invariant digits.</summary>
    public override string ToString() =>
        Amount.ToString("N" + Currencies.MinorUnitsOf(Currency), CultureInfo.InvariantCulture) + " " + Currency;

    private void EnsureSameCurrency(Money other)
    {
        if (other.Currency != Currency)
        {
            throw new InvalidOperationException($"Cannot combine {Currency} with {other.Currency}.");
        }
    }

    private static decimal Pow10(int digits)
    {
        var factor = 1m;
        for (var i = 0; i < digits; i++)
        {
            factor *= 10;
        }

        return factor;
    }
}
