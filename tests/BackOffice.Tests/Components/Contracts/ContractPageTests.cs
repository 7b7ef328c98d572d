using Bunit;
using Bunit.TestDoubles;
using CarRentalGateway.BackOffice.Features.Contracts;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.Core.Contracts;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CarRentalGateway.BackOffice.Tests.Components.Contracts;

public sealed class ContractPageTests : ContractComponentTest
{
    private static readonly string[] ActionIds =
        ["edit-contract", "approve-contract", "delete-contract", "amend-contract", "terminate-contract", "open-amendment"];

    [Fact]
    public async Task The_page_shows_the_terms_with_the_cancellation_policy_in_words()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var contract = await SeedContractAsync("SIXT-EE", SoundForm(), approve: true, signedInAs: Roles.Support);

        var page = Render<ContractPage>(p => p.Add(x => x.Id, contract.Id));

        page.WaitForAssertion(() => Assert.Equal("Contract #1 v1", page.Find("#contract-title").TextContent));
        Assert.Equal("Active", page.Find(".contract-status").TextContent.Trim());
        Assert.Equal("Sixt Estonia (SIXT-EE)", page.Find("#contract-supplier").TextContent.Trim());
        Assert.Equal("/suppliers/SIXT-EE".TrimStart('/'), page.Find("#contract-supplier").GetAttribute("href"));
        Assert.Equal(
            "Free cancellation until 48 h before pick-up; later 20 % of the rental price; no-show fee 50.00 EUR",
            page.Find("#cancellation-in-words").TextContent.Trim());
        Assert.Equal("15 %", Term(page, "commission"));
        Assert.Empty(page.FindAll("[data-term=minimum-margin]"));
        Assert.Equal("Commission", Term(page, "model"));
        Assert.Contains("Approved by admin@backoffice.test on", page.Find("#contract-status-info").TextContent);
        Assert.Contains("days left", page.Find(".days-to-expiry").TextContent);
    }

    [Theory]
    [InlineData(Roles.Support)]
    [InlineData(Roles.Finance)]
    public async Task Support_and_finance_see_a_draft_and_an_active_contract_read_only(string role)
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var active = await SeedContractAsync("SIXT-EE", SoundForm(), approve: true);
        var draft = await SeedContractAsync("SIXT-EE", SoundForm(Today.AddYears(1)), signedInAs: role);

        foreach (var contract in new[] { active, draft })
        {
            var page = Render<ContractPage>(p => p.Add(x => x.Id, contract.Id));

            page.WaitForElement("#contract-title");
            Assert.Single(page.FindAll("#read-only"));
            Assert.All(ActionIds, id => Assert.Empty(page.FindAll($"#{id}")));
        }
    }

    [Fact]
    public async Task An_admin_can_edit_approve_or_delete_a_draft()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var draft = await SeedContractAsync("SIXT-EE", SoundForm());

        var page = Render<ContractPage>(p => p.Add(x => x.Id, draft.Id));

        page.WaitForElement("#contract-title");
        Assert.Equal(["delete-contract", "edit-contract", "approve-contract"], ShownActions(page));
        Assert.Empty(page.FindAll("#read-only"));
    }

    [Fact]
    public async Task An_admin_can_amend_or_terminate_an_active_contract()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var active = await SeedContractAsync("SIXT-EE", SoundForm(), approve: true);

        var page = Render<ContractPage>(p => p.Add(x => x.Id, active.Id));

        page.WaitForElement("#contract-title");
        Assert.Equal(["terminate-contract", "amend-contract"], ShownActions(page));
    }

    [Fact]
    public async Task A_superseded_version_offers_no_actions_and_links_to_the_version_that_replaced_it()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var first = await SeedContractAsync("SIXT-EE", SoundForm(), approve: true);
        var second = await AmendAndApproveAsync(first, form => form.CommissionPercent = 17.5m);

        var page = Render<ContractPage>(p => p.Add(x => x.Id, first.Id));

        page.WaitForAssertion(() => Assert.Equal("Superseded", page.Find(".contract-status").TextContent.Trim()));
        Assert.Empty(ShownActions(page));
        Assert.Contains(page.FindAll("#contract-status-info a"), a => a.GetAttribute("href") == $"contracts/{second.Id}");
    }

    [Fact]
    public async Task Approving_after_confirmation_puts_the_draft_in_force()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var draft = await SeedContractAsync("SIXT-EE", SoundForm());
        var dialogs = Render<MudDialogProvider>();
        var page = Render<ContractPage>(p => p.Add(x => x.Id, draft.Id));

        page.WaitForElement("#approve-contract").Click();
        Confirm(dialogs, "Approve");

        page.WaitForAssertion(() => Assert.Equal("Active", page.Find(".contract-status").TextContent.Trim()));
        Assert.Equal(["terminate-contract", "amend-contract"], ShownActions(page));
        Assert.Equal(ContractStatus.Active, (await Contracts.FindAsync(draft.Id, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task Approving_a_draft_that_overlaps_an_active_contract_shows_the_overlap_and_it_stays_a_draft()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        await SeedContractAsync("SIXT-EE", SoundForm(), approve: true);
        var overlapping = await SeedContractAsync("SIXT-EE", SoundForm(Today.AddMonths(6)));
        var dialogs = Render<MudDialogProvider>();
        var page = Render<ContractPage>(p => p.Add(x => x.Id, overlapping.Id));

        page.WaitForElement("#approve-contract").Click();
        Confirm(dialogs, "Approve");

        var error = page.WaitForElement("#contract-action-error");
        Assert.Contains("It would overlap contract #1 v1 (", error.TextContent);
        Assert.Contains("Change the validity, or terminate the other contract first.", error.TextContent);
        Assert.Equal("Draft", page.Find(".contract-status").TextContent.Trim());
        Assert.Contains("approve-contract", ShownActions(page));
        Assert.Equal(ContractStatus.Draft, (await Contracts.FindAsync(overlapping.Id, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task Cancelling_the_confirmation_approves_nothing()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var draft = await SeedContractAsync("SIXT-EE", SoundForm());
        var dialogs = Render<MudDialogProvider>();
        var page = Render<ContractPage>(p => p.Add(x => x.Id, draft.Id));

        page.WaitForElement("#approve-contract").Click();
        Confirm(dialogs, "Cancel");

        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll(".mud-dialog")));
        Assert.Equal(ContractStatus.Draft, (await Contracts.FindAsync(draft.Id, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task Terminating_with_an_effective_date_after_the_end_shows_the_refusal_on_the_date()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var active = await SeedContractAsync("SIXT-EE", SoundForm(Today, Today.AddDays(60)), approve: true);
        Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var page = Render<ContractPage>(p => p.Add(x => x.Id, active.Id));
        page.WaitForElement("#terminate-contract").Click();
        Assert.Equal(Today.ToString("yyyy-MM-dd"), dialogs.WaitForElement("#terminate-effective-date").GetAttribute("value"));

        dialogs.Find("#terminate-reason").Input("The supplier sold its fleet.");
        dialogs.Find("#terminate-effective-date").Change(Today.AddDays(90).ToString("yyyy-MM-dd"));
        dialogs.Find("#terminate-confirm").Click();

        dialogs.WaitForAssertion(() => Assert.Contains(
            $"The contract ends on {Today.AddDays(60):yyyy-MM-dd} anyway", ErrorUnder(dialogs, "terminate-effective-date")));
        Assert.Equal("The supplier sold its fleet.", dialogs.Find("#terminate-reason").GetAttribute("value") ?? dialogs.Find("#terminate-reason").TextContent);
        Assert.Equal(ContractStatus.Active, (await Contracts.FindAsync(active.Id, CancellationToken.None))!.Status);

        dialogs.Find("#terminate-effective-date").Change(Today.AddDays(30).ToString("yyyy-MM-dd"));
        dialogs.Find("#terminate-confirm").Click();

        page.WaitForAssertion(() => Assert.Equal("Terminated", page.Find(".contract-status").TextContent.Trim()));
        Assert.Contains("Reason: The supplier sold its fleet.", page.Find("#contract-status-info").TextContent);
        Assert.Empty(ShownActions(page));
    }

    [Fact]
    public async Task The_versions_tab_lists_every_version_with_who_approved_it()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var first = await SeedContractAsync("SIXT-EE", SoundForm(), approve: true);
        var second = await AmendAndApproveAsync(first, form => form.CommissionPercent = 17.5m, signedInAs: Roles.Finance);
        var page = Render<ContractPage>(p => p.Add(x => x.Id, second.Id));
        page.WaitForElement("#contract-title");

        OpenTab(page, "Versions (2)");

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll(".contract-versions tbody tr").Count));
        var rows = page.FindAll(".contract-versions tbody tr");
        Assert.Contains("Active", rows[0].TextContent);
        Assert.Contains("Superseded", rows[1].TextContent);
        Assert.All(rows, row => Assert.Contains("admin@backoffice.test", row.TextContent));
        Assert.Equal("Compare #1 v1 and #1 v2", page.Find("#compare-versions").TextContent.Trim());
    }

    [Fact]
    public async Task The_history_tab_shows_who_created_and_approved_this_version()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var contract = await SeedContractAsync("SIXT-EE", SoundForm(), approve: true, signedInAs: Roles.Finance);
        var page = Render<ContractPage>(p => p.Add(x => x.Id, contract.Id));
        page.WaitForElement("#contract-title");

        OpenTab(page, "History");

        page.WaitForAssertion(() =>
        {
            var history = page.Find(".audit-trail").TextContent;
            Assert.Contains("Created by admin@backoffice.test", history);
            Assert.Contains("Changed by admin@backoffice.test", history);
        });
    }

    [Fact]
    public async Task The_history_speaks_in_the_terms_units_not_in_stored_columns()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var first = await SeedContractAsync("SIXT-EE", SoundForm(new DateOnly(2031, 3, 1)));
        var form = ContractForm.From(first);
        form.CommissionPercent = 17.5m;
        form.NoShowFee = 60m;
        SignInAs(Roles.Admin);
        Assert.True((await Contracts.UpdateDraftAsync(first.Id, form, CancellationToken.None)).Succeeded);
        SignInAs(Roles.Support);
        var page = Render<ContractPage>(p => p.Add(x => x.Id, first.Id));
        page.WaitForElement("#contract-title");

        OpenTab(page, "History");

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll(".audit-changes").Count));
        var changed = page.FindAll(".audit-changes")[0].QuerySelectorAll("tbody tr")
            .Select(row => string.Join(" | ", row.QuerySelectorAll("td").Select(cell => cell.TextContent.Trim())));
        Assert.Equal(["Commission | 15 % | 17.5 %", "No-show fee | 50.00 EUR | 60.00 EUR"], changed);
        var created = page.FindAll(".audit-changes")[1].TextContent;
        Assert.Contains("2031-03-01", created);
        Assert.DoesNotContain("Basis", created, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Supplier id", created);
    }

    [Fact]
    public async Task An_expired_contract_says_when_it_ended_and_offers_an_admin_no_actions()
    {
        SignInAs(Roles.Admin);
        var supplier = await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var expired = await SeedExpiredContractAsync(supplier.Id);

        var page = Render<ContractPage>(p => p.Add(x => x.Id, expired));

        page.WaitForAssertion(() => Assert.Equal("Expired", page.Find(".contract-status").TextContent.Trim()));
        Assert.Contains($"Ended on {Today.AddYears(-1):yyyy-MM-dd}.", page.Find("#contract-status-info").TextContent);
        Assert.Empty(ShownActions(page));
        Assert.Empty(page.FindAll(".days-to-expiry"));
    }

    [Fact]
    public async Task Amending_after_confirmation_opens_the_new_draft_version()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var active = await SeedContractAsync("SIXT-EE", SoundForm(), approve: true);
        var dialogs = Render<MudDialogProvider>();
        var page = Render<ContractPage>(p => p.Add(x => x.Id, active.Id));

        page.WaitForElement("#amend-contract").Click();
        Confirm(dialogs, "Draft amendment");

        var navigation = Services.GetRequiredService<BunitNavigationManager>();
        page.WaitForAssertion(() => Assert.Matches("/contracts/[0-9a-f-]{36}$", navigation.Uri));
        var draftId = Guid.Parse(navigation.Uri[^36..]);
        var draft = await Contracts.FindAsync(draftId, CancellationToken.None);
        Assert.Equal(("#1 v2", ContractStatus.Draft), (draft!.Label, draft.Status));
        Assert.Equal(ContractStatus.Active, (await Contracts.FindAsync(active.Id, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task An_active_contract_with_a_pending_amendment_links_to_it_instead_of_amending_again()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var active = await SeedContractAsync("SIXT-EE", SoundForm(), approve: true);
        var draft = await Contracts.AmendAsync(active.Id, active.Version, CancellationToken.None);

        var page = Render<ContractPage>(p => p.Add(x => x.Id, active.Id));

        page.WaitForElement("#contract-title");
        Assert.Equal(["terminate-contract", "open-amendment"], ShownActions(page));
        Assert.Equal($"contracts/{draft.Value}", page.Find("#open-amendment").GetAttribute("href"));
    }

    [Fact]
    public async Task Deleting_a_drafted_amendment_goes_back_to_the_version_in_force()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var active = await SeedContractAsync("SIXT-EE", SoundForm(), approve: true);
        var draft = await Contracts.AmendAsync(active.Id, active.Version, CancellationToken.None);
        var dialogs = Render<MudDialogProvider>();
        var page = Render<ContractPage>(p => p.Add(x => x.Id, draft.Value));

        page.WaitForElement("#delete-contract").Click();
        Confirm(dialogs, "Delete draft");

        var navigation = Services.GetRequiredService<BunitNavigationManager>();
        page.WaitForAssertion(() => Assert.EndsWith($"/contracts/{active.Id}", navigation.Uri));
        Assert.Null(await Contracts.FindAsync(draft.Value, CancellationToken.None));
    }

    [Fact]
    public void An_unknown_id_says_there_is_no_such_contract()
    {
        SignInAs(Roles.Support);

        var page = Render<ContractPage>(p => p.Add(x => x.Id, Guid.NewGuid()));

        page.WaitForElement("#contract-not-found");
        Assert.Empty(page.FindAll("#contract-title"));
    }

    private static string Term(IRenderedComponent<ContractPage> page, string key) => page.Find($"[data-term={key}]").TextContent.Trim();

    private static List<string> ShownActions(IRenderedComponent<ContractPage> page) =>
        page.FindAll("button[id], a[id]").Select(b => b.Id!).Where(ActionIds.Contains).ToList();

    private static void OpenTab(IRenderedComponent<ContractPage> page, string title) =>
        page.FindAll(".mud-tab").Single(tab => tab.TextContent.Trim() == title).Click();

    private static void Confirm(IRenderedComponent<MudDialogProvider> dialogs, string button)
    {
        dialogs.WaitForAssertion(() => Assert.Contains(dialogs.FindAll(".mud-dialog button"), b => b.TextContent.Trim() == button));
        dialogs.FindAll(".mud-dialog button").First(b => b.TextContent.Trim() == button).Click();
    }

    private static string ErrorUnder(IRenderedComponent<MudDialogProvider> dialogs, string id) =>
        dialogs.Find($"#{id}").Closest(".mud-input-control")!.QuerySelector(".mud-input-helper-text.mud-input-error")?.TextContent ?? "";
}
