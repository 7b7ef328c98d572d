using System.Globalization;
using CarRentalGateway.BackOffice.Features.Shared;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Contracts;

namespace CarRentalGateway.BackOffice.Features.Contracts;

/// <summary>One term of a contract as people read it: a label and the value in words (null when it does not apply).</summary>
public sealed record ContractTermField(string Key, string Label, ContractTermGroup Group, Func<ContractTerms, string?> Value);

public enum ContractTermGroup
{
    Commercial,
    Cancellation,
    Notes,
}

/// <summary>A term of two versions side by side; <see cref="Differs"/> when the wording differs.</summary>
public sealed record ContractTermComparison(ContractTermField Field, string? A, string? B)
{
    public bool Differs => !string.Equals(A, B, StringComparison.Ordinal);
}

/// <summary>
/// The contract terms in words, defined once: the terms section of a contract, the side-by-side comparison of
/// two versions and the edit-conflict review all list these fields, with these labels, in this order.
/// </summary>
public static class ContractTermFields
{
    public static IReadOnlyList<ContractTermField> All { get; } =
    [
        new("validity", "Validity", ContractTermGroup.Commercial, t => ValidityText(t.Validity)),
        new("currency", "Currency", ContractTermGroup.Commercial, t => CurrencyText(t.Currency)),
        new("payment-terms", "Payment terms", ContractTermGroup.Commercial, t => DaysText(t.PaymentTermsDays)),
        new("model", "Commercial model", ContractTermGroup.Commercial, t => ModelText(t.Model)),
        new("commission", "Commission", ContractTermGroup.Commercial, t => t.CommissionPercent?.ToString()),
        new("minimum-margin", "Minimum margin", ContractTermGroup.Commercial, t => t.MinimumMarginPercent?.ToString()),
        new("free-cancellation", "Free cancellation", ContractTermGroup.Cancellation, t => FreeCancellationText(t.Cancellation.FreeCancellationHours)),
        new("late-fee", "Late cancellation fee", ContractTermGroup.Cancellation, t => LateFeeText(t.Cancellation)),
        new("no-show-fee", "No-show fee", ContractTermGroup.Cancellation, t => t.Cancellation.NoShowFee.ToString()),
        new("notes", "Notes", ContractTermGroup.Notes, t => t.Notes),
    ];

    /// <summary>
    /// Every term of two versions, in the usual order; terms that apply to neither (the minimum margin of two
    /// commission contracts, say) are left out.
    /// </summary>
    public static IReadOnlyList<ContractTermComparison> Compare(ContractTerms a, ContractTerms b) =>
        All.Select(field => new ContractTermComparison(field, field.Value(a), field.Value(b)))
            .Where(row => row.A is not null || row.B is not null)
            .ToList();

    /// <summary>"Free cancellation until 48 h before pick-up; later 20 % of the rental price; no-show fee 50.00 EUR".</summary>
    public static string CancellationInWords(CancellationPolicy policy)
    {
        var free = policy.FreeCancellationHours == 0
            ? "Free cancellation until pick-up"
            : $"Free cancellation until {policy.FreeCancellationHours} h before pick-up";
        var late = IsZero(policy) ? "later no fee" : $"later {LateFeeText(policy)}";
        var noShow = policy.NoShowFee.MinorUnits == 0 ? "no fee for a no-show" : $"no-show fee {policy.NoShowFee}";
        return $"{free}; {late}; {noShow}";
    }

    public static string ModelText(CommercialModel model) => model switch
    {
        CommercialModel.NetRate => "Net rate",
        _ => "Commission",
    };

    /// <summary>What the model means, in a few words, for the form and the terms section.</summary>
    public static string ModelExplanation(CommercialModel model) => model switch
    {
        CommercialModel.NetRate => "The supplier gives a net price; our pricing rules add the markup, keeping at least the minimum margin.",
        _ => "The supplier sets the retail price; we earn a percentage of the rental base price.",
    };

    public static string ValidityText(DateRange validity) => $"{validity} ({DaysText(validity.Days)})";

    public static string DateText(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string UtcText(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC";

    /// <summary>"Ends today", "Ends tomorrow", "12 days left".</summary>
    public static string DaysToExpiryText(int days) => days switch
    {
        0 => "Ends today",
        1 => "Ends tomorrow",
        _ => $"{days} days left",
    };

    public static string CurrencyText(string code) => ReferenceDataSearch.CurrencyLabel(code);

    private static string DaysText(int days) => days == 1 ? "1 day" : $"{days} days";

    private static string FreeCancellationText(int hours) => hours == 0 ? "Until pick-up" : $"Until {hours} h before pick-up";

    private static string LateFeeText(CancellationPolicy policy) => policy.LateFeeKind switch
    {
        LateFeeKind.Fixed => policy.LateFeeFixed?.ToString() ?? "—",
        _ => $"{policy.LateFeePercent} of the rental price",
    };

    private static bool IsZero(CancellationPolicy policy) => policy.LateFeeKind switch
    {
        LateFeeKind.Fixed => policy.LateFeeFixed?.MinorUnits == 0,
        _ => policy.LateFeePercent?.BasisPoints == 0,
    };
}
