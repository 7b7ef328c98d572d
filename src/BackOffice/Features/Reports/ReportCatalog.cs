using CarRentalGateway.BackOffice.Features.Bookings;
using CarRentalGateway.BackOffice.Features.Simulation;
using CarRentalGateway.Core.Common;

namespace CarRentalGateway.BackOffice.Features.Reports;

/// <summary>Every report that can be downloaded, by the name its link uses: /reports/{name}.xlsx?….</summary>
public static class ReportCatalog
{
    public const string BasePath = "/reports";

    private static readonly Dictionary<string, Func<ReportParameters, Result<IExcelReport>>> Reports = new(StringComparer.OrdinalIgnoreCase)
    {
        [BookingsExportReport.Name] = BookingsExportReport.Parse,
        [CommissionStatementReport.Name] = CommissionStatementReport.Parse,
        [RevenueSummaryReport.Name] = RevenueSummaryReport.Parse,
        [CancellationsReport.Name] = CancellationsReport.Parse,
        [SimulationExportReport.Name] = SimulationExportReport.Parse,
    };

    public static IEnumerable<string> Names => Reports.Keys;

    /// <summary>The download link of the report called <paramref name="name"/> with <paramref name="parameters"/>.</summary>
    public static string PathOf(string name, params (string Name, string? Value)[] parameters) =>
        ReportParameters.Link($"{BasePath}/{name}.xlsx", parameters);

    /// <summary>The report a whole download link names ("/reports/bookings.xlsx?status=Cancelled"), read as the endpoint reads it.</summary>
    public static Result<IExcelReport> FromLink(string link)
    {
        var uri = LinkUri(link);
        return Find(Path.GetFileNameWithoutExtension(uri.AbsolutePath), ReportParameters.FromQueryString(uri.Query));
    }

    /// <summary>The catalog name of a report ("commission-statement"), read from its own download link.</summary>
    public static string NameOf(IExcelReport report) => Path.GetFileNameWithoutExtension(LinkUri(report.DownloadPath).AbsolutePath);

    private static Uri LinkUri(string link) => new(new Uri("http://localhost"), link);

    /// <summary>The report a download link asks for; a sentence naming what is wrong when the name or a parameter is.</summary>
    public static Result<IExcelReport> Find(string name, ReportParameters parameters) =>
        Reports.TryGetValue(name, out var make)
            ? make(parameters)
            : Result.Fail<IExcelReport>($"There is no report called \"{name}\".");
}
