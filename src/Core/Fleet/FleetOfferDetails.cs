using CarRentalGateway.Core.Common;

namespace CarRentalGateway.Core.Fleet;

/// <summary>The editable facts about a fleet offer, checked together before they reach the entity.</summary>
/// <param name="Acriss">The car category as typed, e.g. <c>cdmr</c>; normalised and checked against the matrix.</param>
/// <param name="SampleModel">The model the category is sold with, without "or similar": "Toyota Corolla".</param>
/// <param name="Bags">How many suitcases fit, one number as most suppliers publish it.</param>
/// <param name="Deposit">What the desk blocks on the driver's card, in the supplier's currency; 0 when none.</param>
/// <param name="MinimumDriverAge">The youngest driver allowed to rent this car.</param>
/// <param name="YoungDriverAge">
/// Drivers from <paramref name="MinimumDriverAge"/> up to but not including this age pay the young-driver fee;
/// null when the supplier charges none.
/// </param>
/// <param name="YoungDriverDailyFee">The fee per rental day for a young driver; required with a young-driver age.</param>
/// <param name="DailyAllocation">
/// Cars per pick-up day we may confirm at once ("free sale"); beyond that, bookings wait for the supplier
/// (on request). 0 means every booking of this offer is on request.
/// </param>
public sealed record FleetOfferDetails(
    string Acriss,
    string SampleModel,
    int Seats,
    int Doors,
    int Bags,
    MileagePolicy Mileage,
    Money Deposit,
    int MinimumDriverAge,
    int? YoungDriverAge,
    Money? YoungDriverDailyFee,
    int DailyAllocation)
{
    public const int SampleModelMaxLength = 100;
    public const int MinSeats = 1;
    public const int MaxSeats = 60;
    public const int MaxDoors = 6;
    public const int MaxBags = 20;
    public const int MinDriverAge = 18;
    public const int MaxDriverAge = 99;

    /// <summary>Young-driver fees stop at 30 at the latest: older drivers are never "young" in the trade.</summary>
    public const int MaxYoungDriverAge = 30;

    public const int MaxDailyAllocation = 999;

    private const string OrSimilar = "or similar";

    /// <summary>
    /// Trims the texts, upper-cases the code, drops an "or similar" typed after the model (the site adds it),
    /// and drops a young-driver fee left in the form without a young-driver age, as a hidden field's value.
    /// </summary>
    public FleetOfferDetails Normalized() => this with
    {
        Acriss = Acriss.Trim().ToUpperInvariant(),
        SampleModel = WithoutOrSimilar(SampleModel.Trim()),
        YoungDriverDailyFee = YoungDriverAge is null ? null : YoungDriverDailyFee,
    };

    /// <summary>The first rule these details break, naming the field; success when they break none.</summary>
    public Result Validate()
    {
        var acriss = AcrissCode.Parse(Acriss, nameof(Acriss));
        if (acriss.Failed)
        {
            return acriss;
        }

        if (SampleModel.Length == 0)
        {
            return Result.Fail("Enter the sample model, e.g. Toyota Corolla.", nameof(SampleModel));
        }

        if (SampleModel.Length > SampleModelMaxLength)
        {
            return Result.Fail($"The sample model is at most {SampleModelMaxLength} characters.", nameof(SampleModel));
        }

        if (Seats is < MinSeats or > MaxSeats)
        {
            return Result.Fail($"Seats are {MinSeats} to {MaxSeats}.", nameof(Seats));
        }

        // 0 doors is real: open-air buggies and two-wheelers are in the matrix.
        if (Doors is < 0 or > MaxDoors)
        {
            return Result.Fail($"Doors are 0 to {MaxDoors}.", nameof(Doors));
        }

        if (Bags is < 0 or > MaxBags)
        {
            return Result.Fail($"Bags are 0 to {MaxBags}.", nameof(Bags));
        }

        if (Mileage is null)
        {
            return Result.Fail("Choose unlimited mileage or a limit per day.", nameof(Mileage));
        }

        if (Deposit is null)
        {
            return Result.Fail("Enter the deposit (0 when there is none).", nameof(Deposit));
        }

        if (Deposit.IsNegative)
        {
            return Result.Fail("The deposit cannot be negative.", nameof(Deposit));
        }

        if (MinimumDriverAge is < MinDriverAge or > MaxDriverAge)
        {
            return Result.Fail($"The minimum driver age is {MinDriverAge} to {MaxDriverAge}.", nameof(MinimumDriverAge));
        }

        if (YoungDriverAge is { } youngAge)
        {
            if (MinimumDriverAge >= MaxYoungDriverAge)
            {
                return Result.Fail(
                    $"With a minimum age of {MinimumDriverAge} no driver is young: leave the young-driver age empty.",
                    nameof(YoungDriverAge));
            }

            if (youngAge <= MinimumDriverAge || youngAge > MaxYoungDriverAge)
            {
                return Result.Fail(
                    $"The young-driver age is above the minimum driver age ({MinimumDriverAge}) and at most {MaxYoungDriverAge}.",
                    nameof(YoungDriverAge));
            }

            if (YoungDriverDailyFee is null)
            {
                return Result.Fail("Enter the daily fee young drivers pay.", nameof(YoungDriverDailyFee));
            }

            if (YoungDriverDailyFee.IsNegative)
            {
                return Result.Fail("The young-driver fee cannot be negative.", nameof(YoungDriverDailyFee));
            }
        }
        else if (YoungDriverDailyFee is not null)
        {
            return Result.Fail(
                "A young-driver fee needs the age it applies below: enter the young-driver age or leave the fee empty.",
                nameof(YoungDriverDailyFee));
        }

        if (DailyAllocation is < 0 or > MaxDailyAllocation)
        {
            return Result.Fail(
                $"The daily allocation is 0 to {MaxDailyAllocation} cars (0: every booking is on request).", nameof(DailyAllocation));
        }

        return Result.Ok();
    }

    private static string WithoutOrSimilar(string model)
    {
        if (!model.EndsWith(OrSimilar, StringComparison.OrdinalIgnoreCase))
        {
            return model;
        }

        // Only as words of their own: "Mazda MX-5 Xor similar" is not touched.
        var rest = model[..^OrSimilar.Length];
        return rest.Length == 0 || char.IsWhiteSpace(rest[^1]) ? rest.TrimEnd() : model;
    }
}
