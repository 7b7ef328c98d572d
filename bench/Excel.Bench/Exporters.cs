using System.Globalization;
using CarRentalGateway.BackOffice.Features.Bookings;
using CarRentalGateway.BackOffice.Features.Reports.Excel;
using ClosedXML.Excel;

namespace CarRentalGateway.Excel.Bench;

/// <summary>The two ways to export the same bookings to the same sheet layout: the project's writer and ClosedXML.</summary>
internal static class Exporters
{
    private static readonly ReportHeading Heading = new(
        "Bookings export", "All pick-up dates", ["Generated for the benchmark"], new DateTime(2026, 11, 28, 12, 0, 0, DateTimeKind.Utc));

    // The columns of the /bookings list, in its order, as its export shows them.
    private static readonly ReportColumns<BookingRow> Columns = new ReportColumns<BookingRow>()
        .Text("Reference", 13, b => b.Reference)
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
        .DateTime("Booked at (UTC)", 17, b => b.CreatedAtUtc)
        .Text("Confirmation no.", 18, b => b.SupplierConfirmationNumber);

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
            row.Cell(2).SetValue(BookingText.Label(b.Status));
            row.Cell(3).SetValue(b.CustomerName);
            row.Cell(4).SetValue(b.CustomerEmail);
            row.Cell(5).SetValue(b.SupplierName);
            row.Cell(6).SetValue(b.PickUpName);
            row.Cell(7).SetValue(b.PickUpLocal);
            row.Cell(8).SetValue(b.DropOffLocal);
            row.Cell(9).SetValue(b.Acriss);
            row.Cell(10).SetValue(b.CustomerTotal.Amount);
            row.Cell(11).SetValue(b.Currency);
            row.Cell(12).SetValue(b.CreatedAtUtc);
            row.Cell(13).SetValue(b.SupplierConfirmationNumber ?? "");
        }

        foreach (var c in new[] { 7, 8, 12 })
        {
            sheet.Column(c).Style.DateFormat.Format = "yyyy-mm-dd hh:mm";
        }

        sheet.Column(10).Style.NumberFormat.Format = "#,##0.00";
        sheet.Row(4).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(4);
        sheet.Range(4, 1, r, columns.Count).SetAutoFilter();
        workbook.SaveAs(output);
    }

    public static string Describe(int rows) => rows.ToString("N0", CultureInfo.InvariantCulture);
}
