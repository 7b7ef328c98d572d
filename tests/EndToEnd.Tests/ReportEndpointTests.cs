using ClosedXML.Excel;
using CarRentalGateway.EndToEnd.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CarRentalGateway.EndToEnd.Tests;

/// <summary>
/// The download links answer for themselves, whatever the pages show: Admin and Finance get files (or a plain
/// "not found" / "bad request" sentence), Support is sent to "access denied" and a visitor to the sign-in page.
/// </summary>
public sealed class ReportEndpointTests(BackOfficeFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Every download link, each with what an allowed user gets from it in the empty end-to-end database.</summary>
    private static readonly (string Link, int AllowedStatus)[] Links =
    [
        ("/reports/bookings.xlsx?status=Cancelled", 200),
        ("/reports/commission-statement.xlsx?supplier=NO-SUCH&month=2026-10", 404),
        ("/reports/revenue-summary.xlsx?from=2026-01&to=2026-10", 200),
        ("/reports/cancellations.xlsx?from=2026-10-01&to=2026-10-31", 200),
        ($"/reports/pricing-simulation.xlsx?run={Guid.Empty}", 404),
        ($"/reports/exports/{Guid.Empty}.xlsx", 404),
    ];

    public static TheoryData<string> FinanceStaff => new() { nameof(TestUsers.Admin), nameof(TestUsers.Finance) };

    [Theory, MemberData(nameof(FinanceStaff))]
    public Task Admin_and_finance_get_every_report_as_a_workbook(string role) => InBrowserAsync(async page =>
    {
        await SignInAsync(page, role == nameof(TestUsers.Admin) ? TestUsers.Admin : TestUsers.Finance);

        foreach (var (link, allowedStatus) in Links)
        {
            var response = await page.APIRequest.GetAsync(link, new() { MaxRedirects = 0 });

            Assert.True(allowedStatus == response.Status, $"{link}: {response.Status}");
            if (allowedStatus == 200)
            {
                Assert.Equal(Xlsx, response.Headers["content-type"]);
                Assert.Contains("attachment", response.Headers["content-disposition"]);
                using var workbook = new XLWorkbook(new MemoryStream(await response.BodyAsync()));
                Assert.NotEmpty(workbook.Worksheets);
            }
            else
            {
                Assert.Contains("no", await response.TextAsync(), StringComparison.OrdinalIgnoreCase);
            }
        }
    });

    [Fact]
    public Task A_malformed_link_is_answered_with_what_is_wrong() => InBrowserAsync(async page =>
    {
        await SignInAsync(page, TestUsers.Finance);

        var response = await page.APIRequest.GetAsync("/reports/revenue-summary.xlsx?from=2026-13&to=2026-10");

        Assert.Equal(400, response.Status);
        Assert.Equal("\"2026-13\" is not a month: write from as yyyy-mm.", await response.TextAsync());
    });

    [Fact]
    public Task Support_is_refused_every_report_link() => InBrowserAsync(async page =>
    {
        await SignInAsync(page, TestUsers.Support);

        foreach (var (link, _) in Links)
        {
            var response = await page.APIRequest.GetAsync(link, new() { MaxRedirects = 0 });

            Assert.True(response.Status == 302, $"{link}: {response.Status}");
            Assert.Contains("/Account/AccessDenied", response.Headers["location"], StringComparison.OrdinalIgnoreCase);
        }
    });

    [Fact]
    public Task A_visitor_is_sent_to_sign_in_by_every_report_link() => InBrowserAsync(async page =>
    {
        foreach (var (link, _) in Links)
        {
            var response = await page.APIRequest.GetAsync(link, new() { MaxRedirects = 0 });

            Assert.True(response.Status == 302, $"{link}: {response.Status}");
            Assert.Contains("/Account/Login", response.Headers["location"], StringComparison.OrdinalIgnoreCase);
        }
    });
}
