using Microsoft.Playwright;

namespace CarRentalGateway.Load.Bench;

/// <summary>
/// One support agent: a browser context of its own (its own cookies, its own circuit), signed in, on the bookings list.
/// Each step is timed in the page by interaction-timer.js; the agent's pauses between steps are not part of any time.
/// </summary>
internal sealed class Agent(IBrowserContext context, IPage page) : IAsyncDisposable
{
    private static readonly string TimerScript = ReadTimerScript();

    // Playwright's default polls on every animation frame, which keeps each waiting page drawing frames: 25 of them
    // would take CPU from the very pages being timed. A person does not notice 50 ms.
    private static readonly PageWaitForFunctionOptions ListPolling = new() { PollingInterval = 50 };

    public static async Task<Agent> SignInAsync(IBrowser browser, Uri app, BenchAccount account)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.ToString(),
            ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
        });
        await context.AddInitScriptAsync(TimerScript);
        var page = await context.NewPageAsync();
        // Generous: under full load a step may queue behind others; a hang still ends the run with an error.
        page.SetDefaultTimeout(60_000);
        await page.GotoAsync("/Account/Login?ReturnUrl=%2Fbookings");
        await page.Locator("#Input\\.Email").FillAsync(account.Email);
        await page.Locator("#Input\\.Password").FillAsync(account.Password);
        await page.Locator("#login-submit").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/bookings");
        var agent = new Agent(context, page);
        await agent.WaitForListAsync();
        return agent;
    }

    /// <summary>
    /// Types <paramref name="text"/> into the list's search box and presses Enter; the time runs from that keystroke to
    /// the frame that shows the list answering it.
    /// </summary>
    public async Task<double> SearchAsync(string text)
    {
        var before = await FirstReferenceAsync();
        await ArmAsync("search", new { text, before });
        await page.Locator("#booking-search").FillAsync(text);
        await page.Locator("#booking-search").PressAsync("Enter");
        return await FinishedAsync();
    }

    /// <summary>Whether the list shows a next page to go to.</summary>
    public Task<bool> HasNextPageAsync() => page.Locator("#bookings-grid button[aria-label='Next page']:not([disabled])").IsVisibleAsync();

    /// <summary>The next page of the list, from the click to the frame with its first row.</summary>
    public async Task<double> NextPageAsync()
    {
        await ArmAsync("page", new { before = await FirstReferenceAsync() });
        await page.Locator("#bookings-grid button[aria-label='Next page']").ClickAsync();
        return await FinishedAsync();
    }

    /// <summary>Opens the booking in row <paramref name="pick"/> (modulo the rows shown), from the click to its page's heading.</summary>
    public async Task<double> OpenAsync(int pick)
    {
        var rows = page.Locator("#bookings-grid tbody tr:not(.no-rows)");
        var row = rows.Nth(pick % await rows.CountAsync());
        var reference = (await row.Locator("a.booking-reference").TextContentAsync())!.Trim();
        await ArmAsync("open", new { reference });
        // The customer's cell: the row's own click, not the reference link.
        await row.Locator("td").Nth(2).ClickAsync();
        return await FinishedAsync();
    }

    /// <summary>Back to the list through the menu, as for the next caller (not timed).</summary>
    public async Task BackToListAsync()
    {
        await page.Locator(".mud-navmenu a[href='bookings']").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/bookings");
        await WaitForListAsync();
    }

    /// <summary>After a failed step: the list afresh.</summary>
    public async Task StartOverAsync()
    {
        await page.GotoAsync("/bookings");
        await WaitForListAsync();
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();

    private async Task WaitForListAsync()
    {
        await page.Locator("html[data-interactive=true]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        // The prerendered rows come first; the circuit then loads them again. An agent waits, as a person does, for the
        // list to settle before typing.
        await page.WaitForFunctionAsync("() => window.loadBench.rowCount() > 0 && !window.loadBench.loading()", null, ListPolling);
    }

    private Task<string?> FirstReferenceAsync() => page.EvaluateAsync<string?>("() => window.loadBench.firstReference()");

    private Task ArmAsync(string step, object expected) =>
        page.EvaluateAsync("([step, expected]) => window.loadBench.arm(step, expected)", new[] { step, expected });

    private Task<double> FinishedAsync() => page.EvaluateAsync<double>("() => window.loadBench.finished()");

    private static string ReadTimerScript()
    {
        using var stream = typeof(Agent).Assembly.GetManifestResourceStream("interaction-timer.js")!;
        return new StreamReader(stream).ReadToEnd();
    }
}
