using System.Globalization;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Locations;

namespace CarRentalGateway.Core.Rates;

/// <summary>What a pick-up or drop-off outside a location's opening hours costs, or why it cannot happen.</summary>
public static class AfterHoursFees
{
    /// <summary>
    /// Nothing (null) when the desk is open at <paramref name="local"/> (the opening minute is open, the closing
    /// minute is not); its after-hours fee when it is closed; a failure when it is closed and offers no
    /// after-hours service, because the customer would find nobody there.
    /// </summary>
    public static Result<Money?> For(RentalStation station, DateTime local, string? field = null)
    {
        if (station.OpeningHours.IsOpenAt(local.DayOfWeek, TimeOnly.FromDateTime(local)))
        {
            return Result.Ok<Money?>(null);
        }

        return station.AfterHoursFee is { } fee
            ? Result.Ok<Money?>(fee)
            : Result.Fail<Money?>(
                $"{station.Name} is closed at {Time(local)} on {local.DayOfWeek} and offers no after-hours service.", field);
    }

    /// <summary>"Sat 22:30": how a line names the moment of an after-hours hand-over.</summary>
    internal static string Moment(DateTime local) => $"{WeeklyOpeningHours.Abbreviation(local.DayOfWeek)} {Time(local)}";

    private static string Time(DateTime local) => local.ToString("HH:mm", CultureInfo.InvariantCulture);
}
