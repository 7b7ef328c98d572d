using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.Core.Pricing;
using Microsoft.EntityFrameworkCore;

namespace CarRentalGateway.BackOffice.Features.Quote;

/// <summary>The rule set that prices quotes now, and its engine; null set when none is published yet.</summary>
public sealed record PublishedRules(PublishedRuleSet? Set, PricingEngine Engine);

/// <summary>A published rule set as the quote tool names it: "rule set 4, published 2026-07-01 by ann@…".</summary>
public sealed record PublishedRuleSet(Guid Id, int Number, DateTime? PublishedAtUtc, string? PublishedBy, int ActiveRules);

/// <summary>
/// Keeps the engine of the published rule set, compiled once per set. Every quote asks the database which set is
/// published (one small query); a publish always makes a new set with a new id, so a changed id is the only
/// sign needed to compile again. One instance for the app; safe for concurrent quotes.
/// </summary>
public sealed class PublishedPricing
{
    private static readonly PublishedRules NoneYet = new(null, new PricingEngine([]));

    private readonly SemaphoreSlim _compiling = new(1, 1);
    private PublishedRules? _current;

    /// <summary>The published set's engine, compiled now if the set is new; an engine with no rules when none is published.</summary>
    public async Task<PublishedRules> CurrentAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var published = await db.PricingRuleSets.AsNoTracking()
            .Where(s => s.Status == RuleSetStatus.Published)
            .Select(s => new { s.Id, s.Number, s.PublishedAtUtc, s.PublishedBy })
            .SingleOrDefaultAsync(cancellationToken);
        if (published is null)
        {
            return NoneYet;
        }

        if (Volatile.Read(ref _current) is { } cached && cached.Set!.Id == published.Id)
        {
            return cached;
        }

        // One compile per set, even when many quotes arrive together right after a publish.
        await _compiling.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } compiled && compiled.Set!.Id == published.Id)
            {
                return compiled;
            }

            var rules = await db.PricingRules.AsNoTracking().Where(r => r.RuleSetId == published.Id).ToListAsync(cancellationToken);
            var engine = new PricingEngine(rules);
            var current = new PublishedRules(
                new PublishedRuleSet(published.Id, published.Number, published.PublishedAtUtc, published.PublishedBy, engine.ActiveRuleCount),
                engine);
            Volatile.Write(ref _current, current);
            return current;
        }
        finally
        {
            _compiling.Release();
        }
    }
}
