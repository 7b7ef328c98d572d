using System.ComponentModel.DataAnnotations;
using CarRentalGateway.Core.Pricing;

namespace CarRentalGateway.BackOffice.Features.Simulation;

/// <summary>The sale dates of the bookings to compare, as the page's date pickers hold them.</summary>
public sealed class SimulationPeriodForm
{
    [Required(ErrorMessage = "Choose the first booking date.")]
    public DateTime? From { get; set; }

    [Required(ErrorMessage = "Choose the last booking date.")]
    public DateTime? To { get; set; }
}

/// <summary>A rule set as the simulation page names it: "draft v5".</summary>
public sealed record RuleSetName(Guid Id, int Number);

/// <summary>What the page shows before a run: the sets a run would compare, and the latest stored runs.</summary>
public sealed record SimulationOverview(RuleSetName? Published, RuleSetName? Draft, IReadOnlyList<SimulationRunSummary> Runs);

/// <summary>A stored run in the list: when, by whom, over which bookings, and its totals.</summary>
public sealed record SimulationRunSummary(
    Guid Id, DateTime RunAtUtc, string RunBy, DateOnly BookedFrom, DateOnly BookedTo, int? PublishedRuleSetNumber, int DraftRuleSetNumber,
    SimulationFigures Total);

/// <summary>How far a run has come: bookings compared so far of those in the period.</summary>
public readonly record struct SimulationProgress(int Done, int Total);
