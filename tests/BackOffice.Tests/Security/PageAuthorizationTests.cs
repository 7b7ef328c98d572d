using System.Reflection;
using CarRentalGateway.BackOffice.Components.Account.Pages;
using CarRentalGateway.BackOffice.Components.Pages;
using CarRentalGateway.BackOffice.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;

namespace CarRentalGateway.BackOffice.Tests.Security;

/// <summary>No routable page may rely on the fallback policy by accident.</summary>
public class PageAuthorizationTests
{
    /// <summary>The only pages anyone may open, each with the reason it must be public.</summary>
    private static readonly Dictionary<Type, string> PublicPages = new()
    {
        [typeof(Login)] = "Signing in happens before there is a user.",
        [typeof(LoginWith2fa)] = "The second sign-in step comes before the sign-in is complete.",
        [typeof(LoginWithRecoveryCode)] = "The recovery-code step comes before the sign-in is complete.",
        [typeof(Lockout)] = "A locked-out user is not signed in and must be told why.",
        [typeof(AccessDenied)] = "The cookie handler sends refused requests here; it shows no data.",
        [typeof(InvalidUser)] = "Shown when the signed-in user no longer exists; it shows no data.",
        [typeof(Error)] = "Errors must be reported to everyone; it shows no data.",
        [typeof(NotFound)] = "A missing page is reported to everyone; it shows no data.",
    };

    private static IEnumerable<Type> Pages() => typeof(Program).Assembly.GetTypes()
        .Where(t => typeof(IComponent).IsAssignableFrom(t) && t.GetCustomAttributes<RouteAttribute>().Any());

    public static TheoryData<Type> RoutablePages() => new(Pages());

    [Fact]
    public void The_app_has_routable_pages_to_check()
    {
        Assert.Contains(typeof(CarRentalGateway.BackOffice.Features.Suppliers.SuppliersPage), Pages());
        Assert.Contains(typeof(Login), Pages());
    }

    [Fact]
    public void The_booking_page_is_open_to_everyone_who_views_bookings()
    {
        var page = typeof(CarRentalGateway.BackOffice.Features.Bookings.BookingDetailsPage);

        Assert.Contains(page, Pages());
        Assert.Equal([Policies.ViewBookings], page.GetCustomAttributes<AuthorizeAttribute>(inherit: true).Select(a => a.Policy));
    }

    [Theory]
    [MemberData(nameof(RoutablePages))]
    public void Every_page_names_a_known_policy_or_is_a_justified_public_page(Type page)
    {
        var isAnonymous = page.GetCustomAttributes(inherit: true).OfType<IAllowAnonymous>().Any();
        if (isAnonymous)
        {
            Assert.True(
                PublicPages.ContainsKey(page),
                $"{page.Name} is [AllowAnonymous] but not listed with a reason in {nameof(PublicPages)}.");
            return;
        }

        Assert.False(PublicPages.ContainsKey(page), $"{page.Name} is listed as public but requires sign-in; remove it from the list.");
        var policies = page.GetCustomAttributes<AuthorizeAttribute>(inherit: true).Select(a => a.Policy).ToList();
        Assert.True(policies.Count > 0, $"{page.Name} has no [Authorize(Policy = ...)]: it would fall back to 'any signed-in user'.");
        Assert.All(policies, policy =>
            Assert.True(
                policy == Policies.OwnAccount || (policy is not null && Policies.Matrix.ContainsKey(policy)),
                $"{page.Name} uses '{policy ?? "no policy"}', which is not one of the named policies."));
    }

    [Fact]
    public void The_audit_log_page_is_for_admins_only()
    {
        var page = typeof(CarRentalGateway.BackOffice.Features.Audit.AuditLogPage);

        Assert.Contains(page, Pages());
        Assert.Equal("/admin/audit", Assert.Single(page.GetCustomAttributes<RouteAttribute>()).Template);
        Assert.Equal([Policies.ManageStaff], page.GetCustomAttributes<AuthorizeAttribute>(inherit: true).Select(a => a.Policy));
        Assert.Equal([Roles.Admin], Policies.Matrix[Policies.ManageStaff]);
    }

    [Fact]
    public void The_bookings_list_is_open_to_every_role_that_may_view_bookings()
    {
        var policy = Assert.Single(typeof(CarRentalGateway.BackOffice.Features.Bookings.BookingsPage).GetCustomAttributes<AuthorizeAttribute>()).Policy;

        Assert.Equal(Policies.ViewBookings, policy);
        Assert.Equal([Roles.Admin, Roles.Support, Roles.Finance], Policies.Matrix[Policies.ViewBookings]);
    }

    [Fact]
    public void The_pricing_simulation_page_is_read_by_everyone_who_views_pricing()
    {
        var page = typeof(CarRentalGateway.BackOffice.Features.Simulation.PricingSimulationPage);

        Assert.Contains(page, Pages());
        Assert.Equal([Policies.ViewPricing], page.GetCustomAttributes<AuthorizeAttribute>(inherit: true).Select(a => a.Policy));
        Assert.Equal([Roles.Admin, Roles.Finance], Policies.Matrix[Policies.ViewPricing]);
    }

    [Fact]
    public void The_reports_page_is_for_finance_and_administrators_only()
    {
        var page = typeof(CarRentalGateway.BackOffice.Features.Reports.ReportsPage);

        Assert.Contains(page, Pages());
        Assert.Equal([Policies.FinanceReports], page.GetCustomAttributes<AuthorizeAttribute>(inherit: true).Select(a => a.Policy));
        Assert.Equal([Roles.Admin, Roles.Finance], Policies.Matrix[Policies.FinanceReports]);
    }

    [Fact]
    public void The_staff_accounts_page_is_for_administrators_only()
    {
        var page = typeof(CarRentalGateway.BackOffice.Features.Staff.StaffPage);

        Assert.Contains(page, Pages());
        Assert.Equal([Policies.ManageStaff], page.GetCustomAttributes<AuthorizeAttribute>(inherit: true).Select(a => a.Policy));
        Assert.Equal([Roles.Admin], Policies.Matrix[Policies.ManageStaff]);
    }

    [Fact]
    public void Every_public_page_listed_still_exists_as_an_anonymous_page()
    {
        Assert.All(PublicPages.Keys, page =>
        {
            Assert.NotEmpty(page.GetCustomAttributes<RouteAttribute>());
            Assert.NotEmpty(page.GetCustomAttributes(inherit: true).OfType<IAllowAnonymous>());
        });
    }

    /// <summary>
    /// /metrics is an endpoint, not a page: it is anonymous on purpose (a scraper does not sign in), serves only counts
    /// and durations, and can be kept to a port of its own (Metrics:Port). No page may take its path.
    /// </summary>
    [Fact]
    public void The_metrics_endpoint_is_no_page()
    {
        Assert.DoesNotContain(Pages().SelectMany(page => page.GetCustomAttributes<RouteAttribute>()), route =>
            route.Template.StartsWith(CarRentalGateway.BackOffice.Observability.MetricsOptions.Path, StringComparison.OrdinalIgnoreCase));
    }
}
