using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Fleet;

namespace CarRentalGateway.Core.Pricing;

/// <summary>
/// One pricing rule as it stands in one rule set. The same rule in the draft and in published sets shares its
/// <see cref="Number"/> (shown as R12); <see cref="RuleVersion"/> counts the published changes to it.
/// </summary>
public sealed class PricingRule
{
    // Materialization by EF Core, which sets the properties itself.
    private PricingRule() => Name = "";

    private PricingRule(Guid id, Guid ruleSetId, int number, int version, PricingRuleDefinition definition)
    {
        Id = id;
        RuleSetId = ruleSetId;
        Number = number;
        RuleVersion = version;
        Name = definition.Name;
        Apply(definition);
    }

    public Guid Id { get; private set; }

    public Guid RuleSetId { get; private set; }

    /// <summary>The rule's number, kept across rule sets: R12 is R12 in the draft and in every version.</summary>
    public int Number { get; private set; }

    /// <summary>
    /// 1 when first published, +1 each time a publish changes it. A draft rule carries the version it will get
    /// when published.
    /// </summary>
    public int RuleVersion { get; private set; }

    public string Name { get; private set; }

    public bool IsActive { get; private set; }

    public int Priority { get; private set; }

    public Guid? SupplierId { get; private set; }

    public string? CountryCode { get; private set; }

    public Guid? PickUpLocationId { get; private set; }

    public string? AcrissPattern { get; private set; }

    public DateOnly? PickUpFrom { get; private set; }

    public DateOnly? PickUpTo { get; private set; }

    public DateOnly? BookedFrom { get; private set; }

    public DateOnly? BookedTo { get; private set; }

    public int? MinLeadDays { get; private set; }

    public int? MaxLeadDays { get; private set; }

    public int? MinRentalDays { get; private set; }

    public int? MaxRentalDays { get; private set; }

    public int PercentBasisPoints { get; private set; }

    /// <summary>The currency of every amount below; null when the rule has none.</summary>
    public string? Currency { get; private set; }

    public long? PerRentalMinor { get; private set; }

    public long? PerDayMinor { get; private set; }

    public long? MinMarginMinor { get; private set; }

    public long? MaxMarginMinor { get; private set; }

    public PriceRounding Rounding { get; private set; }

    public bool StopFurtherRules { get; private set; }

    public string? Notes { get; private set; }

    /// <summary>"R12", how staff refer to the rule.</summary>
    public string Label => $"R{Number}";

    public RuleScope Scope => new(
        SupplierId,
        CountryCode,
        PickUpLocationId,
        AcrissPattern is null ? null : Fleet.AcrissPattern.Parse(AcrissPattern).Value,
        PickUpFrom is { } pickUpFrom && PickUpTo is { } pickUpTo ? DateRange.Create(pickUpFrom, pickUpTo).Value : null,
        BookedFrom is { } bookedFrom && BookedTo is { } bookedTo ? DateRange.Create(bookedFrom, bookedTo).Value : null,
        new DayCountRange(MinLeadDays, MaxLeadDays),
        new DayCountRange(MinRentalDays, MaxRentalDays));

    public RuleAdjustment Adjustment => new(
        PercentBasisPoints,
        AmountOf(PerRentalMinor),
        AmountOf(PerDayMinor),
        AmountOf(MinMarginMinor),
        AmountOf(MaxMarginMinor),
        Rounding,
        StopFurtherRules);

    public PricingRuleDefinition Definition => new(Name, IsActive, Priority, Scope, Adjustment, Notes);

    /// <summary>A new rule in a draft set; it gets version 1 when first published.</summary>
    public static Result<PricingRule> Create(Guid id, Guid draftSetId, int number, PricingRuleDefinition definition)
    {
        var normalized = definition.Normalized();
        var valid = normalized.Validate();
        return valid.Failed
            ? Result.Fail<PricingRule>(valid.Error!, valid.Field)
            : Result.Ok(new PricingRule(id, draftSetId, number, 1, normalized));
    }

    public Result Update(PricingRuleDefinition definition)
    {
        var normalized = definition.Normalized();
        var valid = normalized.Validate();
        if (valid.Failed)
        {
            return valid;
        }

        Apply(normalized);
        return Result.Ok();
    }

    /// <summary>The same rule, same number and version, in another rule set: how a draft starts from the published set.</summary>
    public PricingRule CopyTo(Guid id, Guid ruleSetId) => new(id, ruleSetId, Number, RuleVersion, Definition);

    /// <summary>Publishing a changed rule gives it the next version after the one it replaces.</summary>
    public void FollowVersion(int publishedVersion) => RuleVersion = publishedVersion + 1;

    private Money? AmountOf(long? minor) => minor is { } units ? Money.Of(units, Currency!) : null;

    private void Apply(PricingRuleDefinition definition)
    {
        var (scope, adjustment) = (definition.Scope, definition.Adjustment);
        Name = definition.Name;
        IsActive = definition.IsActive;
        Priority = definition.Priority;
        Notes = definition.Notes;
        SupplierId = scope.SupplierId;
        CountryCode = scope.Country;
        PickUpLocationId = scope.PickUpLocationId;
        AcrissPattern = scope.Acriss?.Value;
        PickUpFrom = scope.PickUpDates?.From;
        PickUpTo = scope.PickUpDates?.To;
        BookedFrom = scope.BookingDates?.From;
        BookedTo = scope.BookingDates?.To;
        MinLeadDays = scope.LeadDays.Min;
        MaxLeadDays = scope.LeadDays.Max;
        MinRentalDays = scope.RentalDays.Min;
        MaxRentalDays = scope.RentalDays.Max;
        PercentBasisPoints = adjustment.Percent;
        Currency = adjustment.Currency;
        PerRentalMinor = adjustment.PerRental?.MinorUnits;
        PerDayMinor = adjustment.PerDay?.MinorUnits;
        MinMarginMinor = adjustment.MinMargin?.MinorUnits;
        MaxMarginMinor = adjustment.MaxMargin?.MinorUnits;
        Rounding = adjustment.Rounding;
        StopFurtherRules = adjustment.StopFurtherRules;
    }
}
