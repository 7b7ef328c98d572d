using CarRentalGateway.BackOffice.Features.Bookings;
using CarRentalGateway.Core.Bookings;

namespace CarRentalGateway.Excel.Bench;

/// <summary>
/// Rows shaped like the bookings list's (BookingRow), made on the fly from a seed: the same rows every run, and none
/// held in memory, so a case's peak memory is the exporter's own.
/// </summary>
internal static class BookingRows
{
    private const string ReferenceLetters = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static readonly string[] FirstNames = ["Mari", "Jaan", "Anna", "Liis", "Mikk", "Erik", "Sofia", "Lars", "Ingrid", "Piotr", "Agnieszka", "Oskar"];
    private static readonly string[] LastNames = ["Tamm", "Kask", "Lepp", "Saar", "Berg", "Nielsen", "Hansen", "Kowalski", "Nowak", "Virtanen", "Johansson", "O'Brien"];
    private static readonly (string Code, string Name, string Currency)[] Suppliers =
    [
        ("SIXT-EE", "Sixt Estonia", "EUR"), ("AVIS-SE", "Avis Sweden", "SEK"), ("HERTZ-NO", "Hertz Norway", "NOK"),
        ("EUROP-DK", "Europcar Denmark", "DKK"), ("PANEK-PL", "Panek", "PLN"), ("ENTER-GB", "Enterprise UK", "GBP"),
    ];
    private static readonly (string Code, string Name)[] Stations =
    [
        ("TLL-AIRPORT", "Tallinn Airport"), ("ARN-T5", "Stockholm Arlanda T5"), ("OSL-AIRPORT", "Oslo Gardermoen"),
        ("CPH-CITY", "Copenhagen Central Station"), ("WAW-CHOPIN", "Warsaw Chopin Airport"), ("LHR-T2", "London Heathrow T2"),
    ];
    private static readonly string[] Categories = ["MBMR", "EDMR", "CDMR", "CDAR", "IDAR", "SFAR", "PDAR", "FVMR"];
    private static readonly BookingStatus[] Statuses = Enum.GetValues<BookingStatus>();

    public static IEnumerable<BookingRow> Generate(int count, int seed)
    {
        var random = new Random(seed);
        var firstBooking = new DateTime(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < count; i++)
        {
            var supplier = random.Next(Suppliers.Length);
            var (first, last) = (FirstNames[random.Next(FirstNames.Length)], LastNames[random.Next(LastNames.Length)]);
            var bookedAt = firstBooking.AddMinutes(random.Next(0, 60 * 24 * 540));
            var pickUp = bookedAt.Date.AddDays(random.Next(1, 120)).AddHours(random.Next(6, 22)).AddMinutes(15 * random.Next(4));
            var status = Statuses[random.Next(Statuses.Length)];
            yield return new BookingRow(
                Guid.Empty,
                "CRG-" + string.Create(6, random, (span, r) =>
                {
                    for (var c = 0; c < span.Length; c++)
                    {
                        span[c] = ReferenceLetters[r.Next(ReferenceLetters.Length)];
                    }
                }),
                status,
                status == BookingStatus.OnRequest ? null : $"{Suppliers[supplier].Code[..2]}{random.Next(10_000_000, 99_999_999)}",
                $"{first} {last}",
                $"{first}.{last}{random.Next(1000)}@example.com".ToLowerInvariant(),
                Suppliers[supplier].Code,
                Suppliers[supplier].Name,
                Stations[supplier].Code,
                Stations[supplier].Name,
                pickUp,
                pickUp.AddDays(random.Next(1, 15)),
                Categories[random.Next(Categories.Length)],
                random.Next(5_000, 250_000),
                Suppliers[supplier].Currency,
                bookedAt);
        }
    }
}
