using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.BackOffice.Features.Quote;
using CarRentalGateway.BackOffice.Features.Rates;
using CarRentalGateway.BackOffice.Features.Shared;
using CarRentalGateway.BackOffice.Observability;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.Core.Bookings;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Contracts;
using CarRentalGateway.Core.Locations;
using CarRentalGateway.Core.Pricing;
using Microsoft.EntityFrameworkCore;

namespace CarRentalGateway.BackOffice.Features.Bookings;

/// <summary>
/// The booking page's data and every action support takes on a booking. Everyone on staff reads
/// (<see cref="Policies.ViewBookings"/>); only Admin and Support change, cancel or annotate
/// (<see cref="Policies.ChangeBookings"/>), and the previews of a change (cancellation terms, a re-priced trip) are
/// part of changing. Every change checks the version the user started from, and "now" for the status and time rules
/// is the wall-clock time at the booking's stations.
/// </summary>
public sealed class BookingService(
    IDbContextFactory<AppDbContext> dbFactory,
    AccessGuard access,
    ICurrentUser currentUser,
    TimeProvider clock,
    PublishedPricing pricing,
    ExchangeRates exchangeRates,
    BackOfficeMetrics metrics,
    ILogger<BookingService> logger)
{
    /// <summary>The note this scope (a circuit) last tried to add without learning whether it was saved.</summary>
    private NoteInDoubt? _noteInDoubt;

    /// <summary>The booking with this reference (typed any way <see cref="BookingReference.Parse"/> reads), or null.</summary>
    public async Task<BookingView?> FindAsync(string reference, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ViewBookings);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        // Tracked, because the version token is a shadow property that only the change tracker holds.
        var booking = await TrackedAsync(db, reference, cancellationToken);
        if (booking is null)
        {
            return null;
        }

        var supplier = await db.Suppliers.AsNoTracking().SingleAsync(s => s.Id == booking.SupplierId, cancellationToken);
        var stations = await StationsAsync(db, booking, cancellationToken);
        var (nowAtPickUp, nowAtDropOff) = (LocalNow(stations.PickUp), LocalNow(stations.DropOff));
        var actions = await access.AllowsAsync(Policies.ChangeBookings)
            ? new BookingActions(
                true,
                BookingAction.From(booking.CanUpdateDetails()),
                BookingAction.From(booking.CanChangeTrip(nowAtPickUp)),
                BookingAction.From(booking.CanConfirm()),
                BookingAction.From(booking.CanComplete(nowAtDropOff)),
                BookingAction.From(booking.CanMarkNoShow(nowAtPickUp)),
                BookingAction.From(booking.CanCancel(nowAtPickUp)),
                BookingAction.Open)
            : BookingActions.None;

        return new BookingView(
            booking.Id,
            booking.Reference.Value,
            booking.Status,
            booking.SupplierConfirmationNumber,
            booking.Customer,
            booking.Driver,
            booking.FlightNumber,
            new BookingSupplier(supplier.Code, supplier.Name, supplier.Phone, supplier.ReservationsEmail),
            StationOf(stations.PickUp),
            booking.PickUpLocal,
            StationOf(stations.DropOff),
            booking.DropOffLocal,
            new BookingCar(booking.Acriss, Core.Fleet.AcrissCode.Parse(booking.Acriss).Value.Describe(), booking.SampleModel),
            booking.Extras,
            booking.PaymentModel,
            booking.Channel,
            booking.AffiliateCode,
            booking.CreatedAtUtc,
            booking.Price,
            booking.AmountPaid,
            booking.Cancellation,
            booking.NoShowFee,
            booking.NoShowRefund,
            booking.Notes,
            nowAtPickUp,
            nowAtDropOff,
            actions,
            db.VersionOf(booking))
        {
            ReadAtUtc = clock.GetUtcNow().UtcDateTime,
        };
    }

    /// <summary>
    /// The booking's history, newest first: every change with who, when (UTC) and old → new, notes included. Stations
    /// and the supplier are named by their codes; <see cref="BookingHistory.Describer"/> puts the rest in words.
    /// </summary>
    public async Task<IReadOnlyList<AuditEntryView>> HistoryAsync(string reference, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ViewBookings);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var id = await IdOfAsync(db, reference, cancellationToken);
        if (id is null)
        {
            return [];
        }

        var entries = await db.ForEntityAsync(nameof(Booking), id.Value.ToString(), cancellationToken);
        var keys = entries
            .SelectMany(entry => entry.Changes)
            .Where(change => BookingHistory.KeyFields.Contains(change.Field))
            .SelectMany(change => new[] { change.Old, change.New })
            .Select(value => Guid.TryParse(value, out var key) ? key : (Guid?)null)
            .OfType<Guid>()
            .Distinct()
            .ToList();
        var codes = (await db.Locations.AsNoTracking().Where(l => keys.Contains(l.Id)).Select(l => new { l.Id, l.Code }).ToListAsync(cancellationToken))
            .Concat(await db.Suppliers.AsNoTracking().Where(s => keys.Contains(s.Id)).Select(s => new { s.Id, s.Code }).ToListAsync(cancellationToken))
            .ToDictionary(k => k.Id.ToString(), k => k.Code, StringComparer.OrdinalIgnoreCase);
        string? CodeOf(string? key) => key is not null && codes.TryGetValue(key, out var code) ? code : key;
        return entries
            .Select(entry => entry with
            {
                Changes = entry.Changes
                    .Select(change => BookingHistory.KeyFields.Contains(change.Field) ? change with { Old = CodeOf(change.Old), New = CodeOf(change.New) } : change)
                    .ToList(),
            })
            .ToList();
    }

    /// <summary>Contact, main driver and flight in one save, in any status that is not final.</summary>
    public async Task<Result> UpdateDetailsAsync(string reference, BookingDetailsForm form, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ChangeBookings);
        if (form.DriverDateOfBirth is not { } dateOfBirth)
        {
            return Result.Fail("Enter the main driver's date of birth.", nameof(BookingDetailsForm.DriverDateOfBirth));
        }

        return await ChangeAsync(reference, form.Version, (booking, _) =>
        {
            var contact = booking.UpdateContact(form.ToCustomer());
            if (contact.Failed)
            {
                return Task.FromResult(Result.Fail(contact.Error!, Prefixed("Customer", contact.Field)));
            }

            var driver = booking.UpdateDriver(new BookingDriver(form.DriverName, DateOnly.FromDateTime(dateOfBirth)));
            if (driver.Failed)
            {
                return Task.FromResult(Result.Fail(driver.Error!, Prefixed("Driver", driver.Field)));
            }

            return Task.FromResult(booking.UpdateFlight(form.FlightNumber));
        }, cancellationToken);
    }

    /// <summary>The supplier confirmed the booking under <paramref name="confirmationNumber"/>.</summary>
    public async Task<Result> ConfirmAsync(string reference, string confirmationNumber, Guid version, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ChangeBookings);
        return await ChangeAsync(reference, version, (booking, _) => Task.FromResult(booking.Confirm(confirmationNumber)), cancellationToken);
    }

    /// <summary>The rental took place: only once the drop-off time has passed at the drop-off station.</summary>
    public async Task<Result> CompleteAsync(string reference, Guid version, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ChangeBookings);
        return await ChangeAsync(reference, version, (booking, context) =>
            Task.FromResult(booking.Complete(LocalNow(context.Stations.DropOff))), cancellationToken);
    }

    /// <summary>The customer did not come: only after the pick-up time; the contract's no-show fee is kept.</summary>
    public async Task<Result> MarkNoShowAsync(string reference, Guid version, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ChangeBookings);
        return await ChangeAsync(reference, version, async (booking, context) =>
        {
            var policy = await PolicyAsync(context.Db, booking, cancellationToken);
            return policy.Failed ? policy : booking.MarkNoShow(policy.Value.Policy, LocalNow(context.Stations.PickUp));
        }, cancellationToken);
    }

    /// <summary>What cancelling now would cost and refund, with the policy it comes from; nothing is changed.</summary>
    public async Task<Result<CancellationTerms>> CancellationTermsAsync(
        string reference, CancellationRequest request, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ChangeBookings);
        var (by, nowUtc) = (await UserNameAsync(), clock.GetUtcNow().UtcDateTime);
        return await TermsAsync(reference, (booking, policy, nowLocal) =>
        {
            var terms = booking.CancellationFor(request, policy, nowLocal, by, nowUtc);
            return terms.Failed
                ? Result.Fail<FeeAndRefund>(terms.Error!, terms.Field)
                : Result.Ok(new FeeAndRefund(terms.Value.Fee, terms.Value.Refund));
        }, cancellationToken);
    }

    /// <summary>What marking a no-show now would keep and refund, with the policy it comes from; nothing is changed.</summary>
    public async Task<Result<CancellationTerms>> NoShowTermsAsync(string reference, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ChangeBookings);
        return await TermsAsync(reference, (booking, policy, nowLocal) => booking.NoShowTermsFor(policy, nowLocal), cancellationToken);
    }

    /// <summary>Cancels on the terms <see cref="CancellationTermsAsync"/> shows, as they are at this moment.</summary>
    public async Task<Result> CancelAsync(string reference, CancellationRequest request, Guid version, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ChangeBookings);
        var by = await UserNameAsync();
        return await ChangeAsync(reference, version, async (booking, context) =>
        {
            var policy = await PolicyAsync(context.Db, booking, cancellationToken);
            return policy.Failed
                ? policy
                : booking.Cancel(request, policy.Value.Policy, LocalNow(context.Stations.PickUp), by, clock.GetUtcNow().UtcDateTime);
        }, cancellationToken);
    }

    /// <summary>What the change-trip form offers; null when there is no such booking.</summary>
    public async Task<TripChangeChoices?> TripChangeChoicesAsync(string reference, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ChangeBookings);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var booking = await UntrackedAsync(db, reference, cancellationToken);
        if (booking is null)
        {
            return null;
        }

        var stations = await db.Locations.AsNoTracking()
            .Where(l => l.SupplierId == booking.SupplierId && l.IsActive)
            .OrderBy(l => l.Code)
            .Select(l => new TripChangeStation(l.Id, l.Code, l.Name, l.City))
            .ToListAsync(cancellationToken);
        var stationIds = stations.Select(s => s.Id).ToList();
        var offers = await db.FleetOffers.AsNoTracking()
            .Where(o => stationIds.Contains(o.LocationId))
            .OrderBy(o => o.Acriss)
            .ToListAsync(cancellationToken);
        var extras = await db.SupplierExtras.AsNoTracking()
            .Where(e => e.SupplierId == booking.SupplierId)
            .ToListAsync(cancellationToken);
        return new TripChangeChoices(
            stations,
            offers.Select(o => new TripChangeCar(o.LocationId, o.Acriss, o.AcrissCode.Describe(), o.SampleModel, o.StopSell)).ToList(),
            extras
                .OrderBy(e => e.Kind).ThenBy(e => e.Name, StringComparer.OrdinalIgnoreCase)
                .Select(e => new TripChangeExtra(e.Id, e.Kind, e.Name, ExtraPriceText(e)))
                .ToList());
    }

    /// <summary>
    /// The changed trip priced now, by the engine of the published rules at today's rates, against the price the booking
    /// has: old vs new and the difference. Refused with the engine's reason when the trip cannot be priced, or the
    /// domain's when the trip cannot change. Nothing is saved.
    /// </summary>
    public async Task<Result<TripChangeQuote>> PriceTripChangeAsync(string reference, TripChangeForm form, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ChangeBookings);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        // Untracked: the domain's verb runs on this copy to give its verdict, and the copy is thrown away.
        var booking = await UntrackedAsync(db, reference, cancellationToken);
        return booking is null
            ? Result.Fail<TripChangeQuote>(NotFound(reference), BookingReference.FieldName)
            : await RepriceAsync(db, booking, form, cancellationToken);
    }

    /// <summary>
    /// Changes the trip at the price the agent was shown: it is priced again, and if the new total is no longer
    /// <paramref name="expectedNewTotalMinor"/> (rules, rates or the time moved on since the preview), nothing is saved
    /// and the refusal on <see cref="TripChangeForm.NewPriceField"/> gives the new figure to preview again.
    /// </summary>
    public async Task<Result<TripChangeQuote>> ChangeTripAsync(
        string reference, TripChangeForm form, long expectedNewTotalMinor, Guid version, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ChangeBookings);
        TripChangeQuote? applied = null;
        var changed = await ChangeAsync(reference, version, async (booking, context) =>
        {
            var repriced = await RepriceAsync(context.Db, booking, form, cancellationToken);
            if (repriced.Failed)
            {
                return repriced;
            }

            var quote = repriced.Value;
            if (quote.NewPrice.CustomerTotal.MinorUnits != expectedNewTotalMinor)
            {
                var shown = Money.Of(expectedNewTotalMinor, quote.NewPrice.Currency);
                return Result.Fail(
                    $"The new price is now {quote.NewPrice.CustomerTotal}, not the {shown} you were shown (rates or rules changed since). "
                    + "Nothing was saved: look at the new price, then confirm again.",
                    TripChangeForm.NewPriceField);
            }

            applied = quote;
            return Result.Ok();
        }, cancellationToken);
        return changed.Succeeded ? Result.Ok(applied!) : Result.Fail<TripChangeQuote>(changed.Error!, changed.Field);
    }

    /// <summary>
    /// Adds an internal note signed by the user; notes are never edited, so no version is needed. A note whose save was
    /// lost with the database (<see cref="DatabaseOutage.OutcomeUnknown"/>) is remembered, and if the user adds it again
    /// and it is on the booking after all, it is not added twice.
    /// </summary>
    public async Task<Result> AddNoteAsync(string reference, string text, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.ChangeBookings);
        var note = new BookingNote((await UserNameAsync()).Trim(), clock.GetUtcNow().UtcDateTime, text.Trim());
        var added = await ChangeAsync(reference, expectedVersion: null, (booking, _) =>
            Task.FromResult(_noteInDoubt is { } doubt && doubt.Reference == reference && doubt.Note.Text == note.Text
                && booking.Notes.Any(stored => IsStoredAs(stored, doubt.Note))
                    ? Result.Ok()
                    : booking.AddNote(note.Author, text, note.WrittenAtUtc)), cancellationToken);
        if (added.Succeeded)
        {
            _noteInDoubt = null;
        }
        else if (added.Error == DatabaseOutage.OutcomeUnknown)
        {
            _noteInDoubt = new NoteInDoubt(reference, note);
        }

        return added;
    }

    /// <summary>
    /// Loads the booking and its stations, checks the version the user saw, applies the change and saves. A stale
    /// version is refused naming who got in first; a database that cannot be reached is refused with nothing saved.
    /// </summary>
    private async Task<Result> ChangeAsync(
        string reference, Guid? expectedVersion, Func<Booking, ChangeContext, Task<Result>> change, CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var booking = await TrackedAsync(db, reference, cancellationToken);
            if (booking is null)
            {
                return Result.Fail(NotFound(reference), BookingReference.FieldName);
            }

            db.ExpectVersion(booking, expectedVersion);
            var changed = await change(booking, new ChangeContext(db, await StationsAsync(db, booking, cancellationToken)));
            if (changed.Failed)
            {
                return changed;
            }

            var saved = await db.SaveOrConflictAsync(() => ConflictMessageAsync(booking.Id, cancellationToken), cancellationToken);
            if (DatabaseOutage.Refused(saved))
            {
                return Unreachable(reference, saved.Error!);
            }

            metrics.BookingChangeSaved(saved.Succeeded ? "saved" : "conflict");
            return saved;
        }
        catch (Exception exception) when (DatabaseOutage.Caused(exception))
        {
            return Unreachable(reference, DatabaseOutage.NothingSaved, exception);
        }
    }

    private Result Unreachable(string reference, string refusal, Exception? exception = null)
    {
        metrics.BookingChangeSaved("database_unreachable");
        logger.LogError(exception, "A change to booking {Reference} could not reach the database: {Refusal}", reference, refusal);
        return Result.Fail(refusal);
    }

    /// <summary>
    /// Prices the form's trip now and applies it to <paramref name="booking"/> through the domain's verb, which refuses
    /// what may not change; returns old vs new. Applied to a tracked booking, saving it stores the change.
    /// </summary>
    private async Task<Result<TripChangeQuote>> RepriceAsync(AppDbContext db, Booking booking, TripChangeForm form, CancellationToken cancellationToken)
    {
        if (form.Missing() is var (field, message))
        {
            return Result.Fail<TripChangeQuote>(message, field);
        }

        var stations = await StationsAsync(db, booking, cancellationToken);
        var nowAtPickUp = LocalNow(stations.PickUp);
        var open = booking.CanChangeTrip(nowAtPickUp);
        if (open.Failed)
        {
            return Result.Fail<TripChangeQuote>(open.Error!);
        }

        var nowUtc = clock.GetUtcNow().UtcDateTime;
        var pickUpLocal = form.PickUpLocal!.Value;
        var rules = await pricing.CurrentAsync(db, cancellationToken);
        var priced = await TripPricing.PriceAsync(
            db,
            rules.Engine,
            new TripToPrice(
                booking.SupplierId, form.PickUpLocationId!.Value, pickUpLocal, form.DropOffLocationId!.Value, form.DropOffLocal!.Value,
                form.Acriss, form.Extras, booking.Driver.AgeOn(DateOnly.FromDateTime(pickUpLocal)), nowUtc),
            cancellationToken);
        if (priced.Outcome.Refusal is { } refusal)
        {
            return Result.Fail<TripChangeQuote>(refusal.Message, FieldOf(refusal.Reason));
        }

        var quote = priced.Outcome.Quote!;
        var rate = exchangeRates.EurPerUnit(quote.Currency);
        if (rate.Failed)
        {
            return Result.Fail<TripChangeQuote>(rate.Error!);
        }

        var oldPrice = booking.Price;
        var newPrice = BookingPrice.From(quote, rate.Value);
        var changed = booking.ChangeTrip(priced.Trip!, newPrice, nowAtPickUp);
        return changed.Failed
            ? Result.Fail<TripChangeQuote>(changed.Error!, FieldOf(changed.Field))
            : Result.Ok(new TripChangeQuote(priced.Trip!, oldPrice, newPrice, changed.Value, nowUtc));
    }

    /// <summary>The fee and refund a verb would decide now under the contract's policy, read without tracking.</summary>
    private async Task<Result<CancellationTerms>> TermsAsync(
        string reference, Func<Booking, CancellationPolicy, DateTime, Result<FeeAndRefund>> decide, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var booking = await UntrackedAsync(db, reference, cancellationToken);
        if (booking is null)
        {
            return Result.Fail<CancellationTerms>(NotFound(reference), BookingReference.FieldName);
        }

        var stations = await StationsAsync(db, booking, cancellationToken);
        var policy = await PolicyAsync(db, booking, cancellationToken);
        if (policy.Failed)
        {
            return Result.Fail<CancellationTerms>(policy.Error!);
        }

        var terms = decide(booking, policy.Value.Policy, LocalNow(stations.PickUp));
        return terms.Failed
            ? Result.Fail<CancellationTerms>(terms.Error!, terms.Field)
            : Result.Ok(new CancellationTerms(
                terms.Value.Fee, terms.Value.Refund, booking.AmountPaid, PolicyText(policy.Value.Policy), policy.Value.Source));
    }

    /// <summary>
    /// The cancellation policy in force: that of the contract in force on the pick-up date, as the contract stands now
    /// (an amendment since the sale applies). When no contract is in force on that day any more (terminated, or an
    /// approval undone), the contract version the booking was sold under still binds the supplier and the customer.
    /// </summary>
    private static async Task<Result<(CancellationPolicy Policy, string Source)>> PolicyAsync(
        AppDbContext db, Booking booking, CancellationToken cancellationToken)
    {
        var supplierName = await db.Suppliers.Where(s => s.Id == booking.SupplierId).Select(s => s.Name).SingleAsync(cancellationToken);
        var contracts = await db.Contracts.AsNoTracking().Where(c => c.SupplierId == booking.SupplierId).ToListAsync(cancellationToken);
        var inForce = ContractSelection.ContractFor(supplierName, contracts, booking.Trip.PickUpDate);
        if (inForce.Succeeded)
        {
            return Result.Ok((inForce.Value.Terms.Cancellation, $"contract {inForce.Value.Label}, in force on the pick-up date"));
        }

        var sold = contracts.FirstOrDefault(c => c.Label == booking.ContractLabel && c.Status != ContractStatus.Draft);
        return sold is not null
            ? Result.Ok((sold.Terms.Cancellation, $"contract {sold.Label}, which the booking was sold under ({inForce.Error})"))
            : Result.Fail<(CancellationPolicy, string)>(
                $"{inForce.Error} The contract the booking was sold under ({booking.ContractLabel}) is not on record either: ask finance which fee applies.");
    }

    private async Task<string> ConflictMessageAsync(Guid bookingId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var key = bookingId.ToString();

        // Notes never touch the version, so the change that got in first is the latest one that is not a note.
        var recent = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(Booking) && a.EntityKey == key)
            .OrderByDescending(a => a.OccurredAtUtc).ThenByDescending(a => a.Id)
            .Take(20)
            .Select(a => new AuditEntryView(a.OccurredAtUtc, a.UserName, a.Action, a.Changes))
            .ToListAsync(cancellationToken);
        var latest = recent.FirstOrDefault(entry => !entry.Changes.All(BookingHistory.IsNote));
        return $"This booking was changed by {Concurrency.WhoAndWhen(latest)} while you were working, so your change was not saved. "
            + "Your input is still here: look at what they changed, then try again.";
    }

    private static async Task<Booking?> TrackedAsync(AppDbContext db, string reference, CancellationToken cancellationToken) =>
        BookingReference.Parse(reference) is { Succeeded: true } parsed
            ? await db.Bookings.SingleOrDefaultAsync(b => b.Reference == parsed.Value, cancellationToken)
            : null;

    private static async Task<Booking?> UntrackedAsync(AppDbContext db, string reference, CancellationToken cancellationToken) =>
        BookingReference.Parse(reference) is { Succeeded: true } parsed
            ? await db.Bookings.AsNoTracking().SingleOrDefaultAsync(b => b.Reference == parsed.Value, cancellationToken)
            : null;

    private static async Task<Guid?> IdOfAsync(AppDbContext db, string reference, CancellationToken cancellationToken) =>
        BookingReference.Parse(reference) is { Succeeded: true } parsed
            ? await db.Bookings.Where(b => b.Reference == parsed.Value).Select(b => (Guid?)b.Id).SingleOrDefaultAsync(cancellationToken)
            : null;

    private static async Task<BookingStations> StationsAsync(AppDbContext db, Booking booking, CancellationToken cancellationToken)
    {
        var ids = new[] { booking.PickUpLocationId, booking.DropOffLocationId };
        var stations = await db.Locations.AsNoTracking().Where(l => ids.Contains(l.Id)).ToDictionaryAsync(l => l.Id, cancellationToken);
        return new BookingStations(stations[booking.PickUpLocationId], stations[booking.DropOffLocationId]);
    }

    /// <summary>The wall-clock time at the station now: what pick-up and drop-off times are compared with.</summary>
    private DateTime LocalNow(Location station) =>
        TimeZoneInfo.ConvertTime(clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById(station.TimeZoneId)).DateTime;

    private static BookingStation StationOf(Location l) => new(
        l.Id, l.Code, l.Name, l.Type, l.IataCode, l.Address, l.City, l.CountryCode, l.Phone, l.OpeningHours,
        OpeningHoursText(l.OpeningHours), l.TimeZoneId, l.AfterHoursFee, l.IsActive);

    /// <summary>"Open 24 hours", or "Mon 08:00–18:00; …; Sun closed".</summary>
    private static string OpeningHoursText(WeeklyOpeningHours hours) =>
        hours.Is24Hours
            ? "Open 24 hours"
            : string.Join("; ", WeeklyOpeningHours.Week.Select(day =>
                $"{WeeklyOpeningHours.Abbreviation(day)} {Locations.LocationText.Of(hours.On(day)).ToLowerInvariant()}"));

    /// <summary>"Free until 48 h before pick-up, then 40.00 EUR; no-show 60.00 EUR".</summary>
    private static string PolicyText(CancellationPolicy policy)
    {
        var lateFee = policy.LateFeeKind == LateFeeKind.Percent ? $"{policy.LateFeePercent} of the price" : policy.LateFeeFixed!.ToString();
        return $"Free until {policy.FreeCancellationHours} h before pick-up, then {lateFee}; no-show {policy.NoShowFee}";
    }

    private static string ExtraPriceText(Core.Rates.SupplierExtra extra) =>
        $"{extra.Price} {ExtraText.Of(extra.Basis)}" + (extra.Cap is { } cap ? $", at most {cap}" : "");

    /// <summary>The change-trip field an engine refusal is about, where it is about one.</summary>
    private static string? FieldOf(CannotPriceReason reason) => reason switch
    {
        CannotPriceReason.NoContract => nameof(TripChangeForm.PickUpDate),
        CannotPriceReason.StopSell or CannotPriceReason.NoRate or CannotPriceReason.DriverTooYoung => nameof(TripChangeForm.Acriss),
        _ => null,
    };

    /// <summary>The change-trip field a domain refusal names ("Trip.DropOffLocal"), or none for the form as a whole.</summary>
    private static string? FieldOf(string? domainField) => domainField switch
    {
        "Trip.PickUpLocal" => nameof(TripChangeForm.PickUpDate),
        "Trip.DropOffLocal" => nameof(TripChangeForm.DropOffDate),
        "Trip.Acriss" => nameof(TripChangeForm.Acriss),
        "Trip.Extras" => nameof(TripChangeForm.Extras),
        _ => null,
    };

    /// <summary>The details form's name for a field of the customer or driver part ("Customer" + "Email").</summary>
    private static string? Prefixed(string part, string? field) => field is null ? null : part + field;

    private static string NotFound(string reference) => $"There is no booking {reference.Trim()}.";

    private async Task<string> UserNameAsync() =>
        (await currentUser.GetPrincipalAsync()).Identity?.Name ?? AuditingInterceptor.SystemUserName;

    /// <summary>The note as stored: MariaDB keeps a time to the microsecond.</summary>
    private static bool IsStoredAs(BookingNote stored, BookingNote sent) =>
        stored.Author == sent.Author && stored.Text == sent.Text
        && Math.Abs((stored.WrittenAtUtc - sent.WrittenAtUtc).Ticks) < TimeSpan.TicksPerMicrosecond;

    private sealed record NoteInDoubt(string Reference, BookingNote Note);

    private sealed record BookingStations(Location PickUp, Location DropOff);

    private sealed record ChangeContext(AppDbContext Db, BookingStations Stations);
}
