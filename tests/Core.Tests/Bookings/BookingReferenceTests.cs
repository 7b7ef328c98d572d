using CarRentalGateway.Core.Bookings;

namespace CarRentalGateway.Core.Tests.Bookings;

public sealed class BookingReferenceTests
{
    [Fact]
    public void The_alphabet_has_digits_2_to_9_and_the_letters_without_I_L_O_and_U()
    {
        Assert.Equal("23456789ABCDEFGHJKMNPQRSTVWXYZ", BookingReference.Alphabet);
        Assert.Equal(30, BookingReference.Alphabet.Distinct().Count());
    }

    [Fact]
    public void A_new_reference_is_CRG_and_six_characters_of_the_alphabet()
    {
        var random = new Random(2026);

        for (var i = 0; i < 1_000; i++)
        {
            var reference = BookingReference.New(random).Value;

            Assert.Equal(10, reference.Length);
            Assert.StartsWith("CRG-", reference, StringComparison.Ordinal);
            Assert.All(reference[4..], c => Assert.Contains(c, BookingReference.Alphabet));
        }
    }

    [Fact]
    public void A_cryptographically_random_reference_uses_only_the_alphabet_too()
    {
        var reference = BookingReference.New().Value;

        Assert.Matches("^CRG-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{6}$", reference);
    }

    [Fact]
    public void The_same_seed_gives_the_same_references()
    {
        Assert.Equal(BookingReference.New(new Random(7)), BookingReference.New(new Random(7)));
    }

    [Fact]
    public void Ten_thousand_seeded_references_use_every_character_of_the_alphabet()
    {
        var random = new Random(11);

        var used = Enumerable.Range(0, 10_000).SelectMany(_ => BookingReference.New(random).Value[4..]).ToHashSet();

        Assert.Equal(BookingReference.Alphabet.OrderBy(c => c), used.OrderBy(c => c));
    }

    [Theory]
    [InlineData("CRG-7F3K9Q")]
    [InlineData("crg-7f3k9q")]
    [InlineData("  CRG-7F3K9Q ")]
    [InlineData("7F3K9Q")]
    [InlineData("7f3 k9q")]
    [InlineData("CRG 7F3 K9Q")]
    [InlineData("crg7f3k9q")]
    [InlineData("7F-3K-9Q")]
    public void Parsing_forgives_case_spaces_dashes_and_a_missing_prefix(string typed)
    {
        var parsed = BookingReference.Parse(typed);

        Assert.True(parsed.Succeeded, parsed.Error);
        Assert.Equal("CRG-7F3K9Q", parsed.Value.Value);
        Assert.Equal("CRG-7F3K9Q", parsed.Value.ToString());
    }

    [Fact]
    public void A_reference_whose_code_starts_with_CRG_is_read_whole()
    {
        var parsed = BookingReference.Parse("CRG-CRG234");

        Assert.True(parsed.Succeeded, parsed.Error);
        Assert.Equal("CRG-CRG234", parsed.Value.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  - ")]
    public void An_empty_reference_asks_for_one(string? typed)
    {
        var parsed = BookingReference.Parse(typed);

        Assert.True(parsed.Failed);
        Assert.Equal("Enter a booking reference, e.g. CRG-7F3K9Q.", parsed.Error);
        Assert.Equal(BookingReference.FieldName, parsed.Field);
    }

    [Theory]
    [InlineData("CRG-7F3K9", "CRG-7F3K9")]
    [InlineData("7F3K9QQ", "7F3K9QQ")]
    [InlineData(" XYZ-7F3K9Q ", "XYZ-7F3K9Q")]
    public void A_reference_of_the_wrong_length_is_refused_with_the_format(string typed, string echoed)
    {
        var parsed = BookingReference.Parse(typed, "Search");

        Assert.True(parsed.Failed);
        Assert.Equal($"A booking reference is CRG- and 6 letters or digits, e.g. CRG-7F3K9Q; '{echoed}' is not.", parsed.Error);
        Assert.Equal("Search", parsed.Field);
    }

    [Theory]
    [InlineData("CRG-7F3K9O", "'O'")]
    [InlineData("CRG-7F3K90", "'0'")]
    [InlineData("crg-1il234", "'1', 'I', 'L'")]
    [InlineData("CRG-UU2345", "'U'")]
    public void Look_alike_characters_are_refused_not_guessed(string typed, string named)
    {
        var parsed = BookingReference.Parse(typed);

        Assert.True(parsed.Failed);
        Assert.Equal(
            $"Our references never contain 0, 1, I, L, O, U; {named} must be another character: ask the customer to spell the reference again.",
            parsed.Error);
    }

    [Fact]
    public void Punctuation_is_refused_by_name()
    {
        var parsed = BookingReference.Parse("CRG-7F3K9?");

        Assert.True(parsed.Failed);
        Assert.Equal("A booking reference has only letters and digits; '?' cannot be part of one.", parsed.Error);
    }

    [Fact]
    public void Every_generated_reference_parses_back_to_itself()
    {
        var random = new Random(3);

        for (var i = 0; i < 200; i++)
        {
            var reference = BookingReference.New(random);
            Assert.Equal(reference, BookingReference.Parse(reference.Value.ToLowerInvariant()).Value);
        }
    }
}
