namespace CarRentalGateway.BackOffice.Features.RateSheets;

/// <summary>
/// The rate sheet format, defined once for the template and the reader: one worksheet "Rates", the column names in
/// row 1, a description row 2, data from row 3. See docs/decisions.md, "Rate sheets".
/// </summary>
public static class RateSheetFormat
{
    public const string WorksheetName = "Rates";
    public const int HeaderRow = 1;
    public const int DescriptionRow = 2;
    public const int FirstDataRow = 3;

    /// <summary>
    /// The most rows below the header: a large supplier's whole fleet with its seasons fits many times over, and a
    /// sheet padded to a million rows is refused before any row is read.
    /// </summary>
    public const int MaxRows = 10_000;

    public const string LocationCode = "Location code";
    public const string Acriss = "ACRISS";
    public const string SampleModel = "Sample model";
    public const string SeasonName = "Season name";
    public const string SeasonFrom = "Season from";
    public const string SeasonTo = "Season to";
    public const string Band1To2 = "1-2 days";
    public const string Band3To6 = "3-6 days";
    public const string Band7To13 = "7-13 days";
    public const string Band14Plus = "14+ days";
    public const string Fallback = "Fallback daily rate";

    /// <summary>The columns in template order, each with the text of the description row.</summary>
    public static IReadOnlyList<(string Name, string Description)> Columns { get; } =
    [
        (LocationCode, "The supplier's location code, e.g. TLL-AIRPORT (must exist)."),
        (Acriss, "4-letter ACRISS code, e.g. CDMR. A new code at the location creates the offer."),
        (SampleModel, "Model sold as \"or similar\"; required for a new offer."),
        (SeasonName, "Optional name, e.g. Summer 2027. Leave the season columns empty to set only the fallback."),
        (SeasonFrom, "First day of the season (date, yyyy-mm-dd)."),
        (SeasonTo, "Last day of the season, included (date, yyyy-mm-dd)."),
        (Band1To2, "Daily rate for rentals of 1-2 days, in the supplier's currency."),
        (Band3To6, "Daily rate for rentals of 3-6 days."),
        (Band7To13, "Daily rate for rentals of 7-13 days."),
        (Band14Plus, "Daily rate for rentals of 14 days or more."),
        (Fallback, "Daily rate outside every season (all bands); required for a new offer."),
    ];

    /// <summary>The band columns in the order of <see cref="Core.Rates.RentalLengthBands.Standard"/>.</summary>
    public static IReadOnlyList<string> BandColumns { get; } = [Band1To2, Band3To6, Band7To13, Band14Plus];

    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>"A", "B", … "AA": how Excel names a column.</summary>
    public static string ColumnLetter(int column)
    {
        var letters = "";
        while (column > 0)
        {
            var remainder = (column - 1) % 26;
            letters = (char)('A' + remainder) + letters;
            column = (column - 1) / 26;
        }

        return letters;
    }
}
