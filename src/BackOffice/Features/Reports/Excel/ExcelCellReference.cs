namespace CarRentalGateway.BackOffice.Features.Reports.Excel;

/// <summary>A1-style references and the sheet's size limits.</summary>
internal static class ExcelCellReference
{
    public const int MaxColumns = 16_384;
    public const int MaxRows = 1_048_576;

    /// <summary>1 → A, 27 → AA.</summary>
    public static string ColumnName(int column)
    {
        var name = "";
        for (; column > 0; column = (column - 1) / 26)
        {
            name = (char)('A' + ((column - 1) % 26)) + name;
        }

        return name;
    }
}
