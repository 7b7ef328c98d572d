using CarRentalGateway.Core.Contracts;

namespace CarRentalGateway.BackOffice.Features.Contracts;

/// <summary>A row of the contracts list: the version currently in force (or the draft, for a new contract).</summary>
public sealed record ContractRow(
    Guid Id,
    string SupplierCode,
    string SupplierName,
    int Number,
    int VersionNumber,
    ContractStatus Status,
    CommercialModel Model,
    DateOnly ValidFrom,
    DateOnly ValidTo,
    string Currency,
    int? DaysToExpiry,
    bool HasDraftAmendment)
{
    public string Label => Contract.LabelOf(Number, VersionNumber);
}

/// <summary>What the contracts list asks for; the filters live in the URL.</summary>
public sealed record ContractQuery
{
    public string? SupplierCode { get; init; }

    /// <summary>Status as people see it today (<see cref="ContractStatus.Expired"/> included).</summary>
    public ContractStatus? Status { get; init; }

    /// <summary>Only contracts in force that end within this many days from today.</summary>
    public int? ExpiringWithinDays { get; init; }

    public string? SortBy { get; init; }

    public bool Descending { get; init; }

    public int Page { get; init; }

    public int PageSize { get; init; } = 25;
}

public static class ContractSortColumns
{
    public const string Supplier = nameof(ContractRow.SupplierName);
    public const string ValidFrom = nameof(ContractRow.ValidFrom);
    public const string ValidTo = nameof(ContractRow.ValidTo);
    public const string Status = nameof(ContractRow.Status);
    public const string Model = nameof(ContractRow.Model);
}

/// <summary>Everything a contract page shows about one version, with the token an action must send back.</summary>
public sealed record ContractView(
    Guid Id,
    string SupplierCode,
    string SupplierName,
    int Number,
    int VersionNumber,
    ContractStatus Status,
    ContractTerms Terms,
    int? DaysToExpiry,
    string? ApprovedBy,
    DateTime? ApprovedAtUtc,
    string? TerminationReason,
    DateOnly? TerminationEffectiveDate,
    string? TerminatedBy,
    DateTime? TerminatedAtUtc,
    Guid Version)
{
    public string Label => Contract.LabelOf(Number, VersionNumber);
}

/// <summary>A supplier's contract ending soon, for the dashboard.</summary>
public sealed record ExpiringContract(Guid Id, string SupplierCode, string SupplierName, string Label, DateOnly ValidTo, int DaysLeft);
