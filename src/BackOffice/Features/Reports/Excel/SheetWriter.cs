using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CarRentalGateway.BackOffice.Features.Reports.Excel;

/// <summary>
/// Streams one worksheet: heading rows, the frozen header, the data rows as they come, then the totals row and the
/// autofilter. Nothing is kept per row except the running sums for the totals' cached values.
/// </summary>
internal sealed class SheetWriter<TRow> : IDisposable
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    // Element templates: the SAX writer takes only their names, so one instance serves every cell.
    private readonly Row rowElement = new();
    private readonly Cell cellElement = new();
    private readonly CellValue valueElement = new();
    private readonly CellFormula formulaElement = new();
    private readonly InlineString inlineStringElement = new();
    private readonly Text textElement = new();
    private readonly List<OpenXmlAttribute> attributes = new(3);

    private readonly Stream part;
    private readonly OpenXmlWriter writer;
    private readonly IReadOnlyList<ReportColumn<TRow>> columns;
    private readonly string[] columnNames;
    private readonly uint[] valueStyles;
    private readonly decimal[] sums;
    private readonly int capacity;
    private int rowNumber;
    private string rowText = "";

    public SheetWriter(Stream part, ReportHeading heading, IReadOnlyList<ReportColumn<TRow>> columns, bool selected, int capacity)
    {
        (this.part, this.columns, this.capacity) = (part, columns, capacity);
        writer = OpenXmlWriter.Create(part);
        columnNames = Enumerable.Range(1, columns.Count).Select(ExcelCellReference.ColumnName).ToArray();
        valueStyles = columns.Select(c => ExcelStyles.ForValue(c.Kind)).ToArray();
        sums = new decimal[columns.Count];

        writer.WriteStartDocument();
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(FrozenHeader(selected));
        writer.WriteElement(new Columns(columns.Select((c, i) => new Column
        {
            Min = (uint)i + 1,
            Max = (uint)i + 1,
            Width = StoredWidth(c.Width),
            CustomWidth = true,
        })));
        writer.WriteStartElement(new SheetData());

        StartRow(ExcelReportWriter.TitleRow);
        WriteText(0, heading.TitleLine, ExcelStyles.Title);
        writer.WriteEndElement();
        StartRow(ExcelReportWriter.GeneratedRow);
        WriteText(0, heading.GeneratedLine, ExcelStyles.Plain);
        writer.WriteEndElement();

        StartRow(ExcelReportWriter.HeaderRow);
        for (var i = 0; i < columns.Count; i++)
        {
            WriteText(i, columns[i].Header, ExcelStyles.Header);
        }

        writer.WriteEndElement();
    }

    private int DataRows => rowNumber - ExcelReportWriter.HeaderRow;

    /// <summary>True once the sheet holds as many data rows as it can.</summary>
    public bool IsFull => DataRows == capacity;

    public void WriteRow(TRow row)
    {
        if (IsFull)
        {
            throw new InvalidOperationException(
                $"A sheet holds at most {capacity:N0} rows; cap the export before writing it, or let it continue on more sheets.");
        }

        StartRow(rowNumber + 1);
        for (var i = 0; i < columns.Count; i++)
        {
            var cell = columns[i].Value(row);
            switch (cell.Shape)
            {
                case ReportCell.Form.Text:
                    var text = cell.Text!;
                    WriteText(i, text, ExcelText.LooksLikeFormula(text) ? ExcelStyles.QuotedText : ExcelStyles.Plain);
                    break;
                case ReportCell.Form.Number:
                    sums[i] += cell.Number;
                    WriteValue(i, valueStyles[i], null, cell.Number.ToString(Invariant));
                    break;
                case ReportCell.Form.Moment:
                    WriteValue(i, valueStyles[i], null, cell.Serial.ToString("R", Invariant));
                    break;
                case ReportCell.Form.Flag:
                    WriteValue(i, ExcelStyles.Plain, "b", cell.Flag ? "1" : "0");
                    break;
                case ReportCell.Form.Empty:
                    break;
            }
        }

        writer.WriteEndElement();
    }

    /// <summary>Writes the totals row and the autofilter; returns the number of data rows and the filtered range.</summary>
    public (int DataRows, string FilterRange) Finish()
    {
        var dataRows = DataRows;
        var lastDataRow = rowNumber;
        if (columns.Any(c => c.Totalled))
        {
            WriteTotals(lastDataRow);
        }

        writer.WriteEndElement(); // sheetData
        var filterRange = $"$A${ExcelReportWriter.HeaderRow}:${columnNames[^1]}${lastDataRow}";
        writer.WriteElement(new AutoFilter { Reference = filterRange.Replace("$", "", StringComparison.Ordinal) });
        writer.WriteEndElement(); // worksheet
        return (dataRows, filterRange);
    }

    public void Dispose()
    {
        writer.Dispose();
        part.Dispose();
    }

    // The totals sum the visible rows (SUBTOTAL 109 skips rows a filter hides); an empty table has no range to sum, so
    // its totals are plain zeros. The autofilter covers header and data only, so filtering never hides the totals.
    private void WriteTotals(int lastDataRow)
    {
        StartRow(lastDataRow + 1);
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            if (column.Totalled)
            {
                var range = $"{columnNames[i]}{ExcelReportWriter.FirstDataRow}:{columnNames[i]}{lastDataRow}";
                var formula = lastDataRow < ExcelReportWriter.FirstDataRow ? null : $"SUBTOTAL(109,{range})";
                WriteValue(i, ExcelStyles.ForTotal(column.Kind), null, sums[i].ToString(Invariant), formula);
            }
            else if (i == 0)
            {
                WriteText(i, "Total", ExcelStyles.TotalLabel);
            }
        }

        writer.WriteEndElement();
    }

    // The file stores a width that includes the cell padding (5 px at Calibri 11's 7 px digit width), truncated to
    // 1/256 of a character as the format prescribes; Excel then shows exactly the declared number of characters.
    private static double StoredWidth(double characters) => Math.Truncate((characters * 7 + 5) / 7 * 256) / 256;

    private static SheetViews FrozenHeader(bool selected)
    {
        var firstDataCell = $"A{ExcelReportWriter.FirstDataRow}";
        return new SheetViews(new SheetView(
            new Pane
            {
                VerticalSplit = ExcelReportWriter.HeaderRow,
                TopLeftCell = firstDataCell,
                ActivePane = PaneValues.BottomLeft,
                State = PaneStateValues.Frozen,
            },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = firstDataCell, SequenceOfReferences = new ListValue<StringValue>([new StringValue(firstDataCell)]) })
        {
            WorkbookViewId = 0,
            TabSelected = selected ? true : null,
        });
    }

    private void StartRow(int number)
    {
        (rowNumber, rowText) = (number, number.ToString(Invariant));
        attributes.Clear();
        attributes.Add(new OpenXmlAttribute("r", "", rowText));
        writer.WriteStartElement(rowElement, attributes);
    }

    private void StartCell(int column, uint style, string? type)
    {
        attributes.Clear();
        attributes.Add(new OpenXmlAttribute("r", "", columnNames[column] + rowText));
        if (style != ExcelStyles.Plain)
        {
            attributes.Add(new OpenXmlAttribute("s", "", style.ToString(Invariant)));
        }

        if (type is not null)
        {
            attributes.Add(new OpenXmlAttribute("t", "", type));
        }

        writer.WriteStartElement(cellElement, attributes);
    }

    // Inline strings, not the shared string table: a shared table would hold every distinct text until the end.
    private void WriteText(int column, string text, uint style)
    {
        var clean = ExcelText.ForCell(text);
        StartCell(column, style, "inlineStr");
        writer.WriteStartElement(inlineStringElement);
        attributes.Clear();
        if (clean.Length > 0 && (char.IsWhiteSpace(clean[0]) || char.IsWhiteSpace(clean[^1])))
        {
            attributes.Add(new OpenXmlAttribute("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve"));
        }

        writer.WriteStartElement(textElement, attributes);
        writer.WriteString(clean);
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private void WriteValue(int column, uint style, string? type, string value, string? formula = null)
    {
        StartCell(column, style, type);
        if (formula is not null)
        {
            writer.WriteStartElement(formulaElement);
            writer.WriteString(formula);
            writer.WriteEndElement();
        }

        writer.WriteStartElement(valueElement);
        writer.WriteString(value);
        writer.WriteEndElement();
        writer.WriteEndElement();
    }
}
