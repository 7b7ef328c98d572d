using CarRentalGateway.Core.Contracts;
using static CarRentalGateway.Core.Tests.Contracts.ContractExamples;

namespace CarRentalGateway.Core.Tests.Contracts;

/// <summary>Expired is never stored: it follows from the end date and today.</summary>
public sealed class ContractExpiryTests
{
    [Fact]
    public void On_its_last_day_a_contract_is_active_with_0_days_to_expiry()
    {
        var book = new List<Contract>();
        var contract = Active(book, 1, "2025-04-01", "2026-03-14");

        Assert.Equal(ContractStatus.Active, contract.StatusOn(Today));
        Assert.Equal(0, contract.DaysToExpiry(Today));
    }

    [Fact]
    public void The_day_after_its_last_day_a_contract_is_expired_with_no_days_to_expiry()
    {
        var book = new List<Contract>();
        var contract = Active(book, 1, "2025-04-01", "2026-03-14");
        var tomorrow = Today.AddDays(1);

        Assert.Equal(ContractStatus.Expired, contract.StatusOn(tomorrow));
        Assert.Null(contract.DaysToExpiry(tomorrow));
        Assert.Equal(ContractStatus.Active, contract.Status);
    }

    [Theory]
    [InlineData("2026-03-15", 1)]
    [InlineData("2026-04-13", 30)]
    [InlineData("2027-03-14", 365)]
    public void Days_to_expiry_count_from_today_to_the_last_day(string validTo, int days)
    {
        var book = new List<Contract>();
        var contract = Active(book, 1, "2026-01-01", validTo);

        Assert.Equal(days, contract.DaysToExpiry(Today));
    }

    [Fact]
    public void A_contract_approved_to_start_later_is_active_and_counts_down_to_its_last_day()
    {
        var book = new List<Contract>();
        var contract = Active(book, 1, "2026-04-01", "2026-04-30");

        Assert.Equal(ContractStatus.Active, contract.StatusOn(Today));
        Assert.Equal(47, contract.DaysToExpiry(Today));
    }

    [Fact]
    public void A_draft_past_its_end_date_is_still_a_draft_with_no_days_to_expiry()
    {
        var draft = Draft(1, "2025-01-01", "2025-12-31");

        Assert.Equal(ContractStatus.Draft, draft.StatusOn(Today));
        Assert.Null(draft.DaysToExpiry(Today));
    }

    [Fact]
    public void Terminated_and_superseded_versions_keep_their_status_and_have_no_days_to_expiry()
    {
        var book = new List<Contract>();
        var terminated = Active(book, 1, "2026-04-01", "2026-06-30");
        Terminate(terminated, "2026-05-01");
        var superseded = Active(book, 2, "2026-07-01", "2027-06-30");
        Approve(Amendment(superseded, book), book);

        Assert.Equal((ContractStatus.Terminated, (int?)null), (terminated.StatusOn(Today), terminated.DaysToExpiry(Today)));
        Assert.Equal((ContractStatus.Superseded, (int?)null), (superseded.StatusOn(Today), superseded.DaysToExpiry(Today)));
        Assert.Equal(ContractStatus.Terminated, terminated.StatusOn(Day("2027-01-01")));
    }

    [Fact]
    public void An_expired_contract_still_covers_its_days_for_bookings_picked_up_then()
    {
        var book = new List<Contract>();
        var contract = Active(book, 1, "2025-04-01", "2026-03-13");

        Assert.Equal(ContractStatus.Expired, contract.StatusOn(Today));
        Assert.True(contract.Covers(Day("2026-03-13")));
        Assert.False(contract.Covers(Today));
    }
}
