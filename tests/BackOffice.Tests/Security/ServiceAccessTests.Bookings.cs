using CarRentalGateway.BackOffice.Features.Bookings;
using CarRentalGateway.BackOffice.Features.Suppliers;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CarRentalGateway.BackOffice.Tests.Security;

/// <summary>Bookings in the access matrix: every role finds bookings; the world has none, so searches come back empty, but its
/// supplier and stations are there to filter by.</summary>
public sealed partial class ServiceAccessTests
{
    private static Dictionary<string, (string[] Roles, Func<UserSession, SupplierView, Task> Call)> BookingsMatrix() => new()
    {
        ["BookingSearchService.SearchAsync"] = (AllStaff, async (s, v) =>
            Assert.Equal(0, (await s.BookingSearch().SearchAsync(new BookingQuery { SupplierCode = v.Code }, None)).TotalCount)),
        ["BookingSearchService.SuppliersAsync"] = (AllStaff, async (s, v) =>
            Assert.Contains(v.Code, (await s.BookingSearch().SuppliersAsync(None)).Select(c => c.Code))),
        ["BookingSearchService.StationsAsync"] = (AllStaff, async (s, v) =>
            Assert.Contains("TLL-AIRPORT", (await s.BookingSearch().StationsAsync(v.Code, None)).Select(c => c.Code))),
        ["BookingSearchService.GoToAsync"] = (AllStaff, async (s, _) =>
            Assert.Contains("No booking has", (await s.BookingSearch().GoToAsync("CRG-7F3K9Q", None)).Error)),
    };
}

internal static class BookingSessions
{
    public static BookingSearchService BookingSearch(this UserSession session) => session.Services.GetRequiredService<BookingSearchService>();
}
