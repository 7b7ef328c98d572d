using System.Security.Cryptography;
using CarRentalGateway.Core.Common;

namespace CarRentalGateway.Core.Bookings;

/// <summary>
/// Our own booking reference, "CRG-7F3K9Q": short enough to read out on the phone and free of characters that
/// are mistaken for one another there or on a screen.
/// </summary>
/// <remarks>
/// The six characters come from <see cref="Alphabet"/>: digits 2-9 and the letters without I, L, O (taken for
/// 1 and 0, which are left out too) and U (heard as "you", and taken for V). That leaves 30 characters, 30^6 ≈ 729
/// million references, so a random one rarely collides; whoever stores a booking still checks it is unique.
/// References are random rather than counted so a customer cannot guess another customer's booking.
/// </remarks>
public sealed record BookingReference
{
    public const string Prefix = "CRG-";

    public const int CodeLength = 6;

    /// <summary>The whole reference as stored, "CRG-" and six characters.</summary>
    public const int MaxLength = 10;

    /// <summary>The field a refused reference is reported on, unless the caller names another.</summary>
    public const string FieldName = "Reference";

    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>Characters people type for ones the alphabet leaves out; none of them can be guessed back.</summary>
    private const string LookAlikes = "01ILOU";

    private const string Example = "CRG-7F3K9Q";

    private BookingReference(string value) => Value = value;

    /// <summary>"CRG-7F3K9Q".</summary>
    public string Value { get; }

    /// <summary>A new reference from a cryptographic random source, for real bookings.</summary>
    public static BookingReference New() => FromCode(RandomNumberGenerator.GetString(Alphabet, CodeLength));

    /// <summary>A new reference from <paramref name="random"/>: repeatable with a seed, for tests and generated demo data.</summary>
    public static BookingReference New(Random random) => FromCode(new string(random.GetItems(Alphabet.AsSpan(), CodeLength)));

    /// <summary>
    /// Reads a reference as an agent types it from the customer: any case, spaces or dashes anywhere, with or
    /// without "CRG". A 0, O, 1, I, L or U is refused rather than guessed, because each could stand for more
    /// than one character the alphabet has; the message asks to spell it again.
    /// </summary>
    public static Result<BookingReference> Parse(string? input, string field = FieldName)
    {
        var compact = new string((input ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray()).ToUpperInvariant();
        if (compact.Length == 0)
        {
            return Result.Fail<BookingReference>($"Enter a booking reference, e.g. {Example}.", field);
        }

        var code = compact.Length == CodeLength + 3 && compact.StartsWith("CRG", StringComparison.Ordinal) ? compact[3..] : compact;
        if (code.Length != CodeLength)
        {
            return Result.Fail<BookingReference>(
                $"A booking reference is CRG- and {CodeLength} letters or digits, e.g. {Example}; '{input?.Trim()}' is not.", field);
        }

        var lookAlikes = code.Where(c => LookAlikes.Contains(c, StringComparison.Ordinal)).Distinct().ToArray();
        if (lookAlikes.Length > 0)
        {
            return Result.Fail<BookingReference>(
                $"Our references never contain {string.Join(", ", LookAlikes.ToCharArray())}; "
                + $"'{string.Join("', '", lookAlikes)}' must be another character: ask the customer to spell the reference again.",
                field);
        }

        var foreign = code.Where(c => !Alphabet.Contains(c, StringComparison.Ordinal)).Distinct().ToArray();
        return foreign.Length > 0
            ? Result.Fail<BookingReference>(
                $"A booking reference has only letters and digits; '{string.Join("', '", foreign)}' cannot be part of one.", field)
            : Result.Ok(FromCode(code));
    }

    public override string ToString() => Value;

    private static BookingReference FromCode(string code) => new(Prefix + code);
}
