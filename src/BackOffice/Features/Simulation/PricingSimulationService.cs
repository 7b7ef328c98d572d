using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.BackOffice.Features.Quote;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.Core.Bookings;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Contracts;
using CarRentalGateway.Core.Pricing;
using Microsoft.EntityFrameworkCore;

namespace CarRentalGateway.BackOffice.Features.Simulation;

/// <summary>
/// Pricing simulations: "what would the bookings sold in this period have earned under the draft rule set?". Admins
/// run them (<see cref="Policies.EditPricing"/>); admins and Finance read the stored runs (<see cref="Policies.ViewPricing"/>).
/// </summary>
/// <remarks>
/// Each booking is priced again from its stored supplier price, contract terms and trip facts (see
/// <see cref="PricingSimulation"/>); the bookings stream from one query of only the columns that needs, so memory
/// stays flat however many there are.
/// </remarks>
public sealed class PricingSimulationService(
    IDbContextFactory<AppDbContext> dbFactory, AccessGuard access, ICurrentUser currentUser, TimeProvider clock, PublishedPricing publishedPricing)
{
    /// <summary>A year of sales at most: enough for any seasonal comparison, and bounded in time.</summary>
    public const int MaxPeriodDays = 366;

    /// <summary>How many of the latest runs the page lists.</summary>
    public const int ListedRuns = 20;

    private const int ProgressEvery = 1_000;

    /// <summary>The published set and the draft a run would compare, and the latest runs, newest first.</summary>
    public async Task<SimulationOverview> OverviewAsync(CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ViewPricing);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var sets = await db.PricingRuleSets.AsNoTracking()
            .Where(s => s.Status != RuleSetStatus.Superseded)
            .Select(s => new { s.Id, s.Number, s.Status })
            .ToListAsync(cancellationToken);
        var runs = await db.SimulationRuns.AsNoTracking()
            .OrderByDescending(r => r.RunAtUtc)
            .Take(ListedRuns)
            .Select(r => new SimulationRunSummary(
                r.Id, r.RunAtUtc, r.RunBy, r.BookedFrom, r.BookedTo, r.PublishedRuleSetNumber, r.DraftRuleSetNumber, r.Total))
            .ToListAsync(cancellationToken);
        RuleSetName? Named(RuleSetStatus status) =>
            sets.SingleOrDefault(s => s.Status == status) is { } set ? new RuleSetName(set.Id, set.Number) : null;
        return new SimulationOverview(Named(RuleSetStatus.Published), Named(RuleSetStatus.Draft), runs);
    }

    /// <summary>A stored run with every supplier's figures and the bookings the draft could not price; null when there is none.</summary>
    public async Task<SimulationRun?> FindRunAsync(Guid id, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ViewPricing);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.SimulationRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
    }

    /// <summary>
    /// Compares the draft with the published set over the bookings sold in the period (UTC dates, inclusive) that
    /// earned rental revenue, stores the run and returns its id. Refused without a draft or with a period that is not
    /// in the past; <paramref name="progress"/> hears how many bookings are done.
    /// </summary>
    public async Task<Result<Guid>> RunAsync(SimulationPeriodForm period, IProgress<SimulationProgress>? progress, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.EditPricing);
        var checkedPeriod = CheckPeriod(period);
        if (checkedPeriod.Failed)
        {
            return Result.Fail<Guid>(checkedPeriod.Error!, checkedPeriod.Field);
        }

        var (from, to) = checkedPeriod.Value;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var draft = await db.PricingRuleSets.AsNoTracking()
            .Where(s => s.Status == RuleSetStatus.Draft)
            .Select(s => new RuleSetName(s.Id, s.Number))
            .SingleOrDefaultAsync(cancellationToken);
        if (draft is null)
        {
            return Result.Fail<Guid>("There is no draft rule set to compare with the published one: change a rule on the pricing rules page to start one.");
        }

        var published = await publishedPricing.CurrentAsync(db, cancellationToken);
        var draftRules = await db.PricingRules.AsNoTracking().Where(r => r.RuleSetId == draft.Id).ToListAsync(cancellationToken);
        var simulation = new PricingSimulation(published.Engine, new PricingEngine(draftRules));
        await SimulateAsync(db, simulation, from, to, progress, cancellationToken);

        var result = simulation.Result();
        var suppliers = await db.Suppliers.AsNoTracking().ToDictionaryAsync(s => s.Id, s => (s.Code, s.Name), cancellationToken);
        var user = await currentUser.GetPrincipalAsync();
        var now = clock.GetUtcNow();
        var run = new SimulationRun
        {
            Id = Guid.CreateVersion7(now),
            RunAtUtc = now.UtcDateTime,
            RunBy = user.Identity?.Name ?? AuditingInterceptor.SystemUserName,
            BookedFrom = from,
            BookedTo = to,
            PublishedRuleSetId = published.Set?.Id,
            PublishedRuleSetNumber = published.Set?.Number,
            DraftRuleSetId = draft.Id,
            DraftRuleSetNumber = draft.Number,
            Total = result.Total,
            Suppliers = result.Suppliers
                .Select(s => new SupplierFigures(suppliers[s.SupplierId].Code, suppliers[s.SupplierId].Name, s.Figures))
                .OrderBy(s => s.Code, StringComparer.Ordinal)
                .ToList(),
            Unpriced = result.Unpriced
                .Select(u => new UnpricedBookingRow(u.Reference, suppliers[u.SupplierId].Code, u.Reason.Reason, u.Reason.Message))
                .ToList(),
            UnpricedCount = result.UnpricedCount,
        };
        db.SimulationRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok(run.Id);
    }

    private Result<(DateOnly From, DateOnly To)> CheckPeriod(SimulationPeriodForm period)
    {
        if (period.From is not { } fromDate)
        {
            return Result.Fail<(DateOnly, DateOnly)>("Choose the first booking date.", nameof(period.From));
        }

        if (period.To is not { } toDate)
        {
            return Result.Fail<(DateOnly, DateOnly)>("Choose the last booking date.", nameof(period.To));
        }

        var (from, to) = (DateOnly.FromDateTime(fromDate), DateOnly.FromDateTime(toDate));
        if (to < from)
        {
            return Result.Fail<(DateOnly, DateOnly)>("The last booking date cannot be before the first.", nameof(period.To));
        }

        if (to >= clock.TodayUtc())
        {
            return Result.Fail<(DateOnly, DateOnly)>("Choose past bookings: the last booking date is yesterday at the latest.", nameof(period.To));
        }

        return to.DayNumber - from.DayNumber + 1 > MaxPeriodDays
            ? Result.Fail<(DateOnly, DateOnly)>($"Compare at most {MaxPeriodDays} days of bookings at once.", nameof(period.From))
            : Result.Ok((from, to));
    }

    /// <summary>Streams the period's counted bookings, with the facts their rules match on, into the simulation.</summary>
    private static async Task SimulateAsync(
        AppDbContext db, PricingSimulation simulation, DateOnly from, DateOnly to, IProgress<SimulationProgress>? progress, CancellationToken cancellationToken)
    {
        // Only a net-rate booking needs its contract version, for the minimum margin, which a version never changes once approved.
        var minimumMargins = (await db.Contracts.AsNoTracking()
                .Where(c => c.Model == CommercialModel.NetRate)
                .Select(c => new { c.SupplierId, c.Number, c.VersionNumber, c.MinimumMarginBasisPoints })
                .ToListAsync(cancellationToken))
            .ToDictionary(c => (c.SupplierId, Contract.LabelOf(c.Number, c.VersionNumber)), c => c.MinimumMarginBasisPoints);

        var counted = PricingSimulation.CountedStatuses.ToArray();
        var (fromUtc, toUtc) = (from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        var bookings = db.Bookings.AsNoTracking()
            .Where(b => b.CreatedAtUtc >= fromUtc && b.CreatedAtUtc < toUtc && EF.Constant(counted).Contains(b.Status));
        var total = progress is null ? 0 : await bookings.CountAsync(cancellationToken);
        progress?.Report(new SimulationProgress(0, total));

        var rows = bookings.Join(
            db.Locations,
            b => b.PickUpLocationId,
            l => l.Id,
            (b, l) => new
            {
                b.Reference, b.SupplierId, l.CountryCode, b.PickUpLocationId, b.Acriss, b.Currency, b.PickUpLocal, b.CreatedAtUtc, b.RentalDays,
                b.ContractLabel, b.CommercialModel, b.CommissionBasisPoints, b.SupplierTotalMinor, b.RentalDaysAmountMinor, b.CustomerTotalMinor,
                b.CommissionMinor, b.EurPerUnit,
            });
        var done = 0;
        await foreach (var b in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            Money InCurrency(long minor) => Money.Of(minor, b.Currency);
            var minimumMargin = b.CommercialModel == CommercialModel.NetRate ? minimumMargins.GetValueOrDefault((b.SupplierId, b.ContractLabel)) : null;
            simulation.Add(new SoldBooking(
                b.Reference.Value,
                new RuleContext(
                    b.SupplierId, b.CountryCode, b.PickUpLocationId, b.Acriss, b.Currency,
                    DateOnly.FromDateTime(b.PickUpLocal), DateOnly.FromDateTime(b.CreatedAtUtc), b.RentalDays),
                new ContractPricingTerms(b.ContractLabel, b.CommercialModel, b.CommissionBasisPoints, minimumMargin),
                new SupplierPrice(InCurrency(b.SupplierTotalMinor), InCurrency(b.RentalDaysAmountMinor)),
                InCurrency(b.CustomerTotalMinor),
                InCurrency(b.CommissionMinor),
                b.EurPerUnit));
            if (++done % ProgressEvery == 0)
            {
                progress?.Report(new SimulationProgress(done, total));
            }
        }

        progress?.Report(new SimulationProgress(done, total));
    }
}
