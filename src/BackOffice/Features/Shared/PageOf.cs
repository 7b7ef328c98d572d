namespace CarRentalGateway.BackOffice.Features.Shared;

/// <summary>One page of a server-side paged list, with the total for the pager.</summary>
public sealed record PageOf<T>(IReadOnlyList<T> Items, int TotalCount);
