using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.Core.Bookings;
using CarRentalGateway.Core.Pricing;
using CarRentalGateway.Core.Rates;
using Microsoft.EntityFrameworkCore;

namespace CarRentalGateway.BackOffice.Features.Bookings;

/// <summary>One trip with one supplier to price: the stations, local times, the category and each extra by its id.</summary>
/// <param name="Extras">Quantity per supplier extra id; a quantity of 0 means not wanted.</param>
/// <param name="DriverAge">The main driver's age on the pick-up date.</param>
/// <param name="BookedAtUtc">The moment the price is for: now, for a sale or a re-pricing.</param>
public sealed record TripToPrice(
    Guid SupplierId,
    Guid PickUpLocationId,
    DateTime PickUpLocal,
    Guid DropOffLocationId,
    DateTime DropOffLocal,
    string Acriss,
    IReadOnlyDictionary<Guid, int> Extras,
    int DriverAge,
    DateTime BookedAtUtc);

/// <summary>The engine's outcome for a trip and, when priced, the trip as a booking stores it.</summary>
public sealed record PricedTrip(PricingOutcome Outcome, BookingTrip? Trip)
{
    public static PricedTrip NotOffered(string message) =>
        new(PricingOutcome.Refused(CannotPriceReason.TripNotOffered, message), null);
}

/// <summary>
/// Prices a single trip of one supplier with the real engine: loads the one fleet offer (the category at the pick-up
/// station), its rates and seasons, the supplier and its contracts, the one-way fee between the two stations and the
/// extras chosen, and puts them to the engine. A trip the supplier does not offer at all (a station of another
/// supplier or no longer offered, no such category there, an extra it does not have) is refused the engine's way.
/// </summary>
public static class TripPricing
{
    public static async Task<PricedTrip> PriceAsync(AppDbContext db, PricingEngine engine, TripToPrice trip, CancellationToken cancellationToken)
    {
        var supplier = await db.Suppliers.AsNoTracking().SingleAsync(s => s.Id == trip.SupplierId, cancellationToken);
        var stationIds = new[] { trip.PickUpLocationId, trip.DropOffLocationId };
        var stations = await db.Locations.AsNoTracking()
            .Where(l => stationIds.Contains(l.Id) && l.SupplierId == supplier.Id)
            .ToDictionaryAsync(l => l.Id, cancellationToken);
        if (!stations.TryGetValue(trip.PickUpLocationId, out var pickUp) || !pickUp.IsActive)
        {
            return PricedTrip.NotOffered($"The pick-up station is not one of {supplier.Name}'s active stations.");
        }

        if (!stations.TryGetValue(trip.DropOffLocationId, out var dropOff) || !dropOff.IsActive)
        {
            return PricedTrip.NotOffered($"The drop-off station is not one of {supplier.Name}'s active stations.");
        }

        var acriss = trip.Acriss.Trim().ToUpperInvariant();
        var offer = await db.FleetOffers.AsNoTracking()
            .SingleOrDefaultAsync(o => o.LocationId == pickUp.Id && o.Acriss == acriss, cancellationToken);
        if (offer is null)
        {
            return PricedTrip.NotOffered($"{supplier.Name} offers no {acriss} at {pickUp.Name}.");
        }

        var wanted = trip.Extras.Where(e => e.Value > 0).ToDictionary(e => e.Key, e => e.Value);
        var extraIds = wanted.Keys.ToList();
        var extras = await db.SupplierExtras.AsNoTracking()
            .Where(e => e.SupplierId == supplier.Id && extraIds.Contains(e.Id))
            .ToListAsync(cancellationToken);
        if (extras.Count != wanted.Count)
        {
            return PricedTrip.NotOffered($"{supplier.Name} no longer has one of the extras chosen: choose the extras again.");
        }

        var rates = await db.OfferRates.AsNoTracking().WithSeasons().SingleOrDefaultAsync(r => r.OfferId == offer.Id, cancellationToken);
        var contracts = await db.Contracts.AsNoTracking().Where(c => c.SupplierId == supplier.Id).ToListAsync(cancellationToken);
        var oneWay = pickUp.Id == dropOff.Id
            ? OneWayFees.None
            : new OneWayFees(await db.OneWayFees.AsNoTracking()
                .Where(f => f.FromLocationId == pickUp.Id && f.ToLocationId == dropOff.Id)
                .ToListAsync(cancellationToken));

        var chosen = extras.OrderBy(e => e.Kind).ThenBy(e => e.Name, StringComparer.OrdinalIgnoreCase)
            .Select(e => new ChosenExtra(e, wanted[e.Id]))
            .ToList();
        var outcome = engine.Price(
            new OfferToPrice(supplier, offer, rates, contracts, oneWay),
            new PricingTrip(
                trip.PickUpLocal, trip.DropOffLocal, RentalStation.Of(pickUp), RentalStation.Of(dropOff), pickUp.CountryCode,
                trip.DriverAge, trip.BookedAtUtc, chosen));
        return outcome.IsPriced
            ? new PricedTrip(outcome, new BookingTrip(
                supplier.Id, pickUp.Id, trip.PickUpLocal, dropOff.Id, trip.DropOffLocal, offer.Acriss, offer.SampleModel,
                chosen.Select(c => new BookedExtra(c.Extra.Id, c.Extra.Kind, c.Extra.Name, c.Quantity)).ToList()))
            : new PricedTrip(outcome, null);
    }
}
