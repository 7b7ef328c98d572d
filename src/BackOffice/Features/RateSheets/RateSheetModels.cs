namespace CarRentalGateway.BackOffice.Features.RateSheets;

/// <summary>One thing wrong with a rate sheet, where a person finds it: sheet, row, column (letter and name).</summary>
public sealed record RateSheetError(string? Sheet, int? Row, string? Column, string? ColumnName, string Message)
{
    /// <summary>"Rates!G7 (1-2 days): …", or just the message for a problem with the whole file.</summary>
    public override string ToString() =>
        Row is null ? Message : $"{Sheet}!{Column}{Row} ({ColumnName}): {Message}";
}

public enum RateSheetChange
{
    Created,
    Changed,
    Unchanged,
}

/// <summary>What applying the sheet does to one part of an offer: the offer itself, its fallback rate or one season.</summary>
/// <param name="What">"Offer", "Fallback" or the season's description.</param>
/// <param name="Old">The rates before, for a change; null otherwise.</param>
/// <param name="New">The rates after (or the offer's sample model for a new offer).</param>
public sealed record RateSheetPreviewLine(
    string LocationCode, string Acriss, string What, RateSheetChange Change, string? Old, string? New);

/// <summary>Either every error of the sheet (nothing is saved), or what importing it would do, line by line.</summary>
public sealed record RateSheetPreview(
    string SupplierCode, string FileName, IReadOnlyList<RateSheetError> Errors, IReadOnlyList<RateSheetPreviewLine> Lines)
{
    public bool IsValid => Errors.Count == 0;

    public int Created => Lines.Count(l => l.Change == RateSheetChange.Created);

    public int Changed => Lines.Count(l => l.Change == RateSheetChange.Changed);

    public int Unchanged => Lines.Count(l => l.Change == RateSheetChange.Unchanged);
}

/// <summary>The outcome of applying a sheet: its preview (with errors when it was refused) and whether it was saved.</summary>
public sealed record RateSheetImportResult(RateSheetPreview Preview, bool Applied);

/// <summary>The data rows of a sheet as typed values, plus every error found reading them.</summary>
/// <param name="RefusedRowLocations">
/// The location codes of rows refused while reading, so the importer can still say when such a location does not
/// exist: every error of the sheet is listed, not just the first of each row.
/// </param>
internal sealed record RateSheetContent(
    string Sheet, IReadOnlyDictionary<string, int> ColumnNumbers, IReadOnlyList<RateSheetRow> Rows, IReadOnlyList<RateSheetError> Errors,
    IReadOnlyList<(int Row, string LocationCode)> RefusedRowLocations)
{
    /// <summary>An error in a cell of a data row, by the column's name as the header row places it.</summary>
    public RateSheetError ErrorAt(int row, string column, string message) =>
        new(Sheet, row, RateSheetFormat.ColumnLetter(ColumnNumbers[column]), column, message);
}

/// <summary>One data row, read and checked cell by cell; the importer checks it against the database.</summary>
internal sealed record RateSheetRow(
    int Row,
    string LocationCode,
    string Acriss,
    string? SampleModel,
    RateSheetSeason? Season,
    Core.Common.Money? Fallback);

internal sealed record RateSheetSeason(string? Name, Core.Common.DateRange Period, IReadOnlyList<Core.Common.Money> Rates);
