using System.Collections.Frozen;
using Microsoft.AspNetCore.Identity;

namespace CarRentalGateway.BackOffice.Security;

/// <summary>
/// Refuses the passwords attackers try first. With a 12-character minimum and no composition rules
/// (NIST SP 800-63B, ASVS 2.1), the weak long passwords are the well-known words and phrases padded with
/// digits or symbols ("Password2024!"), repeated chunks ("abcabcabcabc") and keyboard or number runs
/// ("qwertyuiop12", "123456789012"). Those are what this checks, after undoing common letter swaps.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<ApplicationUser>
{
    // The bases that lead every published list of breached passwords, plus our own product's names.
    private static readonly FrozenSet<string> CommonWords = new[]
    {
        "password", "passw", "pass", "passwort", "motdepasse", "contrasena", "salasana", "parool", "parole",
        "slaptazodis", "haslo", "losenord", "passord", "adgangskode", "qwerty", "qwertz", "azerty", "asdf",
        "zxcv", "iloveyou", "loveyou", "love", "letmein", "welcome", "admin", "administrator", "root", "login",
        "user", "guest", "test", "default", "changeme", "secret", "master", "monkey", "dragon", "shadow",
        "sunshine", "princess", "football", "baseball", "soccer", "hockey", "superman", "batman", "starwars",
        "trustno", "whatever", "freedom", "michael", "jordan", "jennifer", "hunter", "ranger", "buster",
        "charlie", "thomas", "robert", "daniel", "andrew", "jessica", "ashley", "summer", "winter", "spring",
        "autumn", "hello", "helloworld", "computer", "internet", "samsung", "google", "facebook", "microsoft",
        "apple", "pokemon", "cheese", "chocolate", "cookie", "flower", "purple", "orange", "banana", "killer",
        "pepper", "ginger", "maggie", "tigger", "mustang", "harley", "corvette", "ferrari", "porsche", "mercedes",
        "matrix", "access", "abc", "abcd", "abcde", "abcdef", "company", "office", "backoffice", "carrental",
        "carrentalgateway", "rentalgateway", "gateway", "rental", "support", "finance", "january", "february",
        "march", "april", "june", "july", "august", "september", "october", "november", "december", "monday",
        "friday", "qazwsx", "zaq", "passpass", "mypassword", "newpassword", "yourpassword", "letmeinnow",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[] KeyboardRows =
    [
        "1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm", "qazwsxedcrfvtgbyhnujmikolp", "abcdefghijklmnopqrstuvwxyz",
    ];

    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        return Task.FromResult(password is not null && IsCommon(password, user)
            ? IdentityResult.Failed(new IdentityError
            {
                Code = "CommonPassword",
                Description = "This password is too easy to guess: it is a common word or pattern. A few unrelated words make a strong one.",
            })
            : IdentityResult.Success);
    }

    public static bool IsCommon(string password, ApplicationUser? user = null)
    {
        var lower = password.ToLowerInvariant();

        // "Password2024!" pads a word: the padding is dropped before undoing letter swaps inside it ("p@ssw0rd").
        var word = LettersOf(Unleet(lower.TrimEnd(NotALetter)));
        var owner = new[] { user?.Email, user?.UserName }.OfType<string>().Select(n => LettersOf(n.Split('@')[0]));

        return CommonWords.Contains(word)
            || CommonWords.Contains(LettersOf(Unleet(lower)))
            || IsRepeatedChunk(lower)
            || IsRun(new string(lower.Where(char.IsAsciiLetterOrDigit).ToArray()))
            || owner.Contains(word);
    }

    private static readonly char[] NotALetter = " 0123456789!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".ToCharArray();

    private static string LettersOf(string text) => new(text.ToLowerInvariant().Where(char.IsAsciiLetterLower).ToArray());

    private static string Unleet(string text) => string.Concat(text.Select(c => c switch
    {
        '@' or '4' => 'a',
        '3' => 'e',
        '1' or '!' => 'i',
        '0' => 'o',
        '$' or '5' => 's',
        '7' => 't',
        _ => c,
    }));

    /// <summary>"abcabcabcabc", "aaaaaaaaaaaa", "12341234abcd" counts once padded: a short chunk repeated over most of it.</summary>
    private static bool IsRepeatedChunk(string text)
    {
        for (var size = 1; size <= text.Length / 3; size++)
        {
            var chunk = text[..size];
            var covered = 0;
            while (covered + size <= text.Length && text.AsSpan(covered, size).SequenceEqual(chunk))
            {
                covered += size;
            }

            if (covered >= text.Length - 2)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Mostly one run along a keyboard row or the alphabet, forwards or backwards.</summary>
    private static bool IsRun(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        var longest = 0;
        foreach (var row in KeyboardRows)
        {
            var reversed = new string(row.Reverse().ToArray());
            longest = Math.Max(longest, LongestCommonRun(text, row + row));
            longest = Math.Max(longest, LongestCommonRun(text, reversed + reversed));
        }

        return longest >= text.Length - 2;
    }

    private static int LongestCommonRun(string text, string track)
    {
        var longest = 0;
        for (var start = 0; start < text.Length; start++)
        {
            for (var length = text.Length - start; length > longest; length--)
            {
                if (track.AsSpan().IndexOf(text.AsSpan(start, length), StringComparison.Ordinal) >= 0)
                {
                    longest = length;
                    break;
                }
            }
        }

        return longest;
    }
}
