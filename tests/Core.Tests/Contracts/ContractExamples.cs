using System.Globalization;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Contracts;

namespace CarRentalGateway.Core.Tests.Contracts;

/// <summary>
/// A supplier's contract book as the tests build it: valid terms to start from, and contracts brought into
/// each status through the verbs themselves (never by setting properties), on a fixed "today".
/// </summary>
internal static class ContractExamples
{
    public static readonly DateOnly Today = Day("2026-03-14");

    public static readonly DateTime NowUtc = new(2026, 3, 14, 9, 26, 53, DateTimeKind.Utc);

    public static readonly Guid SupplierId = Guid.Parse("0197a000-0000-7000-8000-000000000001");

    public const string Ann = "ann.admin@crg.example";

    public static DateOnly Day(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateRange Range(string from, string to) => DateRange.Create(Day(from), Day(to)).Value;

    public static Percentage Percent(decimal value) => Percentage.FromPercent(value).Value;

    public static Money Eur(decimal amount) => Money.FromAmount(amount, "EUR").Value;

    /// <summary>Valid commission terms in EUR: 15 % commission, free cancellation up to 48 h, then 20 %; 50 EUR no-show.</summary>
    public static ContractTerms Terms(string from = "2026-04-01", string to = "2027-03-31") => new(
        Range(from, to),
        "EUR",
        30,
        CommercialModel.Commission,
        Percent(15),
        null,
        new CancellationPolicy(48, LateFeeKind.Percent, Percent(20), null, Eur(50)),
        null);

    /// <summary>Valid net-rate terms in EUR: keep at least 8 % margin, a fixed 35 EUR late fee.</summary>
    public static ContractTerms NetRateTerms(string from = "2026-04-01", string to = "2027-03-31") => Terms(from, to) with
    {
        Model = CommercialModel.NetRate,
        CommissionPercent = null,
        MinimumMarginPercent = Percent(8),
        Cancellation = new CancellationPolicy(24, LateFeeKind.Fixed, null, Eur(35), Eur(60)),
    };

    public static Contract Draft(int number, string from, string to) => Draft(number, Terms(from, to));

    public static Contract Draft(int number, ContractTerms terms)
    {
        var drafted = Contract.Draft(Guid.NewGuid(), SupplierId, number, terms);
        Assert.True(drafted.Succeeded, drafted.Error);
        return drafted.Value;
    }

    /// <summary>
    /// Drafts and approves a contract, adds it to <paramref name="book"/> and returns it. Approved on its first
    /// day when that is before <see cref="Today"/>, so a contract can be in force in the past.
    /// </summary>
    public static Contract Active(List<Contract> book, int number, string from, string to)
    {
        var contract = Draft(number, from, to);
        book.Add(contract);
        Approve(contract, book, Min(Day(from), Today));
        return contract;
    }

    public static void Approve(Contract contract, IReadOnlyCollection<Contract> book, DateOnly? today = null)
    {
        var approved = contract.Approve(book, Ann, NowUtc, today ?? Today);
        Assert.True(approved.Succeeded, approved.Error);
    }

    /// <summary>Drafts the next version of <paramref name="contract"/> into the book and returns it.</summary>
    public static Contract Amendment(Contract contract, List<Contract> book, DateOnly? today = null)
    {
        var amended = contract.Amend(Guid.NewGuid(), book, today ?? Today);
        Assert.True(amended.Succeeded, amended.Error);
        book.Add(amended.Value);
        return amended.Value;
    }

    public static void Terminate(Contract contract, string effective, DateOnly? today = null)
    {
        var terminated = contract.Terminate("Supplier left the market", Day(effective), Ann, NowUtc, today ?? Today);
        Assert.True(terminated.Succeeded, terminated.Error);
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
