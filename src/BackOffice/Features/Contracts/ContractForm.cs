using System.ComponentModel.DataAnnotations;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Contracts;

namespace CarRentalGateway.BackOffice.Features.Contracts;

/// <summary>
/// What the contract dialog edits: amounts and percentages as people type them. The domain checks the
/// terms again when saving; a refusal names the form field it is about.
/// </summary>
public sealed class ContractForm
{
    [Required(ErrorMessage = "Choose the first day the contract applies.")]
    public DateTime? ValidFrom { get; set; }

    [Required(ErrorMessage = "Choose the last day the contract applies.")]
    public DateTime? ValidTo { get; set; }

    [Required(ErrorMessage = "Choose the contract currency.")]
    public string? Currency { get; set; }

    [Range(0, ContractTerms.MaxPaymentTermsDays, ErrorMessage = "Payment terms are 0 to 180 days.")]
    public int PaymentTermsDays { get; set; } = 30;

    public CommercialModel Model { get; set; } = CommercialModel.Commission;

    [Range(0, 100, ErrorMessage = "A percentage is between 0 and 100.")]
    public decimal? CommissionPercent { get; set; }

    [Range(0, 100, ErrorMessage = "A percentage is between 0 and 100.")]
    public decimal? MinimumMarginPercent { get; set; }

    [Range(0, CancellationPolicy.MaxFreeCancellationHours, ErrorMessage = "Free cancellation is 0 to 8760 hours before pick-up.")]
    public int FreeCancellationHours { get; set; } = 48;

    public LateFeeKind LateFeeKind { get; set; } = LateFeeKind.Percent;

    [Range(0, 100, ErrorMessage = "A percentage is between 0 and 100.")]
    public decimal? LateFeePercent { get; set; }

    [Range(0, 1_000_000, ErrorMessage = "Enter an amount of 0 or more.")]
    public decimal? LateFeeFixed { get; set; }

    [Range(0, 1_000_000, ErrorMessage = "Enter an amount of 0 or more.")]
    public decimal NoShowFee { get; set; }

    [StringLength(ContractTerms.NotesMaxLength)]
    public string? Notes { get; set; }

    /// <summary>The version token the user started editing; null for a new contract.</summary>
    public Guid? Version { get; set; }

    /// <summary>The terms, or the first field whose value cannot be one (a date range backwards, too many decimals).</summary>
    public Result<ContractTerms> ToTerms()
    {
        if (ValidFrom is not { } from || ValidTo is not { } to)
        {
            return Result.Fail<ContractTerms>("Choose the validity dates.", ValidFrom is null ? nameof(ValidFrom) : nameof(ValidTo));
        }

        var validity = DateRange.Create(DateOnly.FromDateTime(from), DateOnly.FromDateTime(to), nameof(ValidTo));
        if (validity.Failed)
        {
            return Result.Fail<ContractTerms>(validity.Error!, validity.Field);
        }

        var currency = (Currency ?? "").Trim().ToUpperInvariant();
        if (!Currencies.IsKnown(currency))
        {
            return Result.Fail<ContractTerms>("Choose the contract currency from the list.", nameof(Currency));
        }

        var commission = PercentageOf(CommissionPercent, nameof(CommissionPercent));
        var margin = PercentageOf(MinimumMarginPercent, nameof(MinimumMarginPercent));
        var lateFeePercent = PercentageOf(LateFeePercent, nameof(LateFeePercent));
        var lateFeeFixed = LateFeeFixed is { } fixedFee ? Money.FromAmount(fixedFee, currency, nameof(LateFeeFixed)) : null;
        var noShowFee = Money.FromAmount(NoShowFee, currency, nameof(NoShowFee));
        var failed = new Result?[] { commission, margin, lateFeePercent, lateFeeFixed, noShowFee }.FirstOrDefault(r => r is { Failed: true });
        if (failed is not null)
        {
            return Result.Fail<ContractTerms>(failed.Error!, failed.Field);
        }

        return Result.Ok(new ContractTerms(
            validity.Value,
            currency,
            PaymentTermsDays,
            Model,
            commission?.Value,
            margin?.Value,
            new CancellationPolicy(FreeCancellationHours, LateFeeKind, lateFeePercent?.Value, lateFeeFixed?.Value, noShowFee.Value),
            Notes));
    }

    /// <summary>The form field a domain refusal is about: validity problems are shown on the end date.</summary>
    public static string? FieldOf(string? domainField) => domainField switch
    {
        null => null,
        nameof(ContractTerms.Validity) => nameof(ValidTo),
        nameof(ContractTerms.Currency) => nameof(Currency),
        _ => typeof(ContractForm).GetProperty(domainField) is null ? null : domainField,
    };

    public static ContractForm From(ContractView contract) => From(contract.Terms, contract.Version);

    /// <summary>A new draft's form: a year from the first of next month, in the supplier's currency.</summary>
    public static ContractForm NewDraft(string supplierCurrency, DateOnly today)
    {
        var start = new DateOnly(today.Year, today.Month, 1).AddMonths(1);
        return new ContractForm
        {
            ValidFrom = start.ToDateTime(TimeOnly.MinValue),
            ValidTo = start.AddYears(1).AddDays(-1).ToDateTime(TimeOnly.MinValue),
            Currency = supplierCurrency,
        };
    }

    private static ContractForm From(ContractTerms terms, Guid version) => new()
    {
        ValidFrom = terms.Validity.From.ToDateTime(TimeOnly.MinValue),
        ValidTo = terms.Validity.To.ToDateTime(TimeOnly.MinValue),
        Currency = terms.Currency,
        PaymentTermsDays = terms.PaymentTermsDays,
        Model = terms.Model,
        CommissionPercent = terms.CommissionPercent?.Value,
        MinimumMarginPercent = terms.MinimumMarginPercent?.Value,
        FreeCancellationHours = terms.Cancellation.FreeCancellationHours,
        LateFeeKind = terms.Cancellation.LateFeeKind,
        LateFeePercent = terms.Cancellation.LateFeePercent?.Value,
        LateFeeFixed = terms.Cancellation.LateFeeFixed?.Amount,
        NoShowFee = terms.Cancellation.NoShowFee.Amount,
        Notes = terms.Notes,
        Version = version,
    };

    private static Result<Percentage>? PercentageOf(decimal? percent, string field) =>
        percent is { } value ? Percentage.FromPercent(value, field) : null;
}
