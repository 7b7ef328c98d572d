using System.Globalization;
using CarRentalGateway.Core.Common;

namespace CarRentalGateway.Core.Pricing;

/// <summary>
/// Finds what is wrong with a rule set before it is published: rules that can never fire (an empty scope, an
/// ended window, an earlier rule that stops further rules for every trip they match), rules of the same priority
/// whose scopes overlap, and margin floors above their ceilings. Only active rules are checked and weighed
/// against each other: making a rule inactive is a deliberate choice, not a problem.
/// </summary>
/// <remarks>
/// <para>Problems come in evaluation order (priority, then rule number), and for one rule in the order of
/// <see cref="RuleProblemKind"/>.</para>
/// <para>A rule whose scope is empty and whose window has ended gets both problems: each alone keeps it from
/// firing, and fixing one leaves the other. A rule with an empty scope is left out of the comparisons between
/// rules: it never fires, so it neither stops nor is stopped, and its order does not matter.</para>
/// <para>A rule is shadowed when one earlier stop rule covers it; several stop rules that cover it only together
/// are not looked for. Coverage and overlap use what the catalog says of every trip a rule matches: a pick-up
/// location has one supplier and one country, and a supplier prices in one currency. Nothing is inferred from
/// where a supplier happens to have locations today, which changes as locations are added.</para>
/// <para>An ambiguous order is one problem on each rule involved, naming the other rules (the first as
/// <see cref="RuleProblem.OtherRuleId"/>): whichever rule an admin looks at shows it, and a set whose rules all
/// share one priority gives one line per rule, not one per pair.</para>
/// </remarks>
public static class RuleSetChecker
{
    /// <summary>How many same-priority rules an ambiguous order names; the rest are counted.</summary>
    private const int MostRulesNamed = 3;

    public static IReadOnlyList<RuleProblem> Check(IReadOnlyCollection<PricingRule> rules, DateOnly today, PricingCatalog catalog)
    {
        var ordered = rules
            .Where(rule => rule.IsActive)
            .OrderBy(rule => rule.Priority)
            .ThenBy(rule => rule.Number)
            .Select(rule => new CheckedRule(rule, catalog))
            .ToArray();
        CompareRules(ordered);

        var problems = new List<RuleProblem>();
        foreach (var rule in ordered)
        {
            var id = rule.Rule.Id;
            problems.AddRange(rule.Contradictions.Select(message => new RuleProblem(id, RuleProblemKind.EmptyScope, message)));
            if (WindowEnded(rule.Scope, today) is { } ended)
            {
                problems.Add(new RuleProblem(id, RuleProblemKind.WindowEnded, ended));
            }

            if (rule.ShadowedBy is { } earlier)
            {
                problems.Add(new RuleProblem(id, RuleProblemKind.Shadowed, ShadowedMessage(earlier), earlier.Rule.Id));
            }

            if (rule.SamePriorityOverlaps is [var firstOther, ..] others)
            {
                problems.Add(new RuleProblem(id, RuleProblemKind.AmbiguousOrder, AmbiguousOrderMessage(rule, others), firstOther.Rule.Id));
            }

            if (FloorAboveCeilingMessage(rule.Adjustment) is { } floor)
            {
                problems.Add(new RuleProblem(id, RuleProblemKind.FloorAboveCeiling, floor));
            }
        }

        return problems;
    }

    /// <summary>
    /// Finds for each rule the first earlier stop rule that covers it and the same-priority rules it overlaps.
    /// The rules are in evaluation order, so the rules of one priority sit next to each other.
    /// </summary>
    private static void CompareRules(CheckedRule[] ordered)
    {
        var stopRules = new List<CheckedRule>();
        var firstOfPriority = 0;
        for (var position = 0; position < ordered.Length; position++)
        {
            var rule = ordered[position];
            if (position > 0 && ordered[position - 1].Rule.Priority != rule.Rule.Priority)
            {
                firstOfPriority = position;
            }

            if (!rule.CanMatch)
            {
                continue;
            }

            rule.ShadowedBy = stopRules.Find(stop => stop.StopsEveryTripOf(rule));
            for (var earlier = firstOfPriority; earlier < position; earlier++)
            {
                var other = ordered[earlier];
                if (other.CanMatch && other.Overlaps(rule))
                {
                    other.SamePriorityOverlaps.Add(rule);
                    rule.SamePriorityOverlaps.Add(other);
                }
            }

            if (rule.Adjustment.StopFurtherRules)
            {
                stopRules.Add(rule);
            }
        }
    }

    /// <summary>Why no trip can ever match the scope, one message for each contradiction.</summary>
    private static List<string> Contradictions(RuleScope scope, string? currency, CatalogLocation? location, PricingCatalog catalog)
    {
        var found = new List<string>();
        if (scope.PickUpDates is { } pickUp && scope.BookingDates is { } booked)
        {
            AddWindowContradictions(found, pickUp, booked, scope.LeadDays);
        }

        if (scope.PickUpLocationId is { } && location is null)
        {
            found.Add("Never applies: the pick-up location it is limited to no longer exists. Choose another location or clear the pick-up location.");
        }

        var supplierKnown = scope.SupplierId is not { } supplierId || catalog.SupplierCurrencies.ContainsKey(supplierId);
        if (!supplierKnown)
        {
            found.Add("Never applies: the supplier it is limited to no longer exists. Choose another supplier or clear the supplier.");
        }

        if (location is not null && supplierKnown && scope.SupplierId is { } scoped && location.SupplierId != scoped)
        {
            found.Add("Never applies: its pick-up location belongs to another supplier than the one it is limited to. " +
                      "Choose one of that supplier's locations, or clear the supplier (the location already decides it).");
        }

        if (location is not null && scope.Country is { } country && location.Country != country)
        {
            found.Add($"Never applies: it is limited to {Countries.NameOf(country)}, but its pick-up location is in {Countries.NameOf(location.Country)}. " +
                      "Choose a location in that country, or clear the country (the location already decides it).");
        }

        // The supplier named in the scope decides the offers' currency; failing that, the pick-up location's supplier.
        var (currencySupplier, whose) = scope.SupplierId is { } named
            ? (named, "the supplier it is limited to")
            : (location?.SupplierId, "the supplier of its pick-up location");
        if (currency is not null && currencySupplier is { } supplier
            && catalog.SupplierCurrencies.TryGetValue(supplier, out var offerCurrency) && offerCurrency != currency)
        {
            found.Add($"Never applies: its amounts are in {currency}, but {whose} prices its offers in {offerCurrency}, " +
                      $"and a rule with amounts applies only to offers in their currency. Give the amounts in {offerCurrency}.");
        }

        return found;
    }

    /// <summary>The pick-up date is never before the booking date, and lead time is the days between the two.</summary>
    private static void AddWindowContradictions(List<string> found, DateRange pickUp, DateRange booked, DayCountRange lead)
    {
        if (pickUp.To < booked.From)
        {
            found.Add($"Never applies: its pick-up window ({pickUp}) ends before its booking window ({booked}) starts, " +
                      "and no car is picked up before it is booked. Correct one of the two windows.");
            return;
        }

        var longest = pickUp.To.DayNumber - booked.From.DayNumber;
        if (lead.Min > longest)
        {
            found.Add($"Never applies: it needs bookings at least {lead.Min} days ahead, but its windows allow at most {longest} " +
                      $"(booked on {Day(booked.From)}, picked up on {Day(pickUp.To)}). Lower the minimum lead time or widen the windows.");
        }

        var shortest = pickUp.From.DayNumber - booked.To.DayNumber;
        if (lead.Max < shortest)
        {
            found.Add($"Never applies: it needs bookings at most {lead.Max} days ahead, but its windows allow no fewer than {shortest} " +
                      $"(booked on {Day(booked.To)}, picked up on {Day(pickUp.From)}). Raise the maximum lead time or widen the windows.");
        }
    }

    /// <summary>
    /// A sale made today or later cannot match: a window has ended, or the pick-up window ends sooner than the
    /// minimum lead time allows from today.
    /// </summary>
    private static string? WindowEnded(RuleScope scope, DateOnly today)
    {
        DateOnly? EndedOn(DateRange? window) => window is { } dates && dates.To < today ? dates.To : null;

        const string NoNewBooking = "so no new booking can match it";
        var ended = (EndedOn(scope.PickUpDates), EndedOn(scope.BookingDates)) switch
        {
            ({ } pickUp, { } booked) =>
                $"Its pick-up window ended on {Day(pickUp)} and its booking window on {Day(booked)}, {NoNewBooking}. Move the windows forward or make the rule inactive.",
            (null, { } booked) =>
                $"Its booking window ended on {Day(booked)}, {NoNewBooking}. Move the window forward or make the rule inactive.",
            ({ } pickUp, null) =>
                $"Its pick-up window ended on {Day(pickUp)}, {NoNewBooking}. Move the window forward or make the rule inactive.",
            _ => null,
        };
        if (ended is not null || scope.PickUpDates is not { } window || scope.LeadDays.Min is not { } minimumLead)
        {
            return ended;
        }

        var lastBooking = window.To.AddDays(-minimumLead);
        return lastBooking < today
            ? $"Its pick-up window ends on {Day(window.To)} and it needs bookings at least {minimumLead} days ahead, so the last booking " +
              $"it could match was made on {Day(lastBooking)}. Move the window forward, lower the minimum lead time or make the rule inactive."
            : null;
    }

    private static string ShadowedMessage(CheckedRule earlier)
    {
        var runFirst = earlier.Rule.Priority > 0 ? $"give this rule a priority below {earlier.Rule.Priority} so it runs first, " : "";
        return $"Never applies: {earlier.Reference} runs before it, stops further rules and applies to every trip this rule applies to. " +
               $"To let this rule work, {runFirst}narrow the scope of {earlier.Rule.Label}, or turn off \"Stop further rules\" on {earlier.Rule.Label}.";
    }

    private static string AmbiguousOrderMessage(CheckedRule rule, List<CheckedRule> others)
    {
        if (others is [var other])
        {
            var (first, second) = rule.Rule.Number < other.Rule.Number ? (rule, other) : (other, rule);
            return $"{other.Reference} has the same priority ({rule.Rule.Priority}) and some trips match both, so only the rule numbers decide " +
                   $"that {first.Rule.Label} runs before {second.Rule.Label}. Give one of the two another priority.";
        }

        var named = others.Take(MostRulesNamed).Select(named => named.Reference).ToList();
        var rest = others.Count - named.Count;
        var list = rest > 0
            ? $"{string.Join(", ", named)} and {rest} more {(rest == 1 ? "rule" : "rules")}"
            : $"{string.Join(", ", named.SkipLast(1))} and {named[^1]}";
        return $"{list} have the same priority ({rule.Rule.Priority}) and some trips match this rule and each of them, so only the rule numbers " +
               "decide the order (lowest number first). Give them different priorities.";
    }

    private static string? FloorAboveCeilingMessage(RuleAdjustment adjustment) =>
        adjustment is { MinMargin: { } floor, MaxMargin: { } ceiling } && floor.MinorUnits > ceiling.MinorUnits
            ? $"Its minimum margin ({floor}) is above its maximum margin ({ceiling}): the minimum wins, so the maximum never takes effect. " +
              "Lower the minimum or raise the maximum."
            : null;

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An active rule with its scope and adjustment read once, and what the catalog says about its trips.</summary>
    private sealed class CheckedRule
    {
        public CheckedRule(PricingRule rule, PricingCatalog catalog)
        {
            Rule = rule;
            Scope = rule.Scope;
            Adjustment = rule.Adjustment;
            Reference = $"{rule.Label} {rule.Name}";
            var location = Scope.PickUpLocationId is { } locationId ? catalog.Locations.GetValueOrDefault(locationId) : null;
            Contradictions = RuleSetChecker.Contradictions(Scope, Adjustment.Currency, location, catalog);

            // A location has one supplier and one country, and a supplier prices its offers in one currency, so a
            // rule limited to a location matches only that supplier's trips in that country, priced in its currency.
            var supplier = Scope.SupplierId ?? location?.SupplierId;
            Trips = Scope with { SupplierId = supplier, Country = Scope.Country ?? location?.Country };
            OfferCurrency = Adjustment.Currency
                            ?? (supplier is { } supplierId ? catalog.SupplierCurrencies.GetValueOrDefault(supplierId) : null);
        }

        public PricingRule Rule { get; }

        public RuleScope Scope { get; }

        public RuleAdjustment Adjustment { get; }

        /// <summary>"R12 Germany markup", how messages name the rule.</summary>
        public string Reference { get; }

        public IReadOnlyList<string> Contradictions { get; }

        public bool CanMatch => Contradictions.Count == 0;

        /// <summary>The scope with the supplier and country its pick-up location implies.</summary>
        public RuleScope Trips { get; }

        /// <summary>The one currency of the offers it can apply to, or null when it applies in any currency.</summary>
        public string? OfferCurrency { get; }

        public CheckedRule? ShadowedBy { get; set; }

        public List<CheckedRule> SamePriorityOverlaps { get; } = [];

        /// <summary>
        /// This stop rule applies to every trip the later rule applies to. A stop rule with amounts applies only in
        /// their currency, so it covers only a rule whose offers are all in that currency.
        /// </summary>
        public bool StopsEveryTripOf(CheckedRule later) =>
            (Adjustment.Currency is null || Adjustment.Currency == later.OfferCurrency) && Trips.Covers(later.Trips);

        public bool Overlaps(CheckedRule other) =>
            (OfferCurrency is null || other.OfferCurrency is null || OfferCurrency == other.OfferCurrency)
            && Trips.Overlaps(other.Trips);
    }
}
