using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CarRentalGateway.BackOffice.Features.Reports.Excel;

/// <summary>The one fixed stylesheet every report uses; the constants are indexes into its cell formats.</summary>
internal static class ExcelStyles
{
    public const string MoneyFormat = "#,##0.00";
    public const string WholeNumberFormat = "#,##0";
    public const string PercentFormat = "0.00%";
    public const string DateFormat = "yyyy-mm-dd";
    public const string DateTimeFormat = "yyyy-mm-dd hh:mm";

    public const uint Plain = 0;
    public const uint Title = 1;
    public const uint Header = 2;
    public const uint QuotedText = 3;
    public const uint TotalLabel = 4;
    private const uint FirstValueStyle = 5;
    private const uint FirstTotalStyle = 10;

    // Custom ids (164 and up) even where Excel has a built-in code, so every reader sees the same format text.
    private static readonly (ReportCellKind Kind, string Code)[] ValueFormats =
    [
        (ReportCellKind.Money, MoneyFormat),
        (ReportCellKind.WholeNumber, WholeNumberFormat),
        (ReportCellKind.Percent, PercentFormat),
        (ReportCellKind.Date, DateFormat),
        (ReportCellKind.DateTime, DateTimeFormat),
    ];

    /// <summary>The style of a data cell of this kind; text and booleans use the workbook's plain style.</summary>
    public static uint ForValue(ReportCellKind kind) => IndexOf(kind) is { } i ? FirstValueStyle + i : Plain;

    /// <summary>The bold style of a totals cell of this kind.</summary>
    public static uint ForTotal(ReportCellKind kind) => IndexOf(kind) is { } i ? FirstTotalStyle + i : TotalLabel;

    public static uint DateTimeValue => ForValue(ReportCellKind.DateTime);

    private static uint? IndexOf(ReportCellKind kind) =>
        Array.FindIndex(ValueFormats, f => f.Kind == kind) is var i and >= 0 ? (uint)i : null;

    public static Stylesheet Build()
    {
        var numberFormats = ValueFormats.Select((f, i) => new NumberingFormat { NumberFormatId = 164u + (uint)i, FormatCode = f.Code });
        CellFormat Format(uint font, uint numberFormat = 0) => new()
        {
            FontId = font,
            NumberFormatId = numberFormat,
            ApplyFont = font != 0,
            ApplyNumberFormat = numberFormat != 0,
        };

        var cellFormats = new List<CellFormat>
        {
            Format(0),
            Format(2),
            Format(1),
            new() { FontId = 0, NumberFormatId = 0, QuotePrefix = true },
            Format(1),
        };
        cellFormats.AddRange(ValueFormats.Select((_, i) => Format(0, 164u + (uint)i)));
        cellFormats.AddRange(ValueFormats.Select((_, i) => Format(1, 164u + (uint)i)));

        return new Stylesheet(
            new NumberingFormats(numberFormats) { Count = (uint)ValueFormats.Length },
            new Fonts(Font(false, 11), Font(true, 11), Font(true, 14)) { Count = 3 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            new CellStyleFormats(new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 0 }) { Count = 1 },
            new CellFormats(cellFormats) { Count = (uint)cellFormats.Count },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    private static Font Font(bool bold, double size)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        font.Append(new FontSize { Val = size }, new FontName { Val = "Calibri" }, new FontFamilyNumbering { Val = 2 });
        return font;
    }
}
