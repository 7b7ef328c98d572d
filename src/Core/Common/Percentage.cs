using System.Globalization;

namespace CarRentalGateway.Core.Common;

/// <summary>A percentage kept exactly in basis points (12.5 % = 1250), so it sums and compares the same everywhere.</summary>
public readonly record struct Percentage
{
    private Percentage(int basisPoints) => BasisPoints = basisPoints;

    /// <summary>100 %: the most any percentage a person types can be.</summary>
    public const int MaxBasisPoints = 10_000;

    public int BasisPoints { get; }

    public decimal Value => BasisPoints / 100m;

    public static Percentage FromBasisPoints(int basisPoints) => new(basisPoints);

    /// <summary>A percentage as a person types it: 0 to 100, at most two decimals.</summary>
    public static Result<Percentage> FromPercent(decimal percent, string? field = null)
    {
        if (percent is < 0 or > MaxBasisPoints / 100)
        {
            return Result.Fail<Percentage>("A percentage is between 0 and 100.", field);
        }

        var basisPoints = percent * 100;
        return basisPoints != decimal.Truncate(basisPoints)
            ? Result.Fail<Percentage>("A percentage has at most two decimals, e.g. 12.25.", field)
            : Result.Ok(new Percentage((int)basisPoints));
    }

    /// <summary>The share of an amount, rounded half away from zero to whole minor units.</summary>
    public Money Of(Money amount) => Money.Of(ShareOf(amount.MinorUnits, BasisPoints), amount.Currency);

    /// <summary>
    /// <paramref name="basisPoints"/> ÷ 10,000 of <paramref name="minorUnits"/>, rounded half away from zero, in
    /// whole numbers: exact, and many times faster than decimal division where every quote needs it.
    /// </summary>
    public static long ShareOf(long minorUnits, int basisPoints)
    {
        var quotient = Int128.DivRem((Int128)minorUnits * basisPoints, 10_000);
        var rounded = quotient.Quotient + (Int128.Abs(quotient.Remainder) >= 5_000 ? Int128.Sign(quotient.Remainder) : 0);
        return checked((long)rounded);
    }

    public override string ToString() => Value.ToString("0.##", CultureInfo.InvariantCulture) + " %";
}
