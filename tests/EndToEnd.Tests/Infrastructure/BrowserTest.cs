using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace CarRentalGateway.EndToEnd.Tests.Infrastructure;

/// <summary>The base of the browser tests of the in-process app, which every test of the collection shares.</summary>
[Collection(BackOfficeCollection.Name)]
public abstract class BrowserTest(BackOfficeFixture fixture, ITestOutputHelper output) : BrowserSession(output)
{
    protected BackOfficeFixture Fixture => fixture;

    /// <summary>Runs a test in a new browser context on the app; on failure saves <c>&lt;test&gt;.png</c> and rethrows.</summary>
    protected Task InBrowserAsync(Func<IPage, Task> test, [CallerMemberName] string testName = "") =>
        InBrowserAsync(fixture.Browser, fixture.App.BaseAddress, test, testName);
}

/// <summary>
/// The base of every browser test: a fresh browser context per test, sign-in through the real login page,
/// and a screenshot (plus the browser's errors) when a test fails.
/// </summary>
public abstract class BrowserSession(ITestOutputHelper output)
{
    /// <summary>Where failure screenshots go: <c>TestResults/e2e-screenshots</c> beside the test binaries.</summary>
    public static string ScreenshotDirectory { get; } =
        Environment.GetEnvironmentVariable("BACKOFFICE_E2E_SCREENSHOTS")
        ?? Path.Combine(AppContext.BaseDirectory, "TestResults", "e2e-screenshots");

    static BrowserSession()
    {
        // A Blazor circuit starting on a busy two-core CI machine can take a few seconds; 5 s is too tight.
        Assertions.SetDefaultExpectTimeout(15_000);
    }

    /// <summary>
    /// Runs a test in a new context of <paramref name="browser"/> whose relative URLs start at <paramref name="baseAddress"/>;
    /// on failure saves <c>&lt;test&gt;.png</c> and rethrows.
    /// </summary>
    protected async Task InBrowserAsync(IBrowser browser, Uri baseAddress, Func<IPage, Task> test, string testName)
    {
        var context = await browser.NewContextAsync(new() { BaseURL = baseAddress.ToString() });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        var browserErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                browserErrors.Add($"console: {message.Text}");
            }
        };
        page.PageError += (_, error) => browserErrors.Add($"page error: {error}");

        try
        {
            await test(page);
        }
        catch
        {
            await SaveScreenshotAsync(page, testName);
            // Pages the test opened in contexts of its own (a second user, a second instance) show their side too.
            var otherPages = browser.Contexts.SelectMany(c => c.Pages).Where(p => p != page).ToList();
            for (var i = 0; i < otherPages.Count; i++)
            {
                await SaveScreenshotAsync(otherPages[i], $"{testName}-{i + 2}");
            }

            browserErrors.ForEach(output.WriteLine);
            throw;
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    /// <summary>
    /// Saves what the page shows now. Failures save <c>&lt;test&gt;.png</c>; tests save a few <c>views/…</c> on
    /// purpose, so a person can check that the pages look right without running the app.
    /// </summary>
    protected async Task SaveScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(ScreenshotDirectory, $"{name}.png");
        try
        {
            await page.ScreenshotAsync(new() { Path = path, FullPage = true, Timeout = 10_000 });
            output.WriteLine($"Screenshot of {page.Url}: {path}");
        }
        catch (PlaywrightException e)
        {
            // The page may be gone (a crash, a closed context); the test's own error matters more.
            output.WriteLine($"No screenshot of {name}: {e.Message}");
        }
    }

    /// <summary>Signs in through the real login page and waits until the app has taken the user in.</summary>
    protected static async Task SignInAsync(IPage page, TestUser user, string returnPath = "/")
    {
        await page.GotoAsync($"/Account/Login?ReturnUrl={Uri.EscapeDataString(returnPath)}");
        await SubmitLoginAsync(page, user.Email, user.Password);
        await page.WaitForURLAsync(url => !IsLoginPage(url));
        if (!page.Url.Contains("/Account/", StringComparison.OrdinalIgnoreCase))
        {
            await WaitForInteractiveAsync(page);
        }
    }

    /// <summary>
    /// Waits until the page's circuit is up (the layout marks the document): a click on the prerendered page
    /// before that is lost, as it would be for a person.
    /// </summary>
    protected static async Task WaitForInteractiveAsync(IPage page) =>
        await Expect(page.Locator("html[data-interactive=true]")).ToHaveCountAsync(1);

    /// <summary>Fills in and submits the login form on the page already open, without waiting for the outcome.</summary>
    protected static async Task SubmitLoginAsync(IPage page, string email, string password)
    {
        await page.Locator("#Input\\.Email").FillAsync(email);
        await page.Locator("#Input\\.Password").FillAsync(password);
        await LoginSubmitButton(page).ClickAsync();
    }

    protected static bool IsLoginPage(string url) => new Uri(url).AbsolutePath.Equals("/Account/Login", StringComparison.OrdinalIgnoreCase);

    /// <summary>A URL pattern for an app path (and any query string).</summary>
    protected static Regex PathPattern(string path) => new($"^https?://[^/]+{Regex.Escape(path)}(\\?.*)?$", RegexOptions.IgnoreCase);

    private static ILocator LoginSubmitButton(IPage page) => page.Locator("#login-submit");
}
