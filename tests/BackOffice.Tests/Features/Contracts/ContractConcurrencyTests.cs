using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Features.Contracts;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using CarRentalGateway.Core.Contracts;
using Microsoft.EntityFrameworkCore;
using static CarRentalGateway.BackOffice.Tests.Features.Contracts.ContractForms;
using static CarRentalGateway.BackOffice.Tests.Features.Suppliers.SupplierForms;

namespace CarRentalGateway.BackOffice.Tests.Features.Contracts;

/// <summary>
/// Two admins working on one supplier's contracts: a change from a stale version is refused naming who got in
/// first, and two changes checked against the same contract book cannot both be saved.
/// </summary>
public sealed class ContractConcurrencyTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory, AllProviders]
    public async Task A_draft_changed_meanwhile_is_not_overwritten_and_the_message_names_who_changed_it(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE"));
        var id = await app.DraftAsync("SIXT-EE", Commission("2026-04-01", "2027-03-31"));
        var annSees = await app.FindContractAsync(id, by: TestUser.Ann);
        var adamSees = await app.FindContractAsync(id, by: TestUser.Adam);
        await using var ann = app.As(TestUser.Ann);
        await using var adam = app.As(TestUser.Adam);
        app.Clock.Advance(TimeSpan.FromMinutes(5));

        var first = await ann.Contracts().UpdateDraftAsync(id, ContractForm.From(annSees).With(f => f.PaymentTermsDays = 45), None);
        var second = await adam.Contracts().UpdateDraftAsync(id, ContractForm.From(adamSees).With(f => f.CommissionPercent = 12m), None);

        Assert.True(first.Succeeded, first.Error);
        Assert.True(second.Failed, "A save from a stale version overwrote someone else's change.");
        Assert.Equal(
            "The contracts of SIXT-EE were changed by ann.admin@crg.example (at 09:31 UTC) while you were working, so this was not saved. "
            + "Your input is still here: reload to see their change, then try again.",
            second.Error);
        Assert.Equal(nameof(ContractForm.Version), second.Field);
        var now = await app.FindContractAsync(id);
        Assert.Equal((45, 1500), (now.Terms.PaymentTermsDays, now.Terms.CommissionPercent!.Value.BasisPoints));
    }

    [Theory, AllProviders]
    public async Task A_draft_changed_meanwhile_is_not_approved_from_the_version_the_approver_read(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE"));
        var id = await app.DraftAsync("SIXT-EE", Commission("2026-04-01", "2027-03-31"));
        var adamSees = await app.FindContractAsync(id, by: TestUser.Adam);
        await using var ann = app.As(TestUser.Ann);
        await using var adam = app.As(TestUser.Adam);
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.True((await ann.Contracts().UpdateDraftAsync(id, ContractForm.From(adamSees).With(f => f.CommissionPercent = 5m), None)).Succeeded);

        // Adam approves the 15 % he read; the draft now says 5 %.
        var approved = await adam.Contracts().ApproveAsync(id, adamSees.Version, None);

        Assert.True(approved.Failed, "Terms the approver never saw were put in force.");
        Assert.Contains("changed by ann.admin@crg.example (at 09:31 UTC)", approved.Error, StringComparison.Ordinal);
        var now = await app.FindContractAsync(id);
        Assert.Equal(ContractStatus.Draft, now.Status);
        Assert.Null(now.ApprovedBy);
    }

    [Theory, AllProviders]
    public async Task A_stale_delete_of_a_draft_is_refused_and_the_draft_stays(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE"));
        var id = await app.DraftAsync("SIXT-EE", Commission("2026-04-01", "2027-03-31"));
        var adamSees = await app.FindContractAsync(id, by: TestUser.Adam);
        await using var ann = app.As(TestUser.Ann);
        await using var adam = app.As(TestUser.Adam);
        Assert.True((await ann.Contracts().UpdateDraftAsync(id, ContractForm.From(adamSees).With(f => f.Notes = "Keep this."), None)).Succeeded);

        var deleted = await adam.Contracts().DeleteDraftAsync(id, adamSees.Version, None);

        Assert.True(deleted.Failed);
        Assert.Contains(TestUser.Ann.Name, deleted.Error, StringComparison.Ordinal);
        Assert.Equal("Keep this.", (await app.FindContractAsync(id)).Terms.Notes);
    }

    [Theory, AllProviders]
    public async Task A_termination_from_a_version_read_before_the_approval_is_refused_naming_the_approver(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE"));
        var id = await app.DraftAsync("SIXT-EE", Commission("2026-01-01", "2026-12-31"));
        var adamSees = await app.FindContractAsync(id, by: TestUser.Adam);
        app.Clock.Advance(TimeSpan.FromMinutes(3));
        await app.ApproveAsync(id, by: TestUser.Ann);
        await using var adam = app.As(TestUser.Adam);

        var terminated = await adam.Contracts().TerminateAsync(id, adamSees.Version, "Fraud", Day("2026-07-01"), None);

        Assert.True(terminated.Failed);
        Assert.Contains("changed by ann.admin@crg.example (at 09:29 UTC)", terminated.Error, StringComparison.Ordinal);
        var now = await app.FindContractAsync(id);
        Assert.Equal(ContractStatus.Active, now.Status);
        Assert.Null(now.TerminationReason);
    }

    [Theory, AllProviders]
    public async Task A_contract_terminated_meanwhile_is_not_terminated_again(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE"));
        var id = await app.ActiveAsync("SIXT-EE", Commission("2026-01-01", "2026-12-31"));
        var adamSees = await app.FindContractAsync(id, by: TestUser.Adam);
        await app.TerminateAsync(id, Day("2026-07-01"), by: TestUser.Ann);
        await using var adam = app.As(TestUser.Adam);

        var terminated = await adam.Contracts().TerminateAsync(id, adamSees.Version, "Other reason", Day("2026-05-01"), None);

        Assert.True(terminated.Failed);
        var now = await app.FindContractAsync(id);
        Assert.Equal((Day("2026-07-01"), TestUser.Ann.Name), (now.TerminationEffectiveDate, now.TerminatedBy));
    }

    [Theory, AllProviders]
    public async Task Two_admins_approving_overlapping_drafts_they_both_opened_get_exactly_one_approved(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE"));
        var spring = await app.DraftAsync("SIXT-EE", Commission("2026-04-01", "2026-09-30"));
        var summer = await app.DraftAsync("SIXT-EE", Commission("2026-06-01", "2026-12-31"));
        await using var ann = app.As(TestUser.Ann);
        await using var adam = app.As(TestUser.Adam);
        var annSees = await ann.Contracts().FindAsync(spring, None);
        var adamSees = await adam.Contracts().FindAsync(summer, None);

        var annApproved = await ann.Contracts().ApproveAsync(spring, annSees!.Version, None);
        var adamApproved = await adam.Contracts().ApproveAsync(summer, adamSees!.Version, None);

        Assert.Equal([true, false], new[] { annApproved.Succeeded, adamApproved.Succeeded });
        Assert.StartsWith("It would overlap contract #1 v1", adamApproved.Error, StringComparison.Ordinal);
        Assert.Equal([spring], await ActiveIdsAsync(app));
    }

    [Theory, AllProviders]
    public async Task Two_approvals_that_both_checked_the_contract_book_before_either_saved_cannot_both_succeed(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE"));
        var spring = await app.DraftAsync("SIXT-EE", Commission("2026-04-01", "2026-09-30"));
        var summer = await app.DraftAsync("SIXT-EE", Commission("2026-06-01", "2026-12-31"));
        var springVersion = (await app.FindContractAsync(spring)).Version;
        var summerVersion = (await app.FindContractAsync(summer)).Version;
        await using var ann = app.As(TestUser.Ann);
        await using var adam = app.As(TestUser.Adam);
        using var annHeld = new HeldSaves(ann, app.Clock);

        // Ann's approval has checked the book (no contract in force yet) and waits to save; Adam's runs meanwhile.
        var annApproving = await annHeld.StartAsync(s => s.ApproveAsync(spring, springVersion, None));
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        var adamApproved = await adam.Contracts().ApproveAsync(summer, summerVersion, None);
        annHeld.Release();
        var annApproved = await annApproving;

        Assert.True(adamApproved.Succeeded, adamApproved.Error);
        Assert.True(annApproved.Failed, "Two overlapping contracts were approved at the same time.");
        Assert.Contains("changed by adam.admin@crg.example (at 09:28 UTC)", annApproved.Error, StringComparison.Ordinal);
        Assert.Equal([summer], await ActiveIdsAsync(app));
        Assert.Equal(ContractStatus.Draft, (await app.FindContractAsync(spring)).Status);
    }

    [Theory, AllProviders]
    public async Task Two_admins_drafting_for_one_supplier_at_the_same_moment_never_share_a_number(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE"));
        await using var ann = app.As(TestUser.Ann);
        await using var adam = app.As(TestUser.Adam);
        using var annHeld = new HeldSaves(ann, app.Clock);

        var annDrafting = await annHeld.StartAsync(s => s.CreateDraftAsync("SIXT-EE", Commission("2026-04-01", "2026-09-30"), None));
        var adamDrafted = await adam.Contracts().CreateDraftAsync("SIXT-EE", Commission("2026-10-01", "2027-03-31"), None);
        annHeld.Release();
        var annDrafted = await annDrafting;

        Assert.True(adamDrafted.Succeeded, adamDrafted.Error);
        Assert.True(annDrafted.Failed, "Two drafts were saved; they cannot both have had the next number.");
        Assert.Contains("changed by adam.admin@crg.example", annDrafted.Error, StringComparison.Ordinal);
        var retried = await ann.Contracts().CreateDraftAsync("SIXT-EE", Commission("2026-04-01", "2026-09-30"), None);
        Assert.True(retried.Succeeded, retried.Error);
        Assert.Equal(
            [("#1 v1", adamDrafted.Value), ("#2 v1", retried.Value)],
            (await ann.Contracts().ForSupplierAsync("SIXT-EE", None)).Select(r => (r.Label, r.Id)).Reverse());
    }

    [Theory, AllProviders]
    public async Task Two_admins_amending_one_contract_at_the_same_moment_draft_one_version_2(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE"));
        var v1 = await app.ActiveAsync("SIXT-EE", Commission("2026-04-01", "2027-03-31"));
        var version = (await app.FindContractAsync(v1)).Version;
        await using var ann = app.As(TestUser.Ann);
        await using var adam = app.As(TestUser.Adam);
        using var annHeld = new HeldSaves(ann, app.Clock);

        var annAmending = await annHeld.StartAsync(s => s.AmendAsync(v1, version, None));
        var adamAmended = await adam.Contracts().AmendAsync(v1, version, None);
        annHeld.Release();
        var annAmended = await annAmending;

        Assert.True(adamAmended.Succeeded, adamAmended.Error);
        Assert.True(annAmended.Failed, "Two drafts of version 2 were saved.");
        Assert.Contains("changed by adam.admin@crg.example", annAmended.Error, StringComparison.Ordinal);
        Assert.Equal([v1, adamAmended.Value], (await adam.Contracts().VersionsAsync(v1, None)).Select(v => v.Id));
    }

    [Theory, AllProviders]
    public async Task A_refused_stale_change_leaves_no_audit_entry_and_keeps_every_version(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE"));
        var id = await app.DraftAsync("SIXT-EE", Commission("2026-04-01", "2027-03-31"));
        var stale = await app.FindContractAsync(id);
        await using var ann = app.As(TestUser.Ann);
        await using var adam = app.As(TestUser.Adam);
        Assert.True((await ann.Contracts().UpdateDraftAsync(id, ContractForm.From(stale).With(f => f.PaymentTermsDays = 45), None)).Succeeded);
        var before = await SnapshotAsync(app);

        Assert.True((await adam.Contracts().UpdateDraftAsync(id, ContractForm.From(stale).With(f => f.Notes = "Stale"), None)).Failed);
        Assert.True((await adam.Contracts().ApproveAsync(id, stale.Version, None)).Failed);
        Assert.True((await adam.Contracts().DeleteDraftAsync(id, stale.Version, None)).Failed);

        Assert.Equal(before, await SnapshotAsync(app));
    }

    private static async Task<List<Guid>> ActiveIdsAsync(TestApp app)
    {
        await using var db = await app.OpenDbAsync();
        return await db.Contracts.Where(c => c.Status == ContractStatus.Active).Select(c => c.Id).ToListAsync();
    }

    /// <summary>Everything a refused change could have touched: contracts and supplier with their versions, and the audit trail.</summary>
    private static async Task<string> SnapshotAsync(TestApp app)
    {
        await using var db = await app.OpenDbAsync();
        var contracts = await db.Contracts.AsNoTracking()
            .OrderBy(c => c.Number).ThenBy(c => c.VersionNumber)
            .Select(c => new { c.Number, c.VersionNumber, c.Status, c.PaymentTermsDays, c.Notes, Version = EF.Property<Guid>(c, "Version") })
            .ToListAsync();
        var suppliers = await db.Suppliers.AsNoTracking().Select(s => new { s.Code, Version = EF.Property<Guid>(s, "Version") }).ToListAsync();
        var audit = await db.AuditEntries.CountAsync();
        return string.Join("; ", contracts) + " | " + string.Join("; ", suppliers) + $" | audit entries: {audit}";
    }
}
