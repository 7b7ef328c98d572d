using CarRentalGateway.Core.Common;

namespace CarRentalGateway.Core.Fleet;

/// <summary>
/// A four-letter ACRISS (SIPP) car category such as <c>CDMR</c>: category, type, transmission/drive and
/// fuel/air conditioning, each letter checked against the expanded matrix in <see cref="AcrissMatrix"/>.
/// </summary>
public sealed record AcrissCode
{
    public const int Length = 4;

    /// <summary>The field a refused code is reported on, unless the caller names another.</summary>
    public const string FieldName = "Acriss";

    private const string AutomaticLetters = "ABD";
    private const string FourWheelDriveLetters = "NB";
    private const string AllWheelDriveLetters = "CD";
    private const string NoAirConditioningLetters = "NQSBFZX";

    private AcrissCode(string value) => Value = value;

    /// <summary>The four upper-case letters, e.g. <c>CDMR</c>.</summary>
    public string Value { get; }

    public AcrissLetter Category => AcrissMatrix.Category.Find(Value[0])!;

    public AcrissLetter Type => AcrissMatrix.Type.Find(Value[1])!;

    public AcrissLetter TransmissionDrive => AcrissMatrix.TransmissionDrive.Find(Value[2])!;

    public AcrissLetter FuelAirCon => AcrissMatrix.FuelAirCon.Find(Value[3])!;

    /// <summary>Automatic gearbox: letter 3 is A, B (4WD) or D (AWD).</summary>
    public bool IsAutomatic => AutomaticLetters.Contains(Value[2], StringComparison.Ordinal);

    public Transmission Transmission => IsAutomatic ? Transmission.Automatic : Transmission.Manual;

    public Drive Drive =>
        FourWheelDriveLetters.Contains(Value[2], StringComparison.Ordinal) ? Drive.FourWheel
        : AllWheelDriveLetters.Contains(Value[2], StringComparison.Ordinal) ? Drive.AllWheel
        : Drive.TwoWheel;

    /// <summary>Every letter 4 promises air conditioning except the "no air" ones: N, Q, S, B, F, Z, X.</summary>
    public bool HasAirConditioning => !NoAirConditioningLetters.Contains(Value[3], StringComparison.Ordinal);

    /// <summary>
    /// Trims and upper-cases the input, then checks its length and every letter against its column. All
    /// letters at fault are named in one message, each with the position's meaning and the letters allowed
    /// there, so staff fix a code in one go.
    /// </summary>
    public static Result<AcrissCode> Parse(string? input, string field = FieldName)
    {
        var code = (input ?? "").Trim().ToUpperInvariant();
        if (code.Length == 0)
        {
            return Result.Fail<AcrissCode>("Enter an ACRISS code, e.g. CDMR.", field);
        }

        if (code.Length != Length)
        {
            return Result.Fail<AcrissCode>("An ACRISS code has exactly 4 letters, e.g. CDMR.", field);
        }

        var refusals = AcrissMatrix.Refusals(code);
        return refusals.Count > 0
            ? Result.Fail<AcrissCode>(string.Join(" ", refusals), field)
            : Result.Ok(new AcrissCode(code));
    }

    /// <summary>
    /// The code in words, category first and the rest in lower case: "Compact, 4-5 door, manual, unspecified
    /// fuel, air-conditioned". Abbreviations (SUV, 4WD, AWD, LPG/CNG) keep their capitals.
    /// </summary>
    public string Describe() =>
        string.Join(", ", Category.Words, Type.Words, TransmissionDrive.Words, FuelAirCon.Words);

    public override string ToString() => Value;
}
