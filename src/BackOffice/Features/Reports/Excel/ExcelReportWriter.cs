using System.IO.Compression;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CarRentalGateway.BackOffice.Features.Reports.Excel;

/// <summary>What a sheet's first two rows say: the report, its period, the filters used and when it was made.</summary>
public sealed record ReportHeading(string Report, string Period, IReadOnlyList<string> Filters, DateTime GeneratedAtUtc)
{
    public string TitleLine => string.Join(" · ", [Report, Period, Filters.Count == 0 ? "no filters" : string.Join("; ", Filters)]);

    public string GeneratedLine => $"Generated {GeneratedAtUtc:yyyy-MM-dd HH:mm} UTC";
}

/// <summary>
/// Writes an .xlsx workbook straight to a stream, one row at a time, so memory stays flat whatever the row count:
/// each worksheet goes through the Open XML SDK's SAX writer (OpenXmlWriter) into its own entry of a zip opened for
/// writing only. (System.IO.Packaging, under SpreadsheetDocument, opens the zip for update and keeps every part in
/// memory until the end.) Each sheet is a report table: a title row, a generated-at row, a
/// frozen header row with an autofilter, typed and formatted cells, and a totals row whose SUBTOTAL(109, …) formulas
/// follow the filter. Add the sheets in order, then dispose the writer to finish the file. The stream is written
/// synchronously: give it a file or a buffering stream, not a raw HTTP response body.
/// </summary>
public sealed class ExcelReportWriter : IDisposable
{
    internal const int TitleRow = 1;
    internal const int GeneratedRow = 2;
    internal const int HeaderRow = 4;
    internal const int FirstDataRow = HeaderRow + 1;

    /// <summary>The most data rows one sheet holds (Excel's 1,048,576 rows less the heading, header and totals rows).</summary>
    public const int MaxRowsPerSheet = ExcelCellReference.MaxRows - FirstDataRow;

    private const string RelationshipTypes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private const string SpreadsheetTypes = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
    private static readonly XNamespace ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    private readonly ZipArchive zip;
    private readonly int rowsPerSheet;
    private readonly List<(string Name, string FilterRange)> sheets = [];
    private bool disposed;
    private bool sheetUnfinished;

    private ExcelReportWriter(Stream output, int rowsPerSheet)
    {
        this.rowsPerSheet = rowsPerSheet;
        zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        WritePart("xl/styles.xml", ExcelStyles.Build());
    }

    public static ExcelReportWriter Create(Stream output) => new(output, MaxRowsPerSheet);

    /// <summary>A writer whose sheets hold fewer rows than Excel's, so tests can fill one without a million rows.</summary>
    internal static ExcelReportWriter Create(Stream output, int rowsPerSheet)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rowsPerSheet);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rowsPerSheet, MaxRowsPerSheet);
        return new(output, rowsPerSheet);
    }

    /// <summary>Writes one sheet from rows already in hand or produced lazily; returns how many rows it wrote.</summary>
    public int AddSheet<TRow>(string name, ReportHeading heading, ReportColumns<TRow> columns, IEnumerable<TRow> rows)
    {
        using var sheet = StartSheet(name, heading, columns);
        sheetUnfinished = true;
        foreach (var row in rows)
        {
            sheet.WriteRow(row);
        }

        return Finish(name, sheet);
    }

    /// <summary>Writes one sheet from rows streamed from the database; returns how many rows it wrote.</summary>
    public async Task<int> AddSheetAsync<TRow>(
        string name, ReportHeading heading, ReportColumns<TRow> columns, IAsyncEnumerable<TRow> rows, CancellationToken ct)
    {
        using var sheet = StartSheet(name, heading, columns);
        sheetUnfinished = true;
        await foreach (var row in rows.WithCancellation(ct))
        {
            sheet.WriteRow(row);
        }

        return Finish(name, sheet);
    }

    /// <summary>
    /// Writes rows that may be more than one sheet holds: when "Bookings" is full the table goes on in "Bookings 2",
    /// "Bookings 3"…, each with the same heading, header and its own totals. Returns how many rows it wrote in all.
    /// </summary>
    public async Task<int> AddSheetsAsync<TRow>(
        string name, ReportHeading heading, ReportColumns<TRow> columns, IAsyncEnumerable<TRow> rows, CancellationToken ct)
    {
        var part = 1;
        var sheet = StartSheet(name, heading, columns);
        sheetUnfinished = true;
        try
        {
            var written = 0;
            await foreach (var row in rows.WithCancellation(ct))
            {
                if (sheet.IsFull)
                {
                    written += Finish(PartName(name, part), sheet);
                    sheet.Dispose();
                    sheet = StartSheet(PartName(name, ++part), heading, columns);
                    sheetUnfinished = true;
                }

                sheet.WriteRow(row);
            }

            return written + Finish(PartName(name, part), sheet);
        }
        finally
        {
            sheet.Dispose();
        }
    }

    /// <summary>
    /// Writes the parts that list the sheets and closes the zip. After a failed sheet (or with no sheet at all) the
    /// file is left incomplete, to be discarded: a half-written sheet cannot be taken back.
    /// </summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        if (sheets.Count == 0 || sheetUnfinished)
        {
            zip.Dispose();
            return;
        }

        WritePart("xl/workbook.xml", Workbook());
        WritePackageXml("xl/_rels/workbook.xml.rels", new XElement(Relationships + "Relationships",
            sheets.Select((_, i) => Relationship(SheetRelationship(i), "worksheet", $"worksheets/sheet{i + 1}.xml"))
                .Append(Relationship("styles", "styles", "styles.xml"))));
        WritePackageXml("_rels/.rels", new XElement(Relationships + "Relationships",
            Relationship("workbook", "officeDocument", "xl/workbook.xml")));
        WritePackageXml("[Content_Types].xml", new XElement(ContentTypes + "Types",
            new XElement(ContentTypes + "Default", new XAttribute("Extension", "rels"),
                new XAttribute("ContentType", "application/vnd.openxmlformats-package.relationships+xml")),
            new XElement(ContentTypes + "Default", new XAttribute("Extension", "xml"), new XAttribute("ContentType", "application/xml")),
            ContentType("/xl/workbook.xml", "sheet.main+xml"),
            ContentType("/xl/styles.xml", "styles+xml"),
            sheets.Select((_, i) => ContentType($"/xl/worksheets/sheet{i + 1}.xml", "worksheet+xml"))));
        zip.Dispose();
    }

    private SheetWriter<TRow> StartSheet<TRow>(string name, ReportHeading heading, ReportColumns<TRow> columns)
    {
        CheckSheetName(name);
        if (columns.All.Count == 0)
        {
            throw new ArgumentException("A report table needs at least one column.", nameof(columns));
        }

        // Optimal, not Fastest: a third smaller (89 against 137 MB for a million bookings) for about a third more time.
        var entry = zip.CreateEntry($"xl/worksheets/sheet{sheets.Count + 1}.xml", CompressionLevel.Optimal);
        return new SheetWriter<TRow>(entry.Open(), heading, columns.All, selected: sheets.Count == 0, rowsPerSheet);
    }

    private int Finish<TRow>(string name, SheetWriter<TRow> sheet)
    {
        var (rows, filterRange) = sheet.Finish();
        sheets.Add((name, filterRange));
        sheetUnfinished = false;
        return rows;
    }

    private void CheckSheetName(string name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 31 || name.IndexOfAny(['[', ']', ':', '*', '?', '/', '\\']) >= 0 ||
            name.StartsWith('\'') || name.EndsWith('\''))
        {
            throw new ArgumentException($"\"{name}\" is not a valid sheet name (1-31 characters, none of []:*?/\\, no quote at either end).", nameof(name));
        }

        if (sheets.Any(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ArgumentException($"The workbook already has a sheet named \"{name}\".", nameof(name));
        }
    }

    // Excel keeps each sheet's autofilter range in a hidden name too; it opens files without it, but adds it on save.
    private Workbook Workbook() => new(
        new BookViews(new WorkbookView()),
        new Sheets(sheets.Select((s, i) => new Sheet { Name = s.Name, SheetId = (uint)i + 1, Id = SheetRelationship(i) })),
        new DefinedNames(sheets.Select((s, i) => new DefinedName($"'{s.Name.Replace("'", "''", StringComparison.Ordinal)}'!{s.FilterRange}")
        {
            Name = "_xlnm._FilterDatabase",
            LocalSheetId = (uint)i,
            Hidden = true,
        })));

    private static string SheetRelationship(int index) => $"sheet{index + 1}";

    private static string PartName(string name, int part) => part == 1 ? name : $"{name} {part}";

    private void WritePart(string path, OpenXmlElement root)
    {
        using var stream = zip.CreateEntry(path, CompressionLevel.Fastest).Open();
        using var writer = OpenXmlWriter.Create(stream);
        writer.WriteStartDocument();
        writer.WriteElement(root);
    }

    private void WritePackageXml(string path, XElement root)
    {
        using var stream = zip.CreateEntry(path, CompressionLevel.Fastest).Open();
        new XDocument(new XDeclaration("1.0", "utf-8", "yes"), root).Save(stream);
    }

    private static XElement Relationship(string id, string type, string target) => new(Relationships + "Relationship",
        new XAttribute("Id", id), new XAttribute("Type", RelationshipTypes + type), new XAttribute("Target", target));

    private static XElement ContentType(string part, string type) =>
        new(ContentTypes + "Override", new XAttribute("PartName", part), new XAttribute("ContentType", SpreadsheetTypes + type));
}
