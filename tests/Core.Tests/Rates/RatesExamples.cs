using System.Globalization;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Locations;
using CarRentalGateway.Core.Rates;

namespace CarRentalGateway.Core.Tests.Rates;

/// <summary>
/// One compact car's rates as the tests use them, in EUR on the standard bands (1-2, 3-6, 7-13, 14+ days):
/// fallback 50/45/40/35, Low 40/36/32/28, High 80/72/64/56 a day.
/// </summary>
internal static class RatesExamples
{
    public static readonly Guid OfferId = Guid.Parse("0197a000-0000-7000-8000-0000000000a1");

    public static DateOnly Day(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A local wall-clock time such as "2026-07-04 10:00".</summary>
    public static DateTime At(string dateTime) =>
        DateTime.ParseExact(dateTime, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None);

    public static DateRange Range(string from, string to) => DateRange.Create(Day(from), Day(to)).Value;

    public static Money Eur(decimal amount) => Money.FromAmount(amount, "EUR").Value;

    public static BandRates Daily(params decimal[] daily) =>
        BandRates.Create(RentalLengthBands.Standard, daily.Select(Eur).ToArray()).Value;

    public static BandRates FallbackRates => Daily(50, 45, 40, 35);

    public static BandRates LowRates => Daily(40, 36, 32, 28);

    public static BandRates HighRates => Daily(80, 72, 64, 56);

    public static OfferRates NoSeasons() => OfferRates.Create(OfferId, FallbackRates);

    /// <summary>Low 2026-06-01 – 2026-06-30, High 2026-07-01 – 2026-07-31, Low again 2026-08-01 – 2026-08-31.</summary>
    public static OfferRates Summer2026()
    {
        var rates = NoSeasons();
        AddSeason(rates, "Low June", "2026-06-01", "2026-06-30", LowRates);
        AddSeason(rates, "High summer", "2026-07-01", "2026-07-31", HighRates);
        AddSeason(rates, "Low August", "2026-08-01", "2026-08-31", LowRates);
        return rates;
    }

    public static Season AddSeason(OfferRates rates, string? name, string from, string to, BandRates daily)
    {
        var added = rates.AddSeason(Guid.NewGuid(), name, Range(from, to), daily);
        Assert.True(added.Succeeded, added.Error);
        return added.Value;
    }

    public static readonly Guid SupplierId = Guid.Parse("0197a000-0000-7000-8000-000000000001");

    /// <summary>Weekdays 08:00-18:00, Saturday 09:00-14:00, closed on Sunday.</summary>
    public const string OfficeHours =
        "Mon 08:00-18:00; Tue 08:00-18:00; Wed 08:00-18:00; Thu 08:00-18:00; Fri 08:00-18:00; Sat 09:00-14:00; Sun closed";

    /// <summary>Open 24 hours, so never an after-hours fee.</summary>
    public static readonly Location TallinnAirport = Station("TLL-AIRPORT", "Tallinn Airport", LocationType.Airport, "24h", null);

    /// <summary>Office hours and no after-hours service.</summary>
    public static readonly Location TallinnCityCentre = Station("TLL-CITY", "Tallinn City Centre", LocationType.Downtown, OfficeHours, null);

    /// <summary>Office hours, and a hand-over outside them for 25 EUR.</summary>
    public static readonly Location TartuStation = Station("TAY-RAIL", "Tartu Railway Station", LocationType.RailStation, OfficeHours, 25m);

    private static Location Station(string code, string name, LocationType type, string hours, decimal? afterHoursFee)
    {
        var details = new LocationDetails(
            name, type, "TLL", "EE", "Tallinn", "Somewhere 1", null, "Europe/Tallinn",
            WeeklyOpeningHours.Parse(hours).Value, afterHoursFee is { } fee ? Eur(fee) : null);
        var created = Location.Create(Guid.NewGuid(), SupplierId, code, details, "EUR");
        Assert.True(created.Succeeded, created.Error);
        return created.Value;
    }
}
