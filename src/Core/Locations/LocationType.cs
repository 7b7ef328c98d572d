namespace CarRentalGateway.Core.Locations;

/// <summary>What kind of place a supplier's station is; travellers search airports and cities differently.</summary>
public enum LocationType
{
    /// <summary>A desk or car park at an airport; always has the airport's IATA code.</summary>
    Airport,

    /// <summary>An office in town.</summary>
    Downtown,

    /// <summary>At or next to a railway station.</summary>
    RailStation,

    /// <summary>At a ferry or cruise port.</summary>
    Port,

    /// <summary>A desk in a hotel.</summary>
    Hotel,
}
