using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Locations;

namespace CarRentalGateway.BackOffice.Features.Quote;

/// <summary>
/// Where a customer wants the car, as they would say it: an airport (<c>TLL</c>) or a city (<c>Tallinn, EE</c>).
/// Stations belong to suppliers; a place gathers every supplier's active stations there, so one search covers all
/// suppliers. An airport place is the airport stations with that IATA code (a town station may carry its airport's
/// code too, but a customer asking for the airport means the airport); a city place is every station in that city.
/// </summary>
public sealed record QuotePlace
{
    private QuotePlace(string? iataCode, string? city, string? countryCode)
    {
        IataCode = iataCode;
        City = city;
        CountryCode = countryCode;
    }

    /// <summary>Set for an airport place, e.g. TLL.</summary>
    public string? IataCode { get; }

    /// <summary>Set for a city place, with <see cref="CountryCode"/>.</summary>
    public string? City { get; }

    public string? CountryCode { get; }

    public bool IsAirport => IataCode is not null;

    /// <summary>How the place is written in the form and the URL: "TLL" or "Tallinn, EE"; <see cref="Parse"/> reads it back.</summary>
    public string Key => IataCode ?? $"{City}, {CountryCode}";

    public static QuotePlace Airport(string iataCode) => new(iataCode.ToUpperInvariant(), null, null);

    public static QuotePlace InCity(string city, string countryCode) => new(null, city.Trim(), countryCode.ToUpperInvariant());

    /// <summary>
    /// Three letters are an airport code; otherwise "city, country code". Upper or lower case alike; a city is
    /// matched whatever its case, as the database compares text.
    /// </summary>
    public static Result<QuotePlace> Parse(string? text, string field)
    {
        var input = (text ?? "").Trim();
        if (input.Length == 0)
        {
            return Result.Fail<QuotePlace>("Enter an airport code (TLL) or a city with its country (Tallinn, EE).", field);
        }

        if (IataAirportCode.IsValid(input.ToUpperInvariant()))
        {
            return Result.Ok(Airport(input));
        }

        var comma = input.LastIndexOf(',');
        var city = comma < 0 ? "" : input[..comma].Trim();
        var country = comma < 0 ? "" : input[(comma + 1)..].Trim().ToUpperInvariant();
        if (city.Length == 0 || !Countries.IsKnown(country))
        {
            return Result.Fail<QuotePlace>(
                $"\"{input}\" is neither an airport code nor a city with its country: write TLL or Tallinn, EE.", field);
        }

        return city.Length > LocationDetails.CityMaxLength
            ? Result.Fail<QuotePlace>($"A city is at most {LocationDetails.CityMaxLength} characters.", field)
            : Result.Ok(InCity(city, country));
    }

    public override string ToString() => Key;
}

/// <summary>A place staff can pick while typing, with how many suppliers have stations there: "TLL · Tallinn Airport, EE".</summary>
public sealed record QuotePlaceChoice(QuotePlace Place, string Label, int Suppliers);
