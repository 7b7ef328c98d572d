using CarRentalGateway.Core.Fleet;
using CarRentalGateway.Core.Pricing;
using CarRentalGateway.Core.Rates;

namespace CarRentalGateway.BackOffice.Features.Quote;

/// <summary>A checked quote request: where, when, which cars and extras, for which driver.</summary>
/// <param name="SupplierCode">Null: every supplier with a station at the place.</param>
/// <param name="PickUpPlace">Null only when a supplier's exact station is chosen.</param>
/// <param name="DropOffPlace">Null with no drop-off station: back to the pick-up station.</param>
/// <param name="Acriss">Null: every car.</param>
public sealed record QuoteRequest(
    string? SupplierCode,
    QuotePlace? PickUpPlace,
    Guid? PickUpStationId,
    QuotePlace? DropOffPlace,
    Guid? DropOffStationId,
    DateTime PickUpLocal,
    DateTime DropOffLocal,
    AcrissPattern? Acriss,
    IReadOnlyList<WantedExtra> Extras,
    int DriverAge);

/// <summary>A kind of extra the customer wants, and how many; each supplier's own extra of that kind is priced.</summary>
public sealed record WantedExtra(ExtraKind Kind, int Quantity);

/// <summary>Every offer the request found: priced ones by currency, cheapest first, then those that cannot be priced.</summary>
/// <param name="RuleSet">The published rule set that priced them; null when none is published yet.</param>
public sealed record QuoteResult(
    DateTime BookedAtUtc,
    PublishedRuleSet? RuleSet,
    IReadOnlyList<CurrencyOffers> Priced,
    IReadOnlyList<UnpricedOffer> Unpriced)
{
    public int PricedCount => Priced.Sum(group => group.Offers.Count);
}

/// <summary>
/// The priced offers in one currency, cheapest customer total first. Without exchange rates, prices in different
/// currencies are not compared: each currency is its own list.
/// </summary>
public sealed record CurrencyOffers(string Currency, IReadOnlyList<PricedOffer> Offers);

public sealed record PricedOffer(QuotedOffer Offer, Core.Pricing.Quote Quote);

public sealed record UnpricedOffer(QuotedOffer Offer, CannotPrice Reason);

/// <summary>What staff read about an offer before its price: who, where, which car.</summary>
public sealed record QuotedOffer(
    Guid OfferId,
    string SupplierCode,
    string SupplierName,
    QuoteStation PickUp,
    QuoteStation DropOff,
    string Acriss,
    string AcrissDescription,
    string SampleModel)
{
    public bool IsOneWay => PickUp.Id != DropOff.Id;
}

/// <summary>A supplier's station as a quote names it.</summary>
public sealed record QuoteStation(Guid Id, string Code, string Name);

/// <summary>A supplier the quote form offers to choose.</summary>
public sealed record QuoteSupplier(string Code, string Name);
