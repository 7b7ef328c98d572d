using Bunit;
using CarRentalGateway.BackOffice.Features.Quote;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.BackOffice.Tests.Features.Quote;
using Microsoft.Extensions.DependencyInjection;

namespace CarRentalGateway.BackOffice.Tests.Components.Quote;

/// <summary>The explanation of one price adds up on screen: lines to the supplier total, steps to the customer total, revenue.</summary>
public sealed class PriceExplanationTests : ComponentTestContext
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task A_rule_is_named_with_its_version_and_every_total_is_shown()
    {
        SignInAs(Roles.Support);
        await using (var db = await Database.CreateDbContextAsync())
        {
            await QuoteWorld.SeedAsync(db, Today);
            await QuoteWorld.PublishAsync(db, DateTime.UtcNow, 2, QuoteWorld.EstoniaUplift(1000));
        }

        var form = QuoteWorld.Trip(Today, days: 2).With(f => { f.SupplierCode = "SIXT-EE"; f.Acriss = "CDMR"; });
        form.Extras[Core.Rates.ExtraKind.Gps] = 1;
        var quoted = await Services.GetRequiredService<QuoteService>().QuoteAsync(form, CancellationToken.None);
        var quote = quoted.Value.Priced.Single().Offers.Single().Quote;

        var explanation = Render<PriceExplanation>(p => p.Add(x => x.Price, PriceBreakdown.Of(quote)));

        var lines = explanation.FindAll(".supplier-line").Select(l => l.TextContent).ToList();
        Assert.Equal(3, lines.Count);
        Assert.Contains("Day 1", lines[0], StringComparison.Ordinal);
        Assert.Contains("40.00", lines[0], StringComparison.Ordinal);
        Assert.Contains("GPS navigation", lines[2], StringComparison.Ordinal);
        Assert.Contains("16.00", lines[2], StringComparison.Ordinal);
        Assert.Contains("96.00", explanation.Find(".supplier-total").TextContent, StringComparison.Ordinal);
        var step = explanation.Find(".price-step").TextContent;
        Assert.Contains("R1 v2 Estonia uplift", step, StringComparison.Ordinal);
        Assert.Contains("96.00 → 105.60", step, StringComparison.Ordinal);
        Assert.Contains("+9.60", step, StringComparison.Ordinal);
        Assert.Contains("105.60", explanation.Find(".customer-total").TextContent, StringComparison.Ordinal);
        // Commission is 15 % of the rental days only (80.00), not of the GPS.
        Assert.Contains("15 % of the rental days", explanation.Find(".commission").TextContent, StringComparison.Ordinal);
        Assert.Contains("12.00", explanation.Find(".commission").TextContent, StringComparison.Ordinal);
        Assert.Contains("+9.60", explanation.Find(".markup").TextContent, StringComparison.Ordinal);
        Assert.Contains("21.60", explanation.Find(".revenue").TextContent, StringComparison.Ordinal);
    }
}
