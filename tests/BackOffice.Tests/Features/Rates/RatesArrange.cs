using CarRentalGateway.BackOffice.Features.Rates;
using CarRentalGateway.BackOffice.Tests.Features.Locations;
using CarRentalGateway.BackOffice.Tests.Features.Suppliers;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Fleet;
using CarRentalGateway.Core.Locations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarRentalGateway.BackOffice.Tests.Features.Rates;

/// <summary>A supplier with an airport and a city station and one offer at the airport, and the shortcuts rates tests use.</summary>
public static class RatesArrange
{
    public sealed record Arranged(string SupplierCode, Guid OfferId, Guid AirportId, Guid CityId);

    public static RatesService Rates(this UserSession session) => session.Services.GetRequiredService<RatesService>();

    public static ExtrasService Extras(this UserSession session) => session.Services.GetRequiredService<ExtrasService>();

    /// <summary>SIXT-EE (EUR) with TLL-AIRPORT and TLL-CITY (office hours, 25.00 EUR after hours) and a CDMR offer at the airport.</summary>
    public static async Task<Arranged> OfferAsync(this TestApp app, string code = "SIXT-EE")
    {
        await app.RegisterAsync(SupplierForms.Valid(code, "Sixt Estonia"));
        var airport = await app.AddLocationAsync(code, LocationForms.ValidLocation());
        var city = await app.AddLocationAsync(code, LocationForms.ValidLocation("TLL-CITY", "Tallinn City", LocationType.Downtown, null));
        await using var db = await app.OpenDbAsync();
        var supplierId = await db.Suppliers.Where(s => s.Code == code).Select(s => s.Id).SingleAsync();
        var offer = FleetOffer.Create(Guid.NewGuid(), supplierId, airport, OfferDetails(), "EUR").Value;
        db.FleetOffers.Add(offer);
        await db.SaveChangesAsync();
        return new Arranged(code, offer.Id, airport, city);
    }

    public static FleetOfferDetails OfferDetails() => new(
        "CDMR", "Toyota Corolla", Seats: 5, Doors: 5, Bags: 3, MileagePolicy.Unlimited, Money.Of(30_000, "EUR"),
        MinimumDriverAge: 21, YoungDriverAge: 25, YoungDriverDailyFee: Money.Of(1_500, "EUR"), DailyAllocation: 5);

    public static FallbackForm Fallback(params decimal?[] rates) => new() { Rates = [.. rates] };

    public static SeasonForm Season(string? name, string from, string to, params decimal?[] rates) => new()
    {
        Name = name,
        From = DateTime.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
        To = DateTime.Parse(to, System.Globalization.CultureInfo.InvariantCulture),
        Rates = [.. rates],
    };

    /// <summary>Sets the fallback as an Admin and insists it worked.</summary>
    public static async Task SetFallbackAsync(this TestApp app, Guid offerId, params decimal?[] rates)
    {
        await using var ann = app.As(TestUser.Ann);
        var current = await ann.Rates().RatesForOfferAsync(offerId, CancellationToken.None);
        var form = Fallback(rates);
        form.Version = current?.Version;
        var set = await ann.Rates().SetFallbackAsync(offerId, form, CancellationToken.None);
        Assert.True(set.Succeeded, set.Error);
    }

    /// <summary>Adds a season as an Admin over the current version, and insists it worked.</summary>
    public static async Task<Guid> AddSeasonAsync(this TestApp app, Guid offerId, SeasonForm form)
    {
        await using var ann = app.As(TestUser.Ann);
        form.Version = (await ann.Rates().RatesForOfferAsync(offerId, CancellationToken.None))!.Version;
        var added = await ann.Rates().AddSeasonAsync(offerId, form, CancellationToken.None);
        Assert.True(added.Succeeded, added.Error);
        return added.Value;
    }
}
