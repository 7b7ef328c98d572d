using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Fleet;

namespace CarRentalGateway.BackOffice.Features.Fleet;

/// <summary>
/// What the offer dialog edits. The attributes give instant feedback on each field; the domain checks the
/// same rules again when saving (<see cref="FleetOfferDetails.Validate"/>), and its verdict is the one that counts.
/// </summary>
public sealed class FleetOfferForm
{
    /// <summary>The station; chosen for a new offer, fixed once the offer exists.</summary>
    [Required(ErrorMessage = "Choose the location.")]
    public Guid? LocationId { get; set; }

    [Required(ErrorMessage = "Enter an ACRISS code, e.g. CDMR.")]
    public string Acriss { get; set; } = "";

    [Required(ErrorMessage = "Enter the sample model, e.g. Toyota Corolla.")]
    [StringLength(FleetOfferDetails.SampleModelMaxLength)]
    public string SampleModel { get; set; } = "";

    [Required(ErrorMessage = "Enter the seats.")]
    [Range(FleetOfferDetails.MinSeats, FleetOfferDetails.MaxSeats, ErrorMessage = "Seats are 1 to 60.")]
    public int? Seats { get; set; } = 5;

    [Required(ErrorMessage = "Enter the doors.")]
    [Range(0, FleetOfferDetails.MaxDoors, ErrorMessage = "Doors are 0 to 6.")]
    public int? Doors { get; set; } = 4;

    [Required(ErrorMessage = "Enter how many bags fit.")]
    [Range(0, FleetOfferDetails.MaxBags, ErrorMessage = "Bags are 0 to 20.")]
    public int? Bags { get; set; } = 2;

    public bool UnlimitedMileage { get; set; } = true;

    /// <summary>The daily limit when mileage is not unlimited.</summary>
    [Range(MileagePolicy.MinKilometresPerDay, MileagePolicy.MaxKilometresPerDay, ErrorMessage = "A mileage limit is 1 to 5000 km a day.")]
    public int? KilometresPerDay { get; set; }

    /// <summary>In the supplier's currency; 0 when none.</summary>
    [Required(ErrorMessage = "Enter the deposit (0 when there is none).")]
    [Range(0, 1_000_000, ErrorMessage = "The deposit is between 0 and 1,000,000.")]
    public decimal? Deposit { get; set; } = 0m;

    [Required(ErrorMessage = "Enter the minimum driver age.")]
    [Range(FleetOfferDetails.MinDriverAge, FleetOfferDetails.MaxDriverAge, ErrorMessage = "The minimum driver age is 18 to 99.")]
    public int? MinimumDriverAge { get; set; } = 21;

    /// <summary>Drivers below this age (and at least the minimum) pay the fee; empty when no fee.</summary>
    public int? YoungDriverAge { get; set; }

    [Range(0, 1_000_000, ErrorMessage = "The young-driver fee is between 0 and 1,000,000.")]
    public decimal? YoungDriverDailyFee { get; set; }

    [Required(ErrorMessage = "Enter the daily allocation (0: every booking is on request).")]
    [Range(0, FleetOfferDetails.MaxDailyAllocation, ErrorMessage = "The daily allocation is 0 to 999 cars (0: every booking is on request).")]
    public int? DailyAllocation { get; set; } = 0;

    /// <summary>The version the user started editing; null for a new offer.</summary>
    public Guid? Version { get; set; }

    /// <summary>The field a mileage refusal is reported on: the limit, since the switch itself cannot be wrong.</summary>
    public const string MileageField = nameof(KilometresPerDay);

    /// <summary>
    /// The details as the domain has them, money in <paramref name="currency"/> (the supplier's). Refusals name
    /// this form's fields, so the dialog can show them where they belong.
    /// </summary>
    public Result<FleetOfferDetails> ToDetails(string currency)
    {
        Result<MileagePolicy> mileage;
        if (UnlimitedMileage)
        {
            mileage = Result.Ok(MileagePolicy.Unlimited);
        }
        else if (KilometresPerDay is { } km)
        {
            mileage = MileagePolicy.LimitedPerDay(km, MileageField);
        }
        else
        {
            mileage = Result.Fail<MileagePolicy>("Enter the kilometres a day, or switch on unlimited mileage.", MileageField);
        }

        if (mileage.Failed)
        {
            return Result.Fail<FleetOfferDetails>(mileage.Error!, mileage.Field);
        }

        var deposit = Money.FromAmount(Deposit ?? 0m, currency, nameof(Deposit));
        if (deposit.Failed)
        {
            return Result.Fail<FleetOfferDetails>(deposit.Error!, deposit.Field);
        }

        Money? fee = null;
        if (YoungDriverAge is not null && YoungDriverDailyFee is { } amount)
        {
            var money = Money.FromAmount(amount, currency, nameof(YoungDriverDailyFee));
            if (money.Failed)
            {
                return Result.Fail<FleetOfferDetails>(money.Error!, money.Field);
            }

            fee = money.Value;
        }

        var details = new FleetOfferDetails(
            Acriss ?? "", SampleModel ?? "", Seats ?? 0, Doors ?? -1, Bags ?? -1, mileage.Value, deposit.Value,
            MinimumDriverAge ?? 0, YoungDriverAge, fee, DailyAllocation ?? -1);
        var valid = details.Normalized().Validate();
        return valid.Failed ? Result.Fail<FleetOfferDetails>(valid.Error!, FormField(valid.Field)) : Result.Ok(details);
    }

    /// <summary>The form field a domain refusal about <paramref name="detailsField"/> belongs on.</summary>
    public static string? FormField(string? detailsField) => detailsField switch
    {
        nameof(FleetOfferDetails.Mileage) => MileageField,
        _ => detailsField,
    };

    public static FleetOfferForm From(FleetOfferView offer)
    {
        var details = offer.Details;
        var currency = offer.Supplier.CurrencyCode;
        return new FleetOfferForm
        {
            LocationId = offer.Location.Id,
            Acriss = details.Acriss,
            SampleModel = details.SampleModel,
            Seats = details.Seats,
            Doors = details.Doors,
            Bags = details.Bags,
            UnlimitedMileage = details.Mileage.IsUnlimited,
            KilometresPerDay = details.Mileage.KilometresPerDay,

            // Money set before the supplier changed its currency is not offered as a number in the new currency.
            Deposit = details.Deposit.Currency == currency ? details.Deposit.Amount : null,
            MinimumDriverAge = details.MinimumDriverAge,
            YoungDriverAge = details.YoungDriverAge,
            YoungDriverDailyFee = details.YoungDriverDailyFee is { } fee && fee.Currency == currency ? fee.Amount : null,
            DailyAllocation = details.DailyAllocation,
            Version = offer.Version,
        };
    }

    /// <summary>The labels of the fields a person edits, in the dialog's order, with their values as text.</summary>
    private static IReadOnlyList<(string Label, Func<FleetOfferForm, string?> Value)> EditableFields { get; } =
    [
        ("ACRISS code", f => f.Acriss?.Trim().ToUpperInvariant()),
        ("Sample model", f => f.SampleModel),
        ("Seats", f => Text(f.Seats)),
        ("Doors", f => Text(f.Doors)),
        ("Bags", f => Text(f.Bags)),
        ("Mileage", f => f.UnlimitedMileage ? MileagePolicy.UnlimitedText : f.KilometresPerDay is { } km ? $"{Text(km)} km/day" : null),
        ("Deposit", f => f.Deposit?.ToString(CultureInfo.InvariantCulture)),
        ("Minimum driver age", f => Text(f.MinimumDriverAge)),
        ("Young-driver age", f => Text(f.YoungDriverAge)),
        ("Young-driver daily fee", f => f.YoungDriverAge is null ? null : f.YoungDriverDailyFee?.ToString(CultureInfo.InvariantCulture)),
        ("Daily allocation", f => Text(f.DailyAllocation)),
    ];

    /// <summary>The editable fields whose values differ, as label, <paramref name="theirs"/> → <paramref name="yours"/>.</summary>
    public static IReadOnlyList<FieldChange> Differences(FleetOfferForm theirs, FleetOfferForm yours) =>
        EditableFields
            .Select(field => (field.Label, Theirs: Clean(field.Value(theirs)), Yours: Clean(field.Value(yours))))
            .Where(field => !string.Equals(field.Theirs, field.Yours, StringComparison.Ordinal))
            .Select(field => new FieldChange(field.Label, field.Theirs, field.Yours))
            .ToList();

    private static string? Text(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
