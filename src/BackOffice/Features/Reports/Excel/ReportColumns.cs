namespace CarRentalGateway.BackOffice.Features.Reports.Excel;

/// <summary>How a column's values are typed and formatted in the workbook.</summary>
public enum ReportCellKind
{
    Text,
    Money,
    WholeNumber,
    Percent,
    Date,
    DateTime,
    Boolean,
}

/// <summary>One column of a report table: its header, width (in characters), kind and how a row gives its value.</summary>
public sealed class ReportColumn<TRow>
{
    internal ReportColumn(string header, double width, ReportCellKind kind, bool totalled, Func<TRow, ReportCell> value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(header);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, 255);
        (Header, Width, Kind, Totalled, Value) = (header, width, kind, totalled, value);
    }

    public string Header { get; }

    /// <summary>Set explicitly: measuring text needs GDI+, which Linux servers lack.</summary>
    public double Width { get; }

    public ReportCellKind Kind { get; }

    /// <summary>True when the totals row sums this column with SUBTOTAL(109, …), the sum of the rows a filter leaves visible.</summary>
    public bool Totalled { get; }

    internal Func<TRow, ReportCell> Value { get; }
}

/// <summary>
/// The columns of a report table, declared once (usually as a static field) and reused for every export:
/// <c>new ReportColumns&lt;BookingRow&gt;().Text("Reference", 14, b =&gt; b.Reference).Money("Total", 12, b =&gt; b.Total, total: true)</c>.
/// Empty values (null) are written as empty cells.
/// </summary>
public sealed class ReportColumns<TRow>
{
    private readonly List<ReportColumn<TRow>> columns = [];

    public IReadOnlyList<ReportColumn<TRow>> All => columns;

    /// <summary>Text, always written as a text cell: a value that looks like a formula or a number stays literal text.</summary>
    public ReportColumns<TRow> Text(string header, double width, Func<TRow, string?> value) =>
        Add(header, width, ReportCellKind.Text, false, row => ReportCell.OfText(value(row)));

    /// <summary>An amount with two decimals (#,##0.00); give it in major units (euros, not cents).</summary>
    public ReportColumns<TRow> Money(string header, double width, Func<TRow, decimal?> value, bool total = false) =>
        Add(header, width, ReportCellKind.Money, total, row => ReportCell.OfNumber(value(row)));

    /// <summary>A count (#,##0).</summary>
    public ReportColumns<TRow> WholeNumber(string header, double width, Func<TRow, long?> value, bool total = false) =>
        Add(header, width, ReportCellKind.WholeNumber, total, row => ReportCell.OfNumber(value(row)));

    /// <summary>A ratio shown as a percentage (0.00%): give 0.125 for 12.5 %. Never totalled: a sum of rates means nothing.</summary>
    public ReportColumns<TRow> Percent(string header, double width, Func<TRow, decimal?> value) =>
        Add(header, width, ReportCellKind.Percent, false, row => ReportCell.OfNumber(value(row)));

    /// <summary>A calendar date (yyyy-mm-dd), stored as a real Excel date.</summary>
    public ReportColumns<TRow> Date(string header, double width, Func<TRow, DateOnly?> value) =>
        Add(header, width, ReportCellKind.Date, false, row => ReportCell.OfMoment(value(row)?.ToDateTime(TimeOnly.MinValue)));

    /// <summary>A date and time (yyyy-mm-dd hh:mm), stored as a real Excel date; the header should say whether it is local or UTC.</summary>
    public ReportColumns<TRow> DateTime(string header, double width, Func<TRow, System.DateTime?> value) =>
        Add(header, width, ReportCellKind.DateTime, false, row => ReportCell.OfMoment(value(row)));

    /// <summary>A yes/no value, written as an Excel boolean (TRUE/FALSE) so it filters as one.</summary>
    public ReportColumns<TRow> Boolean(string header, double width, Func<TRow, bool?> value) =>
        Add(header, width, ReportCellKind.Boolean, false, row => ReportCell.OfFlag(value(row)));

    private ReportColumns<TRow> Add(string header, double width, ReportCellKind kind, bool total, Func<TRow, ReportCell> value)
    {
        if (columns.Count == ExcelCellReference.MaxColumns)
        {
            throw new InvalidOperationException($"A sheet holds at most {ExcelCellReference.MaxColumns} columns.");
        }

        columns.Add(new ReportColumn<TRow>(header, width, kind, total, value));
        return this;
    }
}

/// <summary>One value on its way to a cell, without boxing: a text, a number, an Excel date serial or a boolean.</summary>
internal readonly record struct ReportCell(ReportCell.Form Shape, string? Text, decimal Number, double Serial, bool Flag)
{
    internal enum Form { Empty, Text, Number, Moment, Flag }

    public static ReportCell OfText(string? text) => text is null ? default : new(Form.Text, text, 0, 0, false);

    public static ReportCell OfNumber(decimal? number) => number is { } n ? new(Form.Number, null, n, 0, false) : default;

    public static ReportCell OfMoment(System.DateTime? moment) =>
        moment is { } m ? new(Form.Moment, null, 0, m.ToOADate(), false) : default;

    public static ReportCell OfFlag(bool? flag) => flag is { } f ? new(Form.Flag, null, 0, 0, f) : default;
}
