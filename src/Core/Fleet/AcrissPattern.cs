using CarRentalGateway.Core.Common;

namespace CarRentalGateway.Core.Fleet;

/// <summary>
/// A set of ACRISS codes written as a code with <c>?</c> for "any letter here": <c>C???</c> is every compact,
/// <c>??A?</c> every automatic, <c>CD?R</c> compact 4-5 doors with air and unspecified fuel, whatever gearbox.
/// </summary>
public sealed record AcrissPattern
{
    public const char Wildcard = '?';

    /// <summary>The field a refused pattern is reported on, unless the caller names another.</summary>
    public const string FieldName = "AcrissPattern";

    private AcrissPattern(string value) => Value = value;

    /// <summary>Four characters, each an allowed letter of its position or <c>?</c>, e.g. <c>C??R</c>.</summary>
    public string Value { get; }

    /// <summary>
    /// Trims and upper-cases the input; every character that is not <c>?</c> must be allowed at its position,
    /// refused with the same messages as <see cref="AcrissCode.Parse"/>.
    /// </summary>
    public static Result<AcrissPattern> Parse(string? input, string field = FieldName)
    {
        var pattern = (input ?? "").Trim().ToUpperInvariant();
        if (pattern.Length == 0)
        {
            return Result.Fail<AcrissPattern>("Enter an ACRISS pattern, e.g. C??? or ??A?.", field);
        }

        if (pattern.Length != AcrissCode.Length)
        {
            return Result.Fail<AcrissPattern>(
                "An ACRISS pattern has exactly 4 characters, each a letter or ? for any letter, e.g. C??? or ??A?.", field);
        }

        var refusals = AcrissMatrix.Refusals(pattern, Wildcard);
        return refusals.Count > 0
            ? Result.Fail<AcrissPattern>(string.Join(" ", refusals), field)
            : Result.Ok(new AcrissPattern(pattern));
    }

    public bool Matches(AcrissCode code) => Matches(code.Value);

    /// <summary>Whether a four-letter code, already known to be valid, is in this set.</summary>
    public bool Matches(string code)
    {
        for (var i = 0; i < AcrissCode.Length; i++)
        {
            if (Value[i] != Wildcard && Value[i] != code[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when some code is in both sets: at every position the letters agree or one is <c>?</c>.</summary>
    public bool Overlaps(AcrissPattern other)
    {
        for (var i = 0; i < AcrissCode.Length; i++)
        {
            if (Value[i] != Wildcard && other.Value[i] != Wildcard && Value[i] != other.Value[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when every code in <paramref name="other"/> is in this set too.</summary>
    public bool Covers(AcrissPattern other)
    {
        for (var i = 0; i < AcrissCode.Length; i++)
        {
            if (Value[i] != Wildcard && Value[i] != other.Value[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The pattern for a SQL <c>LIKE</c> filter on the stored code, <c>?</c> becoming <c>_</c> (exactly one
    /// character): <c>C??R</c> → <c>C__R</c>. Nothing needs escaping: the other characters are letters A-Z
    /// from the matrix, never <c>%</c>, <c>_</c>, <c>[</c> or an escape character.
    /// </summary>
    public string ToSqlLike() => Value.Replace(Wildcard, '_');

    public override string ToString() => Value;
}
