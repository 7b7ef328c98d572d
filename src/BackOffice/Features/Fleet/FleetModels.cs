using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Fleet;

namespace CarRentalGateway.BackOffice.Features.Fleet;

/// <summary>A row of the fleet list and of a supplier's Fleet tab.</summary>
public sealed record FleetOfferRow(
    Guid Id,
    string SupplierCode,
    string SupplierName,
    Guid LocationId,
    string LocationCode,
    string LocationName,
    string Acriss,
    string SampleModel,
    int Seats,
    int Doors,
    int Bags,
    int? MileageKilometresPerDay,
    long DepositMinor,
    string DepositCurrency,
    int MinimumDriverAge,
    int DailyAllocation,
    bool StopSell)
{
    public MileagePolicy Mileage => MileagePolicy.FromKilometresPerDay(MileageKilometresPerDay).Value;

    public Money Deposit => Money.Of(DepositMinor, DepositCurrency);

    /// <summary>The code in words, or nothing for a code the matrix no longer knows (never stored, but a row must not throw).</summary>
    public string AcrissDescription => AcrissCode.Parse(Acriss) is { Succeeded: true } code ? code.Value.Describe() : "";
}

/// <summary>What the fleet list asks for: filters from the URL, sort and page from the grid.</summary>
public sealed record FleetQuery
{
    public string? SupplierCode { get; init; }

    public Guid? LocationId { get; init; }

    /// <summary>An ACRISS pattern with <c>?</c> wildcards (<c>C???</c>); an invalid one matches nothing.</summary>
    public string? AcrissPattern { get; init; }

    public Transmission? Transmission { get; init; }

    /// <summary>Only offers on stop-sell (true) or on sale (false); null for both.</summary>
    public bool? StopSell { get; init; }

    /// <summary>One of <see cref="FleetSortColumns"/>; anything else sorts by supplier, location and code.</summary>
    public string? SortBy { get; init; }

    public bool Descending { get; init; }

    public int Page { get; init; }

    public int PageSize { get; init; } = 25;
}

public static class FleetSortColumns
{
    public const string Supplier = nameof(FleetOfferRow.SupplierCode);
    public const string Location = nameof(FleetOfferRow.LocationCode);
    public const string Acriss = nameof(FleetOfferRow.Acriss);
    public const string SampleModel = nameof(FleetOfferRow.SampleModel);
    public const string Seats = nameof(FleetOfferRow.Seats);
    public const string Deposit = nameof(FleetOfferRow.DepositMinor);
    public const string MinimumDriverAge = nameof(FleetOfferRow.MinimumDriverAge);
    public const string DailyAllocation = nameof(FleetOfferRow.DailyAllocation);
    public const string StopSell = nameof(FleetOfferRow.StopSell);
}

/// <summary>The supplier of an offer, with the currency its money is entered in.</summary>
public sealed record FleetSupplier(Guid Id, string Code, string Name, string CurrencyCode);

/// <summary>The station of an offer.</summary>
public sealed record FleetLocation(Guid Id, string Code, string Name);

/// <summary>Everything the offer page shows, with the version token a change must send back.</summary>
public sealed record FleetOfferView(
    Guid Id,
    FleetSupplier Supplier,
    FleetLocation Location,
    FleetOfferDetails Details,
    bool StopSell,
    Guid Version)
{
    public AcrissCode AcrissCode => AcrissCode.Parse(Details.Acriss).Value;
}
