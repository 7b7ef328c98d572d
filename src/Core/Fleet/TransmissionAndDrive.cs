namespace CarRentalGateway.Core.Fleet;

/// <summary>The gearbox an ACRISS code promises; travellers filter on it more than on anything else.</summary>
public enum Transmission
{
    Manual,
    Automatic,
}

/// <summary>Which wheels an ACRISS code says are driven.</summary>
public enum Drive
{
    /// <summary>The matrix's plain Manual or Automatic: no four- or all-wheel drive promised.</summary>
    TwoWheel,

    /// <summary>4WD: selectable four-wheel drive, usually for off-road use.</summary>
    FourWheel,

    /// <summary>AWD: permanent all-wheel drive.</summary>
    AllWheel,
}
