using CarRentalGateway.BackOffice.Features.Bookings;
using CarRentalGateway.BackOffice.Features.Suppliers;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CarRentalGateway.BackOffice.Tests.Security;

/// <summary>Bookings in the access matrix: every role finds bookings; the world has none, so searches come back empty.</summary>
public sealed partial class ServiceAccessTests
{
    private static Dictionary<string, (string[] Roles, Func<UserSession, SupplierView, Task> Call)> BookingsMatrix() => new()
    {
        ["BookingSearchService.SearchAsync"] = (AllStaff, async (s, v) =>
            Assert.Equal(0, (await s.BookingSearch().SearchAsync(new BookingQuery { SupplierCode = v.Code }, None)).TotalCount)),
        ["BookingSearchService.GoToAsync"] = (AllStaff, async (s, _) =>
            Assert.Contains("No booking has", (await s.BookingSearch().GoToAsync("CRG-7F3K9Q", None)).Error)),
    };
}

internal static class BookingSessions
{
    public static BookingSearchService BookingSearch(this UserSession session) => session.Services.GetRequiredService<BookingSearchService>();
}
