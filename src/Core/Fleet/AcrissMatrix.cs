namespace CarRentalGateway.Core.Fleet;

/// <summary>One letter allowed at a position of an ACRISS code: what the matrix calls it, and the words a description uses.</summary>
/// <param name="Letter">The upper-case letter, e.g. <c>C</c>.</param>
/// <param name="Meaning">The matrix's name for it, for lists of allowed letters, e.g. "Compact" or "Diesel + air".</param>
/// <param name="Words">How <see cref="AcrissCode.Describe"/> says it, e.g. "compact" or "diesel, air-conditioned".</param>
public sealed record AcrissLetter(char Letter, string Meaning, string Words);

/// <summary>One of the four positions of an ACRISS code, with the letters allowed there in the matrix's order.</summary>
public sealed class AcrissPosition
{
    private readonly Dictionary<char, AcrissLetter> _byLetter;

    internal AcrissPosition(int number, string name, IReadOnlyList<AcrissLetter> letters)
    {
        Number = number;
        Name = name;
        Letters = letters;
        _byLetter = letters.ToDictionary(letter => letter.Letter);
        AllowedLetters = string.Join(", ", letters.Select(letter => letter.Letter));
    }

    /// <summary>1 to 4, counted from the left as staff read a code.</summary>
    public int Number { get; }

    /// <summary>What the position stands for, in lower case for messages: "category", "transmission/drive", …</summary>
    public string Name { get; }

    /// <summary>The allowed letters in the order the matrix lists them.</summary>
    public IReadOnlyList<AcrissLetter> Letters { get; }

    /// <summary>The allowed letters as a message lists them: "M, N, C, A, B, D".</summary>
    public string AllowedLetters { get; }

    public bool Allows(char letter) => _byLetter.ContainsKey(letter);

    /// <summary>The entry for an allowed letter; null for a letter outside this position's column.</summary>
    public AcrissLetter? Find(char letter) => _byLetter.GetValueOrDefault(letter);

    /// <summary>"Letter 3 (transmission/drive) cannot be 'X': use one of M, N, C, A, B, D."</summary>
    internal string Refusal(char letter) => $"Letter {Number} ({Name}) cannot be '{letter}': use one of {AllowedLetters}.";
}

/// <summary>
/// The ACRISS expanded matrix (also called SIPP): which letters each of the four positions of a car category
/// code allows and what they mean. Public so forms can list the allowed letters.
/// </summary>
public static class AcrissMatrix
{
    /// <summary>Position 1: the size and price class, e.g. C Compact.</summary>
    public static AcrissPosition Category { get; } = new(1, "category",
    [
        new('M', "Mini", "Mini"),
        new('N', "Mini Elite", "Mini Elite"),
        new('E', "Economy", "Economy"),
        new('H', "Economy Elite", "Economy Elite"),
        new('C', "Compact", "Compact"),
        new('D', "Compact Elite", "Compact Elite"),
        new('I', "Intermediate", "Intermediate"),
        new('J', "Intermediate Elite", "Intermediate Elite"),
        new('S', "Standard", "Standard"),
        new('R', "Standard Elite", "Standard Elite"),
        new('F', "Fullsize", "Fullsize"),
        new('G', "Fullsize Elite", "Fullsize Elite"),
        new('P', "Premium", "Premium"),
        new('U', "Premium Elite", "Premium Elite"),
        new('L', "Luxury", "Luxury"),
        new('W', "Luxury Elite", "Luxury Elite"),
        new('O', "Oversize", "Oversize"),
        new('X', "Special", "Special"),
    ]);

    /// <summary>Position 2: the body type, e.g. D 4-5 door.</summary>
    public static AcrissPosition Type { get; } = new(2, "type",
    [
        new('B', "2-3 door", "2-3 door"),
        new('C', "2/4 door", "2/4 door"),
        new('D', "4-5 door", "4-5 door"),
        new('W', "Wagon/Estate", "wagon/estate"),
        new('V', "Passenger van", "passenger van"),
        new('L', "Limousine/Sedan", "limousine/sedan"),
        new('S', "Sport", "sport"),
        new('T', "Convertible", "convertible"),
        new('F', "SUV", "SUV"),
        new('J', "Open air all terrain", "open air all terrain"),
        new('X', "Special", "special"),
        new('P', "Pick-up single/extended cab 2 door", "pick-up single/extended cab 2 door"),
        new('Q', "Pick-up double cab 4 door", "pick-up double cab 4 door"),
        new('Z', "Special offer car", "special offer car"),
        new('E', "Coupe", "coupe"),
        new('M', "Monospace", "monospace"),
        new('R', "Recreational vehicle", "recreational vehicle"),
        new('H', "Motor home", "motor home"),
        new('Y', "2-wheel vehicle", "2-wheel vehicle"),
        new('N', "Roadster", "roadster"),
        new('G', "Crossover", "crossover"),
        new('K', "Commercial van/truck", "commercial van/truck"),
    ]);

    /// <summary>Position 3: gearbox and driven wheels, e.g. A Automatic.</summary>
    public static AcrissPosition TransmissionDrive { get; } = new(3, "transmission/drive",
    [
        new('M', "Manual", "manual"),
        new('N', "Manual 4WD", "manual 4WD"),
        new('C', "Manual AWD", "manual AWD"),
        new('A', "Automatic", "automatic"),
        new('B', "Automatic 4WD", "automatic 4WD"),
        new('D', "Automatic AWD", "automatic AWD"),
    ]);

    /// <summary>Position 4: fuel and whether the car has air conditioning, e.g. R unspecified fuel + air.</summary>
    public static AcrissPosition FuelAirCon { get; } = new(4, "fuel/air conditioning",
    [
        Fuel('R', "Unspecified fuel", airConditioned: true),
        Fuel('N', "Unspecified fuel", airConditioned: false),
        Fuel('D', "Diesel", airConditioned: true),
        Fuel('Q', "Diesel", airConditioned: false),
        Fuel('H', "Hybrid", airConditioned: true),
        Fuel('I', "Plug-in hybrid", airConditioned: true),
        Fuel('E', "Electric", airConditioned: true),
        Fuel('C', "Electric (long range)", airConditioned: true),
        Fuel('L', "LPG/CNG", airConditioned: true),
        Fuel('S', "LPG/CNG", airConditioned: false),
        Fuel('A', "Hydrogen", airConditioned: true),
        Fuel('B', "Hydrogen", airConditioned: false),
        Fuel('M', "Multi-fuel", airConditioned: true),
        Fuel('F', "Multi-fuel", airConditioned: false),
        Fuel('V', "Petrol", airConditioned: true),
        Fuel('Z', "Petrol", airConditioned: false),
        Fuel('U', "Ethanol", airConditioned: true),
        Fuel('X', "Ethanol", airConditioned: false),
    ]);

    /// <summary>The four positions, left to right.</summary>
    public static IReadOnlyList<AcrissPosition> Positions { get; } = [Category, Type, TransmissionDrive, FuelAirCon];

    /// <summary>
    /// A refusal for every character of a four-character text that its position does not allow, left to right;
    /// empty when all are allowed. With <paramref name="wildcard"/>, that character is allowed anywhere.
    /// </summary>
    internal static IReadOnlyList<string> Refusals(string fourCharacters, char? wildcard = null) =>
        Positions
            .Where(position =>
            {
                var letter = fourCharacters[position.Number - 1];
                return letter != wildcard && !position.Allows(letter);
            })
            .Select(position => position.Refusal(fourCharacters[position.Number - 1]))
            .ToList();

    // The matrix reads "Diesel + air" / "Diesel no air"; a description says "diesel, air-conditioned".
    private static AcrissLetter Fuel(char letter, string fuel, bool airConditioned) => new(
        letter,
        fuel + (airConditioned ? " + air" : " no air"),
        FuelWords(fuel) + (airConditioned ? ", air-conditioned" : ", no air conditioning"));

    // Lower case like the rest of a description, but abbreviations stay as they are written.
    private static string FuelWords(string fuel) => fuel == "LPG/CNG" ? fuel : fuel.ToLowerInvariant();
}
