namespace CarRentalGateway.BackOffice.Features.Shared;

/// <summary>
/// What a person types into a search box or puts in a list's link. It is cut to a length no real search needs,
/// in the service rather than only in the box, so a pasted page of text or a crafted link never becomes a query
/// pattern of unbounded size.
/// </summary>
public static class SearchText
{
    public const int MaxLength = 200;

    /// <summary>The text trimmed and cut to <see cref="MaxLength"/> characters.</summary>
    public static string Cut(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= MaxLength ? trimmed : trimmed[..MaxLength].TrimEnd();
    }
}
