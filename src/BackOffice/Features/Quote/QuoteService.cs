using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Features.Rates;
using CarRentalGateway.BackOffice.Features.Shared;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Fleet;
using CarRentalGateway.Core.Locations;
using CarRentalGateway.Core.Pricing;
using CarRentalGateway.Core.Rates;
using Microsoft.EntityFrameworkCore;

namespace CarRentalGateway.BackOffice.Features.Quote;

/// <summary>
/// The quote tool: prices a trip now, under the published rule set, for every matching offer of every supplier
/// at the place (or of one supplier), with each price explained and each offer that cannot be priced given its
/// reason. Every method checks its policy first.
/// </summary>
public sealed class QuoteService(IDbContextFactory<AppDbContext> dbFactory, AccessGuard access, TimeProvider clock, PublishedPricing pricing)
{
    public const int MaxPlaceChoices = 12;

    /// <summary>Airports and cities with active stations whose code, city or station name matches what was typed.</summary>
    public async Task<IReadOnlyList<QuotePlaceChoice>> PlacesAsync(string? text, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.UseQuoteTool);
        var term = (text ?? "").Trim();
        if (term.Length < 2)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var like = LikePattern.Anywhere(term);
        var code = term.ToUpperInvariant();
        var stations = await db.Locations.AsNoTracking()
            .Where(l => l.IsActive && (l.IataCode == code
                || EF.Functions.Like(l.City, like, LikePattern.Escape)
                || EF.Functions.Like(l.Name, like, LikePattern.Escape)))
            .Select(l => new { l.IataCode, l.City, l.CountryCode, l.Name, l.Type, l.SupplierId })
            .ToListAsync(cancellationToken);

        var airports = stations
            .Where(s => s.IataCode is not null && s.Type == LocationType.Airport)
            .GroupBy(s => s.IataCode!)
            .Select(g =>
            {
                var named = g.First();
                var suppliers = g.Select(s => s.SupplierId).Distinct().Count();
                return (Exact: g.Key == code, Choice: new QuotePlaceChoice(
                    QuotePlace.Airport(g.Key), $"{g.Key} · {named.Name}, {named.CountryCode}", suppliers));
            });
        var cities = stations
            .GroupBy(s => (City: s.City.ToUpperInvariant(), Country: s.CountryCode))
            .Select(g =>
            {
                var first = g.First();
                var suppliers = g.Select(s => s.SupplierId).Distinct().Count();
                return (Exact: false, Choice: new QuotePlaceChoice(
                    QuotePlace.InCity(first.City, first.CountryCode), $"{first.City}, {first.CountryCode} · every station", suppliers));
            });
        return airports.Concat(cities)
            .OrderByDescending(p => p.Exact)
            .ThenBy(p => p.Choice.Place.IsAirport ? 0 : 1)
            .ThenBy(p => p.Choice.Label, StringComparer.OrdinalIgnoreCase)
            .Select(p => p.Choice)
            .Take(MaxPlaceChoices)
            .ToList();
    }

    /// <summary>Every supplier, by name: a suspended one too, so staff can see why it is not offered.</summary>
    public async Task<IReadOnlyList<QuoteSupplier>> SuppliersAsync(CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.UseQuoteTool);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Suppliers.AsNoTracking().OrderBy(s => s.Name).Select(s => new QuoteSupplier(s.Code, s.Name)).ToListAsync(cancellationToken);
    }

    /// <summary>One supplier's active stations by code, to pick an exact pick-up or drop-off station.</summary>
    public async Task<IReadOnlyList<QuoteStation>> StationsAsync(string supplierCode, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.UseQuoteTool);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var supplierId = await db.SupplierIdAsync(supplierCode, cancellationToken);
        return await db.Locations.AsNoTracking()
            .Where(l => l.SupplierId == supplierId && l.IsActive)
            .OrderBy(l => l.Code)
            .Select(l => new QuoteStation(l.Id, l.Code, l.Name))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Prices the trip for every matching offer, booked now. A form at fault is refused with the message on its
    /// field; a place with no station is refused on the place.
    /// </summary>
    public async Task<Result<QuoteResult>> QuoteAsync(QuoteForm form, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.UseQuoteTool);
        var bookedAtUtc = clock.GetUtcNow().UtcDateTime;
        var (request, errors) = form.Check(DateOnly.FromDateTime(bookedAtUtc));
        if (request is null)
        {
            var (field, message) = errors.First();
            return Result.Fail<QuoteResult>(message, field);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        Guid? supplierId = null;
        if (request.SupplierCode is { } code)
        {
            supplierId = await db.SupplierIdAsync(code, cancellationToken);
            if (supplierId is null)
            {
                return Result.Fail<QuoteResult>($"There is no supplier {code}.", nameof(QuoteForm.SupplierCode));
            }
        }

        var pickUps = await StationsAt(db, supplierId, request.PickUpStationId, request.PickUpPlace).ToListAsync(cancellationToken);
        if (pickUps.Count == 0)
        {
            return request.PickUpStationId is null
                ? Result.Fail<QuoteResult>(NoStationAt(request.PickUpPlace!, request.SupplierCode), nameof(QuoteForm.PickUpPlace))
                : Result.Fail<QuoteResult>($"Choose one of {request.SupplierCode}'s active stations.", nameof(QuoteForm.PickUpStationId));
        }

        // Null: each offer goes back to its own station. Otherwise the drop-off stations of each supplier.
        ILookup<Guid, Location>? dropOffs = null;
        var oneWay = request.DropOffStationId is not null
            || (request.DropOffPlace is { } place && (request.PickUpPlace is null || !place.Key.Equals(request.PickUpPlace.Key, StringComparison.OrdinalIgnoreCase)));
        if (oneWay)
        {
            var supplierIds = pickUps.Select(l => l.SupplierId).Distinct().ToList();
            var found = await StationsAt(db, supplierId, request.DropOffStationId, request.DropOffPlace)
                .Where(l => supplierIds.Contains(l.SupplierId))
                .ToListAsync(cancellationToken);
            if (found.Count == 0)
            {
                return request.DropOffStationId is null
                    ? Result.Fail<QuoteResult>(NoStationAt(request.DropOffPlace!, request.SupplierCode), nameof(QuoteForm.DropOffPlace))
                    : Result.Fail<QuoteResult>($"Choose one of {request.SupplierCode}'s active stations.", nameof(QuoteForm.DropOffStationId));
            }

            dropOffs = found.ToLookup(l => l.SupplierId);
        }

        var world = await LoadAsync(db, request, pickUps, dropOffs, cancellationToken);
        var rules = await pricing.CurrentAsync(db, cancellationToken);
        var outcomes = world.Offers
            .SelectMany(offer => Candidates(world, offer, dropOffs))
            .Select(candidate => (candidate.Offer, Outcome: Price(rules.Engine, world, request, bookedAtUtc, candidate)))
            .ToList();

        var priced = outcomes
            .Where(o => o.Outcome.IsPriced)
            .Select(o => new PricedOffer(o.Offer, o.Outcome.Quote!))
            .GroupBy(o => o.Quote.Currency)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CurrencyOffers(g.Key, g
                .OrderBy(o => o.Quote.CustomerTotal.MinorUnits)
                .ThenBy(o => o.Offer.SupplierName, StringComparer.OrdinalIgnoreCase)
                .ThenBy(o => o.Offer.PickUp.Code, StringComparer.Ordinal)
                .ThenBy(o => o.Offer.Acriss, StringComparer.Ordinal)
                .ToList()))
            .ToList();
        var unpriced = outcomes
            .Where(o => !o.Outcome.IsPriced)
            .Select(o => new UnpricedOffer(o.Offer, o.Outcome.Refusal!))
            .OrderBy(o => o.Offer.SupplierName, StringComparer.OrdinalIgnoreCase)
            .ThenBy(o => o.Offer.PickUp.Code, StringComparer.Ordinal)
            .ThenBy(o => o.Offer.Acriss, StringComparer.Ordinal)
            .ToList();
        return Result.Ok(new QuoteResult(bookedAtUtc, rules.Set, priced, unpriced));
    }

    private static string NoStationAt(QuotePlace place, string? supplierCode) =>
        supplierCode is null ? $"No supplier has an active station at {place}." : $"{supplierCode} has no active station at {place}.";

    /// <summary>Active stations at a place (or the one station chosen), of one supplier or of all.</summary>
    private static IQueryable<Location> StationsAt(AppDbContext db, Guid? supplierId, Guid? stationId, QuotePlace? place)
    {
        var stations = db.Locations.AsNoTracking().Where(l => l.IsActive);
        if (supplierId is { } supplier)
        {
            stations = stations.Where(l => l.SupplierId == supplier);
        }

        if (stationId is { } id)
        {
            return stations.Where(l => l.Id == id);
        }

        if (place!.IataCode is { } iata)
        {
            return stations.Where(l => l.IataCode == iata && l.Type == LocationType.Airport);
        }

        // Both providers compare text case-insensitively (SQLite through the NOCASE collation).
        var (city, country) = (place.City!, place.CountryCode!);
        return stations.Where(l => l.City == city && l.CountryCode == country);
    }

    /// <summary>
    /// Everything that prices the candidate offers, in a fixed number of queries: the offers at the pick-up
    /// stations (filtered by ACRISS in SQL, stop-sell kept so it is reported), then their rates with seasons, and
    /// their suppliers' contracts, one-way fees to the drop-off stations, and extras of the wanted kinds.
    /// </summary>
    private static async Task<QuoteWorld> LoadAsync(
        AppDbContext db, QuoteRequest request, List<Location> pickUps, ILookup<Guid, Location>? dropOffs, CancellationToken cancellationToken)
    {
        var pickUpIds = pickUps.Select(l => l.Id).ToList();
        var offers = db.FleetOffers.AsNoTracking().Where(o => pickUpIds.Contains(o.LocationId));
        if (request.Acriss is { } pattern)
        {
            var like = pattern.ToSqlLike();
            offers = offers.Where(o => EF.Functions.Like(o.Acriss, like));
        }

        var offerList = await offers.ToListAsync(cancellationToken);
        var offerIds = offerList.Select(o => o.Id).ToList();
        var supplierIds = offerList.Select(o => o.SupplierId).Distinct().ToList();
        var suppliers = await db.Suppliers.AsNoTracking().Where(s => supplierIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var contracts = (await db.Contracts.AsNoTracking().Where(c => supplierIds.Contains(c.SupplierId)).ToListAsync(cancellationToken))
            .ToLookup(c => c.SupplierId);
        var rates = await db.OfferRates.AsNoTracking().WithSeasons()
            .Where(r => offerIds.Contains(r.OfferId))
            .ToDictionaryAsync(r => r.OfferId, cancellationToken);

        var fees = new Dictionary<Guid, OneWayFees>();
        if (dropOffs is not null)
        {
            var dropOffIds = dropOffs.SelectMany(g => g).Select(l => l.Id).ToList();
            var routes = await db.OneWayFees.AsNoTracking()
                .Where(f => pickUpIds.Contains(f.FromLocationId) && dropOffIds.Contains(f.ToLocationId))
                .ToListAsync(cancellationToken);
            fees = routes.GroupBy(f => f.SupplierId).ToDictionary(g => g.Key, g => new OneWayFees(g));
        }

        var kinds = request.Extras.Select(e => e.Kind).ToList();
        var extras = kinds.Count == 0
            ? Enumerable.Empty<SupplierExtra>().ToLookup(e => e.SupplierId)
            : (await db.SupplierExtras.AsNoTracking()
                .Where(e => supplierIds.Contains(e.SupplierId) && kinds.Contains(e.Kind))
                .ToListAsync(cancellationToken))
                .ToLookup(e => e.SupplierId);

        return new QuoteWorld(
            offerList.OrderBy(o => o.Acriss, StringComparer.Ordinal).ToList(),
            pickUps.ToDictionary(l => l.Id),
            suppliers,
            contracts,
            rates,
            fees,
            extras);
    }

    /// <summary>
    /// The offer once per drop-off station of its supplier (or back to its own station); with none, once with
    /// no drop-off, to be reported as not offered.
    /// </summary>
    private static IEnumerable<Candidate> Candidates(QuoteWorld world, FleetOffer offer, ILookup<Guid, Location>? dropOffs)
    {
        var pickUp = world.Stations[offer.LocationId];
        if (dropOffs is null)
        {
            return [new Candidate(offer, pickUp, pickUp, Describe(world, offer, pickUp, pickUp))];
        }

        var there = dropOffs[offer.SupplierId].ToList();
        return there.Count == 0
            ? [new Candidate(offer, pickUp, null, Describe(world, offer, pickUp, pickUp))]
            : there.Select(dropOff => new Candidate(offer, pickUp, dropOff, Describe(world, offer, pickUp, dropOff)));
    }

    /// <summary>
    /// Prices one candidate. When the trip as asked cannot be put to the engine (no drop-off station there, an
    /// extra the supplier lacks), the nearest trip that can is priced first, so a stronger reason (suspended, no
    /// contract, stop-sell) still comes first; only a trip that would otherwise price is refused for what is missing.
    /// </summary>
    private static PricingOutcome Price(PricingEngine engine, QuoteWorld world, QuoteRequest request, DateTime bookedAtUtc, Candidate candidate)
    {
        var (offer, pickUp) = (candidate.Fleet, candidate.PickUp);
        var supplier = world.Suppliers[offer.SupplierId];
        var (chosen, missing) = ChooseExtras(world.Extras[offer.SupplierId].ToList(), request);
        var trip = new PricingTrip(
            request.PickUpLocal,
            request.DropOffLocal,
            RentalStation.Of(pickUp),
            RentalStation.Of(candidate.DropOff ?? pickUp),
            pickUp.CountryCode,
            request.DriverAge,
            bookedAtUtc,
            chosen);
        var outcome = engine.Price(
            new OfferToPrice(
                supplier,
                offer,
                world.Rates.GetValueOrDefault(offer.Id),
                world.Contracts[offer.SupplierId].ToList(),
                world.Fees.GetValueOrDefault(offer.SupplierId) ?? OneWayFees.None),
            trip);
        if (!outcome.IsPriced)
        {
            return outcome;
        }

        if (candidate.DropOff is null)
        {
            return PricingOutcome.Refused(
                CannotPriceReason.TripNotOffered, $"{supplier.Name} has no station at {request.DropOffPlace} to drop the car off.");
        }

        return missing.Count == 0
            ? outcome
            : PricingOutcome.Refused(
                CannotPriceReason.TripNotOffered,
                $"{supplier.Name} has no extra of the kind asked for: {string.Join(", ", missing.Select(ExtraText.Of))}.");
    }

    /// <summary>
    /// The supplier's extra for each wanted kind. Where it has several of a kind (two child seats for different
    /// weights), the cheapest for this rental is chosen; its own name shows in the explanation.
    /// </summary>
    private static (List<ChosenExtra> Chosen, List<ExtraKind> Missing) ChooseExtras(List<SupplierExtra> offered, QuoteRequest request)
    {
        var (chosen, missing) = (new List<ChosenExtra>(), new List<ExtraKind>());
        var days = RentalDays.Count(request.PickUpLocal, request.DropOffLocal) is { Succeeded: true } counted ? counted.Value : 1;
        foreach (var wanted in request.Extras)
        {
            var cheapest = offered
                .Where(e => e.Kind == wanted.Kind)
                .OrderBy(e => e.CostFor(days, wanted.Quantity).Amount.MinorUnits)
                .ThenBy(e => e.Name, StringComparer.OrdinalIgnoreCase)
                .FirstOrDefault();
            if (cheapest is null)
            {
                missing.Add(wanted.Kind);
            }
            else
            {
                chosen.Add(new ChosenExtra(cheapest, wanted.Quantity));
            }
        }

        return (chosen, missing);
    }

    private static QuotedOffer Describe(QuoteWorld world, FleetOffer offer, Location pickUp, Location dropOff)
    {
        var supplier = world.Suppliers[offer.SupplierId];
        return new QuotedOffer(
            offer.Id,
            supplier.Code,
            supplier.Name,
            new QuoteStation(pickUp.Id, pickUp.Code, pickUp.Name),
            new QuoteStation(dropOff.Id, dropOff.Code, dropOff.Name),
            offer.Acriss,
            offer.AcrissCode.Describe(),
            offer.SampleModel);
    }

    /// <summary>An offer with the stations of one trip; no drop-off station when its supplier has none at the drop-off place.</summary>
    private sealed record Candidate(FleetOffer Fleet, Location PickUp, Location? DropOff, QuotedOffer Offer);

    private sealed record QuoteWorld(
        IReadOnlyList<FleetOffer> Offers,
        IReadOnlyDictionary<Guid, Location> Stations,
        IReadOnlyDictionary<Guid, Core.Suppliers.Supplier> Suppliers,
        ILookup<Guid, Core.Contracts.Contract> Contracts,
        IReadOnlyDictionary<Guid, OfferRates> Rates,
        IReadOnlyDictionary<Guid, OneWayFees> Fees,
        ILookup<Guid, SupplierExtra> Extras);
}
