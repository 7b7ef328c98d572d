using CarRentalGateway.Core.Suppliers;

namespace CarRentalGateway.BackOffice.Features.Suppliers;

/// <summary>A row of the suppliers list.</summary>
public sealed record SupplierRow(string Code, string Name, string CountryCode, string CurrencyCode, SupplierStatus Status);

/// <summary>What the suppliers list asks for: filters from the URL, sort and page from the grid.</summary>
public sealed record SupplierQuery
{
    public string? Search { get; init; }

    public SupplierStatus? Status { get; init; }

    public string? Country { get; init; }

    /// <summary>One of <see cref="SupplierSortColumns"/>; anything else sorts by name.</summary>
    public string? SortBy { get; init; }

    public bool Descending { get; init; }

    public int Page { get; init; }

    public int PageSize { get; init; } = 25;
}

public static class SupplierSortColumns
{
    public const string Code = nameof(SupplierRow.Code);
    public const string Name = nameof(SupplierRow.Name);
    public const string Country = nameof(SupplierRow.CountryCode);
    public const string Currency = nameof(SupplierRow.CurrencyCode);
    public const string Status = nameof(SupplierRow.Status);
}

/// <summary>Everything the supplier page shows, with the version token an edit must send back.</summary>
public sealed record SupplierView(
    Guid Id,
    string Code,
    SupplierDetails Details,
    SupplierStatus Status,
    Guid Version,
    IReadOnlyList<SupplierStatus> AllowedStatusChanges);
