using CarRentalGateway.Core.Bookings;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Contracts;

namespace CarRentalGateway.BackOffice.Features.Reports;

/// <summary>
/// A booking's stored price columns as the finance reports read them, without the explanation: what the customer
/// pays, what the supplier charges, what we earn (as <see cref="BookingPrice"/> reckons it), and each in euros at
/// the sale's own rate, rounded per booking so sums agree wherever they are made.
/// </summary>
public sealed record SaleAmounts(
    string Currency,
    decimal EurPerUnit,
    CommercialModel Model,
    int? CommissionBasisPoints,
    long CustomerTotalMinor,
    long SupplierTotalMinor,
    long CommissionMinor)
{
    public Money CustomerTotal => In(CustomerTotalMinor);

    public Money SupplierTotal => In(SupplierTotalMinor);

    public Money Commission => In(CommissionMinor);

    public Money Markup => CustomerTotal.Minus(SupplierTotal);

    public Money Revenue => Commission.Plus(Markup);

    /// <summary>The commission as a ratio (0.15 for 15 %); null under a net-rate contract.</summary>
    public decimal? CommissionRatio => Model == CommercialModel.Commission ? CommissionBasisPoints / 10_000m : null;

    public Money In(long minorUnits) => Money.Of(minorUnits, Currency);

    public Money Eur(Money amount) => amount.InEur(EurPerUnit);

    /// <summary>
    /// Our share of a cancellation or no-show fee. No commission is earned on a cancelled booking except on its fee,
    /// which is shared as the sale was: by the commission percent under a commission contract, by our revenue's part
    /// of the customer total under a net-rate one; half away from zero to a minor unit.
    /// </summary>
    public Money OurShareOf(Money fee)
    {
        if (Model == CommercialModel.Commission)
        {
            return Percentage.FromBasisPoints(CommissionBasisPoints ?? 0).Of(fee);
        }

        return CustomerTotalMinor == 0
            ? Money.Zero(Currency)
            : In((long)Math.Round((decimal)fee.MinorUnits * Revenue.MinorUnits / CustomerTotalMinor, MidpointRounding.AwayFromZero));
    }

    /// <summary>
    /// Who owes whom for an amount the customer pays (a rental's total or a fee) of which <paramref name="ours"/> is our
    /// part: on a prepaid booking we hold the money and owe the supplier the rest; at the desk the supplier holds it and
    /// owes us our part.
    /// </summary>
    public static Settlement Settle(PaymentModel payment, Money charged, Money ours) => payment == PaymentModel.Prepaid
        ? new Settlement(charged.Minus(ours), null)
        : new Settlement(null, ours);
}

/// <summary>One side is set: what we owe the supplier, or what the supplier owes us.</summary>
public sealed record Settlement(Money? DueToSupplier, Money? DueFromSupplier);
