using CarRentalGateway.Core.Locations;
using CarRentalGateway.Core.Suppliers;

namespace CarRentalGateway.BackOffice.Features.Locations;

/// <summary>A row of the locations list and of a supplier's Locations tab.</summary>
public sealed record LocationRow(
    Guid Id,
    string SupplierCode,
    string SupplierName,
    string Code,
    string Name,
    LocationType Type,
    string? IataCode,
    string City,
    string CountryCode,
    bool IsActive);

/// <summary>What the locations list asks for: filters from the URL, sort and page from the grid.</summary>
public sealed record LocationQuery
{
    /// <summary>Part of the code, name or city, or the start of the IATA code; any case.</summary>
    public string? Search { get; init; }

    public string? SupplierCode { get; init; }

    public string? Country { get; init; }

    public LocationType? Type { get; init; }

    /// <summary>Only active (true) or only inactive (false) locations; null for both.</summary>
    public bool? Active { get; init; }

    /// <summary>One of <see cref="LocationSortColumns"/>; anything else sorts by name.</summary>
    public string? SortBy { get; init; }

    public bool Descending { get; init; }

    public int Page { get; init; }

    public int PageSize { get; init; } = 25;
}

public static class LocationSortColumns
{
    public const string Code = nameof(LocationRow.Code);
    public const string Name = nameof(LocationRow.Name);
    public const string Type = nameof(LocationRow.Type);
    public const string Iata = nameof(LocationRow.IataCode);
    public const string City = nameof(LocationRow.City);
    public const string Country = nameof(LocationRow.CountryCode);
    public const string Supplier = nameof(LocationRow.SupplierCode);
    public const string Active = nameof(LocationRow.IsActive);
}

/// <summary>A supplier as the locations screens offer it: to filter by, or to open a location for.</summary>
public sealed record LocationSupplier(Guid Id, string Code, string Name, string CountryCode, string CurrencyCode, SupplierStatus Status);

/// <summary>Everything the location page shows, with the version token a change must send back.</summary>
public sealed record LocationView(
    Guid Id,
    LocationSupplier Supplier,
    string Code,
    LocationDetails Details,
    bool IsActive,
    Guid Version,
    IReadOnlyList<string> UsedBy)
{
    /// <summary>Only a location nothing refers to can be deleted; any other can only be deactivated.</summary>
    public bool CanBeDeleted => UsedBy.Count == 0;
}
