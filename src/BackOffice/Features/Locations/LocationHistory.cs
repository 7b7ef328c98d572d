using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.BackOffice.Features.Shared;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Locations;

namespace CarRentalGateway.BackOffice.Features.Locations;

/// <summary>
/// A location's audit entries as people read them. The fee is stored as two columns (minor units and currency)
/// and audited that way; the history shows it as one field, "25.00 EUR" → "30.00 EUR". The supplier is shown by
/// its code rather than its id.
/// </summary>
internal static class LocationHistory
{
    private const string Minor = nameof(Location.AfterHoursFeeMinor);
    private const string Currency = nameof(Location.AfterHoursFeeCurrency);
    private const string Fee = nameof(Location.AfterHoursFee);
    private const string SupplierId = nameof(Location.SupplierId);

    /// <param name="newestFirst">The entries as the audit trail lists them.</param>
    /// <param name="supplierCodes">Supplier codes by id, for the entries that name the supplier.</param>
    public static IReadOnlyList<AuditEntryView> Readable(IReadOnlyList<AuditEntryView> newestFirst, IReadOnlyDictionary<string, string> supplierCodes)
    {
        // An update lists only what changed, so the fee before and after is known only by replaying from the start.
        (string? Minor, string? Currency) fee = (null, null);
        var readable = new List<AuditEntryView>(newestFirst.Count);
        foreach (var entry in newestFirst.Reverse())
        {
            var before = FeeText(fee);
            fee = (After(entry, Minor, fee.Minor), After(entry, Currency, fee.Currency));
            var after = entry.Action == AuditAction.Deleted ? null : FeeText(fee);

            var changes = entry.Changes
                .Where(c => c.Field is not (Minor or Currency))
                .Select(c => c.Field == SupplierId
                    ? new FieldChange("Supplier", CodeOf(c.Old, supplierCodes), CodeOf(c.New, supplierCodes))
                    : c)
                .ToList();
            if (before != after)
            {
                changes.Add(new FieldChange(Fee, before, after));
            }

            readable.Add(entry with { Changes = changes.OrderBy(c => c.Field, StringComparer.Ordinal).ToList() });
        }

        readable.Reverse();
        return readable;
    }

    private static string? After(AuditEntryView entry, string field, string? current) =>
        entry.Changes.FirstOrDefault(c => c.Field == field) is { } change ? change.New : current;

    private static string? FeeText((string? Minor, string? Currency) fee) =>
        long.TryParse(fee.Minor, System.Globalization.CultureInfo.InvariantCulture, out var minor) && Currencies.IsKnown(fee.Currency)
            ? Money.Of(minor, fee.Currency!).ToString()
            : null;

    private static string? CodeOf(string? id, IReadOnlyDictionary<string, string> codes) =>
        id is null ? null : codes.GetValueOrDefault(id, id);
}
