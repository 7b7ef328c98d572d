using System.Globalization;
using CarRentalGateway.BackOffice.Features.Bookings;
using CarRentalGateway.BackOffice.Features.Reports;
using CarRentalGateway.BackOffice.Features.Reports.Excel;
using ClosedXML.Excel;

namespace CarRentalGateway.Excel.Bench;

/// <summary>The two ways to export the same bookings to the same sheet layout: the project's writer and ClosedXML.</summary>
internal static class Exporters
{
    private static readonly ReportHeading Heading = new(
        "Bookings export", "All pick-up dates", ["Generated for the benchmark"], new DateTime(2026, 11, 28, 12, 0, 0, DateTimeKind.Utc));

    // The real export's columns, so the benchmark measures the file Finance downloads.
    private static readonly ReportColumns<BookingRow> Columns = BookingsExportReport.Columns;

    public static void WithReportWriter(IEnumerable<BookingRow> rows, Stream output)
    {
        using var writer = ExcelReportWriter.Create(output);
        writer.AddSheet("Bookings", Heading, Columns, rows);
    }

    /// <summary>The plain way: ClosedXML's workbook model, filled cell by cell, then saved.</summary>
    public static void WithClosedXml(IEnumerable<BookingRow> rows, Stream output)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("Bookings");
        var columns = Columns.All;
        sheet.Cell(1, 1).SetValue(Heading.TitleLine);
        sheet.Cell(2, 1).SetValue(Heading.GeneratedLine);
        for (var c = 0; c < columns.Count; c++)
        {
            sheet.Cell(4, c + 1).SetValue(columns[c].Header);
            sheet.Column(c + 1).Width = columns[c].Width;
        }

        var r = 4;
        foreach (var b in rows)
        {
            var row = sheet.Row(++r);
            row.Cell(1).SetValue(b.Reference);
            row.Cell(2).SetValue(b.SupplierConfirmationNumber ?? "");
            row.Cell(3).SetValue(BookingText.Label(b.Status));
            row.Cell(4).SetValue(b.CustomerName);
            row.Cell(5).SetValue(b.CustomerEmail);
            row.Cell(6).SetValue(b.SupplierName);
            row.Cell(7).SetValue(b.PickUpName);
            row.Cell(8).SetValue(b.PickUpLocal);
            row.Cell(9).SetValue(b.DropOffLocal);
            row.Cell(10).SetValue(b.Acriss);
            row.Cell(11).SetValue(b.CustomerTotal.Amount);
            row.Cell(12).SetValue(b.Currency);
            row.Cell(13).SetValue(b.CreatedAtUtc);
        }

        foreach (var c in new[] { 8, 9, 13 })
        {
            sheet.Column(c).Style.DateFormat.Format = "yyyy-mm-dd hh:mm";
        }

        sheet.Column(11).Style.NumberFormat.Format = "#,##0.00";
        sheet.Row(4).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(4);
        sheet.Range(4, 1, r, columns.Count).SetAutoFilter();
        workbook.SaveAs(output);
    }

    public static string Describe(int rows) => rows.ToString("N0", CultureInfo.InvariantCulture);
}
