using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Contracts;
using CarRentalGateway.Core.Suppliers;
using Microsoft.EntityFrameworkCore;

namespace CarRentalGateway.BackOffice.Data.Seeding;

/// <summary>
/// Demo contracts, dated around today: both commercial models, an amended contract (two versions), one
/// ending within the month with its renewal in draft, one supplier whose contract has expired (so it shows
/// as uncovered on the dashboard), and terminated contracts for the suspended and offboarded suppliers.
/// </summary>
internal sealed partial class DemoDataSeeder
{
    private const string DemoApprover = "demo data";

    private static readonly Dictionary<string, DemoContract> DemoContracts = new()
    {
        ["BALTICDRIVE-EE"] = new(CommercialModel.Commission, 1500, Scenario.Amended),
        ["TALLINNCARS-EE"] = new(CommercialModel.Commission, 1200, Scenario.EndingSoonWithRenewalDraft),
        ["RIGAAUTO-LV"] = new(CommercialModel.NetRate, 900, Scenario.InForce),
        ["AMBERWHEELS-LT"] = new(CommercialModel.Commission, 1400, Scenario.InForce),
        ["NORDICWHEELS-FI"] = new(CommercialModel.NetRate, 1000, Scenario.InForce),
        ["FJORDBIL-NO"] = new(CommercialModel.Commission, 1600, Scenario.InForce),
        ["NORRLAND-SE"] = new(CommercialModel.NetRate, 1100, Scenario.InForce),
        ["OERESUND-DK"] = new(CommercialModel.Commission, 1300, Scenario.Terminated),
        ["GEYSIR-IS"] = new(CommercialModel.Commission, 1800, Scenario.Expired),
        ["VISTULA-PL"] = new(CommercialModel.NetRate, 800, Scenario.InForce),
        ["SPREE-DE"] = new(CommercialModel.Commission, 1250, Scenario.InForce),
        ["COSTASOL-ES"] = new(CommercialModel.Commission, 1750, Scenario.InForce),
        ["TEJO-PT"] = new(CommercialModel.NetRate, 1000, Scenario.Terminated),
        ["TIBER-IT"] = new(CommercialModel.Commission, 1500, Scenario.InForce),
        ["ALPENAUTO-CH"] = new(CommercialModel.NetRate, 1200, Scenario.InForce),
        ["VLTAVA-CZ"] = new(CommercialModel.Commission, 1350, Scenario.InForce),
        ["DANUBE-HU"] = new(CommercialModel.Commission, 1400, Scenario.Terminated),
        ["LIFFEY-IE"] = new(CommercialModel.NetRate, 950, Scenario.InForce),
        ["THAMES-GB"] = new(CommercialModel.Commission, 1550, Scenario.InForce),
        ["AEGEAN-GR"] = new(CommercialModel.Commission, 1700, Scenario.Terminated),
    };

    private enum Scenario
    {
        InForce,
        Amended,
        EndingSoonWithRenewalDraft,
        Expired,
        Terminated,
    }

    private async Task SeedContractsAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Contracts.AnyAsync(cancellationToken))
        {
            return;
        }

        var suppliers = await db.Suppliers.Where(s => DemoContracts.Keys.Contains(s.Code)).ToListAsync(cancellationToken);
        var today = clock.TodayUtc();
        var contracts = suppliers.SelectMany(s => ContractsFor(s, DemoContracts[s.Code], today)).ToList();
        db.Contracts.AddRange(contracts);
        await db.SaveChangesAsync(cancellationToken);
        LogSeededContracts(contracts.Count);
    }

    // Built through the domain's own verbs, approved on the day they would have been, so every rule holds.
    private IEnumerable<Contract> ContractsFor(Supplier supplier, DemoContract demo, DateOnly today)
    {
        var startOfMonth = new DateOnly(today.Year, today.Month, 1);
        var book = new List<Contract>();
        var (from, to) = demo.Scenario switch
        {
            Scenario.EndingSoonWithRenewalDraft => (startOfMonth.AddYears(-1), today.AddDays(20)),
            Scenario.Expired => (startOfMonth.AddYears(-1).AddMonths(-2), startOfMonth.AddMonths(-2).AddDays(-1)),
            // From before the demo bookings' history (BookingGenerator.HistoryDays), so every past pick-up had a contract.
            _ => (startOfMonth.AddMonths(-20), startOfMonth.AddMonths(18).AddDays(-1)),
        };

        var first = Draft(supplier, 1, demo, from, to);
        Approve(first, book, from.AddDays(-14));

        switch (demo.Scenario)
        {
            case Scenario.Amended:
                var amendment = first.Amend(NewId(), book, today).Value;
                book.Add(amendment);
                amendment.UpdateDraft(amendment.Terms with { CommissionPercent = Percentage.FromBasisPoints(demo.BasisPoints + 150) });
                Approve(amendment, book, today.AddDays(-10));
                break;
            case Scenario.EndingSoonWithRenewalDraft:
                book.Add(Draft(supplier, 2, demo with { BasisPoints = demo.BasisPoints + 100 }, to.AddDays(1), to.AddYears(1)));
                break;
            case Scenario.Terminated:
                first.Terminate("Supplier relationship paused after repeated overbooking.", today.AddDays(-3), DemoApprover, ToUtc(today.AddDays(-30)), today.AddDays(-30));
                break;
        }

        return book;

        void Approve(Contract contract, List<Contract> contracts, DateOnly approvedOn)
        {
            if (!contracts.Contains(contract))
            {
                contracts.Add(contract);
            }

            var approved = contract.Approve(contracts, DemoApprover, ToUtc(approvedOn), approvedOn);
            if (approved.Failed)
            {
                throw new InvalidOperationException($"Demo contract for {supplier.Code} was refused: {approved.Error}");
            }
        }
    }

    private Contract Draft(Supplier supplier, int number, DemoContract demo, DateOnly from, DateOnly to)
    {
        var percent = Percentage.FromBasisPoints(demo.BasisPoints);
        var currency = supplier.CurrencyCode;
        var terms = new ContractTerms(
            DateRange.Create(from, to).Value,
            currency,
            PaymentTermsDays: demo.Model == CommercialModel.Commission ? 30 : 14,
            demo.Model,
            demo.Model == CommercialModel.Commission ? percent : null,
            demo.Model == CommercialModel.NetRate ? percent : null,
            new CancellationPolicy(
                FreeCancellationHours: 48,
                demo.Model == CommercialModel.Commission ? LateFeeKind.Percent : LateFeeKind.Fixed,
                demo.Model == CommercialModel.Commission ? Percentage.FromBasisPoints(2500) : null,
                demo.Model == CommercialModel.NetRate ? Money.FromAmount(40, currency).Value : null,
                Money.FromAmount(60, currency).Value),
            Notes: null);
        return Contract.Draft(NewId(), supplier.Id, number, terms).Value;
    }

    private Guid NewId() => Guid.CreateVersion7(clock.GetUtcNow());

    private static DateTime ToUtc(DateOnly day) => day.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: added {Count} contract versions.")]
    private partial void LogSeededContracts(int count);

    private sealed record DemoContract(CommercialModel Model, int BasisPoints, Scenario Scenario);
}
