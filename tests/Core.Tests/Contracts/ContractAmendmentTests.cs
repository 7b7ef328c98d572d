using CarRentalGateway.Core.Contracts;
using static CarRentalGateway.Core.Tests.Contracts.ContractExamples;

namespace CarRentalGateway.Core.Tests.Contracts;

/// <summary>A change to a contract in force is a new version, drafted from the current terms.</summary>
public sealed class ContractAmendmentTests
{
    [Fact]
    public void Amending_drafts_the_next_version_of_the_same_contract_with_the_same_terms()
    {
        var book = new List<Contract>();
        var original = Active(book, 4, "2026-04-01", "2027-03-31");
        var id = Guid.NewGuid();

        var amended = original.Amend(id, book, Today);

        Assert.True(amended.Succeeded, amended.Error);
        var amendment = amended.Value;
        Assert.Equal((id, SupplierId, 4, 2), (amendment.Id, amendment.SupplierId, amendment.Number, amendment.VersionNumber));
        Assert.Equal(ContractStatus.Draft, amendment.Status);
        Assert.Equal(original.Terms, amendment.Terms);
        Assert.Equal("#4 v2", amendment.Label);
        Assert.Null(amendment.ApprovedBy);
        Assert.Null(amendment.ApprovedAtUtc);
        Assert.Equal(ContractStatus.Active, original.Status);
    }

    [Fact]
    public void The_terms_of_a_net_rate_contract_with_a_fixed_late_fee_are_copied_too()
    {
        var book = new List<Contract>();
        var original = Draft(1, NetRateTerms() with { PaymentTermsDays = 14, Notes = "Airport stations only." });
        book.Add(original);
        Approve(original, book);

        var amendment = Amendment(original, book);

        Assert.Equal(original.Terms, amendment.Terms);
        Assert.Equal(NetRateTerms() with { PaymentTermsDays = 14, Notes = "Airport stations only." }, amendment.Terms);
    }

    [Fact]
    public void Version_numbers_increase_with_each_approved_amendment()
    {
        var book = new List<Contract>();
        var v1 = Active(book, 1, "2026-04-01", "2027-03-31");
        var v2 = Amendment(v1, book);
        Approve(v2, book);
        var v3 = Amendment(v2, book);
        Approve(v3, book);
        var v4 = Amendment(v3, book);

        Assert.Equal([1, 2, 3, 4], book.Select(c => c.VersionNumber));
        Assert.Equal(
            [ContractStatus.Superseded, ContractStatus.Superseded, ContractStatus.Active, ContractStatus.Draft],
            book.Select(c => c.Status));
        Assert.All(book, c => Assert.Equal(1, c.Number));
        Assert.Equal("#1 v4", v4.Label);
    }

    [Fact]
    public void Version_numbers_count_within_one_contract_number_only()
    {
        var book = new List<Contract>();
        var first = Active(book, 1, "2026-04-01", "2026-09-30");
        Approve(Amendment(first, book), book);
        var second = Active(book, 2, "2026-10-01", "2027-03-31");

        var amendment = Amendment(second, book);

        Assert.Equal((2, 2), (amendment.Number, amendment.VersionNumber));
    }

    [Fact]
    public void Only_one_amendment_of_a_contract_is_drafted_at_a_time()
    {
        var book = new List<Contract>();
        var original = Active(book, 1, "2026-04-01", "2027-03-31");
        Amendment(original, book);

        var second = original.Amend(Guid.NewGuid(), book, Today);

        Assert.True(second.Failed);
        Assert.Equal("Version 2 of this contract is already being drafted: finish or delete it first.", second.Error);
        Assert.Equal(2, book.Count);
    }

    [Fact]
    public void A_draft_amendment_of_another_contract_does_not_block_an_amendment()
    {
        var book = new List<Contract>();
        var first = Active(book, 1, "2026-04-01", "2026-09-30");
        var second = Active(book, 2, "2026-10-01", "2027-03-31");
        Amendment(first, book);

        Assert.True(second.Amend(Guid.NewGuid(), book, Today).Succeeded);
    }

    [Fact]
    public void A_contract_can_be_amended_on_its_last_day()
    {
        var book = new List<Contract>();
        var original = Active(book, 1, "2025-04-01", "2026-03-14");

        Assert.True(original.Amend(Guid.NewGuid(), book, Today).Succeeded);
    }

    [Fact]
    public void A_contract_approved_for_a_later_start_can_be_amended_before_it_starts()
    {
        var book = new List<Contract>();
        var future = Active(book, 1, "2026-06-01", "2027-05-31");

        Assert.True(future.Amend(Guid.NewGuid(), book, Today).Succeeded);
    }

    [Fact]
    public void An_expired_contract_cannot_be_amended()
    {
        var book = new List<Contract>();
        var expired = Active(book, 1, "2025-04-01", "2026-03-13");

        var amended = expired.Amend(Guid.NewGuid(), book, Today);

        Assert.True(amended.Failed);
        Assert.Equal("Only a contract in force can be amended; this version is Expired.", amended.Error);
    }

    [Fact]
    public void Drafts_terminated_and_superseded_versions_cannot_be_amended()
    {
        var book = new List<Contract>();
        var draft = Draft(1, "2026-04-01", "2026-06-30");
        book.Add(draft);
        var terminated = Active(book, 2, "2026-07-01", "2026-09-30");
        Terminate(terminated, "2026-08-01");
        var superseded = Active(book, 3, "2026-10-01", "2027-03-31");
        Approve(Amendment(superseded, book), book);

        Assert.Equal(
            "Only a contract in force can be amended; this version is Draft.", draft.Amend(Guid.NewGuid(), book, Today).Error);
        Assert.Equal(
            "Only a contract in force can be amended; this version is Terminated.", terminated.Amend(Guid.NewGuid(), book, Today).Error);
        Assert.Equal(
            "Only a contract in force can be amended; this version is Superseded.", superseded.Amend(Guid.NewGuid(), book, Today).Error);
    }
}
