using System.Diagnostics.CodeAnalysis;
using CarRentalGateway.Core.Common;

namespace CarRentalGateway.Core.Rates;

/// <summary>
/// A period of an offer's rates (both days included) with its own daily rate per rental-length band, such as
/// "Summer 2026". Changed only through <see cref="OfferRates"/>, which keeps its seasons from overlapping.
/// </summary>
public sealed class Season
{
    public const int NameMaxLength = 100;

    // Materialization by EF Core, which sets the properties itself.
    private Season() => Rates = null!;

    private Season(Guid id, string? name, DateRange period, BandRates rates)
    {
        Id = id;
        Apply(name, period, rates);
    }

    public Guid Id { get; private set; }

    /// <summary>What staff call it ("High summer"); optional, the dates then name it.</summary>
    public string? Name { get; private set; }

    public DateOnly From { get; private set; }

    public DateOnly To { get; private set; }

    public BandRates Rates { get; private set; }

    public DateRange Period => DateRange.Create(From, To).Value;

    /// <summary>How a price line names the season: its name, or "season 2026-06-01 – 2026-08-31" when it has none.</summary>
    public string Label => Name ?? $"season {Period}";

    /// <summary>"Season 'High summer' (2026-07-01 – 2026-07-31)" or "The season 2026-07-01 – 2026-07-31", to start a message.</summary>
    public string Describe() => Name is null ? $"The season {Period}" : $"Season '{Name}' ({Period})";

    public bool Covers(DateOnly day) => From <= day && day <= To;

    /// <summary>The season after trimming its name; a blank name becomes none.</summary>
    internal static Result<Season> Create(Guid id, string? name, DateRange period, BandRates rates)
    {
        var trimmed = Normalize(name);
        return trimmed is { Length: > NameMaxLength }
            ? Result.Fail<Season>($"A season's name is at most {NameMaxLength} characters.", nameof(Name))
            : Result.Ok(new Season(id, trimmed, period, rates));
    }

    [MemberNotNull(nameof(Rates))]
    internal void Apply(string? name, DateRange period, BandRates rates)
    {
        Name = Normalize(name);
        From = period.From;
        To = period.To;
        Rates = rates;
    }

    /// <summary>"'High summer' (2026-07-01 – 2026-07-31)" or "the season 2026-07-01 – 2026-07-31", to end a message.</summary>
    internal string DescribeAsObject() => Name is null ? $"the season {Period}" : $"'{Name}' ({Period})";

    private static string? Normalize(string? name) => string.IsNullOrWhiteSpace(name) ? null : name.Trim();
}
