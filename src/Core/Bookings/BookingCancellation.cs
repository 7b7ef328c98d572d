using CarRentalGateway.Core.Common;

namespace CarRentalGateway.Core.Bookings;

/// <summary>An agent's request to cancel: who asked and why.</summary>
public sealed record CancellationRequest(CancellationParty RequestedBy, string Reason)
{
    public const int ReasonMaxLength = 500;
}

/// <summary>How a booking was cancelled: the fee kept and the refund owed, decided when it was cancelled.</summary>
/// <param name="CancelledBy">The agent who recorded it.</param>
public sealed record BookingCancellation(
    CancellationParty RequestedBy, string Reason, Money Fee, Money Refund, DateTime CancelledAtUtc, string CancelledBy);

/// <summary>What a cancellation or no-show keeps of what was paid, and what it gives back.</summary>
public sealed record FeeAndRefund(Money Fee, Money Refund);
