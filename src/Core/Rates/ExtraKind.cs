namespace CarRentalGateway.Core.Rates;

/// <summary>What an extra is, so the same thing is recognised across suppliers whatever each calls it.</summary>
public enum ExtraKind
{
    ChildSeat,
    BoosterSeat,
    Gps,
    AdditionalDriver,

    /// <summary>Full protection, e.g. super collision damage waiver (SCDW): no excess to pay after damage.</summary>
    FullProtection,
    WinterTyres,
    SnowChains,

    /// <summary>Permission (and insurance) to drive the car into another country.</summary>
    CrossBorder,
    Other,
}
