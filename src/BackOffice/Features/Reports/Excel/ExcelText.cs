using System.Text;

namespace CarRentalGateway.BackOffice.Features.Reports.Excel;

/// <summary>
/// Makes any string safe to store as the text of a cell, keeping what a person would read. Excel's own escape
/// (<c>_xHHHH_</c>) keeps a carriage return, which an XML reader would otherwise turn into a line feed, and a literal
/// "_x0041_" gets its underscore escaped so it is not decoded to "A"; characters XML cannot carry at all (other control
/// characters, lone surrogates) are dropped. Text is cut at Excel's limit of 32,767 characters a cell.
/// </summary>
internal static class ExcelText
{
    public const int MaxLength = 32_767;

    /// <summary>
    /// True for text Excel would read as a formula or a number when someone edits the cell or pastes it elsewhere
    /// (=, +, -, @, tab, carriage return first): such cells get Excel's quote-prefix style.
    /// </summary>
    public static bool LooksLikeFormula(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    public static string ForCell(string text)
    {
        if (text.Length > MaxLength)
        {
            text = text[..(char.IsHighSurrogate(text[MaxLength - 1]) ? MaxLength - 1 : MaxLength)];
        }

        return NeedsWork(text) ? Rewrite(text) : text;
    }

    private static bool NeedsWork(string text)
    {
        foreach (var c in text)
        {
            if (c < ' ' && c is not '\t' and not '\n' || c is '_' || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                return true;
            }
        }

        return false;
    }

    private static string Rewrite(string text)
    {
        var clean = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                clean.Append("_x000D_");
            }
            else if (c == '_' && IsEscapeAt(text, i))
            {
                clean.Append("_x005F_");
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else if (c >= ' ' && !char.IsSurrogate(c) && c is not '\uFFFE' and not '\uFFFF' || c is '\t' or '\n')
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }

    // "_x" + four hex digits + "_": what Excel decodes as one character.
    private static bool IsEscapeAt(string text, int i) =>
        i + 6 < text.Length && text[i + 1] == 'x' && text[i + 6] == '_' &&
        char.IsAsciiHexDigit(text[i + 2]) && char.IsAsciiHexDigit(text[i + 3]) &&
        char.IsAsciiHexDigit(text[i + 4]) && char.IsAsciiHexDigit(text[i + 5]);
}
