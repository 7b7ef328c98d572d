using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Features.Contracts;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Contracts;
using Microsoft.EntityFrameworkCore;
using static CarRentalGateway.BackOffice.Tests.Features.Contracts.ContractForms;
using static CarRentalGateway.BackOffice.Tests.Features.Suppliers.SupplierForms;

namespace CarRentalGateway.BackOffice.Tests.Features.Contracts;

/// <summary>Drafting, approving, amending and terminating contracts through the service, on both databases.</summary>
public sealed class ContractServiceTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>Each way a form can be wrong, and the form field the refusal names.</summary>
    private static readonly Dictionary<string, (Action<ContractForm> Spoil, string Field)> InvalidForms = new()
    {
        ["no start date"] = (f => f.ValidFrom = null, nameof(ContractForm.ValidFrom)),
        ["an end before the start"] = (f => f.ValidTo = new DateTime(2026, 3, 31), nameof(ContractForm.ValidTo)),
        ["a validity over ten years"] = (f => f.ValidTo = new DateTime(2036, 12, 31), nameof(ContractForm.ValidTo)),
        ["an unknown currency"] = (f => f.Currency = "EUX", nameof(ContractForm.Currency)),
        ["payment terms over 180 days"] = (f => f.PaymentTermsDays = 181, nameof(ContractForm.PaymentTermsDays)),
        ["a commission contract without a commission"] = (f => f.CommissionPercent = null, nameof(ContractForm.CommissionPercent)),
        ["a commission with three decimals"] = (f => f.CommissionPercent = 12.345m, nameof(ContractForm.CommissionPercent)),
        ["a net-rate contract without a minimum margin"] = (
            f => { f.Model = CommercialModel.NetRate; f.MinimumMarginPercent = null; }, nameof(ContractForm.MinimumMarginPercent)),
        ["a fixed late fee with three decimals"] = (
            f => { f.LateFeeKind = LateFeeKind.Fixed; f.LateFeeFixed = 12.345m; }, nameof(ContractForm.LateFeeFixed)),
        ["a fixed late fee without an amount"] = (f => f.LateFeeKind = LateFeeKind.Fixed, nameof(ContractForm.LateFeeFixed)),
        ["a negative no-show fee"] = (f => f.NoShowFee = -1m, nameof(ContractForm.NoShowFee)),
        ["free cancellation over a year"] = (f => f.FreeCancellationHours = 8761, nameof(ContractForm.FreeCancellationHours)),
        ["notes over 2000 characters"] = (f => f.Notes = new string('n', 2001), nameof(ContractForm.Notes)),
    };

    public static TheoryData<DatabaseProvider, string> InvalidFormCases()
    {
        var cases = new TheoryData<DatabaseProvider, string>();
        foreach (var provider in Enum.GetValues<DatabaseProvider>())
        {
            foreach (var name in InvalidForms.Keys)
            {
                cases.Add(provider, name);
            }
        }

        return cases;
    }

    [Theory, AllProviders]
    public async Task Drafts_are_numbered_1_2_per_supplier_each_as_version_1(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE", "Sixt Estonia"));
        await app.RegisterAsync(Valid("AVIS-LV", "Avis Latvia", "LV"));

        var first = await app.DraftAsync("SIXT-EE", Commission("2026-04-01", "2027-03-31"));
        var second = await app.DraftAsync("SIXT-EE", Commission("2027-04-01", "2028-03-31"));
        var other = await app.DraftAsync("AVIS-LV", Commission("2026-04-01", "2027-03-31"));

        Assert.Equal("#1 v1", (await app.FindContractAsync(first)).Label);
        Assert.Equal("#2 v1", (await app.FindContractAsync(second)).Label);
        Assert.Equal("#1 v1", (await app.FindContractAsync(other)).Label);
    }

    [Theory, AllProviders]
    public async Task The_next_number_follows_the_highest_number_still_on_record(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE"));
        await app.DraftAsync("SIXT-EE", Commission("2026-04-01", "2027-03-31"));
        var second = await app.DraftAsync("SIXT-EE", Commission("2027-04-01", "2028-03-31"));
        await using (var ann = app.As(TestUser.Ann))
        {
            Assert.True((await ann.Contracts().DeleteDraftAsync(second, (await app.FindContractAsync(second)).Version, None)).Succeeded);
        }

        var third = await app.DraftAsync("SIXT-EE", Commission("2027-04-01", "2028-03-31"));

        // Only the deleted draft had number 2; a draft that never got approved was never quoted to anyone.
        Assert.Equal("#2 v1", (await app.FindContractAsync(third)).Label);
    }

    [Theory, AllProviders]
    public async Task A_new_draft_is_stored_with_the_terms_as_typed(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE", "Sixt Estonia"));
        var form = NetRate("2026-04-01", "2027-03-31").With(f =>
        {
            f.Currency = "eur";
            f.PaymentTermsDays = 14;
            f.FreeCancellationHours = 24;
            f.NoShowFee = 60.5m;
            f.CommissionPercent = 15m; // left over from switching the model: not kept
            f.Notes = "  Airport stations only. ";
        });

        var id = await app.DraftAsync("SIXT-EE", form);

        await using var support = app.As(TestUser.Sam);
        var contract = await support.Contracts().FindAsync(id, None);
        Assert.NotNull(contract);
        Assert.Equal(("SIXT-EE", "Sixt Estonia", 1, 1), (contract.SupplierCode, contract.SupplierName, contract.Number, contract.VersionNumber));
        Assert.Equal(ContractStatus.Draft, contract.Status);
        Assert.Equal(
            new ContractTerms(
                DateRange.Create(Day("2026-04-01"), Day("2027-03-31")).Value,
                "EUR",
                14,
                CommercialModel.NetRate,
                CommissionPercent: null,
                Percentage.FromPercent(8).Value,
                new CancellationPolicy(24, LateFeeKind.Fixed, null, Money.Of(3_500, "EUR"), Money.Of(6_050, "EUR")),
                "Airport stations only."),
            contract.Terms);
        Assert.Null(contract.DaysToExpiry);
        Assert.Null(contract.ApprovedBy);
        Assert.Null(contract.ApprovedAtUtc);
        Assert.NotEqual(Guid.Empty, contract.Version);
    }

    [Theory, AllProviders]
    public async Task A_form_loaded_from_a_contract_gives_back_the_same_terms(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE"));
        var id = await app.DraftAsync("SIXT-EE", NetRate("2026-04-01", "2027-03-31").With(f => f.LateFeeFixed = 35.5m));
        var contract = await app.FindContractAsync(id);

        var form = ContractForm.From(contract);

        Assert.Equal(contract.Terms, form.ToTerms().Value);
        Assert.Equal(contract.Version, form.Version);
    }

    [Theory, MemberData(nameof(InvalidFormCases))]
    public async Task An_invalid_form_is_refused_on_its_field_and_nothing_is_stored(DatabaseProvider provider, string invalid)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE"));
        var (spoil, field) = InvalidForms[invalid];
        await using var ann = app.As(TestUser.Ann);

        var created = await ann.Contracts().CreateDraftAsync("SIXT-EE", Commission("2026-04-01", "2027-03-31").With(spoil), None);

        Assert.True(created.Failed, $"A form with {invalid} was accepted.");
        Assert.Equal(field, created.Field);
        await using var db = await app.OpenDbAsync();
        Assert.Equal(0, await db.Contracts.CountAsync());
        Assert.Equal(0, await db.AuditEntries.CountAsync(a => a.EntityType == nameof(Contract)));
    }

    [Theory, AllProviders]
    public async Task A_draft_for_a_supplier_that_does_not_exist_is_refused(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await using var ann = app.As(TestUser.Ann);

        var created = await ann.Contracts().CreateDraftAsync("GHOST-EE", Commission("2026-04-01", "2027-03-31"), None);

        Assert.True(created.Failed);
        Assert.Equal("Supplier GHOST-EE no longer exists.", created.Error);
    }

    [Theory, AllProviders]
    public async Task A_draft_takes_new_terms_and_a_new_version(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE"));
        var id = await app.DraftAsync("SIXT-EE", Commission("2026-04-01", "2027-03-31"));
        var before = await app.FindContractAsync(id);
        await using var adam = app.As(TestUser.Adam);

        var updated = await adam.Contracts().UpdateDraftAsync(
            id, ContractForm.From(before).With(f => { f.ValidTo = new DateTime(2026, 12, 31); f.CommissionPercent = 17.5m; }), None);

        Assert.True(updated.Succeeded, updated.Error);
        var after = await app.FindContractAsync(id);
        Assert.Equal(Day("2026-12-31"), after.Terms.Validity.To);
        Assert.Equal(Percentage.FromPercent(17.5m).Value, after.Terms.CommissionPercent);
        Assert.Equal(ContractStatus.Draft, after.Status);
        Assert.NotEqual(before.Version, after.Version);
    }

    [Theory, AllProviders]
    public async Task An_invalid_update_is_refused_on_its_field_and_the_draft_stays_as_it_was(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE"));
        var id = await app.DraftAsync("SIXT-EE", Commission("2026-04-01", "2027-03-31"));
        var before = await app.FindContractAsync(id);
        await using var ann = app.As(TestUser.Ann);

        var updated = await ann.Contracts().UpdateDraftAsync(
            id, ContractForm.From(before).With(f => { f.PaymentTermsDays = 60; f.Currency = "XYZ"; }), None);

        Assert.True(updated.Failed);
        Assert.Equal(nameof(ContractForm.Currency), updated.Field);
        Assert.Equal(before, await app.FindContractAsync(id));
    }

    [Theory, AllProviders]
    public async Task An_active_contract_cannot_be_edited_or_deleted(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE"));
        var id = await app.ActiveAsync("SIXT-EE", Commission("2026-04-01", "2027-03-31"));
        var active = await app.FindContractAsync(id);
        await using var ann = app.As(TestUser.Ann);

        var updated = await ann.Contracts().UpdateDraftAsync(id, ContractForm.From(active).With(f => f.PaymentTermsDays = 60), None);
        var deleted = await ann.Contracts().DeleteDraftAsync(id, active.Version, None);

        Assert.Equal("Only a draft can be edited; amend an active contract to change it.", updated.Error);
        Assert.Equal("Only a draft can be deleted; an approved contract stays on record.", deleted.Error);
        Assert.Equal(active, await app.FindContractAsync(id));
    }

    [Theory, AllProviders]
    public async Task A_deleted_draft_is_gone(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE"));
        var id = await app.DraftAsync("SIXT-EE", Commission("2026-04-01", "2027-03-31"));
        var draft = await app.FindContractAsync(id);
        await using var ann = app.As(TestUser.Ann);

        var deleted = await ann.Contracts().DeleteDraftAsync(id, draft.Version, None);

        Assert.True(deleted.Succeeded, deleted.Error);
        Assert.Null(await ann.Contracts().FindAsync(id, None));
        Assert.Empty(await ann.Contracts().ForSupplierAsync("SIXT-EE", None));
        Assert.Equal("This contract version no longer exists.", (await ann.Contracts().DeleteDraftAsync(id, draft.Version, None)).Error);
    }

    [Theory, AllProviders]
    public async Task Changing_a_contract_that_does_not_exist_is_refused(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await using var ann = app.As(TestUser.Ann);
        var ghost = Guid.CreateVersion7();
        const string Gone = "This contract version no longer exists.";

        Assert.Equal(Gone, (await ann.Contracts().UpdateDraftAsync(ghost, Commission("2026-04-01", "2027-03-31"), None)).Error);
        Assert.Equal(Gone, (await ann.Contracts().ApproveAsync(ghost, Guid.NewGuid(), None)).Error);
        Assert.Equal(Gone, (await ann.Contracts().AmendAsync(ghost, Guid.NewGuid(), None)).Error);
        Assert.Equal(Gone, (await ann.Contracts().TerminateAsync(ghost, Guid.NewGuid(), "Fraud", Today, None)).Error);
        Assert.Null(await ann.Contracts().FindAsync(ghost, None));
        Assert.Empty(await ann.Contracts().VersionsAsync(ghost, None));
        Assert.Empty(await ann.Contracts().HistoryAsync(ghost, None));
        Assert.Empty(await ann.Contracts().ForSupplierAsync("GHOST-EE", None));
    }

    [Theory, AllProviders]
    public async Task Approving_puts_the_draft_in_force_with_the_signed_in_admin_and_the_clock(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE"));
        var id = await app.DraftAsync("SIXT-EE", Commission("2026-04-01", "2027-03-31"));
        var draft = await app.FindContractAsync(id);
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        await using var adam = app.As(TestUser.Adam);

        var approved = await adam.Contracts().ApproveAsync(id, draft.Version, None);

        Assert.True(approved.Succeeded, approved.Error);
        var active = await app.FindContractAsync(id, by: TestUser.Fiona);
        Assert.Equal(ContractStatus.Active, active.Status);
        Assert.Equal(TestUser.Adam.Name, active.ApprovedBy);
        Assert.Equal(TestApp.Start.UtcDateTime.AddMinutes(5), active.ApprovedAtUtc);
        Assert.Equal(382, active.DaysToExpiry);
        Assert.Equal(draft.Terms, active.Terms);
        Assert.NotEqual(draft.Version, active.Version);
    }

    [Theory, AllProviders]
    public async Task Approving_a_contract_that_would_overlap_another_is_refused_with_the_reason(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE"));
        await app.ActiveAsync("SIXT-EE", Commission("2026-04-01", "2026-09-30"));
        var sameDay = await app.DraftAsync("SIXT-EE", Commission("2026-09-30", "2027-03-31"));
        var draft = await app.FindContractAsync(sameDay);
        await using var ann = app.As(TestUser.Ann);

        var approved = await ann.Contracts().ApproveAsync(sameDay, draft.Version, None);

        Assert.True(approved.Failed);
        Assert.Equal(
            "It would overlap contract #1 v1 (2026-04-01 – 2026-09-30), which is in force on those days. "
            + "Change the validity, or terminate the other contract first.",
            approved.Error);
        Assert.Equal(nameof(ContractForm.ValidTo), approved.Field);
        Assert.Equal(draft, await app.FindContractAsync(sameDay));
    }

    [Theory, AllProviders]
    public async Task A_contract_starting_the_day_after_the_other_ends_is_approved(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE"));
        await app.ActiveAsync("SIXT-EE", Commission("2026-04-01", "2026-09-30"));
        var next = await app.DraftAsync("SIXT-EE", Commission("2026-10-01", "2027-03-31"));

        await app.ApproveAsync(next);

        Assert.Equal(ContractStatus.Active, (await app.FindContractAsync(next)).Status);
    }

    [Theory, AllProviders]
    public async Task Contracts_of_different_suppliers_never_clash(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE"));
        await app.RegisterAsync(Valid("AVIS-LV", "Avis Latvia", "LV"));
        await app.ActiveAsync("SIXT-EE", Commission("2026-04-01", "2027-03-31"));

        var avis = await app.ActiveAsync("AVIS-LV", Commission("2026-04-01", "2027-03-31"));

        Assert.Equal(ContractStatus.Active, (await app.FindContractAsync(avis)).Status);
    }

    [Theory, AllProviders]
    public async Task Amending_drafts_version_2_with_the_same_terms_while_the_list_still_shows_version_1(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE"));
        var v1 = await app.ActiveAsync("SIXT-EE", NetRate("2026-04-01", "2027-03-31"));

        var v2 = await app.AmendAsync(v1);

        var original = await app.FindContractAsync(v1);
        var amendment = await app.FindContractAsync(v2);
        Assert.Equal((1, 2, ContractStatus.Draft), (amendment.Number, amendment.VersionNumber, amendment.Status));
        Assert.Equal(original.Terms, amendment.Terms);
        Assert.Null(amendment.ApprovedBy);
        Assert.Equal(ContractStatus.Active, original.Status);
        await using var support = app.As(TestUser.Sam);
        var row = Assert.Single((await support.Contracts().SearchAsync(new ContractQuery(), None)).Items);
        Assert.Equal((v1, "#1 v1", ContractStatus.Active, true), (row.Id, row.Label, row.Status, row.HasDraftAmendment));
        Assert.Equal([v1, v2], (await support.Contracts().VersionsAsync(v2, None)).Select(v => v.Id));
    }

    [Theory, AllProviders]
    public async Task A_second_amendment_while_one_is_drafted_is_refused(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE"));
        var v1 = await app.ActiveAsync("SIXT-EE", Commission("2026-04-01", "2027-03-31"));
        await app.AmendAsync(v1);
        await using var adam = app.As(TestUser.Adam);

        var again = await adam.Contracts().AmendAsync(v1, (await app.FindContractAsync(v1)).Version, None);

        Assert.Equal("Version 2 of this contract is already being drafted: finish or delete it first.", again.Error);
        Assert.Equal(2, (await adam.Contracts().ForSupplierAsync("SIXT-EE", None)).Count);
    }

    [Theory, AllProviders]
    public async Task Approving_the_amendment_supersedes_version_1_and_the_list_shows_version_2(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE"));
        var v1 = await app.ActiveAsync("SIXT-EE", Commission("2026-04-01", "2027-03-31"));
        var v2 = await app.AmendAsync(v1);
        await using (var ann = app.As(TestUser.Ann))
        {
            var amendment = await app.FindContractAsync(v2);
            var changed = await ann.Contracts().UpdateDraftAsync(
                v2, ContractForm.From(amendment).With(f => { f.PaymentTermsDays = 45; f.ValidTo = new DateTime(2027, 6, 30); }), None);
            Assert.True(changed.Succeeded, changed.Error);
        }

        app.Clock.Advance(TimeSpan.FromHours(1));
        await app.ApproveAsync(v2, by: TestUser.Adam);

        await using var finance = app.As(TestUser.Fiona);
        var versions = await finance.Contracts().VersionsAsync(v1, None);
        Assert.Equal([(1, ContractStatus.Superseded), (2, ContractStatus.Active)], versions.Select(v => (v.VersionNumber, v.Status)));
        Assert.Equal((30, TestUser.Ann.Name), (versions[0].Terms.PaymentTermsDays, versions[0].ApprovedBy));
        Assert.Equal((45, TestUser.Adam.Name), (versions[1].Terms.PaymentTermsDays, versions[1].ApprovedBy));
        Assert.Equal(TestApp.Start.UtcDateTime.AddHours(1), versions[1].ApprovedAtUtc);
        var row = Assert.Single((await finance.Contracts().SearchAsync(new ContractQuery(), None)).Items);
        Assert.Equal((v2, "#1 v2", ContractStatus.Active, false), (row.Id, row.Label, row.Status, row.HasDraftAmendment));
        Assert.Equal(Day("2027-06-30"), row.ValidTo);
    }

    [Theory, AllProviders]
    public async Task Terminating_records_the_reason_and_date_and_ends_the_coverage_the_day_before(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE", "Sixt Estonia"));
        var id = await app.ActiveAsync("SIXT-EE", Commission("2026-01-01", "2026-12-31"));
        var active = await app.FindContractAsync(id);
        app.Clock.Advance(TimeSpan.FromMinutes(10));
        await using var adam = app.As(TestUser.Adam);

        var terminated = await adam.Contracts().TerminateAsync(id, active.Version, "  Supplier sold its fleet. ", Day("2026-07-01"), None);

        Assert.True(terminated.Succeeded, terminated.Error);
        var after = await app.FindContractAsync(id);
        Assert.Equal(ContractStatus.Terminated, after.Status);
        Assert.Equal("Supplier sold its fleet.", after.TerminationReason);
        Assert.Equal(Day("2026-07-01"), after.TerminationEffectiveDate);
        Assert.Equal(TestUser.Adam.Name, after.TerminatedBy);
        Assert.Equal(TestApp.Start.UtcDateTime.AddMinutes(10), after.TerminatedAtUtc);
        Assert.Null(after.DaysToExpiry);
        await using var db = await app.OpenDbAsync();
        var book = await db.Contracts.AsNoTracking().ToListAsync();
        Assert.Equal(DateRange.Create(Day("2026-01-01"), Day("2026-06-30")).Value, Assert.Single(book).Coverage);
        Assert.Equal(id, ContractSelection.ContractFor("Sixt Estonia", book, Day("2026-06-30")).Value.Id);
        Assert.Equal(
            "Sixt Estonia has no contract in force on 2026-07-01: the last one (#1 v1) covered up to 2026-06-30.",
            ContractSelection.ContractFor("Sixt Estonia", book, Day("2026-07-01")).Error);
    }

    [Theory, AllProviders]
    public async Task A_termination_in_the_past_or_without_a_reason_is_refused_and_the_contract_stays_in_force(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE"));
        var id = await app.ActiveAsync("SIXT-EE", Commission("2026-01-01", "2026-12-31"));
        var active = await app.FindContractAsync(id);
        await using var ann = app.As(TestUser.Ann);

        var inThePast = await ann.Contracts().TerminateAsync(id, active.Version, "Fraud", Today.AddDays(-1), None);
        var noReason = await ann.Contracts().TerminateAsync(id, active.Version, "  ", Today, None);

        Assert.Equal(nameof(Contract.TerminationEffectiveDate), inThePast.Field);
        Assert.Equal(nameof(Contract.TerminationReason), noReason.Field);
        Assert.Equal(active, await app.FindContractAsync(id));
    }

    [Theory, AllProviders]
    public async Task A_terminated_contract_frees_its_later_days_for_a_new_contract(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE"));
        var old = await app.ActiveAsync("SIXT-EE", Commission("2026-01-01", "2026-12-31"));
        await app.TerminateAsync(old, Day("2026-07-01"));
        var fromTheDayBefore = await app.DraftAsync("SIXT-EE", Commission("2026-06-30", "2027-06-29"));
        var fromTheEffectiveDate = await app.DraftAsync("SIXT-EE", Commission("2026-07-01", "2027-06-30"));
        await using var ann = app.As(TestUser.Ann);

        var refused = await ann.Contracts().ApproveAsync(fromTheDayBefore, (await app.FindContractAsync(fromTheDayBefore)).Version, None);
        var accepted = await ann.Contracts().ApproveAsync(fromTheEffectiveDate, (await app.FindContractAsync(fromTheEffectiveDate)).Version, None);

        Assert.Contains("#1 v1 (2026-01-01 – 2026-06-30)", refused.Error, StringComparison.Ordinal);
        Assert.True(accepted.Succeeded, accepted.Error);
    }

    [Theory, AllProviders]
    public async Task An_amendment_cannot_bring_back_the_days_of_a_contract_terminated_meanwhile(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE"));
        var v1 = await app.ActiveAsync("SIXT-EE", Commission("2026-01-01", "2026-12-31"));
        var v2 = await app.AmendAsync(v1);
        await app.TerminateAsync(v1, Day("2026-07-01"));
        await using var ann = app.As(TestUser.Ann);

        var approved = await ann.Contracts().ApproveAsync(v2, (await app.FindContractAsync(v2)).Version, None);

        Assert.True(approved.Failed, "Two versions of one contract were put in force on the same days.");
        await using var db = await app.OpenDbAsync();
        var book = await db.Contracts.AsNoTracking().ToListAsync();
        Assert.Equal(v1, ContractSelection.ContractFor("Sixt Estonia", book, Day("2026-05-01")).Value.Id);
    }
}
