using CarRentalGateway.BackOffice.Features.Bookings;
using CarRentalGateway.BackOffice.Features.Reports;
using CarRentalGateway.BackOffice.Features.Suppliers;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CarRentalGateway.BackOffice.Tests.Security;

/// <summary>
/// Exports in the access matrix: Admin and Finance export ("finance reports and Excel exports"); Support is refused by
/// the service as well as by the download endpoints. The world has no bookings, so the supplier's bookings export is empty.
/// </summary>
public sealed partial class ServiceAccessTests
{
    private static readonly string[] AdminAndFinance = [Roles.Admin, Roles.Finance];

    private static Dictionary<string, (string[] Roles, Func<UserSession, SupplierView, Task> Call)> ReportsMatrix() => new()
    {
        ["ReportExportService.ExportAsync"] = (AdminAndFinance, async (s, v) =>
        {
            var file = await s.Reports().ExportAsync(SuppliersBookings(v), None);
            Assert.Equal((0, "bookings.xlsx"), (file.Rows, file.FileName));
            File.Delete(file.Path);
        }),
        ["ReportExportService.StartAsync"] = (AdminAndFinance, async (s, v) =>
            Assert.Equal(SuppliersBookings(v).DownloadPath, (await s.Reports().StartAsync(SuppliersBookings(v), None)).DownloadPath)),
        ["ReportExportService.MyExportsAsync"] = (AdminAndFinance, async (s, _) =>
            Assert.Empty(await s.Reports().MyExportsAsync())),
        ["ReportExportService.FinishedExportAsync"] = (AdminAndFinance, async (s, _) =>
            Assert.Null(await s.Reports().FinishedExportAsync(Guid.NewGuid()))),
    };

    private static BookingsExportReport SuppliersBookings(SupplierView supplier) => new(new BookingQuery { SupplierCode = supplier.Code });
}

internal static class ReportSessions
{
    public static ReportExportService Reports(this UserSession session) => session.Services.GetRequiredService<ReportExportService>();
}
