using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Data.Configurations;
using CarRentalGateway.BackOffice.Features.Pricing;
using CarRentalGateway.Core.Bookings;
using CarRentalGateway.Core.Contracts;
using CarRentalGateway.Core.Fleet;
using CarRentalGateway.Core.Locations;
using CarRentalGateway.Core.Pricing;
using CarRentalGateway.Core.Rates;
using CarRentalGateway.Core.Suppliers;
using Microsoft.EntityFrameworkCore;

namespace CarRentalGateway.BackOffice.Features.Audit;

/// <summary>
/// The pages of audited entities. Entries are keyed by the entity's id, while most pages are addressed by a code
/// (/suppliers/SIXT-EE, /bookings/CRG-…) or belong to a parent (a season to its fleet offer), so the links of a page
/// of entries are looked up together: one query per entity type on the page. An entity that is gone gets no link.
/// </summary>
public static class AuditLinks
{
    private delegate Task<Dictionary<Guid, EntityLink>> Lookup(AppDbContext db, List<Guid> ids, CancellationToken cancellationToken);

    private static readonly Dictionary<string, Lookup> Lookups = new()
    {
        [nameof(Supplier)] = async (db, ids, ct) => (await db.Suppliers.AsNoTracking()
                .Where(s => ids.Contains(s.Id)).Select(s => new { s.Id, s.Code }).ToListAsync(ct))
            .ToDictionary(s => s.Id, s => new EntityLink(s.Code, SupplierPath(s.Code))),
        [nameof(Booking)] = async (db, ids, ct) => (await db.Bookings.AsNoTracking()
                .Where(b => ids.Contains(b.Id)).Select(b => new { b.Id, b.Reference }).ToListAsync(ct))
            .ToDictionary(b => b.Id, b => new EntityLink(b.Reference.Value, $"/bookings/{b.Reference.Value}")),
        [nameof(Contract)] = async (db, ids, ct) => (await db.Contracts.AsNoTracking()
                .Where(c => ids.Contains(c.Id)).Select(c => new { c.Id, c.Number, c.VersionNumber }).ToListAsync(ct))
            .ToDictionary(c => c.Id, c => new EntityLink($"#{c.Number} v{c.VersionNumber}", $"/contracts/{c.Id}")),
        [nameof(Location)] = async (db, ids, ct) => (await db.Locations.AsNoTracking()
                .Where(l => ids.Contains(l.Id)).Select(l => new { l.Id, l.Code }).ToListAsync(ct))
            .ToDictionary(l => l.Id, l => new EntityLink(l.Code, $"/locations/{l.Id}")),
        [nameof(FleetOffer)] = (db, ids, ct) => OffersAsync(db, ids, ct),

        // A rate table is keyed by its offer's id and shown on the offer's page.
        [nameof(OfferRates)] = (db, ids, ct) => OffersAsync(db, ids, ct),
        [nameof(Season)] = async (db, ids, ct) =>
        {
            var seasons = await db.Seasons.AsNoTracking()
                .Where(s => ids.Contains(s.Id)).Select(s => new { s.Id, OfferId = EF.Property<Guid>(s, RateText.SeasonOfferId) }).ToListAsync(ct);
            var offers = await OffersAsync(db, seasons.Select(s => s.OfferId).Distinct().ToList(), ct);
            return seasons.Where(s => offers.ContainsKey(s.OfferId)).ToDictionary(s => s.Id, s => offers[s.OfferId]);
        },
        [nameof(SupplierExtra)] = async (db, ids, ct) => (await db.SupplierExtras.AsNoTracking()
                .Where(e => ids.Contains(e.Id))
                .Join(db.Suppliers, e => e.SupplierId, s => s.Id, (e, s) => new { e.Id, e.Name, s.Code }).ToListAsync(ct))
            .ToDictionary(e => e.Id, e => new EntityLink($"{e.Code}: {e.Name}", SupplierPath(e.Code))),
        [nameof(OneWayFee)] = async (db, ids, ct) => (await db.OneWayFees.AsNoTracking()
                .Where(f => ids.Contains(f.Id))
                .Join(db.Suppliers, f => f.SupplierId, s => s.Id, (f, s) => new { f.Id, s.Code }).ToListAsync(ct))
            .ToDictionary(f => f.Id, f => new EntityLink($"{f.Code}: one-way fee", SupplierPath(f.Code))),
        [nameof(PricingRuleSet)] = (db, ids, ct) => RuleSetsAsync(db, ids, ct),
        [PricingRulesService.PublishAuditEntityType] = (db, ids, ct) => RuleSetsAsync(db, ids, ct),
        [nameof(PricingRule)] = async (db, ids, ct) =>
        {
            var rules = await db.PricingRules.AsNoTracking()
                .Where(r => ids.Contains(r.Id)).Select(r => new { r.Id, r.Number, r.RuleSetId }).ToListAsync(ct);
            var sets = await RuleSetsAsync(db, rules.Select(r => r.RuleSetId).Distinct().ToList(), ct);
            return rules.Where(r => sets.ContainsKey(r.RuleSetId))
                .ToDictionary(r => r.Id, r => sets[r.RuleSetId] with { Name = $"rule {r.Number} in {sets[r.RuleSetId].Name}" });
        },
    };

    public static string SupplierPath(string code) => $"/suppliers/{code}";

    /// <summary>The name and page of each entity the entries name, by entity type and key; entities without a page are left out.</summary>
    public static async Task<Dictionary<(string Type, string Key), EntityLink>> ForAsync(
        AppDbContext db, IEnumerable<(string Type, string Key)> entities, CancellationToken cancellationToken)
    {
        var links = new Dictionary<(string, string), EntityLink>();
        foreach (var ofType in entities.Distinct().GroupBy(e => e.Type))
        {
            if (!Lookups.TryGetValue(ofType.Key, out var lookup))
            {
                continue;
            }

            var ids = ofType.Select(e => Guid.TryParse(e.Key, out var id) ? id : (Guid?)null).OfType<Guid>().ToList();
            foreach (var (id, link) in await lookup(db, ids, cancellationToken))
            {
                links[(ofType.Key, id.ToString())] = link;
            }
        }

        return links;
    }

    /// <summary>
    /// The stored keys of the entities staff may type instead of an id: the supplier with this code, the booking with
    /// this reference.
    /// </summary>
    public static async Task<List<string>> KeysNamedAsync(AppDbContext db, string name, CancellationToken cancellationToken)
    {
        var keys = await db.Suppliers.AsNoTracking().Where(s => s.Code == name.ToUpperInvariant())
            .Select(s => s.Id).ToListAsync(cancellationToken);
        if (BookingReference.Parse(name) is { Succeeded: true } reference)
        {
            var booking = reference.Value;
            keys.AddRange(await db.Bookings.AsNoTracking().Where(b => b.Reference == booking).Select(b => b.Id).ToListAsync(cancellationToken));
        }

        return keys.Select(id => id.ToString()).ToList();
    }

    private static async Task<Dictionary<Guid, EntityLink>> OffersAsync(AppDbContext db, List<Guid> ids, CancellationToken cancellationToken) =>
        (await db.FleetOffers.AsNoTracking()
            .Where(o => ids.Contains(o.Id))
            .Join(db.Locations, o => o.LocationId, l => l.Id, (o, l) => new { o.Id, o.Acriss, l.Code }).ToListAsync(cancellationToken))
        .ToDictionary(o => o.Id, o => new EntityLink($"{o.Acriss} at {o.Code}", $"/fleet/{o.Id}"));

    // The draft is edited on the rules page; a published or superseded set is a version with a page of its own.
    private static async Task<Dictionary<Guid, EntityLink>> RuleSetsAsync(AppDbContext db, List<Guid> ids, CancellationToken cancellationToken) =>
        (await db.PricingRuleSets.AsNoTracking()
            .Where(s => ids.Contains(s.Id)).Select(s => new { s.Id, s.Number, s.Status }).ToListAsync(cancellationToken))
        .ToDictionary(s => s.Id, s => s.Status == RuleSetStatus.Draft
            ? new EntityLink("the draft", "/pricing/rules")
            : new EntityLink($"v{s.Number}", $"/pricing/rules/versions/{s.Number}"));
}
