using System.Globalization;
using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.BackOffice.Features.Shared;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Contracts;

namespace CarRentalGateway.BackOffice.Features.Contracts;

/// <summary>
/// A contract's audit trail in the words of its terms: the audit stores columns (basis points, minor units,
/// invariant dates), staff read "Commission 15 % → 17.5 %" and "No-show fee 50.00 EUR".
/// </summary>
public static class ContractHistory
{
    public static Func<FieldChange, FieldChange?> Describer(string currency) => change => change.Field switch
    {
        // The supplier is on the page already; its key says nothing to a person.
        nameof(Contract.SupplierId) => null,
        nameof(Contract.Number) => change with { Field = "Contract number" },
        nameof(Contract.VersionNumber) => change with { Field = "Version" },
        nameof(Contract.ValidFrom) => Dates(change, "Valid from"),
        nameof(Contract.ValidTo) => Dates(change, "Valid to"),
        nameof(Contract.TerminationEffectiveDate) => Dates(change, "No longer applies from"),
        nameof(Contract.ApprovedAtUtc) => Times(change, "Approved at"),
        nameof(Contract.TerminatedAtUtc) => Times(change, "Terminated at"),
        nameof(Contract.PaymentTermsDays) => change.Shown("Payment terms", days => $"{days} days"),
        nameof(Contract.Model) => change.Shown("Commercial model", model =>
            Enum.TryParse<CommercialModel>(model, out var parsed) ? ContractTermFields.ModelText(parsed) : model),
        nameof(Contract.CommissionBasisPoints) => Percentages(change, "Commission"),
        nameof(Contract.MinimumMarginBasisPoints) => Percentages(change, "Minimum margin"),
        nameof(Contract.FreeCancellationHours) => change.Shown("Free cancellation", hours => $"until {hours} h before pick-up"),
        nameof(Contract.LateFeeKind) => change.Shown("Late cancellation fee as", kind => kind == nameof(LateFeeKind.Fixed) ? "a fixed amount" : "a percentage"),
        nameof(Contract.LateFeeBasisPoints) => Percentages(change, "Late cancellation fee"),
        nameof(Contract.LateFeeFixedMinor) => change.ShownAsMoney("Late cancellation fee", currency),
        nameof(Contract.NoShowFeeMinor) => change.ShownAsMoney("No-show fee", currency),
        _ => change with { Field = AuditText.Words(change.Field) },
    };

    private static FieldChange Percentages(FieldChange change, string label) =>
        change.Shown(label, value => int.TryParse(value, CultureInfo.InvariantCulture, out var basisPoints)
            ? Percentage.FromBasisPoints(basisPoints).ToString()
            : value);

    private static FieldChange Dates(FieldChange change, string label) =>
        change.Shown(label, value => DateOnly.TryParse(value, CultureInfo.InvariantCulture, out var date) ? ContractTermFields.DateText(date) : value);

    private static FieldChange Times(FieldChange change, string label) =>
        change.Shown(label, value => DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var utc)
            ? ContractTermFields.UtcText(utc)
            : value);
}
