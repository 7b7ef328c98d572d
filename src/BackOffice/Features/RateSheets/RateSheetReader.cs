using System.Globalization;
using ClosedXML.Excel;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Fleet;
using CarRentalGateway.Core.Rates;

namespace CarRentalGateway.BackOffice.Features.RateSheets;

/// <summary>
/// Reads a rate sheet into typed rows and lists every error it can find without the database: unreadable file,
/// missing worksheet or column, blank or malformed cells, bad ACRISS codes, dates, amounts. It never stops at the
/// first error, so a supplier fixes the whole sheet in one go.
/// </summary>
internal static class RateSheetReader
{
    public static RateSheetContent Read(Stream xlsx, string currency)
    {
        XLWorkbook workbook;
        try
        {
            workbook = new XLWorkbook(xlsx);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // ClosedXML and the Open XML SDK throw a range of types for a file that is not a workbook.
            return FileError("The file is not an Excel workbook (.xlsx) or cannot be read. Save it from Excel as \"Excel Workbook (*.xlsx)\" and try again.");
        }

        using (workbook)
        {
            if (!workbook.TryGetWorksheet(RateSheetFormat.WorksheetName, out var sheet))
            {
                var names = string.Join(", ", workbook.Worksheets.Select(w => $"\"{w.Name}\""));
                return FileError($"The workbook has no worksheet \"{RateSheetFormat.WorksheetName}\" (it has {names}). Start from the template.");
            }

            return ReadSheet(sheet, currency);
        }
    }

    private static RateSheetContent FileError(string message) => new("", new Dictionary<string, int>(), [], [new RateSheetError(null, null, null, null, message)], []);

    private static RateSheetContent ReadSheet(IXLWorksheet sheet, string currency)
    {
        var errors = new List<RateSheetError>();
        var columns = HeaderColumns(sheet);
        foreach (var (name, _) in RateSheetFormat.Columns.Where(c => !columns.ContainsKey(c.Name)))
        {
            errors.Add(new RateSheetError(sheet.Name, RateSheetFormat.HeaderRow, null, name,
                $"The column \"{name}\" is missing from the header row. Keep the template's column names in row 1."));
        }

        if (errors.Count > 0)
        {
            return new RateSheetContent(sheet.Name, columns, [], errors, []);
        }

        var lastRow = sheet.LastRowUsed()?.RowNumber() ?? 0;
        if (lastRow - RateSheetFormat.HeaderRow > RateSheetFormat.MaxRows)
        {
            return new RateSheetContent(sheet.Name, columns, [], [new RateSheetError(sheet.Name, null, null, null,
                $"The sheet has {lastRow - RateSheetFormat.HeaderRow:N0} rows below the header; a rate sheet has at most " +
                $"{RateSheetFormat.MaxRows:N0}. Split it by location.")], []);
        }

        var rows = new List<RateSheetRow>();
        var refusedLocations = new List<(int Row, string LocationCode)>();
        for (var rowNumber = RateSheetFormat.DescriptionRow; rowNumber <= lastRow; rowNumber++)
        {
            var cells = new RowCells(sheet, rowNumber, columns, errors);
            if (cells.IsBlank || (rowNumber == RateSheetFormat.DescriptionRow && cells.IsDescription))
            {
                continue;
            }

            if (ReadRow(cells, currency) is { } row)
            {
                rows.Add(row);
            }
            else if (cells.Text(RateSheetFormat.LocationCode) is { } location)
            {
                refusedLocations.Add((rowNumber, location));
            }
        }

        if (rows.Count == 0 && errors.Count == 0)
        {
            errors.Add(new RateSheetError(sheet.Name, null, null, null,
                $"The sheet has no rates: fill in one row per offer and season from row {RateSheetFormat.FirstDataRow}."));
        }

        return new RateSheetContent(sheet.Name, columns, rows, errors, refusedLocations);
    }

    /// <summary>Column names of row 1 → column numbers; names are matched ignoring case and surrounding spaces.</summary>
    private static Dictionary<string, int> HeaderColumns(IXLWorksheet sheet)
    {
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var cell in sheet.Row(RateSheetFormat.HeaderRow).CellsUsed())
        {
            columns.TryAdd(cell.GetString().Trim(), cell.Address.ColumnNumber);
        }

        return columns;
    }

    private static RateSheetRow? ReadRow(RowCells cells, string currency)
    {
        var errorsBefore = cells.ErrorCount;
        var location = cells.RequiredText(RateSheetFormat.LocationCode, "Enter the location code, e.g. TLL-AIRPORT.");
        var acrissText = cells.RequiredText(RateSheetFormat.Acriss, "Enter an ACRISS code, e.g. CDMR.");
        string? acriss = null;
        if (acrissText is not null)
        {
            var parsed = AcrissCode.Parse(acrissText);
            if (parsed.Failed)
            {
                cells.Error(RateSheetFormat.Acriss, parsed.Error!);
            }
            else
            {
                acriss = parsed.Value.Value;
            }
        }

        var model = cells.Text(RateSheetFormat.SampleModel);
        var fallback = cells.Amount(RateSheetFormat.Fallback, currency);
        var season = ReadSeason(cells, currency);
        if (season is null && !cells.HasSeasonCells && !cells.Has(RateSheetFormat.Fallback))
        {
            cells.Error(RateSheetFormat.Fallback,
                "The row has neither a season nor a fallback rate: fill in the season's dates and band rates, or the fallback daily rate.");
        }

        return cells.ErrorCount > errorsBefore || location is null || acriss is null
            ? null
            : new RateSheetRow(cells.Row, location.ToUpperInvariant(), acriss, model, season, fallback);
    }

    /// <summary>A season when any season column is filled; then its dates and every band rate are required.</summary>
    private static RateSheetSeason? ReadSeason(RowCells cells, string currency)
    {
        if (!cells.HasSeasonCells)
        {
            return null;
        }

        var name = cells.Text(RateSheetFormat.SeasonName);
        if (name is { Length: > Season.NameMaxLength })
        {
            cells.Error(RateSheetFormat.SeasonName, $"A season's name is at most {Season.NameMaxLength} characters.");
        }

        var from = cells.RequiredDate(RateSheetFormat.SeasonFrom);
        var to = cells.RequiredDate(RateSheetFormat.SeasonTo);
        var rates = RateSheetFormat.BandColumns
            .Select(column =>
            {
                if (cells.Has(column))
                {
                    return cells.Amount(column, currency);
                }

                cells.Missing(column, "Enter the daily rate for this band: a season has a rate for every band.");
                return null;
            })
            .ToList();

        DateRange? period = null;
        if (from is { } f && to is { } t)
        {
            var range = DateRange.Create(f, t);
            if (range.Failed)
            {
                cells.Error(RateSheetFormat.SeasonTo, range.Error!);
            }
            else
            {
                period = range.Value;
            }
        }

        return period is null || rates.Any(r => r is null) ? null : new RateSheetSeason(name, period.Value, rates!);
    }

    /// <summary>The cells of one row by column name, recording each error with its row and column.</summary>
    private sealed class RowCells(IXLWorksheet sheet, int row, IReadOnlyDictionary<string, int> columns, List<RateSheetError> errors)
    {
        private static readonly string[] SeasonColumns =
            [RateSheetFormat.SeasonName, RateSheetFormat.SeasonFrom, RateSheetFormat.SeasonTo, .. RateSheetFormat.BandColumns];

        public int Row => row;

        public int ErrorCount => errors.Count;

        public bool IsBlank => RateSheetFormat.Columns.All(c => !Has(c.Name));

        /// <summary>Row 2 of the template: its first column holds the template's description text.</summary>
        public bool IsDescription =>
            string.Equals(Cell(RateSheetFormat.LocationCode).GetString().Trim(), RateSheetFormat.Columns[0].Description, StringComparison.Ordinal);

        public bool HasSeasonCells => SeasonColumns.Any(Has);

        public bool Has(string column) => !string.IsNullOrWhiteSpace(Cell(column).GetString());

        public string? Text(string column)
        {
            var text = Cell(column).GetString().Trim();
            return text.Length == 0 ? null : text;
        }

        public string? RequiredText(string column, string message)
        {
            var text = Text(column);
            if (text is null)
            {
                Missing(column, message);
            }

            return text;
        }

        public DateOnly? RequiredDate(string column)
        {
            var cell = Cell(column);
            if (!Has(column))
            {
                Missing(column, "Enter the date, e.g. 2027-06-01.");
                return null;
            }

            if (cell.DataType == XLDataType.DateTime)
            {
                return DateOnly.FromDateTime(cell.GetDateTime());
            }

            var text = cell.GetString().Trim();
            if (cell.DataType == XLDataType.Text
                && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            Error(column, $"\"{text}\" is not a date: enter an Excel date or yyyy-mm-dd text, e.g. 2027-06-01.");
            return null;
        }

        /// <summary>A positive amount with no more decimals than the currency has; null and no error when blank.</summary>
        public Money? Amount(string column, string currency)
        {
            if (!Has(column))
            {
                return null;
            }

            var cell = Cell(column);
            decimal amount;
            if (cell.DataType == XLDataType.Number)
            {
                var number = cell.GetDouble();
                if (double.IsNaN(number) || double.IsInfinity(number) || Math.Abs(number) > 1e12)
                {
                    Error(column, "The amount is not a usable number.");
                    return null;
                }

                // Through the shortest round-trip text, so 45.1 stays 45.1 and is not 45.1000000000000014…
                amount = decimal.Parse(number.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
            }
            else if (!decimal.TryParse(cell.GetString().Trim(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign | NumberStyles.AllowThousands,
                         CultureInfo.InvariantCulture, out amount))
            {
                Error(column, $"\"{cell.GetString().Trim()}\" is not an amount: enter a number such as 45.00, without the currency.");
                return null;
            }

            if (amount <= 0)
            {
                Error(column, $"The rate must be a positive amount; it is {amount.ToString(CultureInfo.InvariantCulture)}.");
                return null;
            }

            var money = Money.FromAmount(amount, currency);
            if (money.Failed)
            {
                Error(column, money.Error!);
                return null;
            }

            return money.Value;
        }

        /// <summary>Records that a required cell is blank.</summary>
        public void Missing(string column, string message) => Error(column, message);

        public void Error(string column, string message) =>
            errors.Add(new RateSheetError(sheet.Name, row, RateSheetFormat.ColumnLetter(columns[column]), column, message));

        private IXLCell Cell(string column) => sheet.Cell(row, columns[column]);
    }
}
