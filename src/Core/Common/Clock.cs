namespace CarRentalGateway.Core.Common;

/// <summary>Calendar helpers over the injected clock.</summary>
public static class Clock
{
    /// <summary>
    /// Today's date for contract validity and expiry. UTC: our staff and suppliers span Europe's time zones
    /// and a contract date is a calendar day, not a moment; a few hours' difference at midnight is accepted.
    /// </summary>
    public static DateOnly TodayUtc(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
