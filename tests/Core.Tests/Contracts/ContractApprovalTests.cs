using CarRentalGateway.Core.Contracts;
using static CarRentalGateway.Core.Tests.Contracts.ContractExamples;

namespace CarRentalGateway.Core.Tests.Contracts;

/// <summary>Approval puts a draft in force, never two contracts of a supplier on the same day.</summary>
public sealed class ContractApprovalTests
{
    [Fact]
    public void Approving_a_draft_puts_it_in_force_recording_who_and_when()
    {
        var draft = Draft(1, "2026-04-01", "2027-03-31");

        var approved = draft.Approve([draft], Ann, NowUtc, Today);

        Assert.True(approved.Succeeded, approved.Error);
        Assert.Equal(ContractStatus.Active, draft.Status);
        Assert.Equal(Ann, draft.ApprovedBy);
        Assert.Equal(NowUtc, draft.ApprovedAtUtc);
        Assert.Equal(Range("2026-04-01", "2027-03-31"), draft.Coverage);
    }

    [Fact]
    public void An_approved_contract_cannot_be_approved_again()
    {
        var book = new List<Contract>();
        var contract = Active(book, 1, "2026-04-01", "2027-03-31");

        var again = contract.Approve(book, "adam.admin@crg.example", NowUtc.AddHours(1), Today);

        Assert.True(again.Failed);
        Assert.Equal("Only a draft can be approved; this version is Active.", again.Error);
        Assert.Equal(Ann, contract.ApprovedBy);
    }

    [Fact]
    public void A_contract_starting_the_same_day_another_ends_overlaps_and_is_refused()
    {
        var book = new List<Contract>();
        Active(book, 1, "2026-04-01", "2026-06-30");
        var next = Draft(2, "2026-06-30", "2026-12-31");
        book.Add(next);

        var approved = next.Approve(book, Ann, NowUtc, Today);

        Assert.True(approved.Failed);
        Assert.Equal(nameof(ContractTerms.Validity), approved.Field);
        Assert.Equal(
            "It would overlap contract #1 v1 (2026-04-01 – 2026-06-30), which is in force on those days. "
            + "Change the validity, or terminate the other contract first.",
            approved.Error);
        Assert.Equal(ContractStatus.Draft, next.Status);
        Assert.Null(next.ApprovedBy);
    }

    [Fact]
    public void A_contract_starting_the_day_after_another_ends_is_accepted()
    {
        var book = new List<Contract>();
        Active(book, 1, "2026-04-01", "2026-06-30");
        var next = Draft(2, "2026-07-01", "2026-12-31");
        book.Add(next);

        var approved = next.Approve(book, Ann, NowUtc, Today);

        Assert.True(approved.Succeeded, approved.Error);
    }

    [Fact]
    public void A_contract_ending_the_same_day_another_starts_overlaps_and_is_refused()
    {
        var book = new List<Contract>();
        Active(book, 1, "2026-07-01", "2026-12-31");
        var earlier = Draft(2, "2026-04-01", "2026-07-01");
        book.Add(earlier);

        Assert.True(earlier.Approve(book, Ann, NowUtc, Today).Failed);
    }

    [Fact]
    public void A_contract_ending_the_day_before_another_starts_is_accepted()
    {
        var book = new List<Contract>();
        Active(book, 1, "2026-07-01", "2026-12-31");
        var earlier = Draft(2, "2026-04-01", "2026-06-30");
        book.Add(earlier);

        Assert.True(earlier.Approve(book, Ann, NowUtc, Today).Succeeded);
    }

    [Theory]
    [InlineData("2026-05-01", "2026-05-31")] // inside
    [InlineData("2026-01-01", "2027-12-31")] // around
    [InlineData("2026-04-01", "2026-12-31")] // the same days
    public void A_contract_inside_or_around_another_is_refused(string from, string to)
    {
        var book = new List<Contract>();
        Active(book, 1, "2026-04-01", "2026-12-31");
        var other = Draft(2, from, to);
        book.Add(other);

        Assert.True(other.Approve(book, Ann, NowUtc, Today).Failed);
    }

    [Fact]
    public void The_refusal_names_the_earliest_contract_it_would_overlap()
    {
        var book = new List<Contract>();
        Active(book, 2, "2026-10-01", "2026-12-31");
        Active(book, 1, "2026-04-01", "2026-06-30");
        var spanning = Draft(3, "2026-03-14", "2027-03-31");
        book.Add(spanning);

        var approved = spanning.Approve(book, Ann, NowUtc, Today);

        Assert.StartsWith("It would overlap contract #1 v1 (2026-04-01 – 2026-06-30)", approved.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Drafts_of_the_same_days_do_not_block_an_approval()
    {
        var book = new List<Contract> { Draft(1, "2026-04-01", "2027-03-31") };
        var other = Draft(2, "2026-04-01", "2027-03-31");
        book.Add(other);

        Assert.True(other.Approve(book, Ann, NowUtc, Today).Succeeded);
    }

    [Fact]
    public void An_expired_contract_still_blocks_its_past_days()
    {
        // Bookings picked up on those days were priced with it; a second contract there would make pricing ambiguous.
        var book = new List<Contract>();
        var expired = Active(book, 1, "2025-04-01", "2026-03-13");
        Assert.Equal(ContractStatus.Expired, expired.StatusOn(Today));
        var overlapping = Draft(2, "2026-03-01", "2027-02-28");
        var after = Draft(3, "2026-03-14", "2027-03-13");
        book.AddRange([overlapping, after]);

        Assert.True(overlapping.Approve(book, Ann, NowUtc, Today).Failed);
        Assert.True(after.Approve(book, Ann, NowUtc, Today).Succeeded);
    }

    [Fact]
    public void A_terminated_contract_blocks_only_the_days_before_its_effective_date()
    {
        var book = new List<Contract>();
        var terminated = Active(book, 1, "2026-04-01", "2026-12-31");
        Terminate(terminated, "2026-07-01");
        var fromTheDayBefore = Draft(2, "2026-06-30", "2026-12-31");
        var fromTheEffectiveDate = Draft(3, "2026-07-01", "2026-12-31");
        book.AddRange([fromTheDayBefore, fromTheEffectiveDate]);

        var refused = fromTheDayBefore.Approve(book, Ann, NowUtc, Today);
        var accepted = fromTheEffectiveDate.Approve(book, Ann, NowUtc, Today);

        Assert.True(refused.Failed);
        Assert.Contains("#1 v1 (2026-04-01 – 2026-06-30)", refused.Error, StringComparison.Ordinal);
        Assert.True(accepted.Succeeded, accepted.Error);
    }

    [Fact]
    public void A_contract_terminated_on_its_first_day_blocks_nothing()
    {
        var book = new List<Contract>();
        var terminated = Active(book, 1, "2026-04-01", "2026-12-31");
        Terminate(terminated, "2026-04-01");
        var replacement = Draft(2, "2026-04-01", "2026-12-31");
        book.Add(replacement);

        Assert.True(replacement.Approve(book, Ann, NowUtc, Today).Succeeded);
    }

    [Fact]
    public void A_draft_that_ended_before_today_is_refused()
    {
        var draft = Draft(1, "2026-01-01", "2026-03-13");

        var approved = draft.Approve([draft], Ann, NowUtc, Today);

        Assert.True(approved.Failed);
        Assert.Equal("This draft ended on 2026-03-13, before today: correct its validity first.", approved.Error);
        Assert.Equal(nameof(ContractTerms.Validity), approved.Field);
        Assert.Equal(ContractStatus.Draft, draft.Status);
    }

    [Fact]
    public void A_draft_ending_today_can_still_be_approved()
    {
        var draft = Draft(1, "2026-01-01", "2026-03-14");

        Assert.True(draft.Approve([draft], Ann, NowUtc, Today).Succeeded);
    }

    [Fact]
    public void A_draft_that_started_in_the_past_can_be_approved_for_the_days_left()
    {
        var draft = Draft(1, "2026-01-01", "2026-12-31");

        Assert.True(draft.Approve([draft], Ann, NowUtc, Today).Succeeded);
        Assert.Equal(ContractStatus.Active, draft.StatusOn(Today));
    }

    [Fact]
    public void Approving_an_amendment_supersedes_the_version_in_force_without_counting_it_as_an_overlap()
    {
        var book = new List<Contract>();
        var original = Active(book, 1, "2026-04-01", "2027-03-31");
        var amendment = Amendment(original, book);
        Assert.True(amendment.UpdateDraft(Terms("2026-04-01", "2027-06-30") with { PaymentTermsDays = 45 }).Succeeded);

        var approved = amendment.Approve(book, "adam.admin@crg.example", NowUtc.AddDays(1), Today.AddDays(1));

        Assert.True(approved.Succeeded, approved.Error);
        Assert.Equal(ContractStatus.Active, amendment.Status);
        Assert.Equal(ContractStatus.Superseded, original.Status);
        Assert.Null(original.Coverage);
        Assert.Equal(Ann, original.ApprovedBy);
        Assert.Equal("adam.admin@crg.example", amendment.ApprovedBy);
        Assert.Equal(Range("2026-04-01", "2027-06-30"), amendment.Coverage);
    }

    [Fact]
    public void An_amendment_overlapping_another_contract_is_refused_and_the_version_in_force_stays()
    {
        var book = new List<Contract>();
        var original = Active(book, 1, "2026-04-01", "2026-12-31");
        Active(book, 2, "2027-01-01", "2027-12-31");
        var amendment = Amendment(original, book);
        Assert.True(amendment.UpdateDraft(Terms("2026-04-01", "2027-01-01")).Succeeded);

        var approved = amendment.Approve(book, Ann, NowUtc, Today);

        Assert.True(approved.Failed);
        Assert.Contains("#2 v1", approved.Error, StringComparison.Ordinal);
        Assert.Equal(ContractStatus.Active, original.Status);
        Assert.Equal(ContractStatus.Draft, amendment.Status);
    }

    [Fact]
    public void An_amendment_supersedes_an_expired_version_it_extends()
    {
        // The amendment was drafted while version 1 was in force; meanwhile version 1 ran out.
        var book = new List<Contract>();
        var original = Active(book, 1, "2025-04-01", "2026-03-31");
        var amendment = Amendment(original, book);
        var later = Today.AddDays(30);
        Assert.Equal(ContractStatus.Expired, original.StatusOn(later));
        Assert.True(amendment.UpdateDraft(Terms("2025-04-01", "2027-03-31")).Succeeded);

        Approve(amendment, book, later);

        Assert.Equal(ContractStatus.Superseded, original.Status);
        Assert.Equal(ContractStatus.Active, amendment.StatusOn(later));
    }

    [Fact]
    public void An_amendment_of_a_contract_terminated_meanwhile_cannot_put_the_terminated_days_in_force_twice()
    {
        // Version 2 was drafted while version 1 was in force; then version 1 was terminated. Approving version 2
        // as drafted would leave two contracts in force on April to June (ContractFor would throw).
        var book = new List<Contract>();
        var original = Active(book, 1, "2026-04-01", "2026-12-31");
        var amendment = Amendment(original, book);
        Terminate(original, "2026-07-01");

        var approved = amendment.Approve(book, Ann, NowUtc, Today);

        Assert.True(approved.Failed, "Two versions of one contract were put in force on the same days.");
        Assert.Equal(nameof(ContractTerms.Validity), approved.Field);
        Assert.StartsWith("It would overlap contract #1 v1 (2026-04-01 – 2026-06-30)", approved.Error, StringComparison.Ordinal);
        Assert.Equal(ContractStatus.Terminated, original.Status);
        Assert.Equal(ContractStatus.Draft, amendment.Status);
        Assert.True(ContractSelection.ContractFor("Sixt Estonia", book, Day("2026-05-01")).Succeeded);
    }

    [Fact]
    public void An_amendment_of_a_terminated_contract_may_take_over_from_the_effective_date()
    {
        var book = new List<Contract>();
        var original = Active(book, 1, "2026-04-01", "2026-12-31");
        var amendment = Amendment(original, book);
        Terminate(original, "2026-07-01");
        Assert.True(amendment.UpdateDraft(Terms("2026-07-01", "2026-12-31")).Succeeded);

        Approve(amendment, book);

        Assert.Equal(ContractStatus.Terminated, original.Status);
        Assert.Same(original, ContractSelection.ContractFor("Sixt Estonia", book, Day("2026-06-30")).Value);
        Assert.Same(amendment, ContractSelection.ContractFor("Sixt Estonia", book, Day("2026-07-01")).Value);
    }
}
