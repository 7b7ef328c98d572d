using CarRentalGateway.Core.Fleet;

namespace CarRentalGateway.Core.Tests.Fleet;

public class AcrissPatternTests
{
    [Theory]
    [InlineData("C???", "C???")]
    [InlineData("??a?", "??A?")]
    [InlineData(" cd?r ", "CD?R")]
    [InlineData("CDMR", "CDMR")]
    [InlineData("????", "????")]
    public void Patterns_are_trimmed_and_upper_cased(string input, string stored)
    {
        var pattern = AcrissPattern.Parse(input);

        Assert.True(pattern.Succeeded, pattern.Error);
        Assert.Equal(stored, pattern.Value.Value);
        Assert.Equal(stored, pattern.Value.ToString());
    }

    [Theory]
    [InlineData(null, "Enter an ACRISS pattern, e.g. C??? or ??A?.")]
    [InlineData("  ", "Enter an ACRISS pattern, e.g. C??? or ??A?.")]
    [InlineData("C", "An ACRISS pattern has exactly 4 characters, each a letter or ? for any letter, e.g. C??? or ??A?.")]
    [InlineData("C*", "An ACRISS pattern has exactly 4 characters, each a letter or ? for any letter, e.g. C??? or ??A?.")]
    [InlineData("C????", "An ACRISS pattern has exactly 4 characters, each a letter or ? for any letter, e.g. C??? or ??A?.")]
    [InlineData("??X?", "Letter 3 (transmission/drive) cannot be 'X': use one of M, N, C, A, B, D.")]
    [InlineData("C%??", "Letter 2 (type) cannot be '%': use one of B, C, D, W, V, L, S, T, F, J, X, P, Q, Z, E, M, R, H, Y, N, G, K.")]
    [InlineData("??_?", "Letter 3 (transmission/drive) cannot be '_': use one of M, N, C, A, B, D.")]
    [InlineData("Y?X?",
        "Letter 1 (category) cannot be 'Y': use one of M, N, E, H, C, D, I, J, S, R, F, G, P, U, L, W, O, X. " +
        "Letter 3 (transmission/drive) cannot be 'X': use one of M, N, C, A, B, D.")]
    public void Invalid_patterns_are_refused_with_the_same_messages_as_codes(string? input, string message)
    {
        var pattern = AcrissPattern.Parse(input);

        Assert.True(pattern.Failed);
        Assert.Equal(message, pattern.Error);
        Assert.Equal(AcrissPattern.FieldName, pattern.Field);
    }

    [Theory]
    [MemberData(nameof(AcrissCodeTests.EveryDisallowedLetter), MemberType = typeof(AcrissCodeTests))]
    public void A_letter_a_code_refuses_is_refused_in_a_pattern_too(int position, char letter)
    {
        var input = AcrissCodeTests.With("????", position, letter);

        Assert.Equal(AcrissCode.Parse(AcrissCodeTests.With("CDMR", position, letter)).Error, AcrissPattern.Parse(input).Error);
    }

    [Theory]
    [InlineData("C???", "CDMR", true)]
    [InlineData("??A?", "IFAH", true)]
    [InlineData("??A?", "CDMR", false)]
    [InlineData("EDAR", "EDAR", true)]
    [InlineData("EDAR", "EDAV", false)]
    public void A_pattern_matches_a_stored_four_letter_code_as_it_matches_the_parsed_code(string pattern, string code, bool matches)
    {
        Assert.Equal(matches, AcrissPattern.Parse(pattern).Value.Matches(code));
    }

    [Theory]
    [InlineData("C???", "??A?", true)]  // CDAR is in both
    [InlineData("C???", "I???", false)] // compact and intermediate never meet
    [InlineData("CD?R", "C?AR", true)]
    [InlineData("CD?R", "CDMV", false)]
    [InlineData("????", "XKDX", true)]
    [InlineData("CDMR", "CDMR", true)]
    public void Two_patterns_overlap_when_at_every_letter_they_agree_or_one_is_a_wildcard(string first, string second, bool overlaps)
    {
        var (a, b) = (AcrissPattern.Parse(first).Value, AcrissPattern.Parse(second).Value);

        Assert.Equal(overlaps, a.Overlaps(b));
        Assert.Equal(overlaps, b.Overlaps(a));
    }

    [Theory]
    [InlineData("C???", "CD?R", true)]
    [InlineData("C???", "CDMR", true)]
    [InlineData("????", "C???", true)]
    [InlineData("C???", "C???", true)]
    [InlineData("CD?R", "C???", false)] // CFAR is in C??? but not in CD?R
    [InlineData("C???", "??A?", false)]
    [InlineData("??A?", "CDAR", true)]
    public void A_pattern_covers_another_when_every_code_of_the_other_is_in_it(string pattern, string other, bool covers)
    {
        Assert.Equal(covers, AcrissPattern.Parse(pattern).Value.Covers(AcrissPattern.Parse(other).Value));
    }

    [Theory]
    [InlineData("C???", "CDMR", true)]
    [InlineData("C???", "CFAR", true)]
    [InlineData("C???", "IDMR", false)]
    [InlineData("??A?", "IFAH", true)]
    [InlineData("??A?", "CDMR", false)]
    [InlineData("??A?", "CDBR", false)]
    [InlineData("CD?R", "CDMR", true)]
    [InlineData("CD?R", "CDAR", true)]
    [InlineData("CD?R", "CDAD", false)]
    [InlineData("CDMR", "CDMR", true)]
    [InlineData("CDMR", "CDMV", false)]
    [InlineData("????", "XKDX", true)]
    public void A_pattern_matches_the_codes_that_agree_on_every_letter_it_names(string pattern, string code, bool matches)
    {
        Assert.Equal(matches, AcrissPattern.Parse(pattern).Value.Matches(AcrissCode.Parse(code).Value));
    }

    [Theory]
    [InlineData("C???", "C___")]
    [InlineData("??A?", "__A_")]
    [InlineData("CD?R", "CD_R")]
    [InlineData("CDMR", "CDMR")]
    [InlineData("????", "____")]
    public void A_pattern_becomes_a_SQL_LIKE_pattern_with_one_underscore_per_wildcard(string pattern, string like)
    {
        Assert.Equal(like, AcrissPattern.Parse(pattern).Value.ToSqlLike());
    }

    [Fact]
    public void A_caller_can_report_a_refusal_on_its_own_field()
    {
        Assert.Equal("Scope.Acriss", AcrissPattern.Parse("C*", "Scope.Acriss").Field);
    }
}
