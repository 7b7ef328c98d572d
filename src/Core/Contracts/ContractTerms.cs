using CarRentalGateway.Core.Common;

namespace CarRentalGateway.Core.Contracts;

/// <summary>The commercial terms of one contract version, checked together.</summary>
public sealed record ContractTerms(
    DateRange Validity,
    string Currency,
    int PaymentTermsDays,
    CommercialModel Model,
    Percentage? CommissionPercent,
    Percentage? MinimumMarginPercent,
    CancellationPolicy Cancellation,
    string? Notes)
{
    public const int MaxPaymentTermsDays = 180;
    public const int MaxValidityYears = 10;
    public const int NotesMaxLength = 2000;

    public Result Validate()
    {
        if (Validity.Days > MaxValidityYears * 366)
        {
            return Result.Fail($"A contract runs for at most {MaxValidityYears} years.", nameof(Validity));
        }

        if (!Currencies.IsKnown(Currency))
        {
            return Result.Fail("Choose the contract currency from the list.", nameof(Currency));
        }

        if (PaymentTermsDays is < 0 or > MaxPaymentTermsDays)
        {
            return Result.Fail($"Payment terms are 0 to {MaxPaymentTermsDays} days.", nameof(PaymentTermsDays));
        }

        if (Model == CommercialModel.Commission && CommissionPercent is not { BasisPoints: > 0 and < Percentage.MaxBasisPoints })
        {
            return Result.Fail("A commission contract needs a commission above 0 % and below 100 %.", nameof(CommissionPercent));
        }

        if (Model == CommercialModel.NetRate && MinimumMarginPercent is null)
        {
            return Result.Fail("A net-rate contract needs the minimum margin we must keep (0 % or more).", nameof(MinimumMarginPercent));
        }

        if (Notes is { Length: > NotesMaxLength })
        {
            return Result.Fail($"Notes are at most {NotesMaxLength} characters.", nameof(Notes));
        }

        return Cancellation.Validate(Currency);
    }

    /// <summary>The terms with only the percentage that belongs to the model kept, so no stale value lingers.</summary>
    public ContractTerms Normalized() => this with
    {
        Currency = Currency.Trim().ToUpperInvariant(),
        CommissionPercent = Model == CommercialModel.Commission ? CommissionPercent : null,
        MinimumMarginPercent = Model == CommercialModel.NetRate ? MinimumMarginPercent : null,
        Cancellation = Cancellation with
        {
            LateFeePercent = Cancellation.LateFeeKind == LateFeeKind.Percent ? Cancellation.LateFeePercent : null,
            LateFeeFixed = Cancellation.LateFeeKind == LateFeeKind.Fixed ? Cancellation.LateFeeFixed : null,
        },
        Notes = string.IsNullOrWhiteSpace(Notes) ? null : Notes.Trim(),
    };
}
