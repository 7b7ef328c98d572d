using System.ComponentModel.DataAnnotations;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Fleet;
using CarRentalGateway.Core.Pricing;

namespace CarRentalGateway.BackOffice.Features.Pricing;

/// <summary>
/// What the rule dialog edits. Amounts are typed as decimals in the chosen currency and the percentage as a
/// decimal (12.5 = +12.5 %); <see cref="ToDefinition"/> turns them into the domain's rule, and every refusal names
/// the field of this form it belongs on.
/// </summary>
public sealed class PricingRuleForm
{
    [Required(ErrorMessage = "Give the rule a name staff will recognise in a price explanation.")]
    [StringLength(PricingRuleDefinition.NameMaxLength, ErrorMessage = "A rule name is at most 100 characters.")]
    public string Name { get; set; } = "";

    public bool IsActive { get; set; } = true;

    [Required(ErrorMessage = "Enter the priority; lower runs first.")]
    [Range(0, PricingRuleDefinition.MaxPriority, ErrorMessage = "Priority is from 0 to 100000; lower runs first.")]
    public int? Priority { get; set; } = 100;

    [StringLength(PricingRuleDefinition.NotesMaxLength, ErrorMessage = "Notes are at most 1000 characters.")]
    public string? Notes { get; set; }

    public Guid? SupplierId { get; set; }

    public string? CountryCode { get; set; }

    /// <summary>One of the chosen supplier's locations.</summary>
    public Guid? PickUpLocationId { get; set; }

    /// <summary>Four letters with <c>?</c> for any: <c>P???</c>, <c>??A?</c>.</summary>
    public string? AcrissPattern { get; set; }

    public DateTime? PickUpFrom { get; set; }

    public DateTime? PickUpTo { get; set; }

    public DateTime? BookedFrom { get; set; }

    public DateTime? BookedTo { get; set; }

    public int? MinLeadDays { get; set; }

    public int? MaxLeadDays { get; set; }

    public int? MinRentalDays { get; set; }

    public int? MaxRentalDays { get; set; }

    /// <summary>Markup in percent of the running price; negative is a discount.</summary>
    public decimal? Percent { get; set; }

    /// <summary>The currency of every amount below.</summary>
    public string? Currency { get; set; }

    public decimal? PerRental { get; set; }

    public decimal? PerDay { get; set; }

    public decimal? MinMargin { get; set; }

    public decimal? MaxMargin { get; set; }

    public PriceRounding Rounding { get; set; }

    public bool StopFurtherRules { get; set; }

    /// <summary>The rule's version token as the user opened it; null for a new rule.</summary>
    public Guid? Version { get; set; }

    /// <summary>The rule as the domain has it, or the first refusal, named by this form's field.</summary>
    public Result<PricingRuleDefinition> ToDefinition()
    {
        var scope = ToScope();
        if (scope.Failed)
        {
            return Result.Fail<PricingRuleDefinition>(scope.Error!, scope.Field);
        }

        var adjustment = ToAdjustment();
        if (adjustment.Failed)
        {
            return Result.Fail<PricingRuleDefinition>(adjustment.Error!, adjustment.Field);
        }

        var definition = new PricingRuleDefinition(Name ?? "", IsActive, Priority ?? -1, scope.Value, adjustment.Value, Notes).Normalized();
        var valid = definition.Validate();
        return valid.Failed
            ? Result.Fail<PricingRuleDefinition>(valid.Error!, FieldOf(valid.Field))
            : Result.Ok(definition);
    }

    /// <summary>
    /// The domain's verdict on one field alone (or on the pair of day-count fields it belongs to), for the dialog to
    /// show while typing, whatever is wrong elsewhere; null when it passes.
    /// </summary>
    public string? ErrorFor(string field) => field switch
    {
        nameof(AcrissPattern) => ParsedAcriss().Error,
        nameof(CountryCode) => (RuleScope.Everything with { Country = Country }).Validate().Error,
        nameof(PickUpFrom) or nameof(PickUpTo) => ErrorOn(PickUpWindow(), field),
        nameof(BookedFrom) or nameof(BookedTo) => ErrorOn(BookingWindow(), field),
        nameof(MinLeadDays) or nameof(MaxLeadDays) => (RuleScope.Everything with { LeadDays = LeadDays }).Validate().Error,
        nameof(MinRentalDays) or nameof(MaxRentalDays) => (RuleScope.Everything with { RentalDays = RentalDays }).Validate().Error,
        nameof(Percent) when Percent is not (null or 0m) => PercentError() ?? (RuleAdjustment.None with { Percent = BasisPoints }).Validate().Error,
        nameof(Currency) when CurrencyMissing => CurrencyRequired,
        nameof(PerRental) or nameof(PerDay) or nameof(MinMargin) or nameof(MaxMargin) when !CurrencyMissing => AmountError(field),
        _ => null,
    };

    /// <summary>The form field a refusal of the domain's <paramref name="domainField"/> belongs on.</summary>
    public static string? FieldOf(string? domainField) => domainField switch
    {
        nameof(RuleScope.Country) => nameof(CountryCode),
        nameof(RuleScope.LeadDays) => nameof(MinLeadDays),
        nameof(RuleScope.RentalDays) => nameof(MinRentalDays),
        _ => domainField,
    };

    public static PricingRuleForm From(PricingRuleView rule)
    {
        var (definition, scope, adjustment) = (rule.Definition, rule.Definition.Scope, rule.Definition.Adjustment);
        return new PricingRuleForm
        {
            Name = definition.Name,
            IsActive = definition.IsActive,
            Priority = definition.Priority,
            Notes = definition.Notes,
            SupplierId = scope.SupplierId,
            CountryCode = scope.Country,
            PickUpLocationId = scope.PickUpLocationId,
            AcrissPattern = scope.Acriss?.Value,
            PickUpFrom = scope.PickUpDates?.From.ToDateTime(TimeOnly.MinValue),
            PickUpTo = scope.PickUpDates?.To.ToDateTime(TimeOnly.MinValue),
            BookedFrom = scope.BookingDates?.From.ToDateTime(TimeOnly.MinValue),
            BookedTo = scope.BookingDates?.To.ToDateTime(TimeOnly.MinValue),
            MinLeadDays = scope.LeadDays.Min,
            MaxLeadDays = scope.LeadDays.Max,
            MinRentalDays = scope.RentalDays.Min,
            MaxRentalDays = scope.RentalDays.Max,
            Percent = adjustment.Percent == 0 ? null : adjustment.Percent / 100m,
            Currency = adjustment.Currency,
            PerRental = adjustment.PerRental?.Amount,
            PerDay = adjustment.PerDay?.Amount,
            MinMargin = adjustment.MinMargin?.Amount,
            MaxMargin = adjustment.MaxMargin?.Amount,
            Rounding = adjustment.Rounding,
            StopFurtherRules = adjustment.StopFurtherRules,
            Version = rule.Version,
        };
    }

    private const string CurrencyRequired = "Choose the currency of the amounts.";

    private string? Country => string.IsNullOrWhiteSpace(CountryCode) ? null : CountryCode.Trim().ToUpperInvariant();

    private DayCountRange LeadDays => new(MinLeadDays, MaxLeadDays);

    private DayCountRange RentalDays => new(MinRentalDays, MaxRentalDays);

    // Clamped just outside the domain's range, so a huge typed number gets the domain's own refusal, not an overflow.
    private int BasisPoints => (int)Math.Clamp((Percent ?? 0m) * 100, RuleAdjustment.LowestPercent - 1, RuleAdjustment.HighestPercent + 1);

    private bool CurrencyMissing =>
        string.IsNullOrWhiteSpace(Currency) && new[] { PerRental, PerDay, MinMargin, MaxMargin }.Any(a => a is not null);

    private Result<RuleScope> ToScope()
    {
        var acriss = ParsedAcriss();
        if (acriss.Failed)
        {
            return Result.Fail<RuleScope>(acriss.Error!, acriss.Field);
        }

        var pickUp = PickUpWindow();
        if (pickUp.Failed)
        {
            return Result.Fail<RuleScope>(pickUp.Error!, pickUp.Field);
        }

        var booked = BookingWindow();
        if (booked.Failed)
        {
            return Result.Fail<RuleScope>(booked.Error!, booked.Field);
        }

        var scope = new RuleScope(SupplierId, Country, PickUpLocationId, acriss.Value, pickUp.Value, booked.Value, LeadDays, RentalDays);
        var valid = scope.Validate();
        return valid.Failed ? Result.Fail<RuleScope>(valid.Error!, FieldOf(valid.Field)) : Result.Ok(scope);
    }

    private Result<AcrissPattern?> ParsedAcriss()
    {
        if (string.IsNullOrWhiteSpace(AcrissPattern))
        {
            return Result.Ok<AcrissPattern?>(null);
        }

        var parsed = Core.Fleet.AcrissPattern.Parse(AcrissPattern.Trim().ToUpperInvariant(), nameof(AcrissPattern));
        return parsed.Failed ? Result.Fail<AcrissPattern?>(parsed.Error!, parsed.Field) : Result.Ok<AcrissPattern?>(parsed.Value);
    }

    private Result<DateRange?> PickUpWindow() => Window(PickUpFrom, PickUpTo, "pick-up", nameof(PickUpFrom), nameof(PickUpTo));

    private Result<DateRange?> BookingWindow() => Window(BookedFrom, BookedTo, "booking", nameof(BookedFrom), nameof(BookedTo));

    private Result<RuleAdjustment> ToAdjustment()
    {
        if (PercentError() is { } percentError)
        {
            return Result.Fail<RuleAdjustment>(percentError, nameof(Percent));
        }

        if (CurrencyMissing)
        {
            return Result.Fail<RuleAdjustment>(CurrencyRequired, nameof(Currency));
        }

        var perRental = Amount(PerRental, nameof(PerRental));
        var perDay = Amount(PerDay, nameof(PerDay));
        var minMargin = Amount(MinMargin, nameof(MinMargin));
        var maxMargin = Amount(MaxMargin, nameof(MaxMargin));
        if (new Result[] { perRental, perDay, minMargin, maxMargin }.FirstOrDefault(r => r.Failed) is { } refused)
        {
            return Result.Fail<RuleAdjustment>(refused.Error!, refused.Field);
        }

        var adjustment = new RuleAdjustment(
            BasisPoints, perRental.Value, perDay.Value, minMargin.Value, maxMargin.Value, Rounding, StopFurtherRules);
        var valid = adjustment.Validate();
        return valid.Failed ? Result.Fail<RuleAdjustment>(valid.Error!, valid.Field) : Result.Ok(adjustment);
    }

    private string? PercentError() =>
        Percent is { } percent && decimal.Round(percent, 2) != percent ? "Give the percentage with at most two decimals." : null;

    /// <summary>An amount field's own refusal: its decimals for the currency, then the domain's rule for that amount alone.</summary>
    private string? AmountError(string field)
    {
        var value = (decimal?)typeof(PricingRuleForm).GetProperty(field)!.GetValue(this);
        var amount = Amount(value, field);
        if (amount.Failed || amount.Value is not { } money)
        {
            return amount.Error;
        }

        var alone = field switch
        {
            nameof(MinMargin) => RuleAdjustment.None with { MinMargin = money },
            nameof(MaxMargin) => RuleAdjustment.None with { MaxMargin = money },
            _ => null,
        };
        return alone?.Validate() is { Failed: true, Field: var refused, Error: var error } && refused == field ? error : null;
    }

    private Result<Money?> Amount(decimal? amount, string field)
    {
        if (amount is not { } value)
        {
            return Result.Ok<Money?>(null);
        }

        var money = Money.FromAmount(value, Currency!.Trim().ToUpperInvariant(), field);
        return money.Failed ? Result.Fail<Money?>(money.Error!, money.Field) : Result.Ok<Money?>(money.Value);
    }

    private static string? ErrorOn(Result refusal, string field) => refusal.Failed && refusal.Field == field ? refusal.Error : null;

    private static Result<DateRange?> Window(DateTime? from, DateTime? to, string what, string fromField, string toField)
    {
        if (from is null && to is null)
        {
            return Result.Ok<DateRange?>(null);
        }

        if (from is null || to is null)
        {
            return Result.Fail<DateRange?>(
                $"Give both the first and the last {what} day, or neither.", from is null ? fromField : toField);
        }

        var range = DateRange.Create(DateOnly.FromDateTime(from.Value), DateOnly.FromDateTime(to.Value), toField);
        return range.Failed ? Result.Fail<DateRange?>(range.Error!, range.Field) : Result.Ok<DateRange?>(range.Value);
    }
}
