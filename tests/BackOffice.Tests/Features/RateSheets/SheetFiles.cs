using ClosedXML.Excel;
using CarRentalGateway.BackOffice.Features.RateSheets;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CarRentalGateway.BackOffice.Tests.Features.RateSheets;

/// <summary>Real .xlsx rate sheets built with ClosedXML, as a supplier would fill them in, and the importer of a session.</summary>
public static class SheetFiles
{
    public static readonly string[] Header =
    [
        "Location code", "ACRISS", "Sample model", "Season name", "Season from", "Season to",
        "1-2 days", "3-6 days", "7-13 days", "14+ days", "Fallback daily rate",
    ];

    public static RateSheetImporter RateSheetImporter(this UserSession session) => session.Services.GetRequiredService<RateSheetImporter>();

    /// <summary>A sheet with the template's header row, no description row, and these rows from row 2.</summary>
    public static byte[] Sheet(params object?[][] rows) => Build(Header, rows);

    /// <summary>A row of a season: dates as real Excel dates.</summary>
    public static object?[] SeasonRow(
        string location, string acriss, string? model, string? name, string from, string to,
        decimal r1, decimal r2, decimal r3, decimal r4, decimal? fallback = null) =>
        [location, acriss, model, name, DateTime.Parse(from), DateTime.Parse(to), r1, r2, r3, r4, fallback];

    /// <summary>A row that sets only the offer's fallback rate.</summary>
    public static object?[] FallbackRow(string location, string acriss, string? model, decimal fallback) =>
        [location, acriss, model, null, null, null, null, null, null, null, fallback];

    public static byte[] Build(IReadOnlyList<string> header, IEnumerable<object?[]> rows, string worksheet = "Rates")
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(worksheet);
        for (var c = 0; c < header.Count; c++)
        {
            sheet.Cell(1, c + 1).SetValue(header[c]);
        }

        var r = 2;
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Length; c++)
            {
                Set(sheet.Cell(r, c + 1), row[c]);
            }

            r++;
        }

        return Save(workbook);
    }

    /// <summary>Adds rows after the last used row of an existing workbook (the downloaded template).</summary>
    public static byte[] Append(byte[] xlsx, params object?[][] rows)
    {
        using var workbook = new XLWorkbook(new MemoryStream(xlsx));
        var sheet = workbook.Worksheet("Rates");
        var r = sheet.LastRowUsed().RowNumber() + 1;
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Length; c++)
            {
                Set(sheet.Cell(r, c + 1), row[c]);
            }

            r++;
        }

        return Save(workbook);
    }

    public static Stream Stream(this byte[] bytes) => new MemoryStream(bytes, writable: false);

    private static void Set(IXLCell cell, object? value)
    {
        switch (value)
        {
            case null:
                break;
            case string text:
                cell.SetValue(text);
                break;
            case DateTime date:
                cell.SetValue(date);
                cell.Style.DateFormat.Format = "yyyy-mm-dd";
                break;
            case decimal amount:
                cell.SetValue(amount);
                break;
            case int number:
                cell.SetValue(number);
                break;
            case double number:
                cell.SetValue(number);
                break;
            default:
                throw new ArgumentException($"No cell type for {value.GetType()}.", nameof(value));
        }
    }

    private static byte[] Save(XLWorkbook workbook)
    {
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
