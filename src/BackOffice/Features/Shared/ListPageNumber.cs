using System.Globalization;

namespace CarRentalGateway.BackOffice.Features.Shared;

/// <summary>
/// A list's page in its link (<c>?page=3</c>, counted from 1, absent for the first). Read as text: a typed
/// <c>[SupplyParameterFromQuery]</c> throws on "page=abc" and the whole page fails, where a hand-edited or truncated
/// link should just open the list on its first page.
/// </summary>
public static class ListPageNumber
{
    public const string Parameter = "page";

    /// <summary>The page index, from 0, that <paramref name="text"/> asks for; 0 when it asks for none that can be.</summary>
    public static int IndexOf(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 1 ? number - 1 : 0;

    /// <summary>The parameter's value for page index <paramref name="index"/>: none for the first page.</summary>
    public static int? ValueOf(int index) => index > 0 ? index + 1 : null;
}
