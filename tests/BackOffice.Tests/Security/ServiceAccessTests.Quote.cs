using CarRentalGateway.BackOffice.Features.Quote;
using CarRentalGateway.BackOffice.Features.Suppliers;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using CarRentalGateway.BackOffice.Tests.Features.Quote;

namespace CarRentalGateway.BackOffice.Tests.Security;

/// <summary>The quote tool in the access matrix: every role may quote, over SIXT-EE's station at TLL.</summary>
public sealed partial class ServiceAccessTests
{
    private static Dictionary<string, (string[] Roles, Func<UserSession, SupplierView, Task> Call)> QuoteMatrix() => new()
    {
        ["QuoteService.PlacesAsync"] = (AllStaff, async (s, _) =>
            Assert.Equal("TLL", (await s.Quotes().PlacesAsync("TLL", None))[0].Place.Key)),
        ["QuoteService.SuppliersAsync"] = (AllStaff, async (s, v) =>
            Assert.Equal(v.Code, Assert.Single(await s.Quotes().SuppliersAsync(None)).Code)),
        ["QuoteService.StationsAsync"] = (AllStaff, async (s, v) =>
            Assert.Equal("TLL-AIRPORT", Assert.Single(await s.Quotes().StationsAsync(v.Code, None)).Code)),
        ["QuoteService.QuoteAsync"] = (AllStaff, async (s, _) =>
        {
            var form = new QuoteForm
            {
                PickUpPlace = "TLL",
                PickUpDate = new DateTime(2026, 5, 4),
                DropOffDate = new DateTime(2026, 5, 6),
            };
            Succeeded(await s.Quotes().QuoteAsync(form, None));
        }),
    };
}
