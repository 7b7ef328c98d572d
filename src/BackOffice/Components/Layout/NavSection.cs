using CarRentalGateway.BackOffice.Security;
using MudBlazor;

namespace CarRentalGateway.BackOffice.Components.Layout;

/// <summary>One link of the menu, shown to whoever its page's policy admits.</summary>
public sealed record NavEntry(string Policy, string Href, string Label, string Icon)
{
    /// <summary>
    /// Whether <paramref name="relativePath"/> (base-relative, as NavigationManager gives it) is this entry's page or one
    /// below it: the dashboard only at the root, every other entry also for its sub-pages (a supplier under Suppliers).
    /// </summary>
    public bool IsCurrent(string relativePath)
    {
        var path = relativePath.Split('?', '#')[0].TrimEnd('/');
        var href = Href.Trim('/');
        return href.Length == 0
            ? path.Length == 0
            : path.Equals(href, StringComparison.OrdinalIgnoreCase) || path.StartsWith(href + "/", StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>A run of menu entries, under a title for the areas that have several pages.</summary>
public sealed record NavSection(string? Title, string? Icon, IReadOnlyList<NavEntry> Entries)
{
    private static NavSection Untitled(params NavEntry[] entries) => new(null, null, entries);

    /// <summary>The whole menu in its order; each page's entry carries the policy its page demands.</summary>
    public static IReadOnlyList<NavSection> All { get; } =
    [
        Untitled(
            new(Policies.Staff, "/", "Dashboard", Icons.Material.Filled.Dashboard),
            // The everyday tool of every role, so it sits first, before the catalog.
            new(Policies.UseQuoteTool, "quote", "Quote", Icons.Material.Filled.RequestQuote),
            // Support's main page: finding the booking of the customer on the phone.
            new(Policies.ViewBookings, "bookings", "Bookings", Icons.Material.Filled.EventNote),
            new(Policies.ViewCatalog, "suppliers", "Suppliers", Icons.Material.Filled.Business),
            new(Policies.ViewCatalog, "contracts", "Contracts", Icons.Material.Filled.Handshake),
            new(Policies.ViewCatalog, "locations", "Locations", Icons.Material.Filled.Place),
            new(Policies.ViewCatalog, "fleet", "Fleet", Icons.Material.Filled.DirectionsCar),
            new(Policies.EditCatalog, "rate-sheets/import", "Import rate sheet", Icons.Material.Filled.UploadFile)),
        new("Pricing", Icons.Material.Filled.PriceChange,
        [
            new(Policies.ViewPricing, "pricing/rules", "Pricing rules", Icons.Material.Filled.Rule),
            new(Policies.ViewPricing, "pricing/simulate", "Simulation", Icons.Material.Filled.QueryStats),
        ]),
        Untitled(new NavEntry(Policies.FinanceReports, "reports", "Reports", Icons.Material.Filled.Summarize)),
        new("Admin", Icons.Material.Filled.AdminPanelSettings,
        [
            new(Policies.ManageStaff, "admin/users", "Staff accounts", Icons.Material.Filled.People),
            new(Policies.ManageStaff, "admin/audit", "Audit log", Icons.Material.Filled.History),
        ]),
    ];

    /// <summary>Every signed-in user's own account, below the menu's line.</summary>
    public static NavEntry MyAccount { get; } = new(Policies.OwnAccount, "Account/Manage", "My account", Icons.Material.Filled.ManageAccounts);
}
