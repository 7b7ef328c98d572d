using CarRentalGateway.Core.Contracts;
using static CarRentalGateway.Core.Tests.Contracts.ContractExamples;

namespace CarRentalGateway.Core.Tests.Contracts;

/// <summary>Ending a contract early: with a reason, from an effective date on which it no longer prices anything.</summary>
public sealed class ContractTerminationTests
{
    private static Contract InForce(string from = "2026-01-01", string to = "2026-12-31") => Active([], 1, from, to);

    [Fact]
    public void Terminating_records_the_reason_the_effective_date_who_and_when()
    {
        var contract = InForce();

        var terminated = contract.Terminate("  Supplier sold its fleet.\n", Day("2026-07-01"), Ann, NowUtc, Today);

        Assert.True(terminated.Succeeded, terminated.Error);
        Assert.Equal(ContractStatus.Terminated, contract.Status);
        Assert.Equal(ContractStatus.Terminated, contract.StatusOn(Today));
        Assert.Equal("Supplier sold its fleet.", contract.TerminationReason);
        Assert.Equal(Day("2026-07-01"), contract.TerminationEffectiveDate);
        Assert.Equal(Ann, contract.TerminatedBy);
        Assert.Equal(NowUtc, contract.TerminatedAtUtc);
    }

    [Fact]
    public void A_terminated_contract_covers_up_to_the_day_before_its_effective_date()
    {
        var contract = InForce();

        Terminate(contract, "2026-07-01");

        Assert.Equal(Range("2026-01-01", "2026-06-30"), contract.Coverage);
        Assert.True(contract.Covers(Day("2026-06-30")));
        Assert.False(contract.Covers(Day("2026-07-01")));
        Assert.Equal(Range("2026-01-01", "2026-12-31"), contract.Validity);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\t")]
    public void A_termination_without_a_reason_is_refused(string reason)
    {
        var contract = InForce();

        var terminated = contract.Terminate(reason, Day("2026-07-01"), Ann, NowUtc, Today);

        Assert.True(terminated.Failed);
        Assert.Equal("Say why the contract is terminated.", terminated.Error);
        Assert.Equal(nameof(Contract.TerminationReason), terminated.Field);
        Assert.Equal(ContractStatus.Active, contract.Status);
    }

    [Fact]
    public void A_reason_over_500_characters_is_refused()
    {
        var contract = InForce();

        var terminated = contract.Terminate(new string('r', 501), Day("2026-07-01"), Ann, NowUtc, Today);

        Assert.True(terminated.Failed);
        Assert.Equal("The reason is at most 500 characters.", terminated.Error);
        Assert.Equal(nameof(Contract.TerminationReason), terminated.Field);
        Assert.Null(contract.TerminationReason);
    }

    [Fact]
    public void A_reason_of_500_characters_with_spaces_around_is_accepted_trimmed()
    {
        var contract = InForce();

        var terminated = contract.Terminate("  " + new string('r', 500) + "  ", Day("2026-07-01"), Ann, NowUtc, Today);

        Assert.True(terminated.Succeeded, terminated.Error);
        Assert.Equal(500, contract.TerminationReason!.Length);
    }

    [Fact]
    public void A_termination_cannot_take_effect_in_the_past()
    {
        var contract = InForce();

        var terminated = contract.Terminate("Fraud", Today.AddDays(-1), Ann, NowUtc, Today);

        Assert.True(terminated.Failed);
        Assert.Equal(
            "The termination cannot take effect in the past: bookings were priced with this contract.", terminated.Error);
        Assert.Equal(nameof(Contract.TerminationEffectiveDate), terminated.Field);
        Assert.Equal(ContractStatus.Active, contract.Status);
    }

    [Fact]
    public void A_termination_taking_effect_today_ends_the_coverage_yesterday()
    {
        var contract = InForce();

        Assert.True(contract.Terminate("Fraud", Today, Ann, NowUtc, Today).Succeeded);

        Assert.Equal(Range("2026-01-01", "2026-03-13"), contract.Coverage);
        Assert.False(contract.Covers(Today));
    }

    [Fact]
    public void A_termination_cannot_take_effect_after_the_contract_ends_anyway()
    {
        var contract = InForce();

        var terminated = contract.Terminate("Fraud", Day("2027-01-01"), Ann, NowUtc, Today);

        Assert.True(terminated.Failed);
        Assert.Equal("The contract ends on 2026-12-31 anyway: choose an effective date up to that day.", terminated.Error);
        Assert.Equal(nameof(Contract.TerminationEffectiveDate), terminated.Field);
    }

    [Fact]
    public void A_termination_effective_on_the_last_day_drops_only_that_day()
    {
        var contract = InForce();

        Assert.True(contract.Terminate("Fraud", Day("2026-12-31"), Ann, NowUtc, Today).Succeeded);

        Assert.Equal(Range("2026-01-01", "2026-12-30"), contract.Coverage);
    }

    [Fact]
    public void A_termination_effective_on_the_first_day_covers_nothing()
    {
        var contract = InForce("2026-04-01", "2026-12-31");

        Assert.True(contract.Terminate("Deal fell through", Day("2026-04-01"), Ann, NowUtc, Today).Succeeded);

        Assert.Null(contract.Coverage);
        Assert.False(contract.Covers(Day("2026-04-01")));
        Assert.False(contract.Covers(Day("2026-03-31")));
    }

    [Fact]
    public void A_termination_effective_before_a_future_contract_starts_covers_nothing()
    {
        var contract = InForce("2026-04-01", "2026-12-31");

        Assert.True(contract.Terminate("Deal fell through", Day("2026-03-20"), Ann, NowUtc, Today).Succeeded);

        Assert.Null(contract.Coverage);
    }

    [Fact]
    public void Only_a_contract_in_force_can_be_terminated()
    {
        var book = new List<Contract>();
        var draft = Draft(1, "2026-04-01", "2026-06-30");
        var expired = Active(book, 2, "2025-01-01", "2026-03-13");
        var terminated = Active(book, 3, "2026-07-01", "2026-12-31");
        Terminate(terminated, "2026-08-01");

        Assert.Equal(
            "Only a contract in force can be terminated; this version is Draft.",
            draft.Terminate("Fraud", Day("2026-05-01"), Ann, NowUtc, Today).Error);
        Assert.Equal(
            "Only a contract in force can be terminated; this version is Expired.",
            expired.Terminate("Fraud", Today, Ann, NowUtc, Today).Error);
        Assert.Equal(
            "Only a contract in force can be terminated; this version is Terminated.",
            terminated.Terminate("Fraud", Day("2026-07-15"), Ann, NowUtc, Today).Error);
        Assert.Equal(Day("2026-08-01"), terminated.TerminationEffectiveDate);
    }
}
