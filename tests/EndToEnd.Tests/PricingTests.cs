using System.Globalization;
using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Contracts;
using CarRentalGateway.Core.Fleet;
using CarRentalGateway.Core.Locations;
using CarRentalGateway.Core.Rates;
using CarRentalGateway.EndToEnd.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static CarRentalGateway.EndToEnd.Tests.Infrastructure.SupplierScreens;
using static Microsoft.Playwright.Assertions;

namespace CarRentalGateway.EndToEnd.Tests;

public sealed class PricingTests(BackOfficeFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public Task Admin_adds_a_rule_publishes_it_and_the_quote_names_it() => InBrowserAsync(async page =>
    {
        var code = NewCode().ToUpperInvariant();
        await Fixture.AddSupplierAsync(code, "Rule Rentals");
        await AddQuotableCarAsync(code);

        // Three days at 40.00 and no rule of ours yet: the supplier's own price.
        await SignInAsync(page, TestUsers.Admin, QuotePath(code));
        await Expect(CustomerTotals(page)).ToHaveTextAsync(["120.00 EUR"]);

        await page.GotoAsync("/pricing/rules");
        await WaitForInteractiveAsync(page);
        await page.Locator("#add-rule").ClickAsync();
        var ruleName = $"Uplift {code}";
        await page.Locator("#rule-name").FillAsync(ruleName);
        await page.Locator("#rule-supplier").FillAsync(code);
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = code }).ClickAsync();
        await Expect(page.Locator("#rule-supplier")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(code));
        await page.Locator("#rule-percent").FillAsync("10");

        // As an admin would, read the rule in words before saving it: the form has taken every value by then.
        await Expect(page.Locator("#rule-preview")).ToContainTextAsync("10 %");
        await page.Locator("#rule-save").ClickAsync();
        await Expect(page.Locator("#rules-table")).ToContainTextAsync(ruleName);
        await Expect(page.Locator("#rules-draft-banner")).ToBeVisibleAsync();
        await SaveScreenshotAsync(page, "views/pricing-rules-draft");

        await page.Locator("#publish-rules").ClickAsync();
        await Expect(page.Locator("#publish-no-problems")).ToBeVisibleAsync();
        await Expect(Dialog(page)).ToContainTextAsync(ruleName);
        await page.Locator("#publish-confirm").ClickAsync();
        await Expect(page.Locator(".mud-snackbar").Filter(new() { HasText = "published: it prices quotes" })).ToBeVisibleAsync();
        await Expect(page.Locator("#rules-published-banner")).ToBeVisibleAsync();

        // 120.00 + 10 % = 132.00, and the explanation names the rule that did it.
        await page.GotoAsync(QuotePath(code));
        await WaitForInteractiveAsync(page);
        await Expect(CustomerTotals(page)).ToHaveTextAsync(["132.00 EUR"]);
        await page.Locator(".explain-button").First.ClickAsync();
        await Expect(page.Locator(".explanation-row")).ToContainTextAsync($"v1 {ruleName}");
        await Expect(page.Locator(".explanation-row")).ToContainTextAsync("+10 %");
        await SaveScreenshotAsync(page, "views/quote-with-rule");
    });

    [Fact]
    public Task Support_can_quote_but_not_edit_rules() => InBrowserAsync(async page =>
    {
        var code = NewCode().ToUpperInvariant();
        await Fixture.AddSupplierAsync(code, "Phone Quote Rentals");
        await AddQuotableCarAsync(code);

        await SignInAsync(page, TestUsers.Support, QuotePath(code));
        await Expect(CustomerTotals(page)).ToHaveCountAsync(1);
        await Expect(page.Locator("nav").GetByText("Pricing rules")).ToHaveCountAsync(0);

        await page.GotoAsync("/pricing/rules");
        await Expect(page.Locator("#no-access")).ToBeVisibleAsync();
        await Expect(page.Locator("#add-rule")).ToHaveCountAsync(0);
        await Expect(page.Locator("#rules-table")).ToHaveCountAsync(0);
    });

    private static ILocator CustomerTotals(IPage page) => page.Locator(".priced-offers td.customer-total");

    /// <summary>A three-day trip from the supplier's Tallinn airport station, a week from today at 10:00.</summary>
    private static string QuotePath(string supplierCode)
    {
        var pickUp = DateTime.UtcNow.Date.AddDays(7).AddHours(10);
        string At(DateTime local) => local.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
        return $"/quote?supplier={supplierCode}&from=TLL&pickUp={At(pickUp)}&dropOff={At(pickUp.AddDays(3))}&age=30";
    }

    /// <summary>
    /// An airport station open around the clock with one CDMR at 40.00 a day, under a 15 % commission contract in
    /// force from last month to next year: everything a quote needs, stored as if set up earlier.
    /// </summary>
    private async Task AddQuotableCarAsync(string supplierCode)
    {
        await using var scope = Fixture.App.Services.CreateAsyncScope();
        var dbFactory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>();
        await using var db = await dbFactory.CreateDbContextAsync();
        var supplierId = await db.Suppliers.Where(s => s.Code == supplierCode).Select(s => s.Id).SingleAsync();
        var euros = (long cents) => Money.Of(cents, "EUR");

        var station = Core.Locations.Location.Create(
            Guid.CreateVersion7(), supplierId, "TLL-AIRPORT",
            new LocationDetails(
                "Tallinn Airport", LocationType.Airport, "TLL", "EE", "Tallinn", "Lennujaama tee 2", Phone: null, "Europe/Tallinn",
                WeeklyOpeningHours.Always, AfterHoursFee: null),
            "EUR").Value;
        var offer = FleetOffer.Create(
            Guid.CreateVersion7(), supplierId, station.Id,
            new FleetOfferDetails(
                "CDMR", "Toyota Corolla", 5, 5, 2, MileagePolicy.Unlimited, euros(30_000), MinimumDriverAge: 21,
                YoungDriverAge: null, YoungDriverDailyFee: null, DailyAllocation: 5),
            "EUR").Value;
        var rates = OfferRates.Create(offer.Id, BandRates.Flat(RentalLengthBands.Standard, euros(4_000)).Value);

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var terms = new ContractTerms(
            DateRange.Create(today.AddMonths(-1), today.AddYears(1)).Value, "EUR", 30, CommercialModel.Commission,
            Percentage.FromBasisPoints(1_500), MinimumMarginPercent: null,
            new CancellationPolicy(48, LateFeeKind.Fixed, null, euros(4_000), euros(6_000)), Notes: null);
        var contract = Contract.Draft(Guid.CreateVersion7(), supplierId, 1, terms).Value;
        var approved = contract.Approve([contract], TestUsers.Admin.Email, DateTime.UtcNow, today);
        Assert.True(approved.Succeeded, approved.Error);

        db.AddRange(station, offer, rates, contract);
        await db.SaveChangesAsync();
    }
}
