using System.Globalization;
using CarRentalGateway.Core.Bookings;
using CarRentalGateway.Core.Common;

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

    /// <summary>What a trip change means for the customer, as the agent reads it out.</summary>
    public static string Difference(Money difference) => difference.MinorUnits switch
    {
        > 0 => $"Charge the customer {difference}",
        < 0 => $"Refund the customer {Money.Of(-difference.MinorUnits, difference.Currency)}",
        _ => "The price stays the same: nothing to charge or refund",
    };

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

    /// <summary>"On request", "No-show": the status as a heading shows it.</summary>
    public static string Label(BookingStatus status) => status switch
    {
        BookingStatus.OnRequest => "On request",
        BookingStatus.NoShow => "No-show",
        _ => status.ToString(),
    };

    public static string Days(int days) => days == 1 ? "1 day" : string.Create(CultureInfo.InvariantCulture, $"{days} days");
}
