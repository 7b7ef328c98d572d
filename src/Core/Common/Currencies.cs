using System.Collections.Frozen;

namespace CarRentalGateway.Core.Common;

/// <summary>An ISO 4217 currency: its alphabetic code, English name and minor-unit exponent (EUR 2, JPY 0, KWD 3).</summary>
public sealed record Currency(string Code, string Name, int MinorUnits);

/// <summary>Reference list of the ISO 4217 currencies that countries use today.</summary>
public static class Currencies
{
    // Source: ISO 4217 List One (SIX, the maintenance agency), narrowed to the currencies countries use:
    // no fund codes (BOV, CHE, CHW, CLF, COU, MXV, USN, UYI, UYW), precious metals (XAU, XAG, XPD, XPT),
    // XBA-XBD, XDR, XSU, XUA, XTS or XXX, and none that have been replaced: ANG (by XCG, 2025), BGN (by EUR,
    // 2026), CUC (merged into CUP, 2021), HRK (by EUR, 2023), SLL (by SLE), ZWL (by ZWG, 2024).
    // MinorUnits is ISO's exponent, which differs from CLDR/.NET for e.g. IQD (3), IRR, LAK, RSD (2).
    // Names follow ISO, with the country added where ISO's name is bare ("Zloty" -> "Polish Zloty").
    // Update when SIX publishes an amendment to List One (a few a year, usually far ahead of the change).
    private static readonly Currency[] Data =
    [
        new("AED", "UAE Dirham", 2),
        new("AFN", "Afghani", 2),
        new("ALL", "Albanian Lek", 2),
        new("AMD", "Armenian Dram", 2),
        new("AOA", "Angolan Kwanza", 2),
        new("ARS", "Argentine Peso", 2),
        new("AUD", "Australian Dollar", 2),
        new("AWG", "Aruban Florin", 2),
        new("AZN", "Azerbaijan Manat", 2),
        new("BAM", "Bosnia and Herzegovina Convertible Mark", 2),
        new("BBD", "Barbados Dollar", 2),
        new("BDT", "Bangladeshi Taka", 2),
        new("BHD", "Bahraini Dinar", 3),
        new("BIF", "Burundi Franc", 0),
        new("BMD", "Bermudian Dollar", 2),
        new("BND", "Brunei Dollar", 2),
        new("BOB", "Boliviano", 2),
        new("BRL", "Brazilian Real", 2),
        new("BSD", "Bahamian Dollar", 2),
        new("BTN", "Bhutanese Ngultrum", 2),
        new("BWP", "Botswana Pula", 2),
        new("BYN", "Belarusian Ruble", 2),
        new("BZD", "Belize Dollar", 2),
        new("CAD", "Canadian Dollar", 2),
        new("CDF", "Congolese Franc", 2),
        new("CHF", "Swiss Franc", 2),
        new("CLP", "Chilean Peso", 0),
        new("CNY", "Yuan Renminbi", 2),
        new("COP", "Colombian Peso", 2),
        new("CRC", "Costa Rican Colon", 2),
        new("CUP", "Cuban Peso", 2),
        new("CVE", "Cabo Verde Escudo", 2),
        new("CZK", "Czech Koruna", 2),
        new("DJF", "Djibouti Franc", 0),
        new("DKK", "Danish Krone", 2),
        new("DOP", "Dominican Peso", 2),
        new("DZD", "Algerian Dinar", 2),
        new("EGP", "Egyptian Pound", 2),
        new("ERN", "Eritrean Nakfa", 2),
        new("ETB", "Ethiopian Birr", 2),
        new("EUR", "Euro", 2),
        new("FJD", "Fiji Dollar", 2),
        new("FKP", "Falkland Islands Pound", 2),
        new("GBP", "Pound Sterling", 2),
        new("GEL", "Georgian Lari", 2),
        new("GHS", "Ghana Cedi", 2),
        new("GIP", "Gibraltar Pound", 2),
        new("GMD", "Gambian Dalasi", 2),
        new("GNF", "Guinean Franc", 0),
        new("GTQ", "Guatemalan Quetzal", 2),
        new("GYD", "Guyana Dollar", 2),
        new("HKD", "Hong Kong Dollar", 2),
        new("HNL", "Honduran Lempira", 2),
        new("HTG", "Haitian Gourde", 2),
        new("HUF", "Hungarian Forint", 2),
        new("IDR", "Indonesian Rupiah", 2),
        new("ILS", "New Israeli Sheqel", 2),
        new("INR", "Indian Rupee", 2),
        new("IQD", "Iraqi Dinar", 3),
        new("IRR", "Iranian Rial", 2),
        new("ISK", "Iceland Krona", 0),
        new("JMD", "Jamaican Dollar", 2),
        new("JOD", "Jordanian Dinar", 3),
        new("JPY", "Japanese Yen", 0),
        new("KES", "Kenyan Shilling", 2),
        new("KGS", "Kyrgyzstani Som", 2),
        new("KHR", "Cambodian Riel", 2),
        new("KMF", "Comorian Franc", 0),
        new("KPW", "North Korean Won", 2),
        new("KRW", "South Korean Won", 0),
        new("KWD", "Kuwaiti Dinar", 3),
        new("KYD", "Cayman Islands Dollar", 2),
        new("KZT", "Kazakhstani Tenge", 2),
        new("LAK", "Lao Kip", 2),
        new("LBP", "Lebanese Pound", 2),
        new("LKR", "Sri Lanka Rupee", 2),
        new("LRD", "Liberian Dollar", 2),
        new("LSL", "Lesotho Loti", 2),
        new("LYD", "Libyan Dinar", 3),
        new("MAD", "Moroccan Dirham", 2),
        new("MDL", "Moldovan Leu", 2),
        new("MGA", "Malagasy Ariary", 2),
        new("MKD", "Macedonian Denar", 2),
        new("MMK", "Myanmar Kyat", 2),
        new("MNT", "Mongolian Tugrik", 2),
        new("MOP", "Macanese Pataca", 2),
        new("MRU", "Mauritanian Ouguiya", 2),
        new("MUR", "Mauritius Rupee", 2),
        new("MVR", "Maldivian Rufiyaa", 2),
        new("MWK", "Malawi Kwacha", 2),
        new("MXN", "Mexican Peso", 2),
        new("MYR", "Malaysian Ringgit", 2),
        new("MZN", "Mozambique Metical", 2),
        new("NAD", "Namibia Dollar", 2),
        new("NGN", "Nigerian Naira", 2),
        new("NIO", "Nicaraguan Cordoba Oro", 2),
        new("NOK", "Norwegian Krone", 2),
        new("NPR", "Nepalese Rupee", 2),
        new("NZD", "New Zealand Dollar", 2),
        new("OMR", "Omani Rial", 3),
        new("PAB", "Panamanian Balboa", 2),
        new("PEN", "Peruvian Sol", 2),
        new("PGK", "Papua New Guinean Kina", 2),
        new("PHP", "Philippine Peso", 2),
        new("PKR", "Pakistan Rupee", 2),
        new("PLN", "Polish Zloty", 2),
        new("PYG", "Paraguayan Guarani", 0),
        new("QAR", "Qatari Rial", 2),
        new("RON", "Romanian Leu", 2),
        new("RSD", "Serbian Dinar", 2),
        new("RUB", "Russian Ruble", 2),
        new("RWF", "Rwanda Franc", 0),
        new("SAR", "Saudi Riyal", 2),
        new("SBD", "Solomon Islands Dollar", 2),
        new("SCR", "Seychelles Rupee", 2),
        new("SDG", "Sudanese Pound", 2),
        new("SEK", "Swedish Krona", 2),
        new("SGD", "Singapore Dollar", 2),
        new("SHP", "Saint Helena Pound", 2),
        new("SLE", "Sierra Leonean Leone", 2),
        new("SOS", "Somali Shilling", 2),
        new("SRD", "Surinam Dollar", 2),
        new("SSP", "South Sudanese Pound", 2),
        new("STN", "Sao Tome and Principe Dobra", 2),
        new("SVC", "El Salvador Colon", 2),
        new("SYP", "Syrian Pound", 2),
        new("SZL", "Swazi Lilangeni", 2),
        new("THB", "Thai Baht", 2),
        new("TJS", "Tajikistani Somoni", 2),
        new("TMT", "Turkmenistan New Manat", 2),
        new("TND", "Tunisian Dinar", 3),
        new("TOP", "Tongan Pa'anga", 2),
        new("TRY", "Turkish Lira", 2),
        new("TTD", "Trinidad and Tobago Dollar", 2),
        new("TWD", "New Taiwan Dollar", 2),
        new("TZS", "Tanzanian Shilling", 2),
        new("UAH", "Ukrainian Hryvnia", 2),
        new("UGX", "Uganda Shilling", 0),
        new("USD", "US Dollar", 2),
        new("UYU", "Uruguayan Peso", 2),
        new("UZS", "Uzbekistan Sum", 2),
        new("VED", "Venezuelan Bolivar Digital", 2),
        new("VES", "Venezuelan Bolivar Soberano", 2),
        new("VND", "Vietnamese Dong", 0),
        new("VUV", "Vanuatu Vatu", 0),
        new("WST", "Samoan Tala", 2),
        new("XAF", "CFA Franc BEAC", 0),
        new("XCD", "East Caribbean Dollar", 2),
        new("XCG", "Caribbean Guilder", 2),
        new("XOF", "CFA Franc BCEAO", 0),
        new("XPF", "CFP Franc", 0),
        new("YER", "Yemeni Rial", 2),
        new("ZAR", "South African Rand", 2),
        new("ZMW", "Zambian Kwacha", 2),
        new("ZWG", "Zimbabwe Gold", 2),
    ];

    private static readonly FrozenDictionary<string, Currency> ByCode =
        Data.ToFrozenDictionary(currency => currency.Code, StringComparer.Ordinal);

    /// <summary>Every currency, sorted by code.</summary>
    public static IReadOnlyList<Currency> All { get; } =
        Data.OrderBy(currency => currency.Code, StringComparer.Ordinal).ToArray().AsReadOnly();

    /// <summary>Whether <paramref name="code"/> is a listed currency code; codes are upper case, exactly.</summary>
    public static bool IsKnown(string? code) => code is not null && ByCode.ContainsKey(code);

    /// <summary>The currency with <paramref name="code"/>, or null when there is none.</summary>
    public static Currency? Find(string? code) => code is null ? null : ByCode.GetValueOrDefault(code);

    /// <summary>The ISO 4217 minor-unit exponent of <paramref name="code"/>: the digits after the decimal point.</summary>
    /// <exception cref="ArgumentException">The code is not a listed currency: a bug in the caller, not a user error.</exception>
    public static int MinorUnitsOf(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return ByCode.TryGetValue(code, out var currency)
            ? currency.MinorUnits
            : throw new ArgumentException($"'{code}' is not a known ISO 4217 currency code.", nameof(code));
    }
}
