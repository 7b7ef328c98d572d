using CarRentalGateway.Core.Common;

namespace CarRentalGateway.Core.Rates;

/// <summary>One line of how a supplier base price was built, as staff read it.</summary>
/// <param name="Description">In words: "Day 2, Sun 2026-07-05: High summer, 3-6 days rate".</param>
/// <param name="Date">For a rental day, the date that priced it.</param>
/// <param name="Season">For a rental day, the season's label, or "fallback" outside every season.</param>
public sealed record QuoteLine(QuoteLineKind Kind, string Description, Money Amount, DateOnly? Date = null, string? Season = null);
