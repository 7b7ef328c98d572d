using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.BackOffice.Features.Shared;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Fleet;
using CarRentalGateway.Core.Rates;
using Microsoft.EntityFrameworkCore;

namespace CarRentalGateway.BackOffice.Features.Rates;

/// <summary>
/// An offer's rates: the fallback per band, its seasons, and the supplier base price of a trip. The offer's rates
/// are one aggregate: every change to them or their seasons checks and renews the rates' version, so two people
/// adding seasons at once cannot together create an overlap. Every method checks its policy first.
/// </summary>
public sealed class RatesService(IDbContextFactory<AppDbContext> dbFactory, AccessGuard access, TimeProvider clock)
{
    /// <summary>The offer's rates with its seasons in date order; null when the offer has no rates yet.</summary>
    public async Task<OfferRatesView?> RatesForOfferAsync(Guid offerId, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ViewCatalog);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rates = await LoadAsync(db, offerId, cancellationToken);
        return rates is null ? null : ViewOf(db, rates);
    }

    /// <summary>The offer's station, the supplier's currency, locations and extras: what the rates panel offers to choose from.</summary>
    public async Task<OfferRatesContext?> ContextAsync(Guid offerId, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ViewCatalog);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var offer = await db.FleetOffers.AsNoTracking()
            .Where(o => o.Id == offerId)
            .Join(db.Suppliers, o => o.SupplierId, s => s.Id, (o, s) => new { o.Id, o.Acriss, o.SupplierId, o.LocationId, s.Code, s.CurrencyCode })
            .SingleOrDefaultAsync(cancellationToken);
        if (offer is null)
        {
            return null;
        }

        var locations = await db.Locations.AsNoTracking()
            .Where(l => l.SupplierId == offer.SupplierId)
            .OrderBy(l => l.Code)
            .Select(l => new StationChoice(l.Id, l.Code, l.Name))
            .ToListAsync(cancellationToken);
        var extras = await ExtrasService.ExtrasOfAsync(db, offer.SupplierId, cancellationToken);
        return new OfferRatesContext(
            offer.Id, offer.Acriss, offer.Code, offer.CurrencyCode, offer.LocationId,
            locations.Single(l => l.Id == offer.LocationId).Name, locations, extras);
    }

    /// <summary>Sets the fallback rates; the first time, this creates the offer's rates in the supplier's currency with the standard bands.</summary>
    public async Task<Result> SetFallbackAsync(Guid offerId, FallbackForm form, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.EditCatalog);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rates = await LoadAsync(db, offerId, cancellationToken);
        if (rates is null)
        {
            var currency = await db.FleetOffers.Where(o => o.Id == offerId)
                .Join(db.Suppliers, o => o.SupplierId, s => s.Id, (o, s) => s.CurrencyCode)
                .SingleOrDefaultAsync(cancellationToken);
            if (currency is null)
            {
                return Result.Fail("This fleet offer no longer exists.");
            }

            if (form.Version is not null)
            {
                // The user saw rates that someone has since removed with the offer's rates; start again.
                return Result.Fail("These rates no longer exist; reload the offer and try again.", Concurrency.ConflictField);
            }

            var first = RateAmounts.ToBandRates(form.Rates, RentalLengthBands.Standard, currency);
            if (first.Failed)
            {
                return first;
            }

            db.OfferRates.Add(OfferRates.Create(offerId, first.Value));
            try
            {
                await db.SaveConfirmedAsync(cancellationToken);
                return Result.Ok();
            }
            catch (DbUpdateException)
            {
                // Someone else set the first rates of this offer between our read and our insert.
                if (!await RatesExistAsync(offerId, cancellationToken))
                {
                    throw;
                }

                return Result.Fail(await ConflictMessageAsync(offerId, cancellationToken), Concurrency.ConflictField);
            }
        }

        db.ExpectVersion(rates, form.Version);
        var fallback = RateAmounts.ToBandRates(form.Rates, rates.Bands, rates.Currency);
        if (fallback.Failed)
        {
            return fallback;
        }

        var changed = rates.ChangeFallback(fallback.Value);
        return changed.Failed ? changed : await SaveAsync(db, rates, cancellationToken);
    }

    /// <summary>Adds a season; refused when it overlaps another (named), or when the offer has no rates yet.</summary>
    public async Task<Result<Guid>> AddSeasonAsync(Guid offerId, SeasonForm form, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.EditCatalog);
        var id = Guid.CreateVersion7(clock.GetUtcNow());
        var saved = await ChangeSeasonsAsync(offerId, form, (rates, period, bandRates) =>
        {
            var added = rates.AddSeason(id, form.Name, period, bandRates);
            return added.Failed ? Result.Fail(added.Error!, MapField(added.Field)) : Result.Ok();
        }, cancellationToken);
        return saved.Failed ? Result.Fail<Guid>(saved.Error!, saved.Field) : Result.Ok(id);
    }

    /// <summary>Changes a season's name, dates or rates, with the same checks as adding it.</summary>
    public async Task<Result> UpdateSeasonAsync(Guid offerId, Guid seasonId, SeasonForm form, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.EditCatalog);
        return await ChangeSeasonsAsync(offerId, form, (rates, period, bandRates) =>
        {
            var replaced = rates.ReplaceSeason(seasonId, form.Name, period, bandRates);
            return replaced.Failed ? Result.Fail(replaced.Error!, MapField(replaced.Field)) : replaced;
        }, cancellationToken);
    }

    /// <summary>Removes a season: its days are then priced at the fallback rates.</summary>
    public async Task<Result> RemoveSeasonAsync(Guid offerId, Guid seasonId, Guid version, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.EditCatalog);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rates = await LoadAsync(db, offerId, cancellationToken);
        if (rates is null)
        {
            return Result.Fail("This offer has no rates any more; reload it.");
        }

        db.ExpectVersion(rates, version);
        var removed = rates.RemoveSeason(seasonId);
        return removed.Failed ? removed : await SaveAsync(db, rates, cancellationToken);
    }

    /// <summary>
    /// The supplier base price of a trip with this offer, line by line: for staff to see how the base is built
    /// (the pricing engine adds our markup on top). Times are wall-clock times at the locations.
    /// </summary>
    public async Task<Result<SupplierBaseQuote>> QuoteBaseAsync(
        Guid offerId, DateTime pickUpLocal, DateTime dropOffLocal, Guid? dropOffLocationId, IReadOnlyList<ExtraChoice> extras,
        CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ViewCatalog);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var offer = await db.FleetOffers.AsNoTracking().SingleOrDefaultAsync(o => o.Id == offerId, cancellationToken);
        if (offer is null)
        {
            return Result.Fail<SupplierBaseQuote>("This fleet offer no longer exists.");
        }

        var rates = await db.OfferRates.AsNoTracking().WithSeasons().SingleOrDefaultAsync(r => r.OfferId == offerId, cancellationToken);
        if (rates is null)
        {
            return Result.Fail<SupplierBaseQuote>("This offer has no rates yet: enter its fallback rates first.");
        }

        var locations = await db.Locations.AsNoTracking().Where(l => l.SupplierId == offer.SupplierId).ToListAsync(cancellationToken);
        var pickUp = locations.Single(l => l.Id == offer.LocationId);
        var dropOff = locations.SingleOrDefault(l => l.Id == (dropOffLocationId ?? offer.LocationId));
        if (dropOff is null)
        {
            return Result.Fail<SupplierBaseQuote>("The drop-off location is not one of the supplier's locations.", nameof(BasePriceRequest.DropOff));
        }

        var ids = extras.Select(e => e.ExtraId).ToList();
        var known = await db.SupplierExtras.AsNoTracking()
            .Where(e => e.SupplierId == offer.SupplierId && ids.Contains(e.Id))
            .ToDictionaryAsync(e => e.Id, cancellationToken);
        var chosen = new List<ChosenExtra>();
        foreach (var choice in extras)
        {
            if (!known.TryGetValue(choice.ExtraId, out var extra))
            {
                return Result.Fail<SupplierBaseQuote>("One of the chosen extras no longer exists; reload and choose again.", nameof(BasePriceRequest.Extras));
            }

            chosen.Add(new ChosenExtra(extra, choice.Quantity));
        }

        var fees = await db.OneWayFees.AsNoTracking().Where(f => f.SupplierId == offer.SupplierId).ToListAsync(cancellationToken);
        return SupplierBasePrice.Compute(new BasePriceRequest(
            pickUpLocal, dropOffLocal, RentalStation.Of(pickUp), RentalStation.Of(dropOff), rates, chosen, new OneWayFees(fees)));
    }

    private async Task<Result> ChangeSeasonsAsync(
        Guid offerId, SeasonForm form, Func<OfferRates, DateRange, BandRates, Result> change, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rates = await LoadAsync(db, offerId, cancellationToken);
        if (rates is null)
        {
            return Result.Fail("Enter the offer's fallback rates first: they price the days outside every season.");
        }

        db.ExpectVersion(rates, form.Version);
        var period = form.ToPeriod();
        if (period.Failed)
        {
            return period;
        }

        var bandRates = RateAmounts.ToBandRates(form.Rates, rates.Bands, rates.Currency);
        if (bandRates.Failed)
        {
            return bandRates;
        }

        var changed = change(rates, period.Value, bandRates.Value);
        return changed.Failed ? changed : await SaveAsync(db, rates, cancellationToken);
    }

    // The rates row is saved on every change to its seasons too, so its version is checked and renewed.
    private async Task<Result> SaveAsync(AppDbContext db, OfferRates rates, CancellationToken cancellationToken)
    {
        db.Entry(rates).Property(AuditingModelExtensions.VersionProperty).IsModified = true;
        return await db.SaveOrConflictAsync(() => ConflictMessageAsync(rates.OfferId, cancellationToken), cancellationToken);
    }

    private static string? MapField(string? field) => field == nameof(Season.Period) ? SeasonForm.DatesField : field;

    private static Task<OfferRates?> LoadAsync(AppDbContext db, Guid offerId, CancellationToken cancellationToken) =>
        db.OfferRates.WithSeasons().SingleOrDefaultAsync(r => r.OfferId == offerId, cancellationToken);

    private static OfferRatesView ViewOf(AppDbContext db, OfferRates rates) => new(
        rates.OfferId,
        rates.Currency,
        rates.Bands,
        rates.Fallback,
        rates.Seasons.Select(s => new SeasonView(s.Id, s.Name, s.From, s.To, s.Rates)).ToList(),
        db.VersionOf(rates));

    private async Task<bool> RatesExistAsync(Guid offerId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.OfferRates.AnyAsync(r => r.OfferId == offerId, cancellationToken);
    }

    private async Task<string> ConflictMessageAsync(Guid offerId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var keys = await db.Seasons.Where(s => EF.Property<Guid>(s, "OfferId") == offerId).Select(s => s.Id.ToString()).ToListAsync(cancellationToken);
        keys.Add(offerId.ToString());
        var latest = await db.AuditEntries.AsNoTracking()
            .Where(a => (a.EntityType == nameof(OfferRates) || a.EntityType == nameof(Season)) && keys.Contains(a.EntityKey))
            .OrderByDescending(a => a.OccurredAtUtc).ThenByDescending(a => a.Id)
            .Select(a => new AuditEntryView(a.OccurredAtUtc, a.UserName, a.Action, a.Changes))
            .FirstOrDefaultAsync(cancellationToken);
        return $"These rates were changed by {Concurrency.WhoAndWhen(latest)} while you were looking at them, so your change was not applied. "
            + "Reload them, then try again.";
    }
}
