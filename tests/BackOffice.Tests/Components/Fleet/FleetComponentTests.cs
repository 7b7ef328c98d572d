using CarRentalGateway.BackOffice.Tests.Components.Locations;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Fleet;
using CarRentalGateway.Core.Locations;
using CarRentalGateway.Core.Suppliers;

namespace CarRentalGateway.BackOffice.Tests.Components.Fleet;

/// <summary>The component test context with a way to store fleet offers straight through the DbContext.</summary>
public abstract class FleetComponentTests : LocationComponentTests
{
    /// <summary>A supplier with one active station, TLL-AIRPORT.</summary>
    protected async Task<(Supplier Supplier, Location Location)> SeedStationAsync()
    {
        var supplier = await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        return (supplier, await SeedLocationAsync(supplier, "TLL-AIRPORT", "Tallinn Airport"));
    }

    /// <summary>Stores an offer as creating it would: unlimited mileage, 300 EUR deposit, drivers from 21.</summary>
    protected async Task<FleetOffer> SeedOfferAsync(Supplier supplier, Location location, string acriss = "CDMR", string model = "Toyota Corolla")
    {
        var details = new FleetOfferDetails(
            acriss, model, 5, 5, 2, MileagePolicy.Unlimited, Money.Of(30_000, supplier.CurrencyCode), 21, null, null, 3);
        var offer = FleetOffer.Create(Guid.NewGuid(), supplier.Id, location.Id, details, supplier.CurrencyCode).Value;
        await using var db = await Database.CreateDbContextAsync();
        db.FleetOffers.Add(offer);
        await db.SaveChangesAsync();
        return offer;
    }
}
