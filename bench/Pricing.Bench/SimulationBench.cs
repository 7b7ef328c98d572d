using System.Diagnostics;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Pricing;

namespace CarRentalGateway.Pricing.Bench;

/// <summary>
/// The pricing simulation over 100,000 past bookings, side by side: the way the app does it (each booking's stored
/// supplier price and trip facts through <see cref="PricingEngine.ApplyRules"/>, published set and draft, indexed), the
/// same with every rule scanned, and the obvious alternative of pricing every booking again through the whole engine
/// from rates and contracts. The bookings are "sold" first by the published set's engine from a fixed seed.
/// </summary>
internal static class SimulationBench
{
    private const int BookingCount = 100_000;
    private const int Rounds = 3;

    private static readonly Dictionary<string, decimal> EurPerUnit = new()
    {
        ["EUR"] = 1m, ["SEK"] = 0.0870m, ["NOK"] = 0.0855m, ["DKK"] = 0.1341m, ["PLN"] = 0.2350m, ["GBP"] = 1.1800m,
    };

    public static void Run(BrokerWorld world, int seed, int[] ruleCounts)
    {
        var trips = world.Trips(new Random(seed + 1), BookingCount * 2);
        Console.WriteLine($"{BookingCount:N0} bookings sold by the published set from {trips.Count:N0} generated trips; median of {Rounds} rounds");
        Console.WriteLine();
        Console.WriteLine("| rules per set | how each booking is priced again | CPU s | wall s | bookings per CPU second | differs from sold |");
        Console.WriteLine("|---:|---|---:|---:|---:|---:|");
        foreach (var ruleCount in ruleCounts)
        {
            var publishedRules = BrokerRules.Generate(world, ruleCount, new Random(seed + ruleCount));
            var draftRules = BrokerRules.Generate(world, ruleCount, new Random(seed + ruleCount + 1));
            var published = new PricingEngine(publishedRules);
            var sold = Sell(published, trips);
            var ways = new (string Name, Func<int> Simulate)[]
            {
                ("stored supplier price, indexed rules (the app)", () => Simulate(published, new PricingEngine(draftRules), sold)),
                ("stored supplier price, every rule scanned", () => Simulate(
                    new PricingEngine(publishedRules, RuleMatching.ScanEveryRule), new PricingEngine(draftRules, RuleMatching.ScanEveryRule), sold)),
                ("whole engine from rates and contracts", () => FromRates(published, new PricingEngine(draftRules), sold)),
            };
            foreach (var (name, simulate) in ways)
            {
                var (cpu, wall, differs) = Measure(simulate);
                Console.WriteLine($"| {ruleCount:N0} | {name} | {cpu:N2} | {wall:N2} | {BookingCount / cpu:N0} | {differs} |");
            }
        }
    }

    private sealed record Sale(SoldBooking Booking, OfferToPrice Offer, PricingTrip Trip);

    /// <summary>The first <see cref="BookingCount"/> trips the published set prices, as bookings store them.</summary>
    private static List<Sale> Sell(PricingEngine published, List<(OfferToPrice Offer, PricingTrip Trip)> trips)
    {
        var sales = new List<Sale>(BookingCount);
        foreach (var (offer, trip) in trips)
        {
            if (published.Price(offer, trip).Quote is not { } quote)
            {
                continue;
            }

            var context = new RuleContext(
                offer.Supplier.Id, trip.PickUpCountry, trip.PickUp.LocationId, offer.Offer.Acriss, quote.Currency, trip.PickUpDate, trip.BookingDate,
                quote.RentalDays);
            var booking = new SoldBooking(
                $"CRG-{sales.Count:D6}",
                context,
                offer.Contracts.Single().PricingTerms,
                new SupplierPrice(quote.SupplierTotal, quote.SupplierBase.AmountOf(Core.Rates.QuoteLineKind.RentalDay)),
                quote.CustomerTotal,
                quote.Commission,
                EurPerUnit[quote.Currency]);
            sales.Add(new Sale(booking, offer, trip));
            if (sales.Count == BookingCount)
            {
                return sales;
            }
        }

        throw new InvalidOperationException($"Only {sales.Count} of the trips could be sold.");
    }

    /// <summary>The app's way; returns how many bookings the published set prices otherwise than sold (none, as it sold them).</summary>
    private static int Simulate(PricingEngine published, PricingEngine draft, List<Sale> sales)
    {
        var simulation = new PricingSimulation(published, draft);
        foreach (var sale in sales)
        {
            simulation.Add(sale.Booking);
        }

        return simulation.Result().Total.PricedDifferentlyByPublished;
    }

    /// <summary>
    /// Both sets quote each trip in full (checks, rental days by season, extras, fees, rules), and the figures are
    /// added up as the simulation does.
    /// </summary>
    private static int FromRates(PricingEngine published, PricingEngine draft, List<Sale> sales)
    {
        var (differs, revenueEur, simulatedRevenueEur) = (0, 0L, 0L);
        foreach (var sale in sales)
        {
            var asPublished = published.Price(sale.Offer, sale.Trip).Quote;
            differs += asPublished?.CustomerTotal == sale.Booking.CustomerTotal ? 0 : 1;
            if (draft.Price(sale.Offer, sale.Trip).Quote is { } simulated)
            {
                revenueEur += sale.Booking.Revenue.InEur(sale.Booking.EurPerUnit).MinorUnits;
                simulatedRevenueEur += simulated.Revenue.InEur(sale.Booking.EurPerUnit).MinorUnits;
            }
        }

        GC.KeepAlive(revenueEur + simulatedRevenueEur);
        return differs;
    }

    private static (double CpuSeconds, double WallSeconds, int Differs) Measure(Func<int> simulate)
    {
        var differs = simulate(); // warm-up, and the check that every way reproduces the sales
        var (cpu, wall) = (new double[Rounds], new double[Rounds]);
        for (var r = 0; r < Rounds; r++)
        {
            var (cpuStart, clock) = (ThreadClock.Now, Stopwatch.StartNew());
            simulate();
            (cpu[r], wall[r]) = ((ThreadClock.Now - cpuStart).TotalSeconds, clock.Elapsed.TotalSeconds);
        }

        Array.Sort(cpu);
        Array.Sort(wall);
        return (cpu[Rounds / 2], wall[Rounds / 2], differs);
    }
}
