using System.Globalization;
using System.Security.Claims;
using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Fleet;
using CarRentalGateway.Core.Locations;
using CarRentalGateway.Core.Rates;
using CarRentalGateway.Core.Suppliers;
using Microsoft.EntityFrameworkCore;

namespace CarRentalGateway.BackOffice.Features.RateSheets;

/// <summary>
/// Imports a supplier's rate sheet: a preview of what would be created, changed and left alone, or every error of
/// the sheet; then the same checks again and everything saved in one SaveChanges (one transaction), with one audit
/// entry for the import. A sheet with any error saves nothing.
/// </summary>
public sealed class RateSheetImporter(
    IDbContextFactory<AppDbContext> dbFactory, AccessGuard access, ICurrentUser currentUser, TimeProvider clock, IConfiguration configuration)
{
    public const string ConfigurationKey = "RateSheets:MaxFileBytes";
    public const long DefaultMaxFileBytes = 5 * 1024 * 1024;

    /// <summary>The entity type of the audit entry an import writes.</summary>
    public const string AuditEntityType = "RateSheetImport";

    /// <summary>The largest file accepted, from configuration (<c>RateSheets:MaxFileBytes</c>), 5 MB unless set.</summary>
    internal long MaxFileBytes => configuration.GetValue<long?>(ConfigurationKey) ?? DefaultMaxFileBytes;

    /// <summary>What importing the sheet would do, or every error in it; nothing is saved.</summary>
    public async Task<RateSheetPreview> PreviewAsync(string supplierCode, string fileName, Stream content, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.EditCatalog);
        var bytes = await ReadLimitedAsync(content, cancellationToken);
        if (bytes.Error is { } error)
        {
            return new RateSheetPreview(supplierCode, fileName, [error], []);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var plan = await PlanAsync(db, supplierCode, fileName, bytes.Content!, cancellationToken);
        return plan.Preview;
    }

    /// <summary>
    /// Checks the sheet again (the data may have changed since the preview) and, when it has no error, saves every
    /// change and one audit entry of the import in a single SaveChanges. A sheet with errors saves nothing.
    /// </summary>
    public async Task<RateSheetImportResult> ApplyAsync(string supplierCode, string fileName, Stream content, CancellationToken cancellationToken)
    {
        await access.DemandAsync(Policies.EditCatalog);
        var bytes = await ReadLimitedAsync(content, cancellationToken);
        if (bytes.Error is { } error)
        {
            return new RateSheetImportResult(new RateSheetPreview(supplierCode, fileName, [error], []), Applied: false);
        }

        var user = await currentUser.GetPrincipalAsync();
        try
        {
            return await SaveWithRetriesAsync(supplierCode, fileName, bytes.Content!, user, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Caught outside the execution strategy, so transient failures are still retried. Another save got in
            // between (a concurrent import or edit of these offers: a version token or the one-offer-per-code index
            // refused ours); the transaction rolled back, and checking the sheet again shows what it would change now.
            var raced = FileError(
                "Someone changed this supplier's offers or rates while the sheet was being imported; nothing was saved. Upload the sheet again to see what it would change now.");
            return new RateSheetImportResult(new RateSheetPreview(supplierCode, fileName, [raced], []), Applied: false);
        }
    }

    /// <summary>
    /// Plans and saves in one SaveChanges (one transaction). MariaDB retries transient failures through its execution
    /// strategy: each attempt plans again on a fresh context, so a retry never saves half of an earlier attempt.
    /// </summary>
    private async Task<RateSheetImportResult> SaveWithRetriesAsync(
        string supplierCode, string fileName, byte[] content, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        await using var strategyDb = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await strategyDb.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var plan = await PlanAsync(db, supplierCode, fileName, content, ct);
            if (!plan.Preview.IsValid)
            {
                return new RateSheetImportResult(plan.Preview, Applied: false);
            }

            db.AuditEntries.Add(ImportAudit(plan.Preview, user));
            await db.SaveChangesAsync(ct);
            return new RateSheetImportResult(plan.Preview, Applied: true);
        }, cancellationToken);
    }

    private AuditEntry ImportAudit(RateSheetPreview preview, ClaimsPrincipal user) => new()
    {
        OccurredAtUtc = clock.GetUtcNow().UtcDateTime,
        UserId = user.FindFirstValue(ClaimTypes.NameIdentifier),
        UserName = user.Identity?.Name ?? AuditingInterceptor.SystemUserName,
        EntityType = AuditEntityType,
        EntityKey = Guid.CreateVersion7().ToString(),
        Action = AuditAction.Created,
        Changes =
        [
            new FieldChange("Supplier", null, preview.SupplierCode),
            new FieldChange("FileName", null, preview.FileName),
            new FieldChange("Created", null, preview.Created.ToString(CultureInfo.InvariantCulture)),
            new FieldChange("Changed", null, preview.Changed.ToString(CultureInfo.InvariantCulture)),
            new FieldChange("Unchanged", null, preview.Unchanged.ToString(CultureInfo.InvariantCulture)),
        ],
    };

    /// <summary>The file's bytes, refused before parsing when it is empty or larger than the limit.</summary>
    private async Task<(byte[]? Content, RateSheetError? Error)> ReadLimitedAsync(Stream content, CancellationToken cancellationToken)
    {
        var limit = MaxFileBytes;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
            {
                return (null, FileError(
                    $"The file is larger than {DescribeSize(limit)}, the most a rate sheet may be. Remove unused sheets or rows, or split it by location."));
            }
        }

        return buffer.Length == 0
            ? (null, FileError("The file is empty. Choose the filled-in rate sheet (.xlsx)."))
            : (buffer.ToArray(), null);
    }

    private static string DescribeSize(long bytes) =>
        bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0 ? $"{bytes / (1024 * 1024)} MB"
        : bytes >= 1024 ? $"{bytes / 1024.0:0.#} KB".Replace(',', '.')
        : $"{bytes} bytes";

    private static RateSheetError FileError(string message) => new(null, null, null, null, message);

    /// <summary>
    /// Reads the sheet and applies it to tracked entities of <paramref name="db"/>, collecting the preview lines and
    /// every error. The caller saves the context (apply) or drops it (preview).
    /// </summary>
    private static async Task<Plan> PlanAsync(AppDbContext db, string supplierCode, string fileName, byte[] content, CancellationToken cancellationToken)
    {
        var code = supplierCode.Trim().ToUpperInvariant();
        var supplier = await db.Suppliers.SingleOrDefaultAsync(s => s.Code == code, cancellationToken);
        if (supplier is null)
        {
            return new Plan(new RateSheetPreview(code, fileName, [FileError($"There is no supplier {code}.")], []));
        }

        using var stream = new MemoryStream(content, writable: false);
        var sheet = RateSheetReader.Read(stream, supplier.CurrencyCode);
        var errors = sheet.Errors.ToList();
        var lines = new List<RateSheetPreviewLine>();

        var locations = await db.Locations.Where(l => l.SupplierId == supplier.Id).ToListAsync(cancellationToken);
        var offers = await db.FleetOffers.Where(o => o.SupplierId == supplier.Id).ToListAsync(cancellationToken);
        var offerIds = offers.Select(o => o.Id).ToList();
        var rates = await db.OfferRates.WithSeasons().Where(r => offerIds.Contains(r.OfferId)).ToListAsync(cancellationToken);

        foreach (var group in sheet.Rows.GroupBy(r => (r.LocationCode, r.Acriss)))
        {
            var rows = group.ToList();
            var location = locations.FirstOrDefault(l => string.Equals(l.Code, group.Key.LocationCode, StringComparison.OrdinalIgnoreCase));
            if (location is null)
            {
                errors.AddRange(rows.Select(r => sheet.ErrorAt(r.Row, RateSheetFormat.LocationCode, UnknownLocation(supplier, locations, r.LocationCode))));
                continue;
            }

            var context = new OfferPlan(db, sheet, supplier, location.Code, group.Key.Acriss, rows, errors, lines);
            var offer = offers.FirstOrDefault(o => o.LocationId == location.Id && o.Acriss == group.Key.Acriss);
            offer ??= context.CreateOffer(location.Id);
            if (offer is null)
            {
                continue;
            }

            var offerRates = rates.FirstOrDefault(r => r.OfferId == offer.Id);
            offerRates = context.ApplyFallback(offer, offerRates);
            if (offerRates is not null)
            {
                context.ApplySeasons(offerRates);
            }
        }

        foreach (var (row, locationCode) in sheet.RefusedRowLocations.Where(r => !locations.Any(l => string.Equals(l.Code, r.LocationCode, StringComparison.OrdinalIgnoreCase))))
        {
            errors.Add(sheet.ErrorAt(row, RateSheetFormat.LocationCode, UnknownLocation(supplier, locations, locationCode)));
        }

        var ordered = errors.OrderBy(e => e.Row ?? 0).ThenBy(e => e.Column?.Length ?? 0).ThenBy(e => e.Column).ToList();
        return new Plan(new RateSheetPreview(supplier.Code, fileName, ordered, errors.Count == 0 ? lines : []));
    }

    private static string UnknownLocation(Supplier supplier, List<Location> locations, string code)
    {
        var known = locations.Count == 0 ? "it has none yet" : "its locations are " + string.Join(", ", locations.Select(l => l.Code).Order());
        return $"{supplier.Code} has no location \"{code}\" ({known}).";
    }

    private sealed record Plan(RateSheetPreview Preview);

    /// <summary>The rows of one offer (location and ACRISS code) applied to its tracked entities.</summary>
    private sealed class OfferPlan(
        AppDbContext db, RateSheetContent sheet, Supplier supplier, string locationCode, string acriss,
        List<RateSheetRow> rows, List<RateSheetError> errors, List<RateSheetPreviewLine> lines)
    {
        /// <summary>
        /// A new offer gets the sheet's sample model and defaults staff complete afterwards: 5 seats, 4 doors,
        /// 2 bags, unlimited mileage, no deposit, drivers from 21 with no young-driver fee, and a daily allocation of
        /// 0 so every booking is on request until someone has checked the offer.
        /// </summary>
        public FleetOffer? CreateOffer(Guid locationId)
        {
            var withModel = rows.FirstOrDefault(r => r.SampleModel is not null);
            if (withModel is null)
            {
                errors.Add(Error(rows[0], RateSheetFormat.SampleModel,
                    $"{acriss} is new at {locationCode}: enter the sample model (e.g. Toyota Corolla) to create the offer."));
                return null;
            }

            var details = new FleetOfferDetails(
                acriss, withModel.SampleModel!, Seats: 5, Doors: 4, Bags: 2, MileagePolicy.Unlimited, Money.Zero(supplier.CurrencyCode),
                MinimumDriverAge: 21, YoungDriverAge: null, YoungDriverDailyFee: null, DailyAllocation: 0);
            var created = FleetOffer.Create(Guid.CreateVersion7(), supplier.Id, locationId, details, supplier.CurrencyCode);
            if (created.Failed)
            {
                errors.Add(Error(withModel, RateSheetFormat.SampleModel, created.Error!));
                return null;
            }

            db.FleetOffers.Add(created.Value);
            lines.Add(Line("Offer", RateSheetChange.Created, null, $"{created.Value.SampleModel} or similar"));
            return created.Value;
        }

        /// <summary>Sets the fallback rate from the sheet (one amount, the same in every band); creates the rates of a new offer.</summary>
        public OfferRates? ApplyFallback(FleetOffer offer, OfferRates? existing)
        {
            var withFallback = rows.Where(r => r.Fallback is not null).ToList();
            foreach (var other in withFallback.Skip(1).Where(r => r.Fallback != withFallback[0].Fallback))
            {
                errors.Add(Error(other, RateSheetFormat.Fallback,
                    $"The fallback daily rate differs from row {withFallback[0].Row} ({withFallback[0].Fallback}): an offer has one fallback rate."));
            }

            if (withFallback.Count == 0)
            {
                if (existing is null)
                {
                    errors.Add(Error(rows[0], RateSheetFormat.Fallback,
                        $"{acriss} at {locationCode} has no rates yet: enter its fallback daily rate, for days outside every season."));
                }

                return existing;
            }

            var row = withFallback[0];
            var fallback = BandRates.Flat(RentalLengthBands.Standard, row.Fallback!);
            if (fallback.Failed)
            {
                errors.Add(Error(row, RateSheetFormat.Fallback, fallback.Error!));
                return existing;
            }

            if (existing is null)
            {
                var created = OfferRates.Create(offer.Id, fallback.Value);
                db.OfferRates.Add(created);
                lines.Add(Line("Fallback", RateSheetChange.Created, null, fallback.Value.ToString()));
                return created;
            }

            if (existing.Fallback.Equals(fallback.Value))
            {
                lines.Add(Line("Fallback", RateSheetChange.Unchanged, null, fallback.Value.ToString()));
                return existing;
            }

            var old = existing.Fallback.ToString();
            var changed = existing.ChangeFallback(fallback.Value);
            if (changed.Failed)
            {
                errors.Add(Error(row, RateSheetFormat.Fallback, changed.Error!));
            }
            else
            {
                lines.Add(Line("Fallback", RateSheetChange.Changed, old, fallback.Value.ToString()));
            }

            return existing;
        }

        /// <summary>
        /// A season with the same dates as one already stored is that season (renamed or re-rated when the sheet
        /// differs); other seasons are added and must not overlap any season, stored or from the sheet. Stored
        /// seasons the sheet does not mention are left alone.
        /// </summary>
        public void ApplySeasons(OfferRates offerRates)
        {
            var seen = new Dictionary<DateRange, RateSheetRow>();
            foreach (var row in rows.Where(r => r.Season is not null))
            {
                var season = row.Season!;
                if (seen.TryGetValue(season.Period, out var first))
                {
                    errors.Add(Error(row, RateSheetFormat.SeasonFrom,
                        $"Row {first.Row} already gives the season {season.Period} of {acriss} at {locationCode}: one row per season."));
                    continue;
                }

                seen[season.Period] = row;
                var bandRates = BandRates.Create(RentalLengthBands.Standard, season.Rates);
                if (bandRates.Failed)
                {
                    errors.Add(Error(row, RateSheetFormat.Band1To2, bandRates.Error!));
                    continue;
                }

                var stored = offerRates.Seasons.FirstOrDefault(s => s.Period == season.Period);
                var name = string.IsNullOrWhiteSpace(season.Name) ? null : season.Name.Trim();
                if (stored is null)
                {
                    var added = offerRates.AddSeason(Guid.CreateVersion7(), name, season.Period, bandRates.Value);
                    if (added.Failed)
                    {
                        errors.Add(Error(row, RateSheetFormat.SeasonFrom, added.Error!));
                    }
                    else
                    {
                        lines.Add(Line(added.Value.Describe(), RateSheetChange.Created, null, bandRates.Value.ToString()));
                    }

                    continue;
                }

                if (stored.Name == name && stored.Rates.Equals(bandRates.Value))
                {
                    lines.Add(Line(stored.Describe(), RateSheetChange.Unchanged, null, stored.Rates.ToString()));
                    continue;
                }

                var old = stored.Name == name ? stored.Rates.ToString() : $"{stored.Label}: {stored.Rates}";
                var replaced = offerRates.ReplaceSeason(stored.Id, name, season.Period, bandRates.Value);
                if (replaced.Failed)
                {
                    errors.Add(Error(row, RateSheetFormat.SeasonFrom, replaced.Error!));
                }
                else
                {
                    var now = stored.Name == name ? bandRates.Value.ToString() : $"{stored.Label}: {bandRates.Value}";
                    lines.Add(Line(stored.Describe(), RateSheetChange.Changed, old, now));
                }
            }
        }

        private RateSheetPreviewLine Line(string what, RateSheetChange change, string? old, string? now) =>
            new(locationCode, acriss, what, change, old, now);

        private RateSheetError Error(RateSheetRow row, string column, string message) => sheet.ErrorAt(row.Row, column, message);
    }
}
