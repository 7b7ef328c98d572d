using CarRentalGateway.BackOffice.Features.Bookings;
using CarRentalGateway.BackOffice.Tests.Data.Bookings;
using CarRentalGateway.BackOffice.Tests.Features.Quote;

namespace CarRentalGateway.BackOffice.Tests.Components.Bookings;

/// <summary>
/// Changing the trip: priced now by the engine, old vs new and the difference shown before the agent accepts. Moving
/// the pick-up a day earlier makes four days: 4 × 40.00 + 4 × 8.00 GPS = 192.00, +10 % = 211.20 (52.80 more).
/// </summary>
public sealed class ChangeTripDialogTests : BookingComponentTest
{
    private static readonly TimeSpan SaveTimeout = TimeSpan.FromSeconds(10);

    private static string DayEarlier => BookingText.Date(BookingWorld.Today.AddDays(6));

    [Fact]
    public async Task Pricing_the_change_shows_old_and_new_price_and_the_difference_before_anything_is_saved()
    {
        await SellAsync();
        var (dialog, driver) = await OpenAsync<ChangeTripDialog>();
        driver.WaitFor(() => Assert.True(driver.Shows("trip-pick-up-date")));
        Assert.False(driver.Shows("trip-accept"));

        driver.TypeAndLeave("trip-pick-up-date", DayEarlier);
        driver.Click("trip-price");

        driver.WaitFor(() => Assert.Equal("211.20 EUR", driver.Text("trip-new-total")));
        Assert.Equal("158.40 EUR", driver.Text("trip-old-total"));
        Assert.Contains("Charge the customer 52.80 EUR", driver.Text("trip-difference"), StringComparison.Ordinal);
        Assert.Contains("R1 v1 Estonia uplift", driver.Text("trip-new-explanation"), StringComparison.Ordinal);
        Assert.Contains("Accept new price 211.20 EUR", driver.Text("trip-accept"), StringComparison.Ordinal);
        Assert.Equal("158.40 EUR", (await ViewAsync()).Price.CustomerTotal.ToString());

        driver.Click("trip-accept");

        await dialog.Result.WaitAsync(SaveTimeout);
        var changed = await ViewAsync();
        Assert.Equal("211.20 EUR", changed.Price.CustomerTotal.ToString());
        Assert.Equal(PickUpLocal.AddDays(-1), changed.PickUpLocal);
        Assert.Equal("211.20 EUR", changed.AmountPaid.ToString());
    }

    [Fact]
    public async Task Changing_the_trip_after_pricing_asks_for_a_new_price_before_it_can_be_accepted()
    {
        await SellAsync();
        var (_, driver) = await OpenAsync<ChangeTripDialog>();
        driver.WaitFor(() => Assert.True(driver.Shows("trip-pick-up-date")));
        driver.TypeAndLeave("trip-pick-up-date", DayEarlier);
        driver.Click("trip-price");
        driver.WaitFor(() => Assert.True(driver.Shows("trip-accept")));

        driver.Type("trip-extra-0", "2");

        driver.WaitFor(() => Assert.False(driver.Shows("trip-accept")));
        Assert.False(driver.Shows("trip-quote"));
        Assert.True(driver.Shows("trip-price"));
    }

    [Fact]
    public async Task A_trip_that_cannot_be_priced_is_refused_with_the_engines_reason()
    {
        await SellAsync();
        var (dialog, driver) = await OpenAsync<ChangeTripDialog>();
        driver.WaitFor(() => Assert.True(driver.Shows("trip-drop-off-station")));

        await driver.SelectAsync<Guid?>("trip-drop-off-station", "TLL-CITY");
        driver.Click("trip-price");

        driver.WaitFor(() => Assert.Equal(
            "One-way rentals from Tallinn Airport to Tallinn City are not offered: there is no one-way fee for that direction.",
            driver.FormError));
        Assert.False(driver.Shows("trip-accept"));
        Assert.False(dialog.Result.IsCompleted);
        Assert.Equal("TLL-AIRPORT", (await ViewAsync()).DropOff.Code);
    }

    [Fact]
    public async Task A_price_that_moved_since_the_preview_is_not_saved_and_the_new_figures_are_shown()
    {
        await SellAsync();
        var (dialog, driver) = await OpenAsync<ChangeTripDialog>();
        driver.WaitFor(() => Assert.True(driver.Shows("trip-pick-up-date")));
        driver.TypeAndLeave("trip-pick-up-date", DayEarlier);
        driver.Click("trip-price");
        driver.WaitFor(() => Assert.Equal("211.20 EUR", driver.Text("trip-new-total")));
        await using (var db = await Database.CreateDbContextAsync())
        {
            await QuoteWorld.PublishAsync(db, Clock.GetUtcNow().UtcDateTime, version: 2, QuoteWorld.EstoniaUplift(2000));
        }

        driver.Click("trip-accept");

        // 192.00 + 20 % under the rules published meanwhile.
        driver.WaitFor(() => Assert.Contains("The new price is now 230.40 EUR", driver.Text("trip-price-moved"), StringComparison.Ordinal));
        Assert.Equal("230.40 EUR", driver.Text("trip-new-total"));
        Assert.Contains("Charge the customer 72.00 EUR", driver.Text("trip-difference"), StringComparison.Ordinal);
        Assert.False(dialog.Result.IsCompleted);
        Assert.Equal("158.40 EUR", (await ViewAsync()).Price.CustomerTotal.ToString());

        driver.Click("trip-accept");

        await dialog.Result.WaitAsync(SaveTimeout);
        Assert.Equal("230.40 EUR", (await ViewAsync()).Price.CustomerTotal.ToString());
    }
}
