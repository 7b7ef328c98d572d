using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Features.Simulation;
using CarRentalGateway.BackOffice.Tests.Data.Bookings;
using CarRentalGateway.BackOffice.Tests.Features.Pricing;
using CarRentalGateway.BackOffice.Tests.Features.Quote;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using CarRentalGateway.Core.Bookings;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Pricing;
using Microsoft.Extensions.DependencyInjection;

namespace CarRentalGateway.BackOffice.Tests.Features.Simulation;

/// <summary>
/// Simulations over bookings stored in <see cref="BookingWorld"/>: sold on the test clock's first day under the published
/// Estonia +10 %, after which +15 % was published (v2) and the draft (v3) raised it to +20 %.
/// </summary>
public sealed class PricingSimulationServiceTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory, AllProviders]
    public async Task A_run_compares_the_draft_over_the_confirmed_bookings_sold_in_the_period_and_is_stored_for_finance(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await BookingWorld.SeedAsync(app);
        var saleDay = BookingWorld.Today;
        var sold = await StoreAsync(app, ("CRG-22AAAA", true), ("CRG-22BBBB", true), ("CRG-22CCCC", false));
        app.Clock.Advance(TimeSpan.FromDays(1));
        await StoreAsync(app, ("CRG-22DDDD", true));
        await PublishAndDraftAsync(app);
        var progress = new RecordedProgress();

        await using var ann = app.As(TestUser.Ann);
        var ran = await ann.Simulations().RunAsync(Period(saleDay, saleDay), progress, None);

        Assert.True(ran.Succeeded, ran.Error);
        // Each counted booking: sold at S + 10 %, under the draft S + 20 %; 15 % commission C on the rental days either way.
        var counted = sold.Take(2).ToList();
        var expected = new SimulationFigures(
            2,
            Sum(counted, b => b.CustomerTotalMinor),
            Sum(counted, b => b.CommissionMinor + b.CustomerTotalMinor - b.SupplierTotalMinor),
            Sum(counted, b => b.SupplierTotalMinor + Percentage.ShareOf(b.SupplierTotalMinor, 2_000)),
            Sum(counted, b => b.CommissionMinor + Percentage.ShareOf(b.SupplierTotalMinor, 2_000)),
            Unpriced: 0,
            PricedDifferentlyByPublished: 2);
        Assert.Equal(new SimulationProgress(2, 2), progress.Reports[^1]);

        await using var fiona = app.As(TestUser.Fiona);
        var run = await fiona.Simulations().FindRunAsync(ran.Value, None);
        Assert.NotNull(run);
        Assert.Equal(expected, run.Total);
        Assert.Equal(new SupplierFigures("SIXT-EE", "Sixt Estonia", expected), Assert.Single(run.Suppliers));
        Assert.Empty(run.Unpriced);
        Assert.Equal((TestUser.Ann.Name, saleDay, saleDay, 2, 3), (run.RunBy, run.BookedFrom, run.BookedTo, run.PublishedRuleSetNumber, run.DraftRuleSetNumber));
        var overview = await fiona.Simulations().OverviewAsync(None);
        Assert.Equal((2, 3), (overview.Published!.Number, overview.Draft!.Number));
        Assert.Equal(expected.DifferenceEur, Assert.Single(overview.Runs).Total.DifferenceEur);
    }

    [Theory, AllProviders]
    public async Task A_run_without_a_draft_is_refused_and_nothing_is_stored(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await BookingWorld.SeedAsync(app);
        await StoreAsync(app, ("CRG-22AAAA", true));
        app.Clock.Advance(TimeSpan.FromDays(1));
        await using var ann = app.As(TestUser.Ann);

        var ran = await ann.Simulations().RunAsync(Period(BookingWorld.Today, BookingWorld.Today), null, None);

        Assert.Contains("no draft rule set", ran.Error);
        Assert.Null((await ann.Simulations().OverviewAsync(None)).Draft);
        Assert.Empty((await ann.Simulations().OverviewAsync(None)).Runs);
    }

    public static TheoryData<DatabaseProvider, int, int, string, string> WrongPeriods()
    {
        var cases = new TheoryData<DatabaseProvider, int, int, string, string>();
        foreach (var provider in Enum.GetValues<DatabaseProvider>())
        {
            cases.Add(provider, -1, 0, "To", "yesterday at the latest");
            cases.Add(provider, -2, -3, "To", "cannot be before the first");
            cases.Add(provider, -400, -1, "From", "at most 366 days");
        }

        return cases;
    }

    [Theory, MemberData(nameof(WrongPeriods))]
    public async Task A_period_that_is_not_past_and_bounded_is_refused_on_its_field(DatabaseProvider provider, int fromDays, int toDays, string field, string message)
    {
        await using var app = await databases.StartAsync(provider);
        await BookingWorld.SeedAsync(app);
        await PublishAndDraftAsync(app);
        var today = BookingWorld.Today;
        await using var ann = app.As(TestUser.Ann);

        var ran = await ann.Simulations().RunAsync(Period(today.AddDays(fromDays), today.AddDays(toDays)), null, None);

        Assert.Equal(field, ran.Field);
        Assert.Contains(message, ran.Error);
        Assert.Empty((await ann.Simulations().OverviewAsync(None)).Runs);
    }

    private static SimulationPeriodForm Period(DateOnly from, DateOnly to) =>
        new() { From = from.ToDateTime(TimeOnly.MinValue), To = to.ToDateTime(TimeOnly.MinValue) };

    /// <summary>Publishes Estonia +15 % over the +10 % the bookings were sold with, then drafts +20 %.</summary>
    private static async Task PublishAndDraftAsync(TestApp app)
    {
        await using (var db = await app.OpenDbAsync())
        {
            await QuoteWorld.PublishAsync(db, app.Clock.GetUtcNow().UtcDateTime, version: 2, QuoteWorld.EstoniaUplift(1500));
        }

        await app.UpdateRuleAsync(1, f => f.Percent = 20m);
    }

    /// <summary>Sells and stores bookings now, confirming those marked so; the others stay on request.</summary>
    private static async Task<List<Booking>> StoreAsync(TestApp app, params (string Reference, bool Confirmed)[] sales)
    {
        var bookings = new List<Booking>();
        foreach (var (reference, confirmed) in sales)
        {
            var booking = await BookingWorld.SellAsync(app, reference);
            if (confirmed)
            {
                BookingWorld.Must(booking.Confirm("BD-" + reference[4..]));
            }

            bookings.Add(booking);
        }

        await using var db = await app.OpenDbAsync();
        db.Bookings.AddRange(bookings);
        await db.SaveChangesAsync();
        return bookings;
    }

    private static Money Sum(IEnumerable<Booking> bookings, Func<Booking, long> minor) => Money.Of(bookings.Sum(minor), "EUR");

    private sealed class RecordedProgress : IProgress<SimulationProgress>
    {
        public List<SimulationProgress> Reports { get; } = [];

        public void Report(SimulationProgress value) => Reports.Add(value);
    }
}

public static class SimulationArrange
{
    public static PricingSimulationService Simulations(this UserSession session) => session.Services.GetRequiredService<PricingSimulationService>();
}
