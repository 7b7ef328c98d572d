using CarRentalGateway.Core.Common;

namespace CarRentalGateway.Core.Rates;

/// <summary>
/// What the supplier charges for one trip, line by line: each rental day, each extra, the one-way fee and
/// after-hours fees. The total is always the sum of the lines, so what staff see adds up.
/// </summary>
public sealed class SupplierBaseQuote
{
    internal SupplierBaseQuote(int rentalDays, RentalLengthBand band, string currency, IReadOnlyList<QuoteLine> lines)
    {
        RentalDays = rentalDays;
        Band = band;
        Currency = currency;
        Lines = lines;
        Total = lines.Aggregate(Money.Zero(currency), (sum, line) => sum.Plus(line.Amount));
    }

    public int RentalDays { get; }

    /// <summary>The band of the whole rental's length; every rental day is priced in it.</summary>
    public RentalLengthBand Band { get; }

    /// <summary>The currency of the offer's rates; every line is in it.</summary>
    public string Currency { get; }

    /// <summary>Rental days in order, then extras, the one-way fee, and after-hours fees.</summary>
    public IReadOnlyList<QuoteLine> Lines { get; }

    public Money Total { get; }

    /// <summary>The sum of the lines of one kind, e.g. the rental days alone (what a commission is earned on).</summary>
    public Money AmountOf(QuoteLineKind kind) =>
        Lines.Where(line => line.Kind == kind).Aggregate(Money.Zero(Currency), (sum, line) => sum.Plus(line.Amount));
}
