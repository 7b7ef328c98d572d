using CarRentalGateway.Core.Fleet;

namespace CarRentalGateway.Core.Tests.Fleet;

public class AcrissCodeTests
{
    // The letters of each position as domain.md lists them, typed out again so the matrix is checked
    // against the document rather than against itself.
    internal static readonly string[] AllowedByPosition =
    [
        "MNEHCDIJSRFGPULWOX",
        "BCDWVLSTFJXPQZEMRHYNGK",
        "MNCABD",
        "RNDQHIECLSABMFVZUX",
    ];

    internal static readonly string[] PositionNames = ["category", "type", "transmission/drive", "fuel/air conditioning"];

    private const string ValidCode = "CDMR";

    [Fact]
    public void The_matrix_lists_exactly_the_letters_of_the_expanded_matrix_in_its_order()
    {
        Assert.Equal(AllowedByPosition, AcrissMatrix.Positions.Select(p => new string(p.Letters.Select(l => l.Letter).ToArray())));
        Assert.Equal(new[] { 1, 2, 3, 4 }, AcrissMatrix.Positions.Select(p => p.Number));
        Assert.Equal(PositionNames, AcrissMatrix.Positions.Select(p => p.Name));
        Assert.Equal("M, N, C, A, B, D", AcrissMatrix.TransmissionDrive.AllowedLetters);
    }

    public static TheoryData<int, char> EveryAllowedLetter()
    {
        var data = new TheoryData<int, char>();
        for (var position = 1; position <= 4; position++)
        {
            foreach (var letter in AllowedByPosition[position - 1])
            {
                data.Add(position, letter);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryAllowedLetter))]
    public void Every_allowed_letter_is_accepted_at_its_position(int position, char letter)
    {
        var input = With(ValidCode, position, letter);

        var code = AcrissCode.Parse(input);

        Assert.True(code.Succeeded, code.Error);
        Assert.Equal(input, code.Value.Value);
        var entry = AcrissMatrix.Positions[position - 1].Find(letter);
        Assert.NotNull(entry);
        Assert.Equal(entry, position switch
        {
            1 => code.Value.Category,
            2 => code.Value.Type,
            3 => code.Value.TransmissionDrive,
            _ => code.Value.FuelAirCon,
        });
    }

    public static TheoryData<int, char> EveryDisallowedLetter()
    {
        var data = new TheoryData<int, char>();
        for (var position = 1; position <= 4; position++)
        {
            for (var letter = 'A'; letter <= 'Z'; letter++)
            {
                if (!AllowedByPosition[position - 1].Contains(letter))
                {
                    data.Add(position, letter);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryDisallowedLetter))]
    public void A_letter_outside_its_column_is_refused_naming_the_position_and_the_allowed_letters(int position, char letter)
    {
        var code = AcrissCode.Parse(With(ValidCode, position, letter));

        Assert.True(code.Failed);
        Assert.Equal(AcrissCode.FieldName, code.Field);
        var allowed = string.Join(", ", AllowedByPosition[position - 1].ToCharArray());
        Assert.Equal($"Letter {position} ({PositionNames[position - 1]}) cannot be '{letter}': use one of {allowed}.", code.Error);
    }

    [Theory]
    [InlineData("CDXR", "Letter 3 (transmission/drive) cannot be 'X': use one of M, N, C, A, B, D.")]
    [InlineData("ADMR", "Letter 1 (category) cannot be 'A': use one of M, N, E, H, C, D, I, J, S, R, F, G, P, U, L, W, O, X.")]
    [InlineData("CAMR", "Letter 2 (type) cannot be 'A': use one of B, C, D, W, V, L, S, T, F, J, X, P, Q, Z, E, M, R, H, Y, N, G, K.")]
    [InlineData("CDMG", "Letter 4 (fuel/air conditioning) cannot be 'G': use one of R, N, D, Q, H, I, E, C, L, S, A, B, M, F, V, Z, U, X.")]
    [InlineData("CD1R", "Letter 3 (transmission/drive) cannot be '1': use one of M, N, C, A, B, D.")]
    [InlineData("CD?R", "Letter 3 (transmission/drive) cannot be '?': use one of M, N, C, A, B, D.")]
    [InlineData("C_MR", "Letter 2 (type) cannot be '_': use one of B, C, D, W, V, L, S, T, F, J, X, P, Q, Z, E, M, R, H, Y, N, G, K.")]
    public void A_refusal_reads_as_a_sentence_staff_can_act_on(string input, string message)
    {
        var code = AcrissCode.Parse(input);

        Assert.True(code.Failed);
        Assert.Equal(message, code.Error);
    }

    [Fact]
    public void Several_wrong_letters_are_all_named_in_one_message_left_to_right()
    {
        var code = AcrissCode.Parse("YDXG");

        Assert.True(code.Failed);
        Assert.Equal(
            "Letter 1 (category) cannot be 'Y': use one of M, N, E, H, C, D, I, J, S, R, F, G, P, U, L, W, O, X. " +
            "Letter 3 (transmission/drive) cannot be 'X': use one of M, N, C, A, B, D. " +
            "Letter 4 (fuel/air conditioning) cannot be 'G': use one of R, N, D, Q, H, I, E, C, L, S, A, B, M, F, V, Z, U, X.",
            code.Error);
        Assert.Equal(AcrissCode.FieldName, code.Field);
    }

    [Theory]
    [InlineData("cdmr", "CDMR")]
    [InlineData("  IfaH ", "IFAH")]
    [InlineData("\tpfar\n", "PFAR")]
    public void Lower_case_and_surrounding_spaces_are_normalised(string input, string stored)
    {
        var code = AcrissCode.Parse(input);

        Assert.True(code.Succeeded, code.Error);
        Assert.Equal(stored, code.Value.Value);
        Assert.Equal(stored, code.Value.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_missing_code_is_asked_for(string? input)
    {
        var code = AcrissCode.Parse(input);

        Assert.True(code.Failed);
        Assert.Equal("Enter an ACRISS code, e.g. CDMR.", code.Error);
        Assert.Equal(AcrissCode.FieldName, code.Field);
    }

    [Theory]
    [InlineData("C")]
    [InlineData("CDM")]
    [InlineData("CDMRX")]
    [InlineData("CD MR")]
    [InlineData("CDMR-EE")]
    public void A_code_of_another_length_is_refused(string input)
    {
        var code = AcrissCode.Parse(input);

        Assert.True(code.Failed);
        Assert.Equal("An ACRISS code has exactly 4 letters, e.g. CDMR.", code.Error);
        Assert.Equal(AcrissCode.FieldName, code.Field);
    }

    [Fact]
    public void A_caller_can_report_a_refusal_on_its_own_field()
    {
        var code = AcrissCode.Parse("XXXX", "SippCode");

        Assert.Equal("SippCode", code.Field);
    }

    [Fact]
    public void Codes_with_the_same_letters_are_equal()
    {
        Assert.Equal(AcrissCode.Parse("cdmr").Value, AcrissCode.Parse("CDMR").Value);
        Assert.NotEqual(AcrissCode.Parse("CDAR").Value, AcrissCode.Parse("CDMR").Value);
    }

    [Theory]
    [InlineData("CDMR", "Compact, 4-5 door, manual, unspecified fuel, air-conditioned")]
    [InlineData("CDMV", "Compact, 4-5 door, manual, petrol, air-conditioned")]
    [InlineData("IFAH", "Intermediate, SUV, automatic, hybrid, air-conditioned")]
    [InlineData("MBMN", "Mini, 2-3 door, manual, unspecified fuel, no air conditioning")]
    [InlineData("SWDD", "Standard, wagon/estate, automatic AWD, diesel, air-conditioned")]
    [InlineData("UFBC", "Premium Elite, SUV, automatic 4WD, electric (long range), air-conditioned")]
    [InlineData("XQNS", "Special, pick-up double cab 4 door, manual 4WD, LPG/CNG, no air conditioning")]
    [InlineData("PTAI", "Premium, convertible, automatic, plug-in hybrid, air-conditioned")]
    [InlineData("FVCF", "Fullsize, passenger van, manual AWD, multi-fuel, no air conditioning")]
    public void A_code_is_described_in_words(string input, string words)
    {
        Assert.Equal(words, AcrissCode.Parse(input).Value.Describe());
    }

    [Fact]
    public void Every_letter_of_the_matrix_has_a_meaning_and_words()
    {
        Assert.All(AcrissMatrix.Positions.SelectMany(p => p.Letters), letter =>
        {
            Assert.False(string.IsNullOrWhiteSpace(letter.Meaning));
            Assert.False(string.IsNullOrWhiteSpace(letter.Words));
        });
    }

    [Theory]
    [InlineData('M', false, Transmission.Manual, Drive.TwoWheel)]
    [InlineData('N', false, Transmission.Manual, Drive.FourWheel)]
    [InlineData('C', false, Transmission.Manual, Drive.AllWheel)]
    [InlineData('A', true, Transmission.Automatic, Drive.TwoWheel)]
    [InlineData('B', true, Transmission.Automatic, Drive.FourWheel)]
    [InlineData('D', true, Transmission.Automatic, Drive.AllWheel)]
    public void Letter_3_tells_the_gearbox_and_the_driven_wheels(char letter, bool automatic, Transmission transmission, Drive drive)
    {
        var code = AcrissCode.Parse(With(ValidCode, 3, letter)).Value;

        Assert.Equal((automatic, transmission, drive), (code.IsAutomatic, code.Transmission, code.Drive));
    }

    [Theory]
    [MemberData(nameof(EveryFuelLetter))]
    public void Letter_4_tells_whether_the_car_has_air_conditioning(char letter)
    {
        var code = AcrissCode.Parse(With(ValidCode, 4, letter)).Value;

        var noAir = code.FuelAirCon.Meaning.EndsWith(" no air", StringComparison.Ordinal);
        Assert.Equal(!noAir, code.HasAirConditioning);
        Assert.EndsWith(noAir ? ", no air conditioning" : ", air-conditioned", code.FuelAirCon.Words, StringComparison.Ordinal);
    }

    public static TheoryData<char> EveryFuelLetter() => new(AllowedByPosition[3].ToCharArray());

    [Fact]
    public void The_letters_without_air_conditioning_are_those_the_matrix_says()
    {
        var withoutAir = AllowedByPosition[3].Where(letter => !AcrissCode.Parse(With(ValidCode, 4, letter)).Value.HasAirConditioning);

        Assert.Equal("NQSBFZX", new string(withoutAir.ToArray()));
    }

    internal static string With(string code, int position, char letter) =>
        code[..(position - 1)] + letter + code[position..];
}
