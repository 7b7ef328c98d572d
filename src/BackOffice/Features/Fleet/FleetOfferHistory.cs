using System.Globalization;
using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.BackOffice.Features.Shared;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Fleet;

namespace CarRentalGateway.BackOffice.Features.Fleet;

/// <summary>
/// An offer's audit entries as people read them: the deposit and the young-driver fee are stored as two columns
/// each (minor units and currency) and shown as one field ("300.00 EUR"); the mileage column as "Unlimited" or
/// "250 km/day"; the supplier and location by their codes rather than ids.
/// </summary>
internal static class FleetOfferHistory
{
    private static readonly (string Minor, string Currency, string Shown)[] MoneyFields =
    [
        (nameof(FleetOffer.DepositMinor), nameof(FleetOffer.DepositCurrency), nameof(FleetOffer.Deposit)),
        (nameof(FleetOffer.YoungDriverDailyFeeMinor), nameof(FleetOffer.YoungDriverDailyFeeCurrency), nameof(FleetOffer.YoungDriverDailyFee)),
    ];

    public static IReadOnlyList<AuditEntryView> Readable(IReadOnlyList<AuditEntryView> newestFirst, IReadOnlyDictionary<string, string> codes)
    {
        // An update lists only what changed, so an amount's currency is known only by replaying from the start.
        var current = new Dictionary<string, string?>();
        var readable = new List<AuditEntryView>(newestFirst.Count);
        var moneyColumns = MoneyFields.SelectMany(m => new[] { m.Minor, m.Currency }).ToHashSet();
        foreach (var entry in newestFirst.Reverse())
        {
            var before = MoneyFields.ToDictionary(m => m.Shown, m => MoneyText(current, m.Minor, m.Currency));
            foreach (var change in entry.Changes.Where(c => moneyColumns.Contains(c.Field)))
            {
                current[change.Field] = change.New;
            }

            var changes = entry.Changes
                .Where(c => !moneyColumns.Contains(c.Field))
                .Select(c => c.Field switch
                {
                    nameof(FleetOffer.SupplierId) => new FieldChange("Supplier", CodeOf(c.Old, codes), CodeOf(c.New, codes)),
                    nameof(FleetOffer.LocationId) => new FieldChange("Location", CodeOf(c.Old, codes), CodeOf(c.New, codes)),
                    nameof(FleetOffer.MileageKilometresPerDay) => new FieldChange("Mileage", MileageText(c.Old, entry.Action, isOld: true), MileageText(c.New, entry.Action, isOld: false)),
                    _ => c,
                })
                .ToList();
            foreach (var money in MoneyFields)
            {
                var after = entry.Action == AuditAction.Deleted ? null : MoneyText(current, money.Minor, money.Currency);
                if (before[money.Shown] != after)
                {
                    changes.Add(new FieldChange(money.Shown, before[money.Shown], after));
                }
            }

            readable.Add(entry with { Changes = changes.OrderBy(c => c.Field, StringComparer.Ordinal).ToList() });
        }

        readable.Reverse();
        return readable;
    }

    // A null limit is "Unlimited", except where there is no value at all: before a creation, after a deletion.
    private static string? MileageText(string? km, AuditAction action, bool isOld) =>
        (isOld && action == AuditAction.Created) || (!isOld && action == AuditAction.Deleted) ? null
        : int.TryParse(km, CultureInfo.InvariantCulture, out var limit) ? MileagePolicy.FromKilometresPerDay(limit).Value.ToString()
        : MileagePolicy.UnlimitedText;

    private static string? MoneyText(Dictionary<string, string?> current, string minorField, string currencyField) =>
        long.TryParse(current.GetValueOrDefault(minorField), CultureInfo.InvariantCulture, out var minor)
        && current.GetValueOrDefault(currencyField) is { } currency && Currencies.IsKnown(currency)
            ? Money.Of(minor, currency).ToString()
            : null;

    private static string? CodeOf(string? id, IReadOnlyDictionary<string, string> codes) =>
        id is null ? null : codes.GetValueOrDefault(id, id);
}
