using System.Globalization;
using CarRentalGateway.Core.Bookings;
using CarRentalGateway.BackOffice.Features.Locations;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Locations;

namespace CarRentalGateway.BackOffice.Features.Bookings;

/// <summary>How the booking page and its dialogs word times, money and choices, whatever the server's culture.</summary>
public static class BookingText
{
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>"2026-12-03 10:00": a wall-clock time at a station.</summary>
    public static string Local(DateTime local) => local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"2026-12-03 08:12 UTC": when something happened.</summary>
    public static string Utc(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC";

    public static string Date(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    /// <summary>"+12.00 EUR" or "−5.00 EUR" (a real minus sign), for a change in price.</summary>
    public static string Signed(Money change) =>
        (change.IsNegative ? "−" : "+") + Money.Of(Math.Abs(change.MinorUnits), change.Currency);

    /// <summary>
    /// What a trip change means for the customer, as the agent reads it out: prepaid, we charge or refund the
    /// difference; paid at the desk, the desk takes more or less.
    /// </summary>
    public static string Difference(Money difference, PaymentModel payment)
    {
        var amount = Money.Of(Math.Abs(difference.MinorUnits), difference.Currency);
        return (difference.MinorUnits, payment) switch
        {
            (0, _) => "The price stays the same: nothing to charge or refund",
            (> 0, PaymentModel.Prepaid) => $"Charge the customer {amount}",
            (< 0, PaymentModel.Prepaid) => $"Refund the customer {amount}",
            (> 0, _) => $"The customer pays {amount} more at the desk",
            _ => $"The customer pays {amount} less at the desk",
        };
    }

    public static string Of(PaymentModel model) => model == PaymentModel.Prepaid ? "Prepaid to us" : "Paid at the rental desk";

    public static string Of(SalesChannel channel, string? affiliateCode) => channel switch
    {
        SalesChannel.Website => "Our website",
        SalesChannel.Phone => "By phone",
        _ => $"Affiliate {affiliateCode}",
    };

    public static string Of(CancellationParty party) => party switch
    {
        CancellationParty.Customer => "The customer",
        CancellationParty.Supplier => "The supplier",
        _ => "We did",
    };

    /// <summary>"On request", "No-show": the status as chips, filters and headings show it.</summary>
    public static string Label(BookingStatus status) => status switch
    {
        BookingStatus.OnRequest => "On request",
        BookingStatus.NoShow => "No-show",
        _ => status.ToString(),
    };

    /// <summary>
    /// The week as a customer on the phone wants it: runs of days with the same hours together, one run a line:
    /// "Mon–Fri 08:00–18:00", "Sat 09:00–14:00", "Sun Closed"; one line "Open 24 hours" when always open.
    /// </summary>
    public static IReadOnlyList<string> Hours(WeeklyOpeningHours hours)
    {
        if (hours.Is24Hours)
        {
            return ["Open 24 hours"];
        }

        var runs = new List<(DayOfWeek First, DayOfWeek Last, DailyHours Hours)>();
        foreach (var day in WeeklyOpeningHours.Week)
        {
            var today = hours.On(day);
            if (runs.Count > 0 && runs[^1].Hours == today)
            {
                runs[^1] = runs[^1] with { Last = day };
            }
            else
            {
                runs.Add((day, day, today));
            }
        }

        return runs.Select(run =>
        {
            var days = run.First == run.Last
                ? WeeklyOpeningHours.Abbreviation(run.First)
                : $"{WeeklyOpeningHours.Abbreviation(run.First)}–{WeeklyOpeningHours.Abbreviation(run.Last)}";
            return $"{days} {LocationText.Of(run.Hours)}";
        }).ToList();
    }

    public static string Days(int days) => days == 1 ? "1 day" : string.Create(CultureInfo.InvariantCulture, $"{days} days");
}
