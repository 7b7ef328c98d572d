using System.Globalization;
using CarRentalGateway.Core.Common;

namespace CarRentalGateway.Core.Rates;

/// <summary>
/// How many days a rental is charged for: 24-hour periods from the pick-up time, where a last period of no more
/// than the grace period is not counted; at least one day.
/// </summary>
public static class RentalDays
{
    /// <summary>What most suppliers allow: a car returned up to 59 minutes late costs no extra day.</summary>
    public static readonly TimeSpan DefaultGrace = TimeSpan.FromMinutes(59);

    /// <summary>Counts with the <see cref="DefaultGrace"/> of 59 minutes.</summary>
    public static Result<int> Count(DateTime pickUpLocal, DateTime dropOffLocal) => Count(pickUpLocal, dropOffLocal, DefaultGrace);

    /// <summary>
    /// 24h00 is 1 day, 24h59 is 1 day, 25h00 is 2 days, 1 minute is 1 day. Times are the locations' wall-clock
    /// times, as suppliers count them: a night of a clock change is not an extra or a missing hour. A drop-off
    /// that is not after the pick-up is refused.
    /// </summary>
    public static Result<int> Count(DateTime pickUpLocal, DateTime dropOffLocal, TimeSpan grace)
    {
        // A grace period is configuration, not input: a negative one or one of a whole day is a bug.
        if (grace < TimeSpan.Zero || grace >= TimeSpan.FromDays(1))
        {
            throw new ArgumentOutOfRangeException(nameof(grace), grace, "A grace period is from 0 up to (not including) 24 hours.");
        }

        if (dropOffLocal <= pickUpLocal)
        {
            return Result.Fail<int>(
                $"The drop-off ({Format(dropOffLocal)}) must be after the pick-up ({Format(pickUpLocal)}).", nameof(BasePriceRequest.DropOffLocal));
        }

        var length = dropOffLocal - pickUpLocal;
        var fullDays = (int)(length.Ticks / TimeSpan.TicksPerDay);
        var beyond = length - TimeSpan.FromDays(fullDays);
        var days = beyond > grace || fullDays == 0 ? fullDays + 1 : fullDays;
        return Result.Ok(days);
    }

    /// <summary>
    /// The calendar date each rental day is priced on: day i starts at pick-up + i × 24 hours, and the season
    /// that date falls in prices it (season breaks).
    /// </summary>
    public static IReadOnlyList<DateOnly> DatesOf(DateTime pickUpLocal, int days)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        return Enumerable.Range(0, days).Select(i => DateOnly.FromDateTime(pickUpLocal.AddDays(i))).ToArray();
    }

    internal static string Format(DateTime local) => local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
