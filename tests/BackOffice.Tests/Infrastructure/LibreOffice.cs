using System.Diagnostics;
using Microsoft.VisualBasic.FileIO;

namespace CarRentalGateway.BackOffice.Tests.Infrastructure;

/// <summary>
/// Opens a workbook in LibreOffice Calc, headless (Debian's package, which ./test.sh installs), and gives back each
/// sheet as its cells are shown: with the workbook's number and date formats applied and formulas recalculated. A file
/// Calc cannot load gives no sheets at all.
/// </summary>
public static class LibreOffice
{
    // CSV export: comma, double quote, UTF-8, from line 1; "save cell contents as shown"; every sheet to a file of its own (-1).
    private const string CsvOfEverySheet = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1";

    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<string[]>>> SheetsAsync(string workbookPath)
    {
        var output = Directory.CreateTempSubdirectory("crg-calc-");
        var profile = Directory.CreateTempSubdirectory("crg-calc-profile-");
        try
        {
            using var calc = Process.Start(new ProcessStartInfo("soffice",
            [
                "--headless", "--norestore", $"-env:UserInstallation=file://{profile.FullName}",
                "--convert-to", CsvOfEverySheet, "--outdir", output.FullName, workbookPath,
            ])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            var said = await calc.StandardOutput.ReadToEndAsync(timeout.Token) + await calc.StandardError.ReadToEndAsync(timeout.Token);
            await calc.WaitForExitAsync(timeout.Token);
            Assert.True(calc.ExitCode == 0, $"soffice exited with {calc.ExitCode}: {said}");

            // Each sheet is written as "<file name>-<sheet name>.csv".
            var stem = Path.GetFileNameWithoutExtension(workbookPath) + "-";
            return output.GetFiles("*.csv").ToDictionary(
                file => Path.GetFileNameWithoutExtension(file.Name)[stem.Length..],
                file => Rows(file.FullName));
        }
        finally
        {
            output.Delete(recursive: true);
            profile.Delete(recursive: true);
        }
    }

    private static IReadOnlyList<string[]> Rows(string csvPath)
    {
        using var parser = new TextFieldParser(csvPath) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields() ?? []);
        }

        return rows;
    }
}
