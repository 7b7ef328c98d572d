namespace CarRentalGateway.Core.Rates;

/// <summary>Whether an extra's price is charged for every rental day or once for the rental.</summary>
public enum ExtraPriceBasis
{
    PerDay,
    PerRental,
}
