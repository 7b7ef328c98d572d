using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Fleet;
using CarRentalGateway.Core.Pricing;
using Microsoft.EntityFrameworkCore;

namespace CarRentalGateway.BackOffice.Data.Seeding;

/// <summary>
/// A published demo rule set (v1): markups by country, uplifts for premium and luxury cars, a discount for long
/// rentals, next summer's high season, a margin floor and ceiling for euro offers, rounding to .99, and one rule the
/// checker flags: Spree's airport uplift can never apply, because Spree's flat deal before it stops further rules.
/// </summary>
internal sealed partial class DemoDataSeeder
{
    private async Task SeedPricingRulesAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.PricingRuleSets.AnyAsync(cancellationToken))
        {
            return;
        }

        var suppliers = await db.Suppliers.AsNoTracking().ToDictionaryAsync(s => s.Code, s => s.Id, cancellationToken);
        if (!suppliers.TryGetValue("SPREE-DE", out var spree))
        {
            // Not the demo catalog: rules naming its suppliers would mean nothing here.
            return;
        }

        var berlinAirport = await db.Locations.AsNoTracking()
            .Where(l => l.SupplierId == spree && l.Code == "BER-AIRPORT").Select(l => l.Id).SingleAsync(cancellationToken);
        var summer = clock.TodayUtc().Year + 1;
        var set = PricingRuleSet.StartDraft(NewId(), 1);
        db.PricingRuleSets.Add(set);

        var rules = new[]
        {
            Rule("Estonia markup", 100, Scope(country: "EE"), Percent(1200)),
            Rule("Latvia markup", 100, Scope(country: "LV"), Percent(1000)),
            Rule("Lithuania markup", 100, Scope(country: "LT"), Percent(1000)),
            Rule("Norway markup", 100, Scope(country: "NO"), Percent(1500)),
            Rule("Spain markup", 100, Scope(country: "ES"), Percent(1400)),
            Rule("Germany markup", 100, Scope(country: "DE"), Percent(900)),
            Rule($"Summer {summer} high season", 150,
                Scope() with { PickUpDates = DateRange.Create(new DateOnly(summer, 6, 1), new DateOnly(summer, 8, 31)).Value }, Percent(700)),
            Rule("Premium uplift", 200, Scope(acriss: "P???"), Percent(600)),
            Rule("Luxury uplift", 200, Scope(acriss: "L???"), Percent(800)),
            Rule("Long rental discount (14+ days)", 300, Scope() with { RentalDays = new DayCountRange(14, null) }, Percent(-500)),
            Rule("Euro margin floor and ceiling", 900, Scope(),
                RuleAdjustment.None with { MinMargin = Money.Of(800, "EUR"), MaxMargin = Money.Of(15_000, "EUR") },
                "Every euro booking earns at least 8 EUR and at most 150 EUR."),
            Rule("Round to .99", 1000, Scope(), RuleAdjustment.None with { Rounding = PriceRounding.NinetyNine }),
            Rule("Spree flat net deal", 50, Scope() with { SupplierId = spree },
                Percent(400) with { StopFurtherRules = true }, "Agreed with Spree: 4 % on everything, nothing else."),
            Rule("Spree Berlin airport uplift", 60, Scope() with { SupplierId = spree, PickUpLocationId = berlinAirport }, Percent(300),
                "Kept from before the flat deal; the checker flags it as never applying."),
        };

        var number = 0;
        foreach (var rule in rules)
        {
            db.PricingRules.Add(PricingRule.Create(NewId(), set.Id, ++number, rule).Value);
        }

        // Published through the same verb as a publish from the rules page, so the versions list shows v1.
        set.Publish(Auditing.AuditingInterceptor.SystemUserName, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        LogSeededPricingRules(rules.Length);

        static RuleScope Scope(string? country = null, string? acriss = null) =>
            RuleScope.Everything with { Country = country, Acriss = acriss is null ? null : AcrissPattern.Parse(acriss).Value };

        static RuleAdjustment Percent(int basisPoints) => RuleAdjustment.None with { Percent = basisPoints };

        static PricingRuleDefinition Rule(string name, int priority, RuleScope scope, RuleAdjustment adjustment, string? notes = null) =>
            new(name, IsActive: true, priority, scope, adjustment, notes);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: published {Count} pricing rules as v1.")]
    private partial void LogSeededPricingRules(int count);
}
