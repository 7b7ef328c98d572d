using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.BackOffice.Features.Contracts;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using CarRentalGateway.Core.Contracts;
using Microsoft.EntityFrameworkCore;
using static CarRentalGateway.BackOffice.Tests.Features.Contracts.ContractForms;
using static CarRentalGateway.BackOffice.Tests.Features.Suppliers.SupplierForms;

namespace CarRentalGateway.BackOffice.Tests.Features.Contracts;

/// <summary>Every change to a contract is in its history: who, when (UTC), and each field old → new; a refused change leaves nothing.</summary>
public sealed class ContractAuditTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory, AllProviders]
    public async Task Drafting_writes_one_created_entry_with_who_when_and_every_field(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE"));
        var supplier = await app.LoadAsync("SIXT-EE");
        var before = await AuditEntriesAsync(app);

        var id = await app.DraftAsync("SIXT-EE", Commission("2026-04-01", "2027-03-31"), by: TestUser.Adam);

        var entry = Assert.Single(await AuditEntriesAsync(app, after: before));
        Assert.Equal(
            (AuditAction.Created, nameof(Contract), id.ToString(), TestUser.Adam.Id, TestUser.Adam.Name, TestApp.Start.UtcDateTime),
            (entry.Action, entry.EntityType, entry.EntityKey, entry.UserId, entry.UserName, entry.OccurredAtUtc));
        AssertChanges(
            [
                new("CommissionBasisPoints", null, "1500"),
                new("Currency", null, "EUR"),
                new("FreeCancellationHours", null, "48"),
                new("LateFeeBasisPoints", null, "2000"),
                new("LateFeeKind", null, "Percent"),
                new("Model", null, "Commission"),
                new("NoShowFeeMinor", null, "5000"),
                new("Number", null, "1"),
                new("PaymentTermsDays", null, "30"),
                new("Status", null, "Draft"),
                new("SupplierId", null, supplier.Id.ToString()),
                new("ValidFrom", null, "2026-04-01"),
                new("ValidTo", null, "2027-03-31"),
                new("VersionNumber", null, "1"),
            ],
            entry.Changes);
    }

    [Theory, AllProviders]
    public async Task Updating_a_draft_records_exactly_the_changed_fields(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE"));
        var id = await app.DraftAsync("SIXT-EE", Commission("2026-04-01", "2027-03-31"));
        var draft = await app.FindContractAsync(id);
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        var before = await AuditEntriesAsync(app);

        await using (var adam = app.As(TestUser.Adam))
        {
            var updated = await adam.Contracts().UpdateDraftAsync(
                id,
                ContractForm.From(draft).With(f =>
                {
                    f.ValidTo = new DateTime(2026, 12, 31);
                    f.PaymentTermsDays = 45;
                    f.LateFeeKind = LateFeeKind.Fixed;
                    f.LateFeeFixed = 35m;
                    f.Notes = "Winter tyres included.";
                }),
                None);
            Assert.True(updated.Succeeded, updated.Error);
        }

        var entry = Assert.Single(await AuditEntriesAsync(app, after: before));
        Assert.Equal((AuditAction.Updated, TestUser.Adam.Name, TestApp.Start.UtcDateTime.AddMinutes(5)), (entry.Action, entry.UserName, entry.OccurredAtUtc));
        AssertChanges(
            [
                new("LateFeeBasisPoints", "2000", null),
                new("LateFeeFixedMinor", null, "3500"),
                new("LateFeeKind", "Percent", "Fixed"),
                new("Notes", null, "Winter tyres included."),
                new("PaymentTermsDays", "30", "45"),
                new("ValidTo", "2027-03-31", "2026-12-31"),
            ],
            entry.Changes);
    }

    [Theory, AllProviders]
    public async Task Saving_a_draft_unchanged_writes_no_entry(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE"));
        var id = await app.DraftAsync("SIXT-EE", Commission("2026-04-01", "2027-03-31"));
        var draft = await app.FindContractAsync(id);
        var before = await AuditEntriesAsync(app);
        await using var ann = app.As(TestUser.Ann);

        Assert.True((await ann.Contracts().UpdateDraftAsync(id, ContractForm.From(draft), None)).Succeeded);

        Assert.Empty(await AuditEntriesAsync(app, after: before));
    }

    [Theory, AllProviders]
    public async Task Deleting_a_draft_records_what_it_was(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE"));
        var id = await app.DraftAsync("SIXT-EE", Commission("2026-04-01", "2027-03-31"));
        var draft = await app.FindContractAsync(id);
        var before = await AuditEntriesAsync(app);
        await using (var adam = app.As(TestUser.Adam))
        {
            Assert.True((await adam.Contracts().DeleteDraftAsync(id, draft.Version, None)).Succeeded);
        }

        var entry = Assert.Single(await AuditEntriesAsync(app, after: before));
        Assert.Equal((AuditAction.Deleted, id.ToString(), TestUser.Adam.Name), (entry.Action, entry.EntityKey, entry.UserName));
        Assert.Contains(new FieldChange("Status", "Draft", null), entry.Changes);
        Assert.Contains(new FieldChange("Number", "1", null), entry.Changes);
        Assert.Contains(new FieldChange("ValidTo", "2027-03-31", null), entry.Changes);
        Assert.All(entry.Changes, c => Assert.Null(c.New));
    }

    [Theory, AllProviders]
    public async Task Approving_records_the_status_draft_to_active_with_who_and_when(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE"));
        var id = await app.DraftAsync("SIXT-EE", Commission("2026-04-01", "2027-03-31"));
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        var before = await AuditEntriesAsync(app);

        await app.ApproveAsync(id, by: TestUser.Adam);

        // One entry, for the contract: renewing the supplier's version (the contract book's lock) is no change to it.
        var entry = Assert.Single(await AuditEntriesAsync(app, after: before));
        Assert.Equal((AuditAction.Updated, nameof(Contract), id.ToString(), TestUser.Adam.Name), (entry.Action, entry.EntityType, entry.EntityKey, entry.UserName));
        AssertChanges(
            [
                new("ApprovedAtUtc", null, "2026-03-14T09:31:53.5890000Z"),
                new("ApprovedBy", null, TestUser.Adam.Name),
                new("Status", "Draft", "Active"),
            ],
            entry.Changes);
    }

    [Theory, AllProviders]
    public async Task Amending_records_the_new_version_and_leaves_the_one_in_force_untouched(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE"));
        var v1 = await app.ActiveAsync("SIXT-EE", Commission("2026-04-01", "2027-03-31"));
        var before = await AuditEntriesAsync(app);

        var v2 = await app.AmendAsync(v1, by: TestUser.Adam);

        var entry = Assert.Single(await AuditEntriesAsync(app, after: before));
        Assert.Equal((AuditAction.Created, v2.ToString(), TestUser.Adam.Name), (entry.Action, entry.EntityKey, entry.UserName));
        Assert.Contains(new FieldChange("VersionNumber", null, "2"), entry.Changes);
        Assert.Contains(new FieldChange("Status", null, "Draft"), entry.Changes);
        Assert.DoesNotContain(entry.Changes, c => c.Field is "ApprovedBy" or "ApprovedAtUtc");
    }

    [Theory, AllProviders]
    public async Task Approving_an_amendment_records_both_versions(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE"));
        var v1 = await app.ActiveAsync("SIXT-EE", Commission("2026-04-01", "2027-03-31"));
        var v2 = await app.AmendAsync(v1);
        app.Clock.Advance(TimeSpan.FromHours(1));
        var before = await AuditEntriesAsync(app);

        await app.ApproveAsync(v2, by: TestUser.Adam);

        var entries = (await AuditEntriesAsync(app, after: before)).ToDictionary(e => e.EntityKey);
        Assert.Equal(2, entries.Count);
        AssertChanges([new("Status", "Active", "Superseded")], entries[v1.ToString()].Changes);
        AssertChanges(
            [
                new("ApprovedAtUtc", null, "2026-03-14T10:26:53.5890000Z"),
                new("ApprovedBy", null, TestUser.Adam.Name),
                new("Status", "Draft", "Active"),
            ],
            entries[v2.ToString()].Changes);
        Assert.All(entries.Values, e => Assert.Equal((AuditAction.Updated, TestUser.Adam.Name), (e.Action, e.UserName)));
    }

    [Theory, AllProviders]
    public async Task Terminating_records_the_reason_the_date_and_who(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE"));
        var id = await app.ActiveAsync("SIXT-EE", Commission("2026-01-01", "2026-12-31"));
        var active = await app.FindContractAsync(id);
        app.Clock.Advance(TimeSpan.FromMinutes(10));
        var before = await AuditEntriesAsync(app);

        await using (var adam = app.As(TestUser.Adam))
        {
            var terminated = await adam.Contracts().TerminateAsync(id, active.Version, "Supplier sold its fleet.", Day("2026-07-01"), None);
            Assert.True(terminated.Succeeded, terminated.Error);
        }

        var entry = Assert.Single(await AuditEntriesAsync(app, after: before));
        AssertChanges(
            [
                new("Status", "Active", "Terminated"),
                new("TerminatedAtUtc", null, "2026-03-14T09:36:53.5890000Z"),
                new("TerminatedBy", null, TestUser.Adam.Name),
                new("TerminationEffectiveDate", null, "2026-07-01"),
                new("TerminationReason", null, "Supplier sold its fleet."),
            ],
            entry.Changes);
    }

    [Theory, AllProviders]
    public async Task Refused_changes_leave_no_entry(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE"));
        var active = await app.ActiveAsync("SIXT-EE", Commission("2026-01-01", "2026-12-31"));
        var overlapping = await app.DraftAsync("SIXT-EE", Commission("2026-12-31", "2027-12-30"));
        var activeView = await app.FindContractAsync(active);
        var draftView = await app.FindContractAsync(overlapping);
        var before = await AuditEntriesAsync(app);
        await using var ann = app.As(TestUser.Ann);

        Assert.True((await ann.Contracts().ApproveAsync(overlapping, draftView.Version, None)).Failed);
        Assert.True((await ann.Contracts().CreateDraftAsync("SIXT-EE", Commission("2027-01-01", "2027-12-31").With(f => f.CommissionPercent = null), None)).Failed);
        Assert.True((await ann.Contracts().UpdateDraftAsync(overlapping, ContractForm.From(draftView).With(f => f.PaymentTermsDays = 500), None)).Failed);
        Assert.True((await ann.Contracts().UpdateDraftAsync(active, ContractForm.From(activeView).With(f => f.PaymentTermsDays = 45), None)).Failed);
        Assert.True((await ann.Contracts().DeleteDraftAsync(active, activeView.Version, None)).Failed);
        Assert.True((await ann.Contracts().TerminateAsync(active, activeView.Version, "Fraud", Today.AddDays(-1), None)).Failed);
        Assert.True((await ann.Contracts().AmendAsync(overlapping, draftView.Version, None)).Failed);

        Assert.Empty(await AuditEntriesAsync(app, after: before));
        await using var db = await app.OpenDbAsync();
        Assert.Equal(2, await db.Contracts.CountAsync());
    }

    [Theory, AllProviders]
    public async Task The_history_of_a_version_lists_its_changes_newest_first_for_every_role_that_reads(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE"));
        var id = await app.DraftAsync("SIXT-EE", Commission("2026-01-01", "2026-12-31"), by: TestUser.Ann);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await app.ApproveAsync(id, by: TestUser.Adam);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await app.TerminateAsync(id, Day("2026-07-01"), by: TestUser.Ann);
        await using var support = app.As(TestUser.Sam);

        var history = await support.Contracts().HistoryAsync(id, None);

        Assert.Equal(
            [
                (AuditAction.Updated, TestUser.Ann.Name, TestApp.Start.UtcDateTime.AddMinutes(2)),
                (AuditAction.Updated, TestUser.Adam.Name, TestApp.Start.UtcDateTime.AddMinutes(1)),
                (AuditAction.Created, TestUser.Ann.Name, TestApp.Start.UtcDateTime),
            ],
            history.Select(h => (h.Action, h.UserName, h.OccurredAtUtc)));
    }

    private static async Task<List<AuditEntry>> AuditEntriesAsync(TestApp app, IReadOnlyCollection<AuditEntry>? after = null)
    {
        await using var db = await app.OpenDbAsync();
        var seen = after?.Select(e => e.Id).ToHashSet() ?? [];
        var entries = await db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).ToListAsync();
        return entries.Where(e => !seen.Contains(e.Id)).ToList();
    }

    private static void AssertChanges(IEnumerable<FieldChange> expected, IEnumerable<FieldChange> actual)
    {
        Assert.Equal(expected.OrderBy(c => c.Field, StringComparer.Ordinal), actual.OrderBy(c => c.Field, StringComparer.Ordinal));
        Assert.DoesNotContain(actual, c => c.Field is AuditingModelExtensions.VersionProperty or "Id");
    }
}
