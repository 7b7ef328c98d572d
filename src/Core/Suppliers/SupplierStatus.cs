namespace CarRentalGateway.Core.Suppliers;

/// <summary>Where a supplier stands with us commercially.</summary>
public enum SupplierStatus
{
    /// <summary>Trips are priced and booked.</summary>
    Active,

    /// <summary>No new bookings are priced for it; existing bookings stay.</summary>
    Suspended,

    /// <summary>The partnership has ended; kept for history, never deleted once it has bookings or contracts.</summary>
    Offboarded,
}
