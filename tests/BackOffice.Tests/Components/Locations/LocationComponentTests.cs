using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Locations;
using CarRentalGateway.Core.Suppliers;

namespace CarRentalGateway.BackOffice.Tests.Components.Locations;

/// <summary>The component test context with a way to store locations straight through the DbContext.</summary>
public abstract class LocationComponentTests : ComponentTestContext
{
    protected const string OfficeHours =
        "Mon 08:00-18:00; Tue 08:00-18:00; Wed 08:00-18:00; Thu 08:00-18:00; Fri 08:00-18:00; Sat 09:00-14:00; Sun closed";

    /// <summary>Stores a location for <paramref name="supplier"/> as creating it would.</summary>
    protected async Task<Location> SeedLocationAsync(
        Supplier supplier,
        string code,
        string name,
        LocationType type = LocationType.Airport,
        string? iata = "TLL",
        string city = "Tallinn",
        string hours = OfficeHours,
        long? feeMinor = 2500,
        bool active = true)
    {
        var details = new LocationDetails(
            name, type, iata, supplier.CountryCode, city, $"Main street 1, {city}", null, "Europe/Tallinn",
            WeeklyOpeningHours.Parse(hours).Value, feeMinor is { } fee ? Money.Of(fee, supplier.CurrencyCode) : null);
        var location = Location.Create(Guid.NewGuid(), supplier.Id, code, details, supplier.CurrencyCode).Value;
        if (!active)
        {
            Assert.True(location.Deactivate().Succeeded);
        }

        await using var db = await Database.CreateDbContextAsync();
        db.Locations.Add(location);
        await db.SaveChangesAsync();
        return location;
    }
}
