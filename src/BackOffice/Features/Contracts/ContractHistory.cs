using System.Globalization;
using CarRentalGateway.BackOffice.Components.Shared;
using CarRentalGateway.BackOffice.Data.Auditing;
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
        nameof(Contract.PaymentTermsDays) => Values(change, "Payment terms", days => $"{days} days"),
        nameof(Contract.Model) => Values(change, "Commercial model", model =>
            Enum.TryParse<CommercialModel>(model, out var parsed) ? ContractTermFields.ModelText(parsed) : model),
        nameof(Contract.CommissionBasisPoints) => Percentages(change, "Commission"),
        nameof(Contract.MinimumMarginBasisPoints) => Percentages(change, "Minimum margin"),
        nameof(Contract.FreeCancellationHours) => Values(change, "Free cancellation", hours => $"until {hours} h before pick-up"),
        nameof(Contract.LateFeeKind) => Values(change, "Late cancellation fee as", kind => kind == nameof(LateFeeKind.Fixed) ? "a fixed amount" : "a percentage"),
        nameof(Contract.LateFeeBasisPoints) => Percentages(change, "Late cancellation fee"),
        nameof(Contract.LateFeeFixedMinor) => Amounts(change, "Late cancellation fee", currency),
        nameof(Contract.NoShowFeeMinor) => Amounts(change, "No-show fee", currency),
        _ => change with { Field = AuditTrailView.Readable(change.Field) },
    };

    private static FieldChange Values(FieldChange change, string label, Func<string, string> text) =>
        new(label, change.Old is null ? null : text(change.Old), change.New is null ? null : text(change.New));

    private static FieldChange Percentages(FieldChange change, string label) =>
        Values(change, label, value => int.TryParse(value, CultureInfo.InvariantCulture, out var basisPoints)
            ? Percentage.FromBasisPoints(basisPoints).ToString()
            : value);

    private static FieldChange Amounts(FieldChange change, string label, string currency) =>
        Values(change, label, value => long.TryParse(value, CultureInfo.InvariantCulture, out var minor) && Currencies.IsKnown(currency)
            ? Money.Of(minor, currency).ToString()
            : value);

    private static FieldChange Dates(FieldChange change, string label) =>
        Values(change, label, value => DateOnly.TryParse(value, CultureInfo.InvariantCulture, out var date) ? ContractTermFields.DateText(date) : value);

    private static FieldChange Times(FieldChange change, string label) =>
        Values(change, label, value => DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var utc)
            ? ContractTermFields.UtcText(utc)
            : value);
}
