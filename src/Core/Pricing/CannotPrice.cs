namespace CarRentalGateway.Core.Pricing;

/// <summary>Why an offer cannot be priced for a trip, in words staff can pass on to a customer.</summary>
public sealed record CannotPrice(CannotPriceReason Reason, string Message);

/// <summary>The kinds of reasons an offer cannot be priced, for grouping and filtering.</summary>
public enum CannotPriceReason
{
    /// <summary>The supplier is suspended or offboarded: no new bookings are priced for it.</summary>
    SupplierNotActive,

    /// <summary>No active contract covers the pick-up date.</summary>
    NoContract,

    /// <summary>The supplier stopped selling this offer.</summary>
    StopSell,

    /// <summary>The driver is below the offer's minimum age.</summary>
    DriverTooYoung,

    /// <summary>A location is closed at the hand-over time and offers no after-hours service.</summary>
    LocationClosed,

    /// <summary>The offer has no rates.</summary>
    NoRate,

    /// <summary>The trip itself cannot be rented: drop-off before pick-up, too long, a one-way route not offered, extras chosen twice.</summary>
    TripNotOffered,

    /// <summary>The contract's minimum margin cannot be met at any price (a margin of 100 %).</summary>
    MarginUnreachable,
}
