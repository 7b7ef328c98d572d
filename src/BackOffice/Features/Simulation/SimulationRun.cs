using CarRentalGateway.Core.Pricing;

namespace CarRentalGateway.BackOffice.Features.Simulation;

/// <summary>
/// One stored pricing simulation: who ran it and when, over which bookings, which rule sets it compared, and its
/// figures, so Finance can read the result an admin based a pricing decision on. Never changed once stored.
/// </summary>
/// <remarks>The rule sets are named by id and number without a foreign key: a discarded draft must not take its runs with it.</remarks>
public sealed class SimulationRun
{
    public const int RunByMaxLength = 256;

    public Guid Id { get; init; }

    public DateTime RunAtUtc { get; init; }

    public string RunBy { get; init; } = "";

    /// <summary>The first sale date (UTC) of the bookings compared.</summary>
    public DateOnly BookedFrom { get; init; }

    /// <summary>The last sale date (UTC), inclusive.</summary>
    public DateOnly BookedTo { get; init; }

    /// <summary>Null when nothing was published: every booking was then compared with a set without rules.</summary>
    public Guid? PublishedRuleSetId { get; init; }

    public int? PublishedRuleSetNumber { get; init; }

    public Guid DraftRuleSetId { get; init; }

    public int DraftRuleSetNumber { get; init; }

    public SimulationFigures Total { get; init; } = null!;

    /// <summary>By supplier code.</summary>
    public IReadOnlyList<SupplierFigures> Suppliers { get; init; } = [];

    /// <summary>The first bookings the draft could not price, up to <see cref="PricingSimulation.UnpricedListLimit"/>.</summary>
    public IReadOnlyList<UnpricedBookingRow> Unpriced { get; init; } = [];

    public int UnpricedCount { get; init; }
}

/// <summary>One supplier's line of a run, with its code and name as they were at the run.</summary>
public sealed record SupplierFigures(string Code, string Name, SimulationFigures Figures);

/// <summary>A booking the draft could not price, with the reason in words.</summary>
public sealed record UnpricedBookingRow(string Reference, string SupplierCode, CannotPriceReason Reason, string Message);
