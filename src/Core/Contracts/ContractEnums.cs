namespace CarRentalGateway.Core.Contracts;

/// <summary>How we earn on a supplier's cars.</summary>
public enum CommercialModel
{
    /// <summary>The supplier sets the retail price; we earn a percentage of the rental base price.</summary>
    Commission,

    /// <summary>The supplier gives a net price; our pricing rules add the markup, at least the minimum margin.</summary>
    NetRate,
}

/// <summary>Where a contract version stands.</summary>
public enum ContractStatus
{
    /// <summary>Being prepared; freely editable, prices nothing.</summary>
    Draft,

    /// <summary>Approved and in force until its end date.</summary>
    Active,

    /// <summary>Approved, but its end date has passed. Derived from the clock, never stored.</summary>
    Expired,

    /// <summary>Ended early, with a reason, from its effective date on.</summary>
    Terminated,

    /// <summary>Replaced by a newer approved version of the same contract (an amendment).</summary>
    Superseded,
}

/// <summary>How a cancellation after the free period is charged.</summary>
public enum LateFeeKind
{
    /// <summary>A percentage of the rental price.</summary>
    Percent,

    /// <summary>A fixed amount in the contract currency.</summary>
    Fixed,
}
