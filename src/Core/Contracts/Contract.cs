using CarRentalGateway.Core.Common;

namespace CarRentalGateway.Core.Contracts;

/// <summary>
/// One version of a commercial agreement with a supplier. Contract <see cref="Number"/> n of a supplier has
/// versions 1, 2, …: an amendment drafts the next version, and approving it supersedes the one in force.
/// </summary>
public sealed class Contract
{
    public const int TerminationReasonMaxLength = 500;
    public const int UserNameMaxLength = 256;

    // Materialization by EF Core, which sets the properties itself.
    private Contract() => Currency = "";

    private Contract(Guid id, Guid supplierId, int number, int versionNumber, ContractTerms terms)
    {
        Id = id;
        SupplierId = supplierId;
        Number = number;
        VersionNumber = versionNumber;
        Status = ContractStatus.Draft;
        Currency = terms.Currency;
        Apply(terms);
    }

    public Guid Id { get; private set; }

    public Guid SupplierId { get; private set; }

    /// <summary>The agreement's number among the supplier's contracts (1, 2, …); shared by all its versions.</summary>
    public int Number { get; private set; }

    /// <summary>1 for the original, 2 for the first amendment, and so on.</summary>
    public int VersionNumber { get; private set; }

    /// <summary>As stored: never <see cref="ContractStatus.Expired"/>, which <see cref="StatusOn"/> derives.</summary>
    public ContractStatus Status { get; private set; }

    public DateOnly ValidFrom { get; private set; }

    public DateOnly ValidTo { get; private set; }

    public string Currency { get; private set; }

    public int PaymentTermsDays { get; private set; }

    public CommercialModel Model { get; private set; }

    public int? CommissionBasisPoints { get; private set; }

    public int? MinimumMarginBasisPoints { get; private set; }

    public int FreeCancellationHours { get; private set; }

    public LateFeeKind LateFeeKind { get; private set; }

    public int? LateFeeBasisPoints { get; private set; }

    public long? LateFeeFixedMinor { get; private set; }

    public long NoShowFeeMinor { get; private set; }

    public string? Notes { get; private set; }

    public string? ApprovedBy { get; private set; }

    public DateTime? ApprovedAtUtc { get; private set; }

    public string? TerminationReason { get; private set; }

    /// <summary>The first day the terminated contract no longer covers.</summary>
    public DateOnly? TerminationEffectiveDate { get; private set; }

    public string? TerminatedBy { get; private set; }

    public DateTime? TerminatedAtUtc { get; private set; }

    public DateRange Validity => DateRange.Create(ValidFrom, ValidTo).Value;

    public ContractTerms Terms => new(
        Validity,
        Currency,
        PaymentTermsDays,
        Model,
        CommissionBasisPoints is { } commission ? Percentage.FromBasisPoints(commission) : null,
        MinimumMarginBasisPoints is { } margin ? Percentage.FromBasisPoints(margin) : null,
        new CancellationPolicy(
            FreeCancellationHours,
            LateFeeKind,
            LateFeeBasisPoints is { } lateFee ? Percentage.FromBasisPoints(lateFee) : null,
            LateFeeFixedMinor is { } fixedFee ? Money.Of(fixedFee, Currency) : null,
            Money.Of(NoShowFeeMinor, Currency)),
        Notes);

    /// <summary>
    /// The days this version prices bookings for: its validity while active (even once expired, for the
    /// past), cut short at the termination date; none while draft or once superseded.
    /// </summary>
    public DateRange? Coverage => Status switch
    {
        ContractStatus.Active => Validity,
        ContractStatus.Terminated when TerminationEffectiveDate is { } end && end > ValidFrom =>
            DateRange.Create(ValidFrom, Min(ValidTo, end.AddDays(-1))).Value,
        _ => null,
    };

    public static Result<Contract> Draft(Guid id, Guid supplierId, int number, ContractTerms terms)
    {
        var normalized = terms.Normalized();
        var valid = normalized.Validate();
        return valid.Failed
            ? Result.Fail<Contract>(valid.Error!, valid.Field)
            : Result.Ok(new Contract(id, supplierId, number, 1, normalized));
    }

    /// <summary>The status a person sees today: an active contract past its end date is expired.</summary>
    public ContractStatus StatusOn(DateOnly today) =>
        Status == ContractStatus.Active && ValidTo < today ? ContractStatus.Expired : Status;

    public bool Covers(DateOnly day) => Coverage is { } coverage && coverage.Contains(day);

    /// <summary>Days left until the end date (0 on the last day); null unless it is active today.</summary>
    public int? DaysToExpiry(DateOnly today) =>
        StatusOn(today) == ContractStatus.Active ? ValidTo.DayNumber - today.DayNumber : null;

    public Result UpdateDraft(ContractTerms terms)
    {
        if (Status != ContractStatus.Draft)
        {
            return Result.Fail("Only a draft can be edited; amend an active contract to change it.");
        }

        var normalized = terms.Normalized();
        var valid = normalized.Validate();
        if (valid.Succeeded)
        {
            Apply(normalized);
        }

        return valid;
    }

    /// <summary>
    /// Puts a draft in force. Refused when it would overlap another contract of the supplier that covers the
    /// same days; the version it amends (same number) is superseded instead.
    /// </summary>
    public Result Approve(IReadOnlyCollection<Contract> supplierContracts, string approvedBy, DateTime nowUtc, DateOnly today)
    {
        if (Status != ContractStatus.Draft)
        {
            return Result.Fail($"Only a draft can be approved; this version is {StatusOn(today)}.");
        }

        if (ValidTo < today)
        {
            return Result.Fail($"This draft ended on {ValidTo:yyyy-MM-dd}, before today: correct its validity first.", nameof(ContractTerms.Validity));
        }

        // The version in force of this same contract is superseded below, so it is no clash; any other version that
        // still covers days (one terminated while this amendment was drafted) is.
        var clash = supplierContracts
            .Where(other => other.Id != Id && !Supersedes(other) && other.Coverage is { } coverage && coverage.Overlaps(Validity))
            .OrderBy(other => other.ValidFrom)
            .FirstOrDefault();
        if (clash is not null)
        {
            return Result.Fail(
                $"It would overlap contract {clash.Label} ({clash.Coverage}), which is in force on those days. "
                + "Change the validity, or terminate the other contract first.",
                nameof(ContractTerms.Validity));
        }

        foreach (var previous in supplierContracts.Where(Supersedes))
        {
            previous.Status = ContractStatus.Superseded;
        }

        Status = ContractStatus.Active;
        ApprovedBy = approvedBy;
        ApprovedAtUtc = nowUtc;
        return Result.Ok();
    }

    /// <summary>Drafts the next version with the same terms, for an admin to change and approve.</summary>
    public Result<Contract> Amend(Guid newId, IReadOnlyCollection<Contract> versions, DateOnly today)
    {
        if (StatusOn(today) != ContractStatus.Active)
        {
            return Result.Fail<Contract>($"Only a contract in force can be amended; this version is {StatusOn(today)}.");
        }

        if (versions.FirstOrDefault(v => v.Number == Number && v.Status == ContractStatus.Draft) is { } pending)
        {
            return Result.Fail<Contract>($"Version {pending.VersionNumber} of this contract is already being drafted: finish or delete it first.");
        }

        var next = versions.Where(v => v.Number == Number).Max(v => v.VersionNumber) + 1;
        return Result.Ok(new Contract(newId, SupplierId, Number, next, Terms));
    }

    /// <summary>Ends a contract early: from <paramref name="effectiveDate"/> on it prices nothing.</summary>
    public Result Terminate(string reason, DateOnly effectiveDate, string terminatedBy, DateTime nowUtc, DateOnly today)
    {
        if (StatusOn(today) != ContractStatus.Active)
        {
            return Result.Fail($"Only a contract in force can be terminated; this version is {StatusOn(today)}.");
        }

        var trimmed = reason.Trim();
        if (trimmed.Length == 0)
        {
            return Result.Fail("Say why the contract is terminated.", nameof(TerminationReason));
        }

        if (trimmed.Length > TerminationReasonMaxLength)
        {
            return Result.Fail($"The reason is at most {TerminationReasonMaxLength} characters.", nameof(TerminationReason));
        }

        if (effectiveDate < today)
        {
            return Result.Fail("The termination cannot take effect in the past: bookings were priced with this contract.", nameof(TerminationEffectiveDate));
        }

        if (effectiveDate > ValidTo)
        {
            return Result.Fail($"The contract ends on {ValidTo:yyyy-MM-dd} anyway: choose an effective date up to that day.", nameof(TerminationEffectiveDate));
        }

        Status = ContractStatus.Terminated;
        TerminationReason = trimmed;
        TerminationEffectiveDate = effectiveDate;
        TerminatedBy = terminatedBy;
        TerminatedAtUtc = nowUtc;
        return Result.Ok();
    }

    /// <summary>"#2 v3": the number and version staff quote to each other.</summary>
    public string Label => LabelOf(Number, VersionNumber);

    /// <summary>What of this version prices a trip.</summary>
    public Pricing.ContractPricingTerms PricingTerms => new(Label, Model, CommissionBasisPoints, MinimumMarginBasisPoints);

    public static string LabelOf(int number, int versionNumber) => $"#{number} v{versionNumber}";

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    /// <summary>Whether approving this version replaces <paramref name="other"/>: the active version of the same contract.</summary>
    private bool Supersedes(Contract other) => other.Number == Number && other.Id != Id && other.Status == ContractStatus.Active;

    private void Apply(ContractTerms terms)
    {
        ValidFrom = terms.Validity.From;
        ValidTo = terms.Validity.To;
        Currency = terms.Currency;
        PaymentTermsDays = terms.PaymentTermsDays;
        Model = terms.Model;
        CommissionBasisPoints = terms.CommissionPercent?.BasisPoints;
        MinimumMarginBasisPoints = terms.MinimumMarginPercent?.BasisPoints;
        FreeCancellationHours = terms.Cancellation.FreeCancellationHours;
        LateFeeKind = terms.Cancellation.LateFeeKind;
        LateFeeBasisPoints = terms.Cancellation.LateFeePercent?.BasisPoints;
        LateFeeFixedMinor = terms.Cancellation.LateFeeFixed?.MinorUnits;
        NoShowFeeMinor = terms.Cancellation.NoShowFee.MinorUnits;
        Notes = terms.Notes;
    }
}
