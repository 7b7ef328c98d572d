using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Features.Bookings;
using CarRentalGateway.BackOffice.Features.Reports.Excel;
using CarRentalGateway.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace CarRentalGateway.BackOffice.Features.Reports;

/// <summary>
/// The bookings list as a workbook: every row of the search (all pages, beyond the list's 10,000 count) in the
/// list's order, with the list's columns. Its link carries the list's own URL parameters.
/// </summary>
public sealed class BookingsExportReport(BookingQuery query) : IExcelReport
{
    public const string Name = "bookings";

    /// <summary>The list's columns in its order; the reference and the supplier's number each get their own column.</summary>
    public static readonly ReportColumns<BookingRow> Columns = new ReportColumns<BookingRow>()
        .Text("Reference", 13, b => b.Reference)
        .Text("Confirmation no.", 18, b => b.SupplierConfirmationNumber)
        .Text("Status", 12, b => BookingText.Label(b.Status))
        .Text("Customer", 24, b => b.CustomerName)
        .Text("E-mail", 32, b => b.CustomerEmail)
        .Text("Supplier", 20, b => b.SupplierName)
        .Text("Pick-up station", 26, b => b.PickUpName)
        .DateTime("Pick-up (local)", 17, b => b.PickUpLocal)
        .DateTime("Drop-off (local)", 17, b => b.DropOffLocal)
        .Text("ACRISS", 8, b => b.Acriss)
        .Money("Total", 13, b => b.CustomerTotal.Amount)
        .Text("Currency", 9, b => b.Currency)
        .DateTime("Booked at (UTC)", 17, b => b.CreatedAtUtc);

    /// <summary>The search, filters and sort; the page does not matter, every page is exported.</summary>
    public BookingQuery Query { get; } = query with { Page = 0, PageSize = BookingQuery.DefaultPageSize };

    public string Title => "Bookings export";

    public string Period => (Query.PickUpFrom, Query.PickUpTo, Query.BookedFrom, Query.BookedTo) switch
    {
        (null, null, null, null) => "All dates",
        var (pickUpFrom, pickUpTo, bookedFrom, bookedTo) => string.Join(", ", new[]
        {
            Range("Pick-up", pickUpFrom, pickUpTo),
            Range("Booked", bookedFrom, bookedTo),
        }.OfType<string>()),
    };

    public IReadOnlyList<string> Filters =>
    [
        .. Query.Text is { } text ? [$"Search: {text}"] : Array.Empty<string>(),
        .. Query.Status is { } status ? [$"Status: {BookingText.Label(status)}"] : Array.Empty<string>(),
        .. Query.SupplierCode is { } supplier ? [$"Supplier: {supplier}"] : Array.Empty<string>(),
        .. Query.PickUpLocationCode is { } station ? [$"Pick-up station: {station}"] : Array.Empty<string>(),
    ];

    public string DownloadPath => ReportCatalog.PathOf(Name, BookingListParameters.Of(Query));

    public string FileName => "bookings.xlsx";

    public static Result<IExcelReport> Parse(ReportParameters parameters) =>
        Result.Ok<IExcelReport>(new BookingsExportReport(BookingListParameters.Read(parameters.Text)));

    public async Task<int> CountRowsAsync(AppDbContext db, CancellationToken cancellationToken) =>
        await BookingSearch.FilteredAsync(db, Query, cancellationToken) is { } bookings ? await bookings.CountAsync(cancellationToken) : 0;

    public async Task<int> WriteAsync(
        AppDbContext db, ExcelReportWriter writer, ReportHeading heading, IProgress<int> rowsWritten, CancellationToken cancellationToken)
    {
        var bookings = await BookingSearch.FilteredAsync(db, Query, cancellationToken) ?? db.Bookings.Where(_ => false);
        var rows = BookingSearch.Rows(db, BookingSearch.Sorted(bookings, Query)).AsAsyncEnumerable().Counted(rowsWritten);
        return await writer.AddSheetsAsync("Bookings", heading, Columns, rows, cancellationToken);
    }

    private static string? Range(string what, DateOnly? from, DateOnly? to) => (from, to) switch
    {
        (null, null) => null,
        ({ } f, null) => $"{what} from {ReportParameters.Format(f)}",
        (null, { } t) => $"{what} up to {ReportParameters.Format(t)}",
        ({ } f, { } t) => $"{what} {ReportParameters.Format(f)} to {ReportParameters.Format(t)}",
    };
}
