using AngleSharp.Dom;
using Bunit;
using CarRentalGateway.BackOffice.Tests.Components.Locations;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Fleet;
using CarRentalGateway.Core.Rates;
using CarRentalGateway.Core.Suppliers;

namespace CarRentalGateway.BackOffice.Tests.Components.Rates;

/// <summary>The component test context with an offer at Tallinn Airport and ways to store its rates directly.</summary>
public abstract class RatesComponentTests : LocationComponentTests
{
    /// <summary>SIXT-EE (EUR) with TLL-AIRPORT and a CDMR offer there, no rates yet.</summary>
    protected async Task<(Supplier Supplier, FleetOffer Offer)> SeedOfferAsync()
    {
        var supplier = await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var airport = await SeedLocationAsync(supplier, "TLL-AIRPORT", "Tallinn Airport");
        var offer = FleetOffer.Create(
            Guid.NewGuid(), supplier.Id, airport.Id,
            new FleetOfferDetails("CDMR", "Toyota Corolla", 5, 5, 3, MileagePolicy.Unlimited, Money.Of(30_000, "EUR"), 21, null, null, 5),
            "EUR").Value;
        await using var db = await Database.CreateDbContextAsync();
        db.FleetOffers.Add(offer);
        await db.SaveChangesAsync();
        return (supplier, offer);
    }

    /// <summary>Stores fallback rates of 45/40/35/30 EUR and, if given, a season "Summer" 2027-06-01 – 2027-08-31 at 60/55/50/45.</summary>
    protected async Task SeedRatesAsync(Guid offerId, bool withSummer = true)
    {
        var rates = OfferRates.Create(offerId, Euro(4500, 4000, 3500, 3000));
        if (withSummer)
        {
            Assert.True(rates.AddSeason(Guid.NewGuid(), "Summer", DateRange.Create(new DateOnly(2027, 6, 1), new DateOnly(2027, 8, 31)).Value, Euro(6000, 5500, 5000, 4500)).Succeeded);
        }

        await using var db = await Database.CreateDbContextAsync();
        db.OfferRates.Add(rates);
        await db.SaveChangesAsync();
    }

    protected static BandRates Euro(params long[] minorUnits) =>
        BandRates.Create(RentalLengthBands.Standard, minorUnits.Select(m => Money.Of(m, "EUR")).ToArray()).Value;

    /// <summary>The message shown under a field, or null when the field shows none.</summary>
    protected static string? ErrorOn<T>(IRenderedComponent<T> rendered, string id)
        where T : Microsoft.AspNetCore.Components.IComponent
    {
        var field = rendered.Find($"#{id}").Closest(".mud-input-control")!;
        return field.QuerySelector(".mud-input-helper-text.mud-input-error")?.TextContent.Trim() is { Length: > 0 } message ? message : null;
    }
}
