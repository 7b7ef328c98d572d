using Bunit;
using Bunit.TestDoubles;
using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.BackOffice.Features.Audit;
using CarRentalGateway.BackOffice.Security;
using Microsoft.Extensions.DependencyInjection;

namespace CarRentalGateway.BackOffice.Tests.Components.Audit;

public sealed class AuditLogPageTests : ComponentTestContext
{
    private static readonly DateTime Noon = new(2026, 3, 14, 12, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("/admin/audit", new[] { "Supplier", "Supplier", "Account (security)", "Report" })]
    [InlineData("/admin/audit?type=Supplier", new[] { "Supplier", "Supplier" })]
    [InlineData("/admin/audit?action=SignInFailed", new[] { "Account (security)" })]
    [InlineData("/admin/audit?user=fiona", new[] { "Report" })]
    [InlineData("/admin/audit?key=sixt-ee", new[] { "Supplier", "Supplier" })]
    [InlineData("/admin/audit?from=2026-03-15&to=2026-03-15", new[] { "Supplier" })]
    [InlineData("/admin/audit?to=2026-03-14", new[] { "Account (security)", "Report" })]
    [InlineData("/admin/audit?page=abc", new[] { "Supplier", "Supplier", "Account (security)", "Report" })]
    public async Task The_filters_in_the_URL_are_what_the_log_shows(string url, string[] entityTypes)
    {
        SignInAs(Roles.Admin);
        await SeedAsync();
        Services.GetRequiredService<BunitNavigationManager>().NavigateTo(url);

        var page = Render<AuditLogPage>();

        page.WaitForAssertion(() => Assert.Equal(entityTypes, ListedTypes(page)));
    }

    [Fact]
    public async Task A_row_shows_who_did_what_links_to_the_entity_and_opens_to_its_changes_old_and_new()
    {
        SignInAs(Roles.Admin);
        await SeedAsync();
        Services.GetRequiredService<BunitNavigationManager>().NavigateTo("/admin/audit?type=Supplier&action=Updated");
        var page = Render<AuditLogPage>();
        page.WaitForAssertion(() => Assert.Single(ListedTypes(page)));

        var cells = page.FindAll("tbody tr.mud-table-row td").Select(td => Squeezed(td.TextContent)).ToList();
        Assert.Equal(["2026-03-15 12:00:00", "ann.admin@crg.example", "Changed", "Name, Phone"], cells.Skip(1).Take(3).Append(cells[^1]));
        var link = page.Find("a.audit-entity-link");
        Assert.Equal("SIXT-EE", link.TextContent);
        Assert.Equal("suppliers/SIXT-EE", link.GetAttribute("href"));
        Assert.Empty(page.FindAll(".audit-changes"));

        page.Find("tbody tr.mud-table-row td:first-child button").Click();

        page.WaitForAssertion(() => Assert.Equal(
            [["Name", "Sixt Estonia", "Sixt Eesti"], ["Phone", "—", "+372 600 1234"]],
            page.FindAll(".audit-changes tbody tr").Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToArray()));
    }

    [Fact]
    public async Task Typing_a_user_puts_it_in_the_URL_and_lists_their_entries()
    {
        SignInAs(Roles.Admin);
        await SeedAsync();
        var navigation = Services.GetRequiredService<BunitNavigationManager>();
        navigation.NavigateTo("/admin/audit");
        var page = Render<AuditLogPage>();
        page.WaitForAssertion(() => Assert.Equal(4, ListedTypes(page).Count));

        page.Find("#user-filter").Input("sam.");

        page.WaitForAssertion(() => Assert.Equal(["Account (security)"], ListedTypes(page)));
        Assert.EndsWith("/admin/audit?user=sam.", navigation.Uri);
        Assert.Contains("Sign-in failed", page.Find("tbody tr.mud-table-row").TextContent);
    }

    /// <summary>
    /// SIXT-EE (its registration audited by the system, now) and three entries: Fiona's export and Sam's failed sign-in
    /// on 2026-03-14, Ann's edit of SIXT-EE on 2026-03-15.
    /// </summary>
    private async Task SeedAsync()
    {
        var supplier = await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        await using var db = await Database.CreateDbContextAsync();
        db.AuditEntries.AddRange(
            Entry(Noon, "fiona.finance@crg.example", "Report", "Revenue summary", AuditAction.Exported, [new("Period", null, "2026-01 – 2026-02")]),
            Entry(Noon.AddMinutes(5), "sam.support@crg.example", SecurityEvents.EntityType, "sam.support@crg.example", AuditAction.SignInFailed,
                [new("Reason", null, "Wrong password")]),
            Entry(Noon.AddDays(1), "ann.admin@crg.example", "Supplier", supplier.Id.ToString(), AuditAction.Updated,
                [new("Name", "Sixt Estonia", "Sixt Eesti"), new("Phone", null, "+372 600 1234")]));
        await db.SaveChangesAsync();
    }

    private static AuditEntry Entry(DateTime at, string user, string type, string key, AuditAction action, FieldChange[] changes) => new()
    {
        OccurredAtUtc = at,
        UserName = user,
        EntityType = type,
        EntityKey = key,
        Action = action,
        Changes = changes,
    };

    private static List<string> ListedTypes(IRenderedComponent<AuditLogPage> page) =>
        page.FindAll("tbody tr.mud-table-row .audit-entity-type").Select(e => e.TextContent).ToList();

    private static string Squeezed(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
