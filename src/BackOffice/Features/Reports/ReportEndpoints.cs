using CarRentalGateway.BackOffice.Security;

namespace CarRentalGateway.BackOffice.Features.Reports;

/// <summary>
/// The download links: a report written on request (/reports/{name}.xlsx?…) and a finished background export
/// (/reports/exports/{id}.xlsx). Both refuse anyone without <see cref="Policies.FinanceReports"/>, whatever the UI shows.
/// </summary>
public static class ReportEndpoints
{
    public static IEndpointRouteBuilder MapReportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var reports = endpoints.MapGroup(ReportCatalog.BasePath).RequireAuthorization(Policies.FinanceReports);
        reports.MapGet("/{name}.xlsx", DownloadAsync);
        reports.MapGet("/exports/{id:guid}.xlsx", DownloadFinishedAsync);
        return endpoints;
    }

    private static async Task<IResult> DownloadAsync(string name, HttpRequest request, ReportExportService exports, CancellationToken cancellationToken)
    {
        var report = ReportCatalog.Find(name, ReportParameters.From(request.Query));
        if (report.Failed)
        {
            return Results.Text(report.Error, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }

        ReportFile file;
        try
        {
            file = await exports.ExportAsync(report.Value, cancellationToken);
        }
        catch (ReportNotFoundException notFound)
        {
            return Results.Text(notFound.Message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        }


        // The file is this download's alone: it goes when the response has read it.
        var content = new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 1 << 16,
            FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        return Results.File(content, ReportFiles.ContentType, file.FileName);
    }

    private static async Task<IResult> DownloadFinishedAsync(Guid id, ReportExportService exports)
    {
        if (await exports.FinishedExportAsync(id) is not { } file)
        {
            return Results.Text("This export is not yours, not finished, or no longer kept: start it again from the page.",
                "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        }

        // Kept for later downloads until it expires (ReportOptions.KeepFilesFor).
        var content = new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 1 << 16, FileOptions.Asynchronous);
        return Results.File(content, ReportFiles.ContentType, file.FileName);
    }
}
