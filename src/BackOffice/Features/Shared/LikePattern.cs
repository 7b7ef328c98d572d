namespace CarRentalGateway.BackOffice.Features.Shared;

/// <summary>
/// Patterns for <c>EF.Functions.Like</c> built from what a user typed, with <c>%</c> and <c>_</c> matching
/// themselves. Searches use LIKE rather than <c>string.Contains</c>: on SQLite Contains becomes instr(), which
/// ignores the NOCASE collation and so matches case-sensitively; LIKE ignores case on both providers.
/// </summary>
public static class LikePattern
{
    /// <summary>The escape character to pass as LIKE's third argument with these patterns.</summary>
    public const string Escape = "\\";

    /// <summary>Matches text containing <paramref name="text"/> anywhere.</summary>
    public static string Anywhere(string text) => "%" + Escaped(text) + "%";

    /// <summary>Matches text starting with <paramref name="text"/>.</summary>
    public static string StartingWith(string text) => Escaped(text) + "%";

    /// <summary>
    /// Makes % and _ in what the user typed match themselves rather than act as wildcards; the text is cut to a
    /// search's length first (<see cref="SearchText"/>).
    /// </summary>
    public static string Escaped(string text) =>
        SearchText.Cut(text).Replace(Escape, Escape + Escape, StringComparison.Ordinal)
            .Replace("%", Escape + "%", StringComparison.Ordinal)
            .Replace("_", Escape + "_", StringComparison.Ordinal);
}
