using CarRentalGateway.BackOffice.Features.Bookings;
using CarRentalGateway.BackOffice.Features.Suppliers;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using CarRentalGateway.Core.Bookings;
using Microsoft.Extensions.DependencyInjection;

namespace CarRentalGateway.BackOffice.Tests.Security;

/// <summary>
/// Bookings in the access matrix: every role finds and reads bookings; Admin and Support change them (the previews of
/// a change included). The world has none, so searches come back empty (its supplier and stations are there to filter
/// by) and changes are refused as not found, after the policy check.
/// </summary>
public sealed partial class ServiceAccessTests
{
    private static readonly string[] AdminAndSupport = [Roles.Admin, Roles.Support];

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
        ["BookingService.FindAsync"] = (AllStaff, async (s, _) =>
            Assert.Null(await s.Bookings().FindAsync(Missing, None))),
        ["BookingService.HistoryAsync"] = (AllStaff, async (s, _) =>
            Assert.Empty(await s.Bookings().HistoryAsync(Missing, None))),
        ["BookingService.UpdateDetailsAsync"] = (AdminAndSupport, async (s, _) =>
            NotFound(await s.Bookings().UpdateDetailsAsync(Missing, new BookingDetailsForm { DriverDateOfBirth = new DateTime(1990, 1, 1) }, None))),
        ["BookingService.ConfirmAsync"] = (AdminAndSupport, async (s, _) =>
            NotFound(await s.Bookings().ConfirmAsync(Missing, "BD-1", Guid.NewGuid(), None))),
        ["BookingService.CompleteAsync"] = (AdminAndSupport, async (s, _) =>
            NotFound(await s.Bookings().CompleteAsync(Missing, Guid.NewGuid(), None))),
        ["BookingService.MarkNoShowAsync"] = (AdminAndSupport, async (s, _) =>
            NotFound(await s.Bookings().MarkNoShowAsync(Missing, Guid.NewGuid(), None))),
        ["BookingService.NoShowTermsAsync"] = (AdminAndSupport, async (s, _) =>
            NotFound(await s.Bookings().NoShowTermsAsync(Missing, None))),
        ["BookingService.CancellationTermsAsync"] = (AdminAndSupport, async (s, _) =>
            NotFound(await s.Bookings().CancellationTermsAsync(Missing, CustomerCancels, None))),
        ["BookingService.CancelAsync"] = (AdminAndSupport, async (s, _) =>
            NotFound(await s.Bookings().CancelAsync(Missing, CustomerCancels, Guid.NewGuid(), None))),
        ["BookingService.TripChangeChoicesAsync"] = (AdminAndSupport, async (s, _) =>
            Assert.Null(await s.Bookings().TripChangeChoicesAsync(Missing, None))),
        ["BookingService.PriceTripChangeAsync"] = (AdminAndSupport, async (s, _) =>
            NotFound(await s.Bookings().PriceTripChangeAsync(Missing, new TripChangeForm(), None))),
        ["BookingService.ChangeTripAsync"] = (AdminAndSupport, async (s, _) =>
            NotFound(await s.Bookings().ChangeTripAsync(Missing, new TripChangeForm(), 0, Guid.NewGuid(), None))),
        ["BookingService.AddNoteAsync"] = (AdminAndSupport, async (s, _) =>
            NotFound(await s.Bookings().AddNoteAsync(Missing, "Called the customer back.", None))),
    };

    private const string Missing = "CRG-7F3K9Q";

    private static readonly CancellationRequest CustomerCancels = new(CancellationParty.Customer, "Plans changed");

    private static void NotFound(Core.Common.Result result) =>
        Assert.Equal(($"There is no booking {Missing}.", BookingReference.FieldName), (result.Error, result.Field));
}

internal static class BookingSessions
{
    public static BookingSearchService BookingSearch(this UserSession session) => session.Services.GetRequiredService<BookingSearchService>();

    public static BookingService Bookings(this UserSession session) => session.Services.GetRequiredService<BookingService>();
}
