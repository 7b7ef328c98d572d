using CarRentalGateway.Core.Bookings;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Contracts;

namespace CarRentalGateway.Core.Pricing;

/// <summary>
/// "What would these past bookings have earned under the draft rule set?": each booking is priced again by the
/// draft's rules from the supplier price and contract terms it was sold with and its own trip facts, and compared,
/// in euros at the booking's own rate, with what it was sold for; per supplier and in total. As a check, the
/// published set prices each booking too, counting those it would now price otherwise than they were sold (rules
/// published since the sale). Add the bookings one by one (they can stream from a database), then read the result.
/// </summary>
public sealed class PricingSimulation(PricingEngine published, PricingEngine draft, int unpricedListLimit = PricingSimulation.UnpricedListLimit)
{
    /// <summary>How many bookings the draft cannot price are listed one by one; the rest are only counted.</summary>
    public const int UnpricedListLimit = 500;

    /// <summary>
    /// The bookings a simulation counts: those that earn rental revenue. A cancellation or a no-show earns only its
    /// fee, which rules do not change, and a booking on request may still be refused by the supplier.
    /// </summary>
    public static readonly IReadOnlyList<BookingStatus> CountedStatuses = [BookingStatus.Confirmed, BookingStatus.Completed];

    private readonly Dictionary<Guid, Tally> _suppliers = [];
    private readonly Tally _total = new();
    private readonly List<UnpricedBooking> _unpriced = [];

    public void Add(SoldBooking booking)
    {
        if (!_suppliers.TryGetValue(booking.Trip.SupplierId, out var supplier))
        {
            supplier = new Tally();
            _suppliers.Add(booking.Trip.SupplierId, supplier);
        }

        var asPublished = PriceAgain(published, booking);
        var asDrafted = PriceAgain(draft, booking);
        var publishedDiffers = asPublished.Price?.CustomerTotal != booking.CustomerTotal;
        if (asDrafted.Refusal is { } refusal)
        {
            supplier.CountUnpriced(publishedDiffers);
            _total.CountUnpriced(publishedDiffers);
            if (_unpriced.Count < unpricedListLimit)
            {
                _unpriced.Add(new UnpricedBooking(booking.Reference, booking.Trip.SupplierId, refusal));
            }

            return;
        }

        var simulated = asDrafted.Price!;
        var sale = new ComparedSale(
            booking.CustomerTotal.InEur(booking.EurPerUnit).MinorUnits,
            booking.Revenue.InEur(booking.EurPerUnit).MinorUnits,
            simulated.CustomerTotal.InEur(booking.EurPerUnit).MinorUnits,
            simulated.Revenue.InEur(booking.EurPerUnit).MinorUnits,
            publishedDiffers);
        supplier.Count(sale);
        _total.Count(sale);
    }

    /// <summary>The figures so far: suppliers in the order their first booking came.</summary>
    public SimulationResult Result() => new(
        _suppliers.Select(pair => new SupplierSimulation(pair.Key, pair.Value.Figures())).ToList(),
        _total.Figures(),
        _unpriced.ToList(),
        _total.Unpriced);

    private static RulesOutcome PriceAgain(PricingEngine engine, SoldBooking booking) =>
        booking.Contract.Model == CommercialModel.NetRate && booking.Contract.MinimumMarginBasisPoints is null
            ? RulesOutcome.Refused(new CannotPrice(
                CannotPriceReason.NoContract,
                $"Contract {booking.Contract.Label}, which the booking was sold under, is no longer stored, so its minimum margin is unknown."))
            : engine.ApplyRules(booking.Contract, booking.SupplierPrice, booking.Trip);

    private readonly record struct ComparedSale(long SalesEur, long RevenueEur, long SimulatedSalesEur, long SimulatedRevenueEur, bool PublishedDiffers);

    private sealed class Tally
    {
        private int _bookings;
        private long _salesEur;
        private long _revenueEur;
        private long _simulatedSalesEur;
        private long _simulatedRevenueEur;
        private int _publishedDiffers;

        public int Unpriced { get; private set; }

        public void Count(in ComparedSale sale)
        {
            _bookings++;
            _salesEur += sale.SalesEur;
            _revenueEur += sale.RevenueEur;
            _simulatedSalesEur += sale.SimulatedSalesEur;
            _simulatedRevenueEur += sale.SimulatedRevenueEur;
            _publishedDiffers += sale.PublishedDiffers ? 1 : 0;
        }

        public void CountUnpriced(bool publishedDiffers)
        {
            Unpriced++;
            _publishedDiffers += publishedDiffers ? 1 : 0;
        }

        public SimulationFigures Figures() => new(
            _bookings,
            Eur(_salesEur),
            Eur(_revenueEur),
            Eur(_simulatedSalesEur),
            Eur(_simulatedRevenueEur),
            Unpriced,
            _publishedDiffers);

        private static Money Eur(long cents) => Money.Of(cents, BookingPrice.Eur);
    }
}

/// <summary>
/// A past booking as a simulation prices it again: the facts its rules match on (supplier, pick-up station and
/// country, ACRISS, currency, pick-up and booking dates, rental days), the supplier price and contract terms it was
/// sold with, and what it was sold for.
/// </summary>
/// <param name="Contract">The terms of the contract version it was sold under; a net-rate contract's minimum margin
/// is null when that version is no longer stored.</param>
/// <param name="EurPerUnit">The booking's own exchange rate: euros for one unit of its currency.</param>
public sealed record SoldBooking(
    string Reference,
    RuleContext Trip,
    ContractPricingTerms Contract,
    SupplierPrice SupplierPrice,
    Money CustomerTotal,
    Money Commission,
    decimal EurPerUnit)
{
    /// <summary>What we earned as sold: the commission plus our markup.</summary>
    public Money Revenue => Commission.Plus(CustomerTotal.Minus(SupplierPrice.Total));
}

/// <summary>
/// One supplier's or all suppliers' figures, in euros at each booking's rate. Bookings, sales and revenue cover the
/// bookings the draft priced; those it could not are counted apart.
/// </summary>
/// <param name="SalesEur">Customer totals as sold.</param>
/// <param name="RevenueEur">Our revenue as sold: commission plus markup.</param>
/// <param name="PricedDifferentlyByPublished">Bookings the published set would now price otherwise than they were sold.</param>
public sealed record SimulationFigures(
    int Bookings,
    Money SalesEur,
    Money RevenueEur,
    Money SimulatedSalesEur,
    Money SimulatedRevenueEur,
    int Unpriced,
    int PricedDifferentlyByPublished)
{
    /// <summary>Simulated less current revenue: what the draft would have gained (negative: lost).</summary>
    public Money DifferenceEur => SimulatedRevenueEur.Minus(RevenueEur);

    /// <summary>Revenue as a share of sales as sold (0.125 is 12.5 %); null without sales.</summary>
    public decimal? Margin => Share(RevenueEur, SalesEur);

    public decimal? SimulatedMargin => Share(SimulatedRevenueEur, SimulatedSalesEur);

    private static decimal? Share(Money part, Money whole) => whole.MinorUnits == 0 ? null : (decimal)part.MinorUnits / whole.MinorUnits;
}

public sealed record SupplierSimulation(Guid SupplierId, SimulationFigures Figures);

/// <summary>A booking the draft could not price, and why.</summary>
public sealed record UnpricedBooking(string Reference, Guid SupplierId, CannotPrice Reason);

/// <param name="Unpriced">The first bookings the draft could not price, up to the list's limit.</param>
/// <param name="UnpricedCount">How many the draft could not price in all.</param>
public sealed record SimulationResult(
    IReadOnlyList<SupplierSimulation> Suppliers, SimulationFigures Total, IReadOnlyList<UnpricedBooking> Unpriced, int UnpricedCount);
