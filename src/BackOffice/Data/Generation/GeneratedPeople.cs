using System.Globalization;
using System.Text;

namespace CarRentalGateway.BackOffice.Data.Generation;

/// <summary>
/// Invented customers as a broker's travellers look: names as people of each country write them, an e-mail made from
/// the name (on <c>.example</c> domains, so no generated address can reach anyone), a phone with the country's
/// dialling code. Customers come mostly from the countries we sell in and the countries their tourists come from.
/// </summary>
internal static class GeneratedPeople
{
    private static readonly (string Country, int Weight, string DiallingCode, string[] First, string[] Last)[] Countries =
    [
        ("DE", 14, "+49", ["Anna", "Lukas", "Lena", "Jonas", "Sophie", "Felix", "Marie", "Maximilian", "Hannah", "Paul", "Jürgen", "Katrin"],
            ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Hoffmann", "Schäfer", "Koch", "Groß"]),
        ("GB", 10, "+44", ["Oliver", "Amelia", "Harry", "Olivia", "George", "Isla", "Jack", "Emily", "Charlie", "Sophie", "Thomas", "Grace"],
            ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright", "Thompson", "Evans"]),
        ("EE", 6, "+372", ["Mari", "Jaan", "Kadri", "Tõnu", "Liis", "Andres", "Kristi", "Rein", "Triin", "Märt", "Helen", "Priit"],
            ["Tamm", "Saar", "Sepp", "Mägi", "Kask", "Kukk", "Rebane", "Ilves", "Pärn", "Koppel", "Lepik", "Kuusk"]),
        ("FI", 6, "+358", ["Aino", "Eino", "Venla", "Väinö", "Helmi", "Onni", "Sanna", "Juha", "Kaisa", "Mikko", "Päivi", "Jussi"],
            ["Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Saarinen"]),
        ("SE", 6, "+46", ["Elsa", "Lars", "Astrid", "Erik", "Maja", "Nils", "Ingrid", "Johan", "Saga", "Björn", "Linnéa", "Anders"],
            ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Lindström", "Åberg"]),
        ("NO", 5, "+47", ["Nora", "Ole", "Ingrid", "Jakob", "Sigrid", "Henrik", "Kari", "Magnus", "Solveig", "Håkon", "Ida", "Eirik"],
            ["Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen", "Berg", "Haugen", "Søberg"]),
        ("DK", 3, "+45", ["Freja", "William", "Ida", "Noah", "Karla", "Oscar", "Mette", "Søren", "Line", "Rasmus"],
            ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen", "Jørgensen"]),
        ("LV", 4, "+371", ["Anna", "Jānis", "Līga", "Andris", "Ilze", "Mārtiņš", "Inese", "Kārlis", "Zane", "Edgars"],
            ["Bērziņš", "Kalniņš", "Ozoliņš", "Jansons", "Liepiņš", "Krūmiņš", "Balodis", "Eglītis", "Zariņš", "Pētersons"]),
        ("LT", 4, "+370", ["Ona", "Jonas", "Rūta", "Tomas", "Eglė", "Mantas", "Gintarė", "Lukas", "Aistė", "Darius"],
            ["Kazlauskas", "Jankauskas", "Petrauskas", "Stankevičius", "Vasiliauskas", "Žukauskas", "Butkus", "Paulauskas", "Urbonas", "Kavaliauskas"]),
        ("PL", 6, "+48", ["Zofia", "Jan", "Maja", "Jakub", "Julia", "Antoni", "Katarzyna", "Piotr", "Agnieszka", "Tomasz", "Małgorzata", "Paweł"],
            ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski"]),
        ("ES", 5, "+34", ["Lucía", "Hugo", "María", "Martín", "Paula", "Pablo", "Carmen", "Javier", "Elena", "Álvaro"],
            ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Muñoz"]),
        ("IT", 5, "+39", ["Giulia", "Leonardo", "Sofia", "Francesco", "Aurora", "Alessandro", "Chiara", "Lorenzo", "Federica", "Matteo"],
            ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco"]),
        ("FR", 6, "+33", ["Louise", "Gabriel", "Chloé", "Raphaël", "Léa", "Arthur", "Camille", "Étienne", "Manon", "Hélène"],
            ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Lefèvre", "Moreau"]),
        ("NL", 5, "+31", ["Emma", "Daan", "Tess", "Sem", "Sanne", "Lucas", "Fleur", "Bram", "Anouk", "Joris"],
            ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit", "Meijer"]),
        ("US", 5, "+1", ["James", "Mary", "Michael", "Jennifer", "David", "Linda", "Robert", "Emily", "John", "Ashley"],
            ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Garcia", "Wilson", "Anderson"]),
        ("IE", 3, "+353", ["Aoife", "Conor", "Siobhán", "Seán", "Niamh", "Cian", "Róisín", "Darragh"],
            ["Murphy", "Kelly", "O'Sullivan", "Walsh", "O'Brien", "Byrne", "Ryan", "O'Connor"]),
        ("CH", 3, "+41", ["Mia", "Noah", "Lea", "Luca", "Anna", "Elias", "Laura", "Nico"],
            ["Müller", "Meier", "Schmid", "Keller", "Weber", "Huber", "Schneider", "Brunner"]),
        ("CZ", 2, "+420", ["Eliška", "Jakub", "Tereza", "Jan", "Anna", "Tomáš", "Kateřina", "Petr"],
            ["Novák", "Svoboda", "Novotný", "Dvořák", "Černý", "Procházka", "Kučera", "Veselý"]),
    ];

    private static readonly Weighted<int> CountryIndex = new(Countries.Select((c, index) => (index, c.Weight)));

    private static readonly string[] MailDomains = ["mail.example", "post.example", "inbox.example", "web.example", "online.example", "posteo.example"];

    /// <summary>A customer of a country drawn by weight, with a name, e-mail and phone that belong together.</summary>
    public static GeneratedPerson Customer(Random random)
    {
        var country = Countries[CountryIndex.Next(random)];
        var (first, last) = (random.Pick(country.First), random.Pick(country.Last));
        var name = $"{first} {last}";
        var local = random.Next(4) switch
        {
            0 => $"{Plain(first)}.{Plain(last)}",
            1 => $"{Plain(first)}.{Plain(last)}{random.Next(1950, 2008)}",
            2 => $"{Plain(first)[0]}{Plain(last)}{random.Next(1, 100)}",
            _ => $"{Plain(first)}{random.Next(10, 10_000)}",
        };
        var email = $"{local}@{random.Pick(MailDomains)}";
        var phone = $"{country.DiallingCode} {random.Next(200, 1000)} {random.Next(1000, 10_000)} {random.Next(100, 1000)}";
        return new GeneratedPerson(name, email, phone, country.Country);
    }

    /// <summary>Someone else of the same country, when the customer books for another driver.</summary>
    public static string OtherDriverName(Random random, string country)
    {
        var people = Countries.First(c => c.Country == country);
        return $"{random.Pick(people.First)} {random.Pick(people.Last)}";
    }

    /// <summary>A name as it fits an e-mail address: "jurgen" for "Jürgen", "soberg" for "Søberg", "dejong" for "de Jong".</summary>
    private static string Plain(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            var folded = c switch
            {
                'ø' => "o",
                'æ' => "ae",
                'ß' => "ss",
                'ł' => "l",
                _ when char.IsAsciiLetterOrDigit(c) => c.ToString(),
                _ => "",
            };
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(folded);
            }
        }

        return builder.ToString();
    }
}

internal sealed record GeneratedPerson(string Name, string Email, string Phone, string Country);
