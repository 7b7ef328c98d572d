using System.Reflection;
using Bunit;
using Bunit.TestDoubles;
using CarRentalGateway.BackOffice.Components.Layout;
using CarRentalGateway.BackOffice.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace CarRentalGateway.BackOffice.Tests.Components.Layout;

public sealed class NavMenuTests : ComponentTestContext
{
    public static TheoryData<string, string[]> MenuOfEachRole => new()
    {
        {
            Roles.Admin,
            ["Dashboard", "Quote", "Bookings", "Suppliers", "Contracts", "Locations", "Fleet", "Import rate sheet",
             "Pricing rules", "Simulation", "Reports", "Staff accounts", "Audit log", "My account"]
        },
        { Roles.Support, ["Dashboard", "Quote", "Bookings", "Suppliers", "Contracts", "Locations", "Fleet", "My account"] },
        {
            Roles.Finance,
            ["Dashboard", "Quote", "Bookings", "Suppliers", "Contracts", "Locations", "Fleet", "Pricing rules", "Simulation", "Reports", "My account"]
        },
    };

    [Theory]
    [MemberData(nameof(MenuOfEachRole))]
    public void Each_role_sees_the_links_to_exactly_the_pages_it_may_open(string role, string[] expectedLinks)
    {
        SignInAs(role);

        var menu = Render<NavMenu>();

        Assert.Equal(expectedLinks, menu.FindAll("a.mud-nav-link").Select(link => link.TextContent.Trim()));
        string[] sectionTitles = role switch
        {
            Roles.Admin => ["Pricing", "Admin"],
            Roles.Finance => ["Pricing"],
            _ => [],
        };
        Assert.Equal(sectionTitles, menu.FindAll(".nav-section-title").Select(title => title.TextContent.Trim()));
    }

    [Fact]
    public void Every_link_asks_for_the_policy_its_page_demands()
    {
        var pages = typeof(NavMenu).Assembly.GetTypes()
            .SelectMany(type => type.GetCustomAttributes<RouteAttribute>().Select(route => (Route: route.Template.Trim('/'), Page: type)))
            .ToList();

        foreach (var entry in NavSection.All.SelectMany(section => section.Entries).Append(NavSection.MyAccount))
        {
            var page = Assert.Single(pages, p => p.Route.Equals(entry.Href.Trim('/'), StringComparison.OrdinalIgnoreCase)).Page;
            var demanded = page.GetCustomAttributes<AuthorizeAttribute>(inherit: true).Select(a => a.Policy);
            Assert.Contains(entry.Policy, demanded);
        }
    }

    [Fact]
    public void The_link_of_the_page_shown_is_marked_as_current_and_follows_navigation()
    {
        SignInAs(Roles.Admin);
        var navigation = Services.GetRequiredService<BunitNavigationManager>();
        navigation.NavigateTo("suppliers/SIXT-EE");

        var menu = Render<NavMenu>();
        Assert.Equal(["Suppliers"], CurrentLinks(menu));

        navigation.NavigateTo("/");
        menu.WaitForAssertion(() => Assert.Equal(["Dashboard"], CurrentLinks(menu)));

        navigation.NavigateTo("pricing/simulate?rule=7");
        menu.WaitForAssertion(() => Assert.Equal(["Simulation"], CurrentLinks(menu)));

        // A page whose address only starts like an entry's is not that entry's page.
        navigation.NavigateTo("fleetwide-report");
        menu.WaitForAssertion(() => Assert.Empty(CurrentLinks(menu)));
    }

    private static List<string> CurrentLinks(IRenderedComponent<NavMenu> menu) =>
        menu.FindAll("a.mud-nav-link[aria-current=page]").Select(link => link.TextContent.Trim()).ToList();
}
