using CarRentalGateway.Core.Common;

namespace CarRentalGateway.Core.Fleet;

/// <summary>
/// A car category a supplier sells at one of its locations ("CDMR, Toyota Corolla or similar, at TLL-AIRPORT"),
/// with the terms the desk applies: mileage, deposit, driver ages, and how many cars we may sell per day.
/// </summary>
/// <remarks>
/// A location has at most one offer per ACRISS code; the store checks that before saving and a unique index
/// on (location, code) enforces it. The store also checks that the location belongs to the supplier.
/// </remarks>
public sealed class FleetOffer
{
    // Materialization by EF Core, which sets the properties itself.
    private FleetOffer()
    {
        Acriss = "";
        SampleModel = "";
        DepositCurrency = "";
    }

    private FleetOffer(Guid id, Guid supplierId, Guid locationId, FleetOfferDetails details)
    {
        Id = id;
        SupplierId = supplierId;
        LocationId = locationId;
        Acriss = "";
        SampleModel = "";
        DepositCurrency = "";
        Apply(details);
    }

    public Guid Id { get; private set; }

    public Guid SupplierId { get; private set; }

    /// <summary>Fixed at creation: rates and allocation are per station, so another station is another offer.</summary>
    public Guid LocationId { get; private set; }

    /// <summary>The four letters as stored, e.g. <c>CDMR</c>; a plain column so lists can filter it with LIKE.</summary>
    public string Acriss { get; private set; }

    /// <summary>The model the category is sold with, shown as "… or similar".</summary>
    public string SampleModel { get; private set; }

    public int Seats { get; private set; }

    public int Doors { get; private set; }

    public int Bags { get; private set; }

    /// <summary>The daily mileage limit in km; null when mileage is unlimited.</summary>
    public int? MileageKilometresPerDay { get; private set; }

    /// <summary>The deposit in minor units; stored apart from its currency so each is a plain column.</summary>
    public long DepositMinor { get; private set; }

    /// <summary>The currency of the deposit: the supplier's currency when it was set.</summary>
    public string DepositCurrency { get; private set; }

    public int MinimumDriverAge { get; private set; }

    /// <summary>Drivers from the minimum age up to but not including this age pay the young-driver fee; null when none do.</summary>
    public int? YoungDriverAge { get; private set; }

    /// <summary>The young-driver fee per day in minor units; stored like the deposit, with its own currency column.</summary>
    public long? YoungDriverDailyFeeMinor { get; private set; }

    public string? YoungDriverDailyFeeCurrency { get; private set; }

    /// <summary>Cars per pick-up day we may confirm at once; beyond that, bookings are on request. 0: always on request.</summary>
    public int DailyAllocation { get; private set; }

    /// <summary>The supplier has asked us to stop selling this offer for now; it keeps its rates and bookings.</summary>
    public bool StopSell { get; private set; }

    public AcrissCode AcrissCode => AcrissCode.Parse(Acriss).Value;

    public MileagePolicy Mileage => MileagePolicy.FromKilometresPerDay(MileageKilometresPerDay).Value;

    public Money Deposit => Money.Of(DepositMinor, DepositCurrency);

    public Money? YoungDriverDailyFee =>
        YoungDriverDailyFeeMinor is { } minor && YoungDriverDailyFeeCurrency is { } currency ? Money.Of(minor, currency) : null;

    /// <summary>No booking of this offer is confirmed at once: each waits for the supplier.</summary>
    public bool IsOnRequestOnly => DailyAllocation == 0;

    public FleetOfferDetails Details => new(
        Acriss, SampleModel, Seats, Doors, Bags, Mileage, Deposit, MinimumDriverAge, YoungDriverAge, YoungDriverDailyFee,
        DailyAllocation);

    /// <summary>
    /// A new offer, on sale. Money must be in <paramref name="supplierCurrency"/>, the currency the supplier
    /// bills in. Uniqueness of (location, code) is checked by whoever stores it.
    /// </summary>
    public static Result<FleetOffer> Create(
        Guid id, Guid supplierId, Guid locationId, FleetOfferDetails details, string supplierCurrency)
    {
        var normalized = details.Normalized();
        var valid = Check(normalized, supplierCurrency);
        return valid.Failed
            ? Result.Fail<FleetOffer>(valid.Error!, valid.Field)
            : Result.Ok(new FleetOffer(id, supplierId, locationId, normalized));
    }

    /// <summary>
    /// Replaces the details, the ACRISS code included (a mistyped code is corrected, not re-created, so the
    /// offer keeps its rates); money must be in the supplier's currency of today.
    /// </summary>
    public Result UpdateDetails(FleetOfferDetails details, string supplierCurrency)
    {
        var normalized = details.Normalized();
        var valid = Check(normalized, supplierCurrency);
        if (valid.Succeeded)
        {
            Apply(normalized);
        }

        return valid;
    }

    public Result StopSelling()
    {
        if (StopSell)
        {
            return Result.Fail($"{Acriss} is already on stop-sell.", nameof(StopSell));
        }

        StopSell = true;
        return Result.Ok();
    }

    public Result ResumeSelling()
    {
        if (!StopSell)
        {
            return Result.Fail($"{Acriss} is already on sale.", nameof(StopSell));
        }

        StopSell = false;
        return Result.Ok();
    }

    /// <summary>Whether a driver of this age (in whole years on the pick-up date) may rent this car.</summary>
    public Result DriverCanRent(int age, string? field = null) =>
        age < MinimumDriverAge
            ? Result.Fail($"Drivers must be at least {MinimumDriverAge} for this car.", field)
            : Result.Ok();

    /// <summary>True from the minimum age up to but not including the young-driver age.</summary>
    public bool YoungDriverFeeApplies(int age) =>
        YoungDriverAge is { } youngAge && age >= MinimumDriverAge && age < youngAge;

    private static Result Check(FleetOfferDetails details, string supplierCurrency)
    {
        var valid = details.Validate();
        if (valid.Failed)
        {
            return valid;
        }

        if (details.Deposit.Currency != supplierCurrency)
        {
            return Result.Fail(
                $"The deposit is in {details.Deposit.Currency}, but the supplier bills in {supplierCurrency}: enter it in {supplierCurrency}.",
                nameof(FleetOfferDetails.Deposit));
        }

        return details.YoungDriverDailyFee is { } fee && fee.Currency != supplierCurrency
            ? Result.Fail(
                $"The young-driver fee is in {fee.Currency}, but the supplier bills in {supplierCurrency}: enter it in {supplierCurrency}.",
                nameof(FleetOfferDetails.YoungDriverDailyFee))
            : Result.Ok();
    }

    private void Apply(FleetOfferDetails details)
    {
        Acriss = details.Acriss;
        SampleModel = details.SampleModel;
        Seats = details.Seats;
        Doors = details.Doors;
        Bags = details.Bags;
        MileageKilometresPerDay = details.Mileage.KilometresPerDay;
        DepositMinor = details.Deposit.MinorUnits;
        DepositCurrency = details.Deposit.Currency;
        MinimumDriverAge = details.MinimumDriverAge;
        YoungDriverAge = details.YoungDriverAge;
        YoungDriverDailyFeeMinor = details.YoungDriverDailyFee?.MinorUnits;
        YoungDriverDailyFeeCurrency = details.YoungDriverDailyFee?.Currency;
        DailyAllocation = details.DailyAllocation;
    }
}
