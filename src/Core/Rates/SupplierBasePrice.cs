using System.Globalization;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Locations;

namespace CarRentalGateway.Core.Rates;

/// <summary>
/// Computes what the supplier charges for a trip: the rental days, each priced by the season its date falls in
/// at the rate of the band of the whole rental's length, plus extras, a young-driver fee, the one-way fee and
/// after-hours fees.
/// Pure and deterministic: amounts are whole minor units multiplied by counts, so nothing is rounded here.
/// </summary>
public static class SupplierBasePrice
{
    /// <summary>A year; a longer rental is a mistyped date, and would list a line for every day.</summary>
    public const int MaxRentalDays = 366;

    public const string FallbackLabel = "fallback";

    public static Result<SupplierBaseQuote> Compute(BasePriceRequest request)
    {
        var counted = RentalDays.Count(request.PickUpLocal, request.DropOffLocal, request.Grace);
        if (counted.Failed)
        {
            return Result.Fail<SupplierBaseQuote>(counted.Error!, counted.Field);
        }

        var days = counted.Value;
        if (days > MaxRentalDays)
        {
            return Result.Fail<SupplierBaseQuote>(
                $"A rental is priced for at most {MaxRentalDays} days; this one is {days} days. Check the dates.",
                nameof(BasePriceRequest.DropOffLocal));
        }

        var rates = request.Rates;
        var lines = new List<QuoteLine>(days + request.Extras.Count + 3);

        // The whole rental's length picks the band, so a 7-day rental has its weekly rate on every day, even on
        // the two days that fall in a short high season.
        var band = rates.Bands.BandFor(days);
        var bandText = band.ToString();
        var dates = RentalDays.DatesOf(request.PickUpLocal, days);
        for (var i = 0; i < days; i++)
        {
            var season = rates.SeasonOn(dates[i]);
            var label = season?.Label ?? FallbackLabel;
            var rate = (season?.Rates ?? rates.Fallback).For(band);
            lines.Add(new QuoteLine(
                QuoteLineKind.RentalDay,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Day {i + 1}, {WeeklyOpeningHours.Abbreviation(dates[i].DayOfWeek)} {dates[i]:yyyy-MM-dd}: {label}, {bandText} days rate"),
                rate,
                dates[i],
                label));
        }

        var extras = ExtraLines(request.Extras, days, rates.Currency);
        if (extras.Failed)
        {
            return Result.Fail<SupplierBaseQuote>(extras.Error!, extras.Field);
        }

        lines.AddRange(extras.Value);

        if (request.YoungDriverDailyFee is { } youngDriverFee)
        {
            lines.Add(new QuoteLine(
                QuoteLineKind.YoungDriverFee,
                $"Young driver fee: {days} × {youngDriverFee}",
                InCurrency(youngDriverFee.Times(days), rates.Currency, "The young-driver fee")));
        }

        if (request.PickUp.LocationId != request.DropOff.LocationId)
        {
            var fee = request.OneWayFees.Find(request.PickUp.LocationId, request.DropOff.LocationId);
            if (fee is null)
            {
                return Result.Fail<SupplierBaseQuote>(
                    $"One-way rentals from {request.PickUp.Name} to {request.DropOff.Name} are not offered: there is no one-way fee for that direction.",
                    nameof(BasePriceRequest.DropOff));
            }

            lines.Add(new QuoteLine(
                QuoteLineKind.OneWayFee,
                $"One-way fee: {request.PickUp.Name} → {request.DropOff.Name}",
                InCurrency(fee.Fee, rates.Currency, "The one-way fee")));
        }

        var pickUpFee = AfterHoursLine(request.PickUp, request.PickUpLocal, "pick-up", rates.Currency, nameof(BasePriceRequest.PickUpLocal));
        if (pickUpFee.Failed)
        {
            return Result.Fail<SupplierBaseQuote>(pickUpFee.Error!, pickUpFee.Field);
        }

        var dropOffFee = AfterHoursLine(request.DropOff, request.DropOffLocal, "drop-off", rates.Currency, nameof(BasePriceRequest.DropOffLocal));
        if (dropOffFee.Failed)
        {
            return Result.Fail<SupplierBaseQuote>(dropOffFee.Error!, dropOffFee.Field);
        }

        lines.AddRange(new[] { pickUpFee.Value, dropOffFee.Value }.OfType<QuoteLine>());
        return Result.Ok(new SupplierBaseQuote(days, band, rates.Currency, lines));
    }

    private static Result<List<QuoteLine>> ExtraLines(IReadOnlyList<ChosenExtra> chosen, int days, string currency)
    {
        var lines = new List<QuoteLine>();
        foreach (var (extra, quantity) in chosen)
        {
            if (quantity < 1)
            {
                return Result.Fail<List<QuoteLine>>($"Choose at least one {extra.Name}, or leave it out.", nameof(BasePriceRequest.Extras));
            }

            if (chosen.Count(other => other.Extra.Id == extra.Id) > 1)
            {
                return Result.Fail<List<QuoteLine>>($"{extra.Name} is chosen twice: give it once with the quantity.", nameof(BasePriceRequest.Extras));
            }

            var cost = extra.CostFor(days, quantity);
            lines.Add(new QuoteLine(QuoteLineKind.Extra, cost.Description, InCurrency(cost.Amount, currency, extra.Name)));
        }

        return Result.Ok(lines);
    }

    private static Result<QuoteLine?> AfterHoursLine(RentalStation station, DateTime local, string handOver, string currency, string field)
    {
        var fee = AfterHoursFees.For(station, local, field);
        if (fee.Failed)
        {
            return Result.Fail<QuoteLine?>(fee.Error!, fee.Field);
        }

        return Result.Ok(fee.Value is { } amount
            ? new QuoteLine(
                QuoteLineKind.AfterHoursFee,
                $"After-hours {handOver} at {station.Name} ({AfterHoursFees.Moment(local)})",
                InCurrency(amount, currency, $"The after-hours fee of {station.Name}"))
            : null);
    }

    /// <summary>
    /// Extras and fees are kept in the supplier's currency, as its rates are; another currency means data was
    /// not converted when the supplier's currency changed, and pricing with it would be wrong, so it throws.
    /// </summary>
    private static Money InCurrency(Money amount, string currency, string what) =>
        amount.Currency == currency
            ? amount
            : throw new InvalidOperationException($"{what} is in {amount.Currency}, but the offer's rates are in {currency}.");
}
