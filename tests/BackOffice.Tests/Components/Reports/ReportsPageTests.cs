using Bunit;
using CarRentalGateway.BackOffice.Features.Reports;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.BackOffice.Tests.Data.Bookings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CarRentalGateway.BackOffice.Tests.Components.Reports;

public sealed class ReportsPageTests : ComponentTestContext
{
    public ReportsPageTests()
    {
        // Saturday 14 March 2026: "last month" is February, "this year so far" January to March.
        Services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 3, 14, 9, 0, 0, TimeSpan.Zero)));
        SignInAs(Roles.Finance);
    }

    [Fact]
    public void The_forms_open_on_last_month_and_on_this_year_so_far()
    {
        var page = Render<ReportsPage>();

        page.WaitForElement("#commission-month");
        Assert.Equal("February 2026", page.Find("#commission-month").GetAttribute("value"));
        Assert.Equal("January 2026", page.Find("#revenue-from").GetAttribute("value"));
        Assert.Equal("March 2026", page.Find("#revenue-to").GetAttribute("value"));
        Assert.Equal("2026-02-01", page.Find("#cancelled-from").GetAttribute("value"));
        Assert.Equal("2026-02-28", page.Find("#cancelled-to").GetAttribute("value"));
        Assert.Equal("bookings", page.Find("#bookings-export a").GetAttribute("href"));
    }

    [Fact]
    public void A_commission_statement_without_a_supplier_asks_for_one_on_its_field_and_downloads_nothing()
    {
        var page = Render<ReportsPage>();

        page.Find("#download-commission-statement").Click();

        page.WaitForAssertion(() => Assert.Contains("Choose the supplier.", page.Find("#commission-statement").TextContent, StringComparison.Ordinal));
        Assert.Empty(JSInterop.Invocations["backOffice.download"]);
        Assert.DoesNotContain("Choose", page.Find("#revenue-summary").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Cancellations_ending_before_they_start_are_refused_on_the_last_day_keeping_what_was_typed()
    {
        var page = Render<ReportsPage>();
        page.WaitForElement("#cancelled-to");

        page.Find("#cancelled-to").Change("2026-01-15");
        page.Find("#download-cancellations").Click();

        page.WaitForAssertion(() => Assert.Contains("The last day is before the first.", page.Find("#cancellations").TextContent, StringComparison.Ordinal));
        Assert.Equal("2026-01-15", page.Find("#cancelled-to").GetAttribute("value"));
        Assert.Empty(JSInterop.Invocations["backOffice.download"]);
    }

    [Fact]
    public async Task The_bookings_export_here_downloads_the_bookings_of_the_filters_chosen()
    {
        await SearchWorld.SeedAsync(Database, w => [w.Sell()]);
        var page = Render<ReportsPage>();
        page.WaitForElement("#bookings-pick-up-from");
        page.Find("#bookings-pick-up-from").Change("2026-03-20");
        page.Find("#bookings-pick-up-to").Change("2026-03-01");

        page.Find("#download-bookings").Click();

        page.WaitForAssertion(() => Assert.Contains("Before the pick-up from date.", page.Find("#bookings-export").TextContent, StringComparison.Ordinal));
        Assert.Empty(JSInterop.Invocations["backOffice.download"]);

        page.Find("#bookings-pick-up-to").Change("2026-03-31");
        page.Find("#download-bookings").Click();

        page.WaitForAssertion(() => Assert.Equal(
            "/reports/bookings.xlsx?pickUpFrom=2026-03-20&pickUpTo=2026-03-31",
            Assert.Single(JSInterop.VerifyInvoke("backOffice.download").Arguments)));
        Assert.DoesNotContain("Before the pick-up from date.", page.Find("#bookings-export").TextContent, StringComparison.Ordinal);
    }
}
