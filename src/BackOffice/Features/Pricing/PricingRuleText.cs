using System.Globalization;
using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Pricing;

namespace CarRentalGateway.BackOffice.Features.Pricing;

/// <summary>The suppliers and locations a rule names, by id, so its scope can be read as names instead of ids.</summary>
public sealed record RuleNames(
    IReadOnlyDictionary<Guid, NamedCode> Suppliers,
    IReadOnlyDictionary<Guid, NamedCode> Locations)
{
    public static RuleNames None { get; } = new(new Dictionary<Guid, NamedCode>(), new Dictionary<Guid, NamedCode>());

    public string Supplier(Guid id) => Suppliers.TryGetValue(id, out var s) ? s.ToString() : "a removed supplier";

    public string Location(Guid id) => Locations.TryGetValue(id, out var l) ? l.ToString() : "a removed location";
}

/// <summary>A supplier or location as people name it: "Baltic Drive (BALTICDRIVE-EE)".</summary>
public sealed record NamedCode(string Code, string Name)
{
    public override string ToString() => $"{Name} ({Code})";
}

/// <summary>
/// How a pricing rule reads, in one place: the list, the rule dialog's preview, the publish summary and the publish
/// audit entry all use these words, so a rule reads the same wherever staff meet it.
/// </summary>
public static class PricingRuleText
{
    /// <summary>"Baltic Drive (BALTICDRIVE-EE) · Estonia · ACRISS P??? · 14+ days", or "Every offer".</summary>
    public static string Scope(RuleScope scope, RuleNames names)
    {
        var parts = new List<string>();
        if (scope.SupplierId is { } supplier)
        {
            parts.Add(names.Supplier(supplier));
        }

        if (scope.Country is { } country)
        {
            parts.Add(Countries.NameOf(country));
        }

        if (scope.PickUpLocationId is { } location)
        {
            parts.Add("at " + names.Location(location));
        }

        if (scope.Acriss is { } acriss)
        {
            parts.Add("ACRISS " + acriss.Value);
        }

        if (scope.PickUpDates is { } pickUp)
        {
            parts.Add("pick-up " + pickUp);
        }

        if (scope.BookingDates is { } booked)
        {
            parts.Add("booked " + booked);
        }

        if (!scope.LeadDays.IsAny)
        {
            parts.Add(LeadTime(scope.LeadDays));
        }

        if (!scope.RentalDays.IsAny)
        {
            parts.Add(RentalLength(scope.RentalDays));
        }

        return parts.Count == 0 ? "Every offer" : string.Join(" · ", parts);
    }

    /// <summary>"+12 %, +5.00 EUR per rental, min margin 15.00 EUR, round up to .99, stops further rules".</summary>
    public static string Adjustment(RuleAdjustment adjustment)
    {
        var parts = new List<string>();
        if (adjustment.Percent != 0)
        {
            parts.Add(Percent(adjustment.Percent));
        }

        if (adjustment.PerRental is { } perRental)
        {
            parts.Add(Signed(perRental) + " per rental");
        }

        if (adjustment.PerDay is { } perDay)
        {
            parts.Add(Signed(perDay) + " per day");
        }

        if (adjustment.MinMargin is { } min)
        {
            parts.Add($"min margin {min}");
        }

        if (adjustment.MaxMargin is { } max)
        {
            parts.Add($"max margin {max}");
        }

        if (adjustment.Rounding != PriceRounding.None)
        {
            parts.Add(Rounding(adjustment.Rounding));
        }

        if (adjustment.StopFurtherRules)
        {
            parts.Add("stops further rules");
        }

        return parts.Count == 0 ? "No change" : string.Join(", ", parts);
    }

    /// <summary>"+12 %", "-7.5 %" from basis points.</summary>
    public static string Percent(int basisPoints) =>
        (basisPoints > 0 ? "+" : "") + (basisPoints / 100m).ToString("0.##", CultureInfo.InvariantCulture) + " %";

    public static string Rounding(PriceRounding rounding) => rounding switch
    {
        PriceRounding.WholeUnits => "round up to whole units",
        PriceRounding.NinetyNine => "round up to .99",
        _ => "no rounding",
    };

    /// <summary>"booked 0–3 days ahead", "booked 30+ days ahead".</summary>
    public static string LeadTime(DayCountRange days) => $"booked {days} days ahead";

    /// <summary>"14+ days rental".</summary>
    public static string RentalLength(DayCountRange days) => $"{days} days rental";

    /// <summary>
    /// Every field of a rule as a label and its text, in the dialog's order: what a publish summary, the audit entry
    /// and a conflict review compare.
    /// </summary>
    public static IReadOnlyList<(string Label, string? Text)> Fields(PricingRuleDefinition rule, RuleNames names)
    {
        var (scope, adjustment) = (rule.Scope, rule.Adjustment);
        return
        [
            ("Name", rule.Name),
            ("Active", rule.IsActive ? "yes" : "no"),
            ("Priority", rule.Priority.ToString(CultureInfo.InvariantCulture)),
            ("Supplier", scope.SupplierId is { } supplier ? names.Supplier(supplier) : null),
            ("Country", scope.Country is { } country ? Countries.NameOf(country) : null),
            ("Pick-up location", scope.PickUpLocationId is { } location ? names.Location(location) : null),
            ("ACRISS pattern", scope.Acriss?.Value),
            ("Pick-up dates", scope.PickUpDates?.ToString()),
            ("Booking dates", scope.BookingDates?.ToString()),
            ("Lead time", scope.LeadDays.IsAny ? null : $"{scope.LeadDays} days"),
            ("Rental length", scope.RentalDays.IsAny ? null : $"{scope.RentalDays} days"),
            ("Percentage", adjustment.Percent == 0 ? null : Percent(adjustment.Percent)),
            ("Per rental", adjustment.PerRental is { } perRental ? Signed(perRental) : null),
            ("Per day", adjustment.PerDay is { } perDay ? Signed(perDay) : null),
            ("Minimum margin", adjustment.MinMargin?.ToString()),
            ("Maximum margin", adjustment.MaxMargin?.ToString()),
            ("Rounding", adjustment.Rounding == PriceRounding.None ? null : Rounding(adjustment.Rounding)),
            ("Stops further rules", adjustment.StopFurtherRules ? "yes" : "no"),
            ("Notes", rule.Notes),
        ];
    }

    /// <summary>The fields whose text differs, as label, <paramref name="before"/> → <paramref name="after"/>.</summary>
    public static IReadOnlyList<FieldChange> Differences(PricingRuleDefinition before, PricingRuleDefinition after, RuleNames names) =>
        Fields(before, names).Zip(Fields(after, names))
            .Where(pair => !string.Equals(pair.First.Text, pair.Second.Text, StringComparison.Ordinal))
            .Select(pair => new FieldChange(pair.First.Label, pair.First.Text, pair.Second.Text))
            .ToList();

    /// <summary>"1 rule", "3 problems".</summary>
    public static string Counted(int count, string what) => count == 1 ? $"1 {what}" : $"{count} {what}s";

    private static string Signed(Money amount) => (amount.IsNegative ? "" : "+") + amount;
}
