using CarRentalGateway.Core.Bookings;
using CarRentalGateway.Core.Common;

namespace CarRentalGateway.BackOffice.Features.Reports;

/// <summary>A rental completed in the statement's month.</summary>
internal sealed record StatementLine(
    string Reference, string? ConfirmationNumber, string Customer, DateTime PickUpLocal, DateTime DropOffLocal, int Days, string Acriss,
    PaymentModel Payment, SaleAmounts Sale)
{
    public Settlement Settlement => SaleAmounts.Settle(Payment, Sale.CustomerTotal, Sale.Revenue);
}

/// <summary>A cancellation or no-show fee of the statement's month.</summary>
internal sealed record StatementFee(
    string Reference, string? ConfirmationNumber, string Customer, BookingStatus Status, DateTime? CancelledAtUtc, DateTime PickUpLocal,
    CancellationParty? RequestedBy, string? Reason, long FeeMinor, PaymentModel Payment, SaleAmounts Sale)
{
    public string Kind => Status == BookingStatus.Cancelled ? "Cancellation" : "No-show";

    /// <summary>A cancellation's day (UTC), a no-show's pick-up day (local): what puts the fee in the month.</summary>
    public DateOnly Date => DateOnly.FromDateTime(CancelledAtUtc ?? PickUpLocal);

    public Money Charged => Sale.In(FeeMinor);

    public Money OurShare => Sale.OurShareOf(Charged);

    public Settlement Settlement => SaleAmounts.Settle(Payment, Charged, OurShare);
}

/// <summary>One row of the statement's summary: a count, or an amount with its euro value.</summary>
internal sealed record StatementFigure(string Figure, string Currency, long? Number, decimal? Amount, decimal? AmountEur);

/// <summary>A sum of amounts in one currency, and of the same amounts each converted to euros at its booking's rate.</summary>
internal readonly record struct DualSum(long Minor, long EurCents)
{
    public static DualSum Of<T>(IEnumerable<T> items, Func<T, SaleAmounts> sale, Func<T, Money?> amount) =>
        items.Aggregate(default(DualSum), (sum, item) => amount(item) is { } money
            ? new DualSum(sum.Minor + money.MinorUnits, sum.EurCents + sale(item).Eur(money).MinorUnits)
            : sum);

    public static DualSum operator +(DualSum a, DualSum b) => new(a.Minor + b.Minor, a.EurCents + b.EurCents);

    public static DualSum operator -(DualSum a, DualSum b) => new(a.Minor - b.Minor, a.EurCents - b.EurCents);

    public static DualSum operator -(DualSum a) => new(-a.Minor, -a.EurCents);
}

/// <summary>
/// The statement's figures in one currency, or in euros only across currencies (<see cref="Currency"/> null): what
/// was sold and earned, the fees, and the settlement both ways with the net that names who pays.
/// </summary>
internal sealed record StatementFigures(
    string? Currency, long Bookings, long RentalDays, DualSum CustomerTotals, DualSum SupplierPrices, DualSum Revenue, long FeeCount,
    DualSum Fees, DualSum FeeShares, DualSum DueToSupplier, DualSum DueFromSupplier)
{
    private const int RowsPerBlock = 10;
    private const string AllCurrencies = "All, in EUR";

    /// <summary>How many summary rows <see cref="Of"/> makes for bookings in <paramref name="currencies"/> currencies.</summary>
    public static int RowsFor(int currencies) => currencies <= 1 ? RowsPerBlock : (currencies + 1) * RowsPerBlock;

    /// <summary>
    /// One block per currency of the bookings (the contract currency when there are none) and, with more than one, a
    /// block across them in euros.
    /// </summary>
    public static IReadOnlyList<StatementFigures> Of(IReadOnlyList<StatementLine> lines, IReadOnlyList<StatementFee> fees, string contractCurrency)
    {
        var currencies = lines.Select(l => l.Sale.Currency).Concat(fees.Select(f => f.Sale.Currency)).Distinct().Order(StringComparer.Ordinal).ToList();
        if (currencies.Count == 0)
        {
            currencies.Add(contractCurrency);
        }

        var blocks = currencies
            .Select(currency => In(currency, lines.Where(l => l.Sale.Currency == currency).ToList(), fees.Where(f => f.Sale.Currency == currency).ToList()))
            .ToList();
        if (blocks.Count > 1)
        {
            blocks.Add(blocks.Aggregate((a, b) => new StatementFigures(
                null, a.Bookings + b.Bookings, a.RentalDays + b.RentalDays, a.CustomerTotals + b.CustomerTotals, a.SupplierPrices + b.SupplierPrices,
                a.Revenue + b.Revenue, a.FeeCount + b.FeeCount, a.Fees + b.Fees, a.FeeShares + b.FeeShares, a.DueToSupplier + b.DueToSupplier,
                a.DueFromSupplier + b.DueFromSupplier)));
        }

        return blocks;
    }

    public IEnumerable<StatementFigure> Rows()
    {
        var net = DueToSupplier - DueFromSupplier;
        var supplierIsOwed = (Currency is null ? net.EurCents : net.Minor) >= 0;
        return
        [
            Count("Completed bookings", Bookings),
            Count("Rental days", RentalDays),
            Amount("Customer totals", CustomerTotals),
            Amount("Supplier prices", SupplierPrices),
            Amount("Our revenue", Revenue),
            Amount("Cancellation and no-show fees", Fees) with { Number = FeeCount },
            Amount("Our share of fees", FeeShares),
            Amount("Due to supplier (prepaid)", DueToSupplier),
            Amount("Due from supplier (pay at desk)", DueFromSupplier),
            supplierIsOwed ? Amount("Net payable to supplier", net) : Amount("Commission due from supplier", -net),
        ];
    }

    private StatementFigure Count(string figure, long number) => new(figure, Currency ?? AllCurrencies, number, null, null);

    private StatementFigure Amount(string figure, DualSum sum) => new(
        figure, Currency ?? AllCurrencies, null, Currency is { } currency ? Money.Of(sum.Minor, currency).Amount : null,
        Money.Of(sum.EurCents, BookingPrice.Eur).Amount);

    private static StatementFigures In(string currency, IReadOnlyList<StatementLine> lines, IReadOnlyList<StatementFee> fees) => new(
        currency,
        lines.Count,
        lines.Sum(l => (long)l.Days),
        DualSum.Of(lines, l => l.Sale, l => l.Sale.CustomerTotal),
        DualSum.Of(lines, l => l.Sale, l => l.Sale.SupplierTotal),
        DualSum.Of(lines, l => l.Sale, l => l.Sale.Revenue),
        fees.Count,
        DualSum.Of(fees, f => f.Sale, f => f.Charged),
        DualSum.Of(fees, f => f.Sale, f => f.OurShare),
        DualSum.Of(lines, l => l.Sale, l => l.Settlement.DueToSupplier) + DualSum.Of(fees, f => f.Sale, f => f.Settlement.DueToSupplier),
        DualSum.Of(lines, l => l.Sale, l => l.Settlement.DueFromSupplier) + DualSum.Of(fees, f => f.Sale, f => f.Settlement.DueFromSupplier));
}
