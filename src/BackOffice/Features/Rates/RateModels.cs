using CarRentalGateway.Core.Rates;

namespace CarRentalGateway.BackOffice.Features.Rates;

/// <summary>An offer's rates as the rates panel shows them, with the version token a change must send back.</summary>
public sealed record OfferRatesView(
    Guid OfferId, string Currency, RentalLengthBands Bands, BandRates Fallback, IReadOnlyList<SeasonView> Seasons, Guid Version);

/// <summary>A season, as a row of the seasons table.</summary>
public sealed record SeasonView(Guid Id, string? Name, DateOnly From, DateOnly To, BandRates Rates)
{
    public string Label => Name ?? "(no name)";
}

/// <summary>What the rates panel needs besides the rates: the offer's station, the supplier's currency, stations and extras.</summary>
public sealed record OfferRatesContext(
    Guid OfferId,
    string Acriss,
    string SupplierCode,
    string SupplierCurrency,
    Guid LocationId,
    string LocationName,
    IReadOnlyList<StationChoice> Locations,
    IReadOnlyList<ExtraRow> Extras);

/// <summary>One of the supplier's locations, to choose a drop-off or a one-way fee's ends from.</summary>
public sealed record StationChoice(Guid Id, string Code, string Name);

/// <summary>An extra the trip includes, by id, with how many.</summary>
public sealed record ExtraChoice(Guid ExtraId, int Quantity);

/// <summary>A supplier's extra, as its list shows it.</summary>
public sealed record ExtraRow(Guid Id, ExtraKind Kind, string Name, ExtraPriceBasis Basis, Core.Common.Money Price, Core.Common.Money? Cap, Guid Version);

/// <summary>A supplier's one-way fee, as its list shows it.</summary>
public sealed record OneWayFeeRow(
    Guid Id, Guid FromLocationId, string FromCode, string FromName, Guid ToLocationId, string ToCode, string ToName, Core.Common.Money Fee, Guid Version);
