using Bunit;
using Bunit.TestDoubles;
using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Features.Bookings;
using CarRentalGateway.BackOffice.Features.Reports;
using CarRentalGateway.BackOffice.Features.Reports.Excel;
using CarRentalGateway.BackOffice.Features.Simulation;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.BackOffice.Tests.Data.Bookings;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CarRentalGateway.BackOffice.Tests.Components.Reports;

/// <summary>The export button and the exports panel, on the bookings list and on their own, over the real export service.</summary>
public sealed class ReportExportTests : ComponentTestContext
{
    [Fact]
    public void A_small_export_downloads_at_once_and_its_button_waits_disabled_while_it_starts()
    {
        SignInAs(Roles.Finance);
        var report = new GatedReport();
        var button = Render<ReportExportButton>(p => p.Add(x => x.Report, () => report).Add(x => x.Label, "Download"));

        button.Find("button").Click();

        button.WaitForAssertion(() => Assert.True(button.Find("button").HasAttribute("disabled")));
        Assert.Equal("Preparing…", button.Find("button").TextContent.Trim());
        Assert.Empty(JSInterop.Invocations["backOffice.download"]);
        report.Counted.SetResult(3);
        button.WaitForAssertion(() => Assert.False(button.Find("button").HasAttribute("disabled")));
        Assert.Equal("Download", button.Find("button").TextContent.Trim());
        Assert.Equal(GatedReport.Path, Assert.Single(JSInterop.VerifyInvoke("backOffice.download").Arguments));
    }

    [Fact]
    public async Task A_big_bookings_export_shows_its_progress_in_words_then_offers_the_file_while_the_list_stays()
    {
        Services.Configure<ReportOptions>(o => o.BackgroundAboveRows = 2);
        SignInAs(Roles.Finance);
        await SearchWorld.SeedAsync(Database, w => [w.Sell(), w.Sell(), w.Sell()]);
        var page = Render<BookingsPage>();
        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("a.booking-reference").Count));

        // The export's last step, its audit entry, waits: the rows are written and the file is not yet offered.
        Saves.PauseNextSave();
        page.Find("#export-bookings").Click();
        await Saves.SaveWaiting;

        page.WaitForAssertion(() => Assert.Equal("3 of 3 rows written (100 %)", page.Find(".export-progress").TextContent));
        Assert.Equal("Writing", page.Find("#report-exports .export-state").TextContent.Trim());
        Assert.Contains("Bookings export · All dates", page.Find("#report-exports").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll(".export-download"));
        Assert.Empty(JSInterop.Invocations["backOffice.download"]);
        Assert.Equal(3, page.FindAll("a.booking-reference").Count);

        Saves.Resume();

        page.WaitForAssertion(() => Assert.Equal("Ready", page.Find("#report-exports .export-state").TextContent.Trim()), TimeSpan.FromSeconds(15));
        var download = page.Find(".export-download");
        Assert.Matches("^/reports/exports/[0-9a-f-]{36}\\.xlsx$", download.GetAttribute("href"));
        Assert.Equal("bookings.xlsx", download.GetAttribute("download"));
        Assert.Empty(page.FindAll(".export-progress"));
    }

    [Fact]
    public async Task The_bookings_export_is_exactly_the_search_filters_and_sort_of_the_list()
    {
        SignInAs(Roles.Admin);
        await SearchWorld.SeedAsync(Database, w => [w.Sell()]);
        Services.GetRequiredService<BunitNavigationManager>().NavigateTo("/bookings?q=tamm&status=OnRequest&supplier=SIXT-EE&sort=pickup&desc=true");
        var page = Render<BookingsPage>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("a.booking-reference")));

        page.Find("#export-bookings").Click();

        page.WaitForAssertion(() => Assert.Equal(
            "/reports/bookings.xlsx?q=tamm&status=OnRequest&supplier=SIXT-EE&sort=pickup&desc=true",
            Assert.Single(JSInterop.VerifyInvoke("backOffice.download").Arguments)));
    }

    [Fact]
    public async Task Support_finds_no_export_button_and_no_exports_on_the_bookings_list()
    {
        SignInAs(Roles.Support);
        await SearchWorld.SeedAsync(Database, w => [w.Sell()]);

        var page = Render<BookingsPage>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("a.booking-reference")));
        Assert.Empty(page.FindAll("#export-bookings"));
        Assert.Empty(page.FindAll("#report-exports"));
    }

    [Fact]
    public void A_refused_export_says_why_in_a_snackbar_and_downloads_nothing()
    {
        SignInAs(Roles.Support);
        var snackbars = Render<MudSnackbarProvider>();
        var button = Render<ReportExportButton>(p => p.Add(x => x.Report, () => new GatedReport()));

        button.Find("button").Click();

        snackbars.WaitForAssertion(() => Assert.Contains(
            "Your role does not allow exporting reports: Finance and administrators can.", snackbars.Markup, StringComparison.Ordinal));
        Assert.Empty(JSInterop.Invocations["backOffice.download"]);
        Assert.False(button.Find("button").HasAttribute("disabled"));
    }

    [Fact]
    public void Exporting_a_simulation_run_that_is_gone_says_so_in_a_snackbar()
    {
        SignInAs(Roles.Finance);
        var snackbars = Render<MudSnackbarProvider>();
        var run = Guid.NewGuid();
        var button = Render<ReportExportButton>(p => p.Add(x => x.Report, () => new SimulationExportReport(run)));

        button.Find("button").Click();

        snackbars.WaitForAssertion(() => Assert.Contains($"There is no pricing simulation run {run}.", snackbars.Markup, StringComparison.Ordinal));
        Assert.Empty(JSInterop.Invocations["backOffice.download"]);
    }

    [Fact]
    public void A_background_export_that_fails_says_so_in_words_and_offers_no_file()
    {
        Services.Configure<ReportOptions>(o => o.BackgroundAboveRows = 0);
        SignInAs(Roles.Admin);
        var snackbars = Render<MudSnackbarProvider>();
        var panel = Render<ReportExportsPanel>();
        var report = new GatedReport { FailsToWrite = true };
        report.Counted.SetResult(5);
        var button = Render<ReportExportButton>(p => p
            .Add(x => x.Report, () => report)
            .Add(x => x.BackgroundStarted, (ReportExportView _) => panel.InvokeAsync(panel.Instance.RefreshAsync)));
        Assert.Empty(panel.FindAll("#report-exports"));

        button.Find("button").Click();

        snackbars.WaitForAssertion(() => Assert.Contains(
            "Test report has 5 rows: it is written in the background and offered under “Your exports” when ready.", snackbars.Markup, StringComparison.Ordinal));
        panel.WaitForAssertion(() => Assert.Equal("Failed", panel.Find(".export-state").TextContent.Trim()), TimeSpan.FromSeconds(15));
        Assert.Equal(
            "The export could not be written (the database may be unreachable). Nothing was lost: start it again.",
            panel.Find(".export-error").TextContent);
        Assert.Empty(panel.FindAll(".export-download"));
    }

    /// <summary>A report that counts its rows when the test says so, and may fail to write them.</summary>
    private sealed class GatedReport : IExcelReport
    {
        public const string Path = "/reports/test.xlsx?month=2026-02";

        public TaskCompletionSource<int> Counted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool FailsToWrite { get; init; }

        public string Title => "Test report";

        public string Period => "February 2026";

        public IReadOnlyList<string> Filters => [];

        public string DownloadPath => Path;

        public string FileName => "test.xlsx";

        public Task<int> CountRowsAsync(AppDbContext db, CancellationToken cancellationToken) => Counted.Task.WaitAsync(cancellationToken);

        public Task<int> WriteAsync(
            AppDbContext db, ExcelReportWriter writer, ReportHeading heading, IProgress<int> rowsWritten, CancellationToken cancellationToken) =>
            FailsToWrite ? throw new InvalidOperationException("The database went away.") : Task.FromResult(0);
    }
}
