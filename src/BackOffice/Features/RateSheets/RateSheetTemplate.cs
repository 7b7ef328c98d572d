using ClosedXML.Excel;

namespace CarRentalGateway.BackOffice.Features.RateSheets;

/// <summary>The downloadable rate sheet: header, description row and one example row, typed and formatted.</summary>
public static class RateSheetTemplate
{
    public const string FileName = "rate-sheet-template.xlsx";

    public const string DateFormat = "yyyy-mm-dd";
    public const string AmountFormat = "#,##0.00";

    /// <summary>The template as .xlsx bytes. Widths are set by hand: AdjustToContents needs GDI+, absent on Linux.</summary>
    public static byte[] Build()
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(RateSheetFormat.WorksheetName);
        var columns = RateSheetFormat.Columns;
        for (var i = 0; i < columns.Count; i++)
        {
            var column = i + 1;
            sheet.Cell(RateSheetFormat.HeaderRow, column).SetValue(columns[i].Name);
            sheet.Cell(RateSheetFormat.DescriptionRow, column).SetValue(columns[i].Description);
            sheet.Column(column).Width = i switch { 0 => 18, 1 => 10, 2 => 22, 3 => 18, _ => 15 };
        }

        var header = sheet.Row(RateSheetFormat.HeaderRow);
        header.Style.Font.Bold = true;
        var description = sheet.Row(RateSheetFormat.DescriptionRow);
        description.Style.Font.Italic = true;
        description.Style.Alignment.WrapText = true;
        description.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        description.Height = 60;
        sheet.SheetView.FreezeRows(RateSheetFormat.HeaderRow);

        // Date and amount formats on the whole columns, so rows the supplier adds are typed the same way.
        sheet.Column(5).Style.DateFormat.Format = DateFormat;
        sheet.Column(6).Style.DateFormat.Format = DateFormat;
        for (var column = 7; column <= 11; column++)
        {
            sheet.Column(column).Style.NumberFormat.Format = AmountFormat;
        }

        // The header and description rows stay text whatever the column formats say.
        header.Style.NumberFormat.Format = "@";
        description.Style.NumberFormat.Format = "@";

        var example = RateSheetFormat.FirstDataRow;
        sheet.Cell(example, 1).SetValue("TLL-AIRPORT");
        sheet.Cell(example, 2).SetValue("CDMR");
        sheet.Cell(example, 3).SetValue("Toyota Corolla");
        sheet.Cell(example, 4).SetValue("Summer 2027");
        sheet.Cell(example, 5).SetValue(new DateTime(2027, 6, 1));
        sheet.Cell(example, 6).SetValue(new DateTime(2027, 8, 31));
        sheet.Cell(example, 7).SetValue(60m);
        sheet.Cell(example, 8).SetValue(55m);
        sheet.Cell(example, 9).SetValue(50m);
        sheet.Cell(example, 10).SetValue(45m);
        sheet.Cell(example, 11).SetValue(40m);

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
