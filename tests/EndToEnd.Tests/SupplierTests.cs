using CarRentalGateway.EndToEnd.Tests.Infrastructure;
using Xunit.Abstractions;
using static CarRentalGateway.EndToEnd.Tests.Infrastructure.SupplierScreens;
using static Microsoft.Playwright.Assertions;

namespace CarRentalGateway.EndToEnd.Tests;

public sealed class SupplierTests(BackOfficeFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public Task Admin_signs_in_and_creates_a_supplier_that_then_appears_in_the_list() => InBrowserAsync(async page =>
    {
        var typedCode = NewCode();
        var code = typedCode.ToUpperInvariant();
        var name = $"Tallinn Test Cars {code[^4..]}";

        await SignInAsync(page, TestUsers.Admin, "/suppliers");
        await WaitForRowsAsync(page);
        await page.Locator("#new-supplier").ClickAsync();
        await Expect(Dialog(page)).ToBeVisibleAsync();

        await page.Locator("#supplier-code").FillAsync(typedCode);
        await page.Locator("#supplier-name").FillAsync(name);
        await page.Locator("#supplier-legal-name").FillAsync($"{name} OÜ");
        await ChooseAsync(page, "supplier-country", "Eston", "Estonia (EE)");
        await ChooseAsync(page, "supplier-currency", "Euro", "Euro (EUR)");
        await page.Locator("#supplier-reservations-email").FillAsync("reservations@tallinn-test-cars.example");
        await SaveScreenshotAsync(page, "views/new-supplier-dialog");
        await page.Locator("#supplier-save").ClickAsync();

        // The code was typed in lower case; the app stores and shows it upper-cased.
        await Expect(page).ToHaveURLAsync(PathPattern($"/suppliers/{code}"));
        await Expect(page.Locator("#supplier-title")).ToHaveTextAsync(name);
        await Expect(Dialog(page)).ToBeHiddenAsync();
        await SaveScreenshotAsync(page, "views/supplier-details");

        await page.GotoAsync($"/suppliers?q={code}");
        await Expect(Row(page, code)).ToBeVisibleAsync();
        await Expect(Row(page, code)).ToContainTextAsync(name);
        await Expect(Row(page, code)).ToContainTextAsync("Estonia");
        await Expect(Row(page, code)).ToContainTextAsync("EUR");
        await Expect(Rows(page)).ToHaveCountAsync(1);
    });

    [Fact]
    public Task Saving_a_supplier_with_an_invalid_email_shows_the_error_under_the_field_and_saves_nothing() => InBrowserAsync(async page =>
    {
        var code = NewCode().ToUpperInvariant();

        await SignInAsync(page, TestUsers.Admin, "/suppliers");
        await WaitForRowsAsync(page);
        await page.Locator("#new-supplier").ClickAsync();
        await page.Locator("#supplier-code").FillAsync(code);
        await page.Locator("#supplier-name").FillAsync("Typo Rentals");
        await page.Locator("#supplier-legal-name").FillAsync("Typo Rentals OÜ");
        await ChooseAsync(page, "supplier-country", "Eston", "Estonia (EE)");
        await ChooseAsync(page, "supplier-currency", "Euro", "Euro (EUR)");
        await page.Locator("#supplier-reservations-email").FillAsync("reservations.typo-rentals.example");
        await page.Locator("#supplier-save").ClickAsync();

        await Expect(Field(page, "supplier-reservations-email")).ToContainTextAsync("Enter a valid e-mail");
        await SaveScreenshotAsync(page, "views/invalid-email");
        // The dialog stays open with everything the user typed.
        await Expect(Dialog(page)).ToBeVisibleAsync();
        await Expect(page.Locator("#supplier-code")).ToHaveValueAsync(code);
        await Expect(page.Locator("#supplier-name")).ToHaveValueAsync("Typo Rentals");
        await Expect(page.Locator("#supplier-country")).ToHaveValueAsync("Estonia (EE)");
        await Expect(page.Locator("#supplier-reservations-email")).ToHaveValueAsync("reservations.typo-rentals.example");
        await Expect(page).ToHaveURLAsync(PathPattern("/suppliers"));
        Assert.False(await Fixture.SupplierExistsAsync(code), $"{code} was saved despite the invalid e-mail.");
    });
}
