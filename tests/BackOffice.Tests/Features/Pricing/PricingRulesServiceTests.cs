using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.BackOffice.Features.Pricing;
using CarRentalGateway.BackOffice.Features.Shared;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using CarRentalGateway.Core.Pricing;
using Microsoft.EntityFrameworkCore;
using static CarRentalGateway.BackOffice.Tests.Features.Locations.LocationForms;
using static CarRentalGateway.BackOffice.Tests.Features.Pricing.PricingArrange;
using static CarRentalGateway.BackOffice.Tests.Features.Suppliers.SupplierForms;

namespace CarRentalGateway.BackOffice.Tests.Features.Pricing;

/// <summary>Rules are edited in a draft, published in one step with one audit entry, and kept readable as versions.</summary>
public sealed class PricingRulesServiceTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory, AllProviders]
    public async Task The_first_rule_ever_starts_an_empty_draft_that_prices_nothing_yet(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);

        var number = await app.AddRuleAsync(Rule("Everything +10 %"));

        var listing = await app.ListRulesAsync();
        Assert.Equal(1, number);
        Assert.Equal((RuleSetStatus.Draft, 1, 1), (listing.Shown!.Status, listing.Shown.Number, listing.Shown.RuleCount));
        Assert.Null(listing.Current);
        var row = Assert.Single(listing.Rules);
        Assert.Equal(("R1", "Every offer", "+10 %", RuleChangeKind.Added), (row.Label, row.ScopeText, row.AdjustmentText, row.Change));
    }

    [Theory, AllProviders]
    public async Task The_first_edit_after_a_publish_copies_the_published_rules_into_a_new_draft_with_their_numbers_and_versions(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.AddRuleAsync(Rule("Everything +10 %"));
        await app.AddRuleAsync(Rule("Long rentals -5 %", -5m, f => f.MinRentalDays = 14, priority: 300));
        await app.PublishDraftAsync();
        Assert.Null((await app.ListRulesAsync()).Draft);

        await app.UpdateRuleAsync(1, f => f.Percent = 12m);

        var draft = await app.ListRulesAsync();
        Assert.Equal((RuleSetStatus.Draft, 2), (draft.Shown!.Status, draft.Shown.Number));
        Assert.Equal(
            [("R1", 1, "+12 %", RuleChangeKind.Changed), ("R2", 1, "-5 %", RuleChangeKind.Unchanged)],
            draft.Rules.Select(r => (r.Label, r.RuleVersion, r.AdjustmentText, r.Change)));
        var change = Assert.Single(draft.Changes);
        Assert.Equal([new FieldChange("Percentage", "+10 %", "+12 %")], change.Fields);

        var published = await app.ListRulesAsync(new RuleListQuery { Published = true });
        Assert.Equal((RuleSetStatus.Published, 1), (published.Shown!.Status, published.Shown.Number));
        Assert.Equal(["+10 %", "-5 %"], published.Rules.Select(r => r.AdjustmentText));
    }

    [Theory, AllProviders]
    public async Task Rules_are_listed_by_priority_then_number_and_filtered_by_supplier_country_and_active(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE", "Sixt Estonia"));
        var sixt = (await app.LoadAsync("SIXT-EE")).Id;
        await app.AddRuleAsync(Rule("Estonia +8 %", 8m, f => { f.CountryCode = "ee"; f.Priority = 50; }));
        await app.AddRuleAsync(Rule("Sixt +3 %", 3m, f => { f.SupplierId = sixt; f.Priority = 50; }));
        await app.AddRuleAsync(Rule("Old promotion", -10m, f => { f.IsActive = false; f.Priority = 10; }));
        await app.AddRuleAsync(Rule("Round to .99", 0m, f => { f.Rounding = PriceRounding.NinetyNine; f.Priority = 900; }));

        var all = await app.ListRulesAsync();
        var bySupplier = await app.ListRulesAsync(new RuleListQuery { SupplierCode = "SIXT-EE" });
        var byCountry = await app.ListRulesAsync(new RuleListQuery { Country = "EE" });
        var inactive = await app.ListRulesAsync(new RuleListQuery { Active = false });

        Assert.Equal(["R3", "R1", "R2", "R4"], all.Rules.Select(r => r.Label));
        Assert.Equal("Sixt Estonia (SIXT-EE)", Assert.Single(bySupplier.Rules).ScopeText);
        Assert.Equal("Estonia", Assert.Single(byCountry.Rules).ScopeText);
        Assert.Equal("R3", Assert.Single(inactive.Rules).Label);
        Assert.Equal("round up to .99", all.Rules[3].AdjustmentText);
        Assert.Equal(4, bySupplier.Shown!.RuleCount);
    }

    [Theory, AllProviders]
    public async Task Deleting_a_rule_takes_it_out_of_the_draft_only(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.AddRuleAsync(Rule("Everything +10 %"));
        await app.AddRuleAsync(Rule("Old promotion", -10m, priority: 200));
        await app.PublishDraftAsync();
        var promotion = await app.FindRuleAsync(2);
        await using var ann = app.As(TestUser.Ann);

        var deleted = await ann.Pricing().DeleteRuleAsync(2, promotion.Version, None);

        Assert.True(deleted.Succeeded, deleted.Error);
        var draft = await app.ListRulesAsync();
        Assert.Equal(["R1"], draft.Rules.Select(r => r.Label));
        Assert.Equal((2, RuleChangeKind.Removed), (Assert.Single(draft.Changes).Number, draft.Changes[0].Kind));
        Assert.Equal(["R1", "R2"], (await app.ListRulesAsync(new RuleListQuery { Published = true })).Rules.Select(r => r.Label));
    }

    [Theory, AllProviders]
    public async Task A_stale_rule_edit_is_refused_naming_who_changed_the_draft_and_keeps_their_change(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.AddRuleAsync(Rule("Everything +10 %"));
        var annSees = PricingRuleForm.From(await app.FindRuleAsync(1, TestUser.Ann));
        var adamSees = PricingRuleForm.From(await app.FindRuleAsync(1, TestUser.Adam));
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        await using var ann = app.As(TestUser.Ann);
        await using var adam = app.As(TestUser.Adam);
        annSees.Percent = 11m;
        adamSees.Percent = 15m;

        var first = await ann.Pricing().UpdateRuleAsync(1, annSees, None);
        var second = await adam.Pricing().UpdateRuleAsync(1, adamSees, None);
        var staleDelete = await adam.Pricing().DeleteRuleAsync(1, adamSees.Version!.Value, None);

        Assert.True(first.Succeeded, first.Error);
        Assert.Equal(Concurrency.ConflictField, second.Field);
        Assert.Contains($"by {TestUser.Ann.Name} (at 09:31 UTC)", second.Error, StringComparison.Ordinal);
        Assert.Contains("your change to R1 was not saved", second.Error, StringComparison.Ordinal);
        Assert.Equal(Concurrency.ConflictField, staleDelete.Field);
        Assert.Equal("+11 %", Assert.Single((await app.ListRulesAsync()).Rules).AdjustmentText);
    }

    [Theory, AllProviders]
    public async Task Publishing_supersedes_the_rules_in_force_and_bumps_the_version_of_changed_rules_only(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.AddRuleAsync(Rule("Everything +10 %"));
        await app.AddRuleAsync(Rule("Long rentals -5 %", -5m, f => f.MinRentalDays = 14, priority: 300));
        await app.PublishDraftAsync(by: TestUser.Adam);
        app.Clock.Advance(TimeSpan.FromDays(1));
        await app.UpdateRuleAsync(1, f => f.Percent = 12m);
        await app.AddRuleAsync(Rule("Premium +6 %", 6m, f => f.AcrissPattern = "p???", priority: 200));

        await app.PublishDraftAsync(by: TestUser.Ann);

        var listing = await app.ListRulesAsync();
        Assert.Null(listing.Draft);
        Assert.Equal((2, RuleSetStatus.Published, TestUser.Ann.Name, TestApp.Start.UtcDateTime.AddDays(1)),
            (listing.Shown!.Number, listing.Shown.Status, listing.Shown.PublishedBy, listing.Shown.PublishedAtUtc));
        Assert.Equal([("R1", 2), ("R2", 1), ("R3", 1)], listing.Rules.Select(r => (r.Label, r.RuleVersion)).OrderBy(r => r.Label));
        var first = (await app.ListRulesAsync(new RuleListQuery { SetNumber = 1 })).Shown!;
        Assert.Equal((RuleSetStatus.Superseded, TestUser.Adam.Name, TestApp.Start.UtcDateTime.AddDays(1)),
            (first.Status, first.PublishedBy, first.SupersededAtUtc));
    }

    [Theory, AllProviders]
    public async Task Publishing_writes_one_audit_entry_listing_the_rules_added_changed_and_removed(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.AddRuleAsync(Rule("Everything +10 %"));
        await app.AddRuleAsync(Rule("Old promotion", -10m, priority: 200));
        await app.PublishDraftAsync();
        await app.UpdateRuleAsync(1, f => { f.Percent = 12m; f.Rounding = PriceRounding.NinetyNine; });
        await using (var ann = app.As(TestUser.Ann))
        {
            Assert.True((await ann.Pricing().DeleteRuleAsync(2, (await app.FindRuleAsync(2)).Version, None)).Succeeded);
        }

        await app.AddRuleAsync(Rule("Long rentals -5 %", -5m, f => f.MinRentalDays = 14, priority: 300));
        app.Clock.Advance(TimeSpan.FromHours(2));

        await app.PublishDraftAsync(by: TestUser.Adam);

        await using var db = await app.OpenDbAsync();
        var entries = await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == PricingRulesService.PublishAuditEntityType).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(2, entries.Count);
        var entry = entries[1];
        Assert.Equal((TestUser.Adam.Name, TestApp.Start.UtcDateTime.AddHours(2)), (entry.UserName, entry.OccurredAtUtc));
        Assert.Equal(
            [
                new FieldChange("Published", "v1", "v2"),
                new FieldChange("R1 Everything +10 %: Percentage", "+10 %", "+12 %"),
                new FieldChange("R1 Everything +10 %: Rounding", null, "round up to .99"),
                new FieldChange("R3 Long rentals -5 %: added", null,
                    "Name: Long rentals -5 %; Active: yes; Priority: 300; Rental length: 14+ days; Percentage: -5 %; Stops further rules: no"),
                new FieldChange("R2 Old promotion: removed",
                    "Name: Old promotion; Active: yes; Priority: 200; Percentage: -10 %; Stops further rules: no", null),
            ],
            entry.Changes);
    }

    [Theory, AllProviders]
    public async Task Publishing_a_draft_that_changed_after_it_was_reviewed_is_refused(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.AddRuleAsync(Rule("Everything +10 %"));
        await using var ann = app.As(TestUser.Ann);
        var reviewed = (await ann.Pricing().PublishPreviewAsync(None))!;
        await app.AddRuleAsync(Rule("Premium +6 %", 6m, f => f.AcrissPattern = "P???", priority: 200), by: TestUser.Adam);

        var published = await ann.Pricing().PublishAsync(reviewed.Draft.Version, confirmProblems: true, None);

        Assert.Equal(Concurrency.ConflictField, published.Field);
        Assert.Contains($"changed by {TestUser.Adam.Name}", published.Error, StringComparison.Ordinal);
        var listing = await app.ListRulesAsync();
        Assert.Equal((RuleSetStatus.Draft, 2), (listing.Shown!.Status, listing.Rules.Count));
        Assert.Null(listing.Current);
    }

    [Theory, AllProviders]
    public async Task A_draft_with_problems_is_published_only_when_the_admin_confirms_them(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.AddRuleAsync(Rule("Margin band", 10m, f => { f.Currency = "EUR"; f.MinMargin = 40m; f.MaxMargin = 20m; }));
        await using var ann = app.As(TestUser.Ann);
        var preview = (await ann.Pricing().PublishPreviewAsync(None))!;
        Assert.Equal(RuleProblemKind.FloorAboveCeiling, Assert.Single(Assert.Single(preview.RulesWithProblems).Problems).Kind);

        var unconfirmed = await ann.Pricing().PublishAsync(preview.Draft.Version, confirmProblems: false, None);
        Assert.True(unconfirmed.Failed);
        Assert.Contains("The draft has 1 problem.", unconfirmed.Error, StringComparison.Ordinal);
        Assert.Equal(RuleSetStatus.Draft, (await app.ListRulesAsync()).Shown!.Status);

        var confirmed = await ann.Pricing().PublishAsync(preview.Draft.Version, confirmProblems: true, None);
        Assert.True(confirmed.Succeeded, confirmed.Error);
        var listing = await app.ListRulesAsync();
        Assert.Equal((RuleSetStatus.Published, 1), (listing.Shown!.Status, listing.ProblemCount));
        Assert.Equal("Floor above ceiling", Assert.Single(Assert.Single(listing.Rules).Problems).Title);
    }

    [Theory, AllProviders]
    public async Task A_publish_that_breaks_off_part_way_leaves_the_rules_in_force_and_the_draft_as_they_were(DatabaseProvider provider)
    {
        var failure = new FailAfterFirstUpdate();
        await using var app = await databases.StartAsync(provider, new TestAppOptions { Interceptors = [failure] });
        await app.AddRuleAsync(Rule("Everything +10 %"));
        await app.PublishDraftAsync();
        await app.UpdateRuleAsync(1, f => f.Percent = 12m);
        await app.AddRuleAsync(Rule("Premium +6 %", 6m, f => f.AcrissPattern = "P???", priority: 200));
        var before = await SnapshotAsync(app);
        await using var ann = app.As(TestUser.Ann);
        var preview = (await ann.Pricing().PublishPreviewAsync(None))!;

        failure.Arm();
        await Assert.ThrowsAnyAsync<Exception>(() => ann.Pricing().PublishAsync(preview.Draft.Version, confirmProblems: true, None));

        Assert.Equal(before, await SnapshotAsync(app));
        var listing = await app.ListRulesAsync();
        Assert.Equal((RuleSetStatus.Draft, 2, 1), (listing.Shown!.Status, listing.Shown.Number, listing.Current!.Number));
        Assert.Equal(RuleSetStatus.Published, listing.Current.Status);

        // Nothing is left half-done: the same confirmation publishes once the database behaves.
        var retried = await ann.Pricing().PublishAsync(preview.Draft.Version, confirmProblems: true, None);
        Assert.True(retried.Succeeded, retried.Error);
    }

    [Theory, AllProviders]
    public async Task Earlier_versions_stay_readable_with_who_published_them_and_their_rules(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.AddRuleAsync(Rule("Everything +10 %"));
        await app.PublishDraftAsync(by: TestUser.Adam);
        app.Clock.Advance(TimeSpan.FromDays(3));
        await app.UpdateRuleAsync(1, f => f.Percent = 12m);
        await app.AddRuleAsync(Rule("Premium +6 %", 6m, f => f.AcrissPattern = "P???", priority: 200));
        await app.PublishDraftAsync(by: TestUser.Ann);
        await app.UpdateRuleAsync(1, f => f.Percent = 14m);
        await using var fiona = app.As(TestUser.Fiona);

        var versions = await fiona.Pricing().VersionsAsync(None);
        var first = await fiona.Pricing().ListAsync(new RuleListQuery { SetNumber = 1 }, None);

        Assert.Equal(
            [(2, RuleSetStatus.Published, TestUser.Ann.Name, (DateTime?)null, 2), (1, RuleSetStatus.Superseded, TestUser.Adam.Name, TestApp.Start.UtcDateTime.AddDays(3), 1)],
            versions.Select(v => (v.Number, v.Status, v.PublishedBy, v.SupersededAtUtc, v.RuleCount)));
        Assert.Equal(("+10 %", 1), (Assert.Single(first.Rules).AdjustmentText, first.Rules[0].RuleVersion));
        Assert.Empty(first.Changes);
    }

    [Theory, AllProviders]
    public async Task Discarding_the_draft_leaves_the_rules_in_force_and_the_next_edit_starts_afresh(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.AddRuleAsync(Rule("Everything +10 %"));
        await app.PublishDraftAsync();
        await app.UpdateRuleAsync(1, f => f.Percent = 30m);
        var draft = (await app.ListRulesAsync()).Draft!;
        await using var ann = app.As(TestUser.Ann);

        var discarded = await ann.Pricing().DiscardDraftAsync(draft.Version, None);

        Assert.True(discarded.Succeeded, discarded.Error);
        var listing = await app.ListRulesAsync();
        Assert.Null(listing.Draft);
        Assert.Equal("+10 %", Assert.Single(listing.Rules).AdjustmentText);
        await app.UpdateRuleAsync(1, f => f.Percent = 11m);
        Assert.Equal(["+11 %"], (await app.ListRulesAsync()).Rules.Select(r => r.AdjustmentText));
    }

    [Theory, AllProviders]
    public async Task A_rule_at_another_suppliers_location_is_refused_on_the_location_field(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE", "Sixt Estonia"));
        await app.RegisterAsync(Valid("AVIS-EE", "Avis Estonia"));
        var avisAirport = await app.AddLocationAsync("AVIS-EE", ValidLocation());
        var sixt = (await app.LoadAsync("SIXT-EE")).Id;
        await using var ann = app.As(TestUser.Ann);

        var created = await ann.Pricing().CreateRuleAsync(Rule("Airport +5 %", 5m, f => { f.SupplierId = sixt; f.PickUpLocationId = avisAirport; }), None);

        Assert.Equal(nameof(PricingRuleForm.PickUpLocationId), created.Field);
        Assert.Equal("TLL-AIRPORT is another supplier's location: choose one of the chosen supplier's.", created.Error);
        Assert.Null((await app.ListRulesAsync()).Shown);
    }

    [Theory, AllProviders]
    public async Task A_location_without_a_supplier_makes_the_rule_that_suppliers_and_reads_with_names(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE", "Sixt Estonia"));
        var airport = await app.AddLocationAsync("SIXT-EE", ValidLocation());

        await app.AddRuleAsync(Rule("Airport summer", 8m, f =>
        {
            f.PickUpLocationId = airport;
            f.PickUpFrom = new DateTime(2026, 6, 1);
            f.PickUpTo = new DateTime(2026, 8, 31);
            f.MinLeadDays = 0;
            f.MaxLeadDays = 3;
            f.Currency = "EUR";
            f.PerRental = 5m;
            f.MinMargin = 15m;
            f.StopFurtherRules = true;
        }));

        var row = Assert.Single((await app.ListRulesAsync()).Rules);
        Assert.Equal(
            "Sixt Estonia (SIXT-EE) · at Tallinn Airport (TLL-AIRPORT) · pick-up 2026-06-01 – 2026-08-31 · booked 0–3 days ahead",
            row.ScopeText);
        Assert.Equal("+8 %, +5.00 EUR per rental, min margin 15.00 EUR, stops further rules", row.AdjustmentText);
    }

    [Theory, AllProviders]
    public async Task A_location_named_by_a_pricing_rule_cannot_be_deleted_and_the_refusal_names_the_rule(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE", "Sixt Estonia"));
        var airport = await app.AddLocationAsync("SIXT-EE", ValidLocation());
        await app.AddRuleAsync(Rule("Airport +5 %", 5m, f => f.PickUpLocationId = airport));
        await using var ann = app.As(TestUser.Ann);

        var deleted = await ann.Locations.DeleteAsync(airport, (await app.LoadLocationAsync(airport)).Version, None);

        Assert.Equal("TLL-AIRPORT cannot be deleted because it has pricing rule R1. Deactivate it instead.", deleted.Error);
    }

    /// <summary>Every rule set and rule as stored, with their version tokens, and the audit trail's size.</summary>
    private static async Task<string> SnapshotAsync(TestApp app)
    {
        await using var db = await app.OpenDbAsync();
        var sets = await db.PricingRuleSets.AsNoTracking().OrderBy(s => s.Number)
            .Select(s => new { s.Number, s.Status, s.PublishedBy, s.SupersededAtUtc, Version = EF.Property<Guid>(s, AuditingModelExtensions.VersionProperty) })
            .ToListAsync();
        var rules = await db.PricingRules.AsNoTracking().OrderBy(r => r.RuleSetId).ThenBy(r => r.Number)
            .Select(r => new { r.RuleSetId, r.Number, r.RuleVersion, r.PercentBasisPoints, Version = EF.Property<Guid>(r, AuditingModelExtensions.VersionProperty) })
            .ToListAsync();
        return string.Join("; ", sets) + " | " + string.Join("; ", rules) + $" | audit entries: {await db.AuditEntries.CountAsync()}";
    }
}
