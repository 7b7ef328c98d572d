namespace CarRentalGateway.Core.Rates;

/// <summary>An extra the customer wants, and how many of it (two child seats).</summary>
public sealed record ChosenExtra(SupplierExtra Extra, int Quantity);
