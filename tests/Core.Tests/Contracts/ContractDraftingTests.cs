using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Contracts;
using static CarRentalGateway.Core.Tests.Contracts.ContractExamples;

namespace CarRentalGateway.Core.Tests.Contracts;

/// <summary>Drafting and editing: the terms are checked together, and only a draft can be edited.</summary>
public sealed class ContractDraftingTests
{
    /// <summary>Each way the terms can be wrong, and the field the refusal names.</summary>
    private static readonly Dictionary<string, (Func<ContractTerms, ContractTerms> Spoil, string Field)> InvalidTerms = new()
    {
        ["a validity longer than ten years"] = (t => t with { Validity = Range("2026-04-01", "2036-04-08") }, nameof(ContractTerms.Validity)),
        ["an unknown currency"] = (t => t with { Currency = "EUX" }, nameof(ContractTerms.Currency)),
        ["no currency"] = (t => t with { Currency = " " }, nameof(ContractTerms.Currency)),
        ["negative payment terms"] = (t => t with { PaymentTermsDays = -1 }, nameof(ContractTerms.PaymentTermsDays)),
        ["payment terms over 180 days"] = (t => t with { PaymentTermsDays = 181 }, nameof(ContractTerms.PaymentTermsDays)),
        ["a commission contract without a commission"] = (t => t with { CommissionPercent = null }, nameof(ContractTerms.CommissionPercent)),
        ["a commission of 0 %"] = (t => t with { CommissionPercent = Percent(0) }, nameof(ContractTerms.CommissionPercent)),
        ["a commission of 100 %"] = (t => t with { CommissionPercent = Percent(100) }, nameof(ContractTerms.CommissionPercent)),
        ["a net-rate contract without a minimum margin"] = (
            t => t with { Model = CommercialModel.NetRate, MinimumMarginPercent = null }, nameof(ContractTerms.MinimumMarginPercent)),
        ["notes over 2000 characters"] = (t => t with { Notes = new string('n', 2001) }, nameof(ContractTerms.Notes)),
        ["negative free-cancellation hours"] = (
            t => t with { Cancellation = t.Cancellation with { FreeCancellationHours = -1 } }, nameof(CancellationPolicy.FreeCancellationHours)),
        ["free cancellation more than a year ahead"] = (
            t => t with { Cancellation = t.Cancellation with { FreeCancellationHours = 8761 } }, nameof(CancellationPolicy.FreeCancellationHours)),
        ["a percentage late fee without the percentage"] = (
            t => t with { Cancellation = t.Cancellation with { LateFeePercent = null } }, nameof(CancellationPolicy.LateFeePercent)),
        ["a fixed late fee without the amount"] = (
            t => t with { Cancellation = t.Cancellation with { LateFeeKind = LateFeeKind.Fixed, LateFeeFixed = null } },
            nameof(CancellationPolicy.LateFeeFixed)),
        ["a fixed late fee in another currency"] = (
            t => t with { Cancellation = t.Cancellation with { LateFeeKind = LateFeeKind.Fixed, LateFeeFixed = Money.Of(3500, "SEK") } },
            nameof(CancellationPolicy.LateFeeFixed)),
        ["a negative fixed late fee"] = (
            t => t with { Cancellation = t.Cancellation with { LateFeeKind = LateFeeKind.Fixed, LateFeeFixed = Eur(-1) } },
            nameof(CancellationPolicy.LateFeeFixed)),
        ["a no-show fee in another currency"] = (
            t => t with { Cancellation = t.Cancellation with { NoShowFee = Money.Of(5000, "USD") } }, nameof(CancellationPolicy.NoShowFee)),
        ["a negative no-show fee"] = (
            t => t with { Cancellation = t.Cancellation with { NoShowFee = Eur(-0.01m) } }, nameof(CancellationPolicy.NoShowFee)),
    };

    /// <summary>Values on the edge of each rule that are still allowed.</summary>
    private static readonly Dictionary<string, Func<ContractTerms, ContractTerms>> EdgeTerms = new()
    {
        ["a validity of exactly 3660 days"] = t => t with { Validity = Range("2026-04-01", "2036-04-07") },
        ["a validity of one day"] = t => t with { Validity = Range("2026-04-01", "2026-04-01") },
        ["payment terms of 0 days"] = t => t with { PaymentTermsDays = 0 },
        ["payment terms of 180 days"] = t => t with { PaymentTermsDays = 180 },
        ["a commission of 0.01 %"] = t => t with { CommissionPercent = Percent(0.01m) },
        ["a commission of 99.99 %"] = t => t with { CommissionPercent = Percent(99.99m) },
        ["a net-rate minimum margin of 0 %"] = t => t with { Model = CommercialModel.NetRate, MinimumMarginPercent = Percent(0) },
        ["notes of 2000 characters with spaces around"] = t => t with { Notes = "  " + new string('n', 2000) + "\n" },
        ["free cancellation 0 hours before"] = t => t with { Cancellation = t.Cancellation with { FreeCancellationHours = 0 } },
        ["free cancellation 8760 hours before"] = t => t with { Cancellation = t.Cancellation with { FreeCancellationHours = 8760 } },
        ["a late fee of 0 %"] = t => t with { Cancellation = t.Cancellation with { LateFeePercent = Percent(0) } },
        ["a fixed late fee of 0.00"] = t => t with { Cancellation = t.Cancellation with { LateFeeKind = LateFeeKind.Fixed, LateFeeFixed = Eur(0) } },
        ["a no-show fee of 0.00"] = t => t with { Cancellation = t.Cancellation with { NoShowFee = Eur(0) } },
    };

    public static TheoryData<string> InvalidTermCases() => new(InvalidTerms.Keys);

    public static TheoryData<string> EdgeTermCases() => new(EdgeTerms.Keys);

    [Fact]
    public void A_new_draft_is_version_1_of_its_number_with_its_terms()
    {
        var id = Guid.NewGuid();

        var drafted = Contract.Draft(id, SupplierId, 3, Terms());

        Assert.True(drafted.Succeeded, drafted.Error);
        var contract = drafted.Value;
        Assert.Equal((id, SupplierId, 3, 1), (contract.Id, contract.SupplierId, contract.Number, contract.VersionNumber));
        Assert.Equal(ContractStatus.Draft, contract.Status);
        Assert.Equal("#3 v1", contract.Label);
        Assert.Equal(Terms(), contract.Terms);
        Assert.Null(contract.ApprovedBy);
        Assert.Null(contract.ApprovedAtUtc);
    }

    [Theory, MemberData(nameof(InvalidTermCases))]
    public void Drafting_with_invalid_terms_is_refused_naming_the_field_at_fault(string invalid)
    {
        var (spoil, field) = InvalidTerms[invalid];

        var drafted = Contract.Draft(Guid.NewGuid(), SupplierId, 1, spoil(Terms()));

        Assert.True(drafted.Failed, $"Terms with {invalid} were accepted.");
        Assert.Equal(field, drafted.Field);
        Assert.False(string.IsNullOrWhiteSpace(drafted.Error));
    }

    [Theory, MemberData(nameof(EdgeTermCases))]
    public void Drafting_with_terms_on_the_edge_of_a_rule_is_accepted(string edge)
    {
        var drafted = Contract.Draft(Guid.NewGuid(), SupplierId, 1, EdgeTerms[edge](Terms()));

        Assert.True(drafted.Succeeded, drafted.Error);
    }

    [Theory]
    [InlineData(-1, "Payment terms are 0 to 180 days.")]
    [InlineData(181, "Payment terms are 0 to 180 days.")]
    public void The_refusal_says_the_allowed_range(int paymentTermsDays, string error)
    {
        var drafted = Contract.Draft(Guid.NewGuid(), SupplierId, 1, Terms() with { PaymentTermsDays = paymentTermsDays });

        Assert.Equal(error, drafted.Error);
    }

    [Fact]
    public void A_commission_contract_keeps_no_minimum_margin()
    {
        var contract = Draft(1, Terms() with { MinimumMarginPercent = Percent(8) });

        Assert.Equal(Percent(15), contract.Terms.CommissionPercent);
        Assert.Null(contract.Terms.MinimumMarginPercent);
        Assert.Null(contract.MinimumMarginBasisPoints);
    }

    [Fact]
    public void A_net_rate_contract_keeps_no_commission()
    {
        var contract = Draft(1, NetRateTerms() with { CommissionPercent = Percent(15) });

        Assert.Equal(Percent(8), contract.Terms.MinimumMarginPercent);
        Assert.Null(contract.Terms.CommissionPercent);
        Assert.Null(contract.CommissionBasisPoints);
    }

    [Fact]
    public void A_stale_percentage_of_the_other_model_is_dropped_before_it_is_checked()
    {
        // Switching a draft from commission to net rate leaves the old commission in the form; it must not block saving.
        var drafted = Contract.Draft(Guid.NewGuid(), SupplierId, 1, NetRateTerms() with { CommissionPercent = Percent(100) });

        Assert.True(drafted.Succeeded, drafted.Error);
        Assert.Null(drafted.Value.Terms.CommissionPercent);
    }

    [Fact]
    public void Only_the_late_fee_of_the_chosen_kind_is_kept()
    {
        var percent = Draft(1, Terms() with { Cancellation = Terms().Cancellation with { LateFeeFixed = Eur(35) } });
        var fixedFee = Draft(2, NetRateTerms() with { Cancellation = NetRateTerms().Cancellation with { LateFeePercent = Percent(20) } });

        Assert.Equal((Percent(20), (Money?)null), (percent.Terms.Cancellation.LateFeePercent, percent.Terms.Cancellation.LateFeeFixed));
        Assert.Equal(((Percentage?)null, Eur(35)), (fixedFee.Terms.Cancellation.LateFeePercent, fixedFee.Terms.Cancellation.LateFeeFixed));
    }

    [Fact]
    public void The_currency_is_trimmed_and_upper_cased_and_blank_notes_are_none()
    {
        var contract = Draft(1, Terms() with { Currency = " eur ", Notes = " \n " });

        Assert.Equal("EUR", contract.Currency);
        Assert.Null(contract.Notes);
    }

    [Fact]
    public void Notes_are_kept_without_surrounding_spaces()
    {
        var contract = Draft(1, Terms() with { Notes = "  Winter tyres included.\n" });

        Assert.Equal("Winter tyres included.", contract.Notes);
    }

    [Fact]
    public void Normalising_terms_that_are_already_normal_changes_nothing()
    {
        var normal = Terms().Normalized();

        Assert.Equal(normal, normal.Normalized());
    }

    [Fact]
    public void A_draft_takes_new_terms_checked_and_normalised()
    {
        var contract = Draft(1, "2026-04-01", "2027-03-31");

        var updated = contract.UpdateDraft(NetRateTerms("2026-05-01", "2026-12-31") with { CommissionPercent = Percent(15), Notes = " New " });

        Assert.True(updated.Succeeded, updated.Error);
        Assert.Equal(NetRateTerms("2026-05-01", "2026-12-31") with { Notes = "New" }, contract.Terms);
        Assert.Equal(ContractStatus.Draft, contract.Status);
        Assert.Equal(1, contract.VersionNumber);
    }

    [Fact]
    public void Refused_terms_leave_the_draft_as_it_was()
    {
        var contract = Draft(1, "2026-04-01", "2027-03-31");

        var updated = contract.UpdateDraft(Terms("2026-05-01", "2026-12-31") with { PaymentTermsDays = 365 });

        Assert.True(updated.Failed);
        Assert.Equal(nameof(ContractTerms.PaymentTermsDays), updated.Field);
        Assert.Equal(Terms(), contract.Terms);
    }

    [Fact]
    public void An_active_contract_cannot_be_edited_only_amended()
    {
        var book = new List<Contract>();
        var contract = Active(book, 1, "2026-04-01", "2027-03-31");

        var updated = contract.UpdateDraft(Terms() with { PaymentTermsDays = 60 });

        Assert.True(updated.Failed);
        Assert.Equal("Only a draft can be edited; amend an active contract to change it.", updated.Error);
        Assert.Equal(30, contract.PaymentTermsDays);
    }

    [Fact]
    public void Terminated_and_superseded_versions_cannot_be_edited()
    {
        var book = new List<Contract>();
        var terminated = Active(book, 1, "2026-04-01", "2026-06-30");
        Terminate(terminated, "2026-05-01");
        var superseded = Active(book, 2, "2026-07-01", "2027-06-30");
        Approve(Amendment(superseded, book), book);

        Assert.Equal(ContractStatus.Superseded, superseded.Status);
        Assert.True(terminated.UpdateDraft(Terms("2026-04-01", "2026-06-30")).Failed);
        Assert.True(superseded.UpdateDraft(Terms("2026-07-01", "2027-06-30")).Failed);
    }
}
