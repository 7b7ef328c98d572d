namespace CarRentalGateway.Core.Rates;

/// <summary>What a line of a supplier base quote charges for.</summary>
public enum QuoteLineKind
{
    RentalDay,
    Extra,
    YoungDriverFee,
    OneWayFee,
    AfterHoursFee,
}
