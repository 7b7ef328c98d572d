using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Fleet;
using CarRentalGateway.Core.Rates;

namespace CarRentalGateway.Core.Bookings;

/// <summary>
/// What the customer rents: where and when (wall-clock times local to each location), which category, and which
/// extras. Changing any of it re-prices the booking.
/// </summary>
/// <param name="Acriss">The category sold, e.g. CDMR.</param>
/// <param name="SampleModel">The model it was sold with, "… or similar".</param>
public sealed record BookingTrip(
    Guid SupplierId,
    Guid PickUpLocationId,
    DateTime PickUpLocal,
    Guid DropOffLocationId,
    DateTime DropOffLocal,
    string Acriss,
    string SampleModel,
    IReadOnlyList<BookedExtra> Extras)
{
    public const int SampleModelMaxLength = 100;

    public DateOnly PickUpDate => DateOnly.FromDateTime(PickUpLocal);

    public BookingTrip Normalized() => this with
    {
        Acriss = Acriss.Trim().ToUpperInvariant(),
        SampleModel = SampleModel.Trim(),
        Extras = Extras.Select(extra => extra with { Name = extra.Name.Trim() }).ToArray(),
    };

    public Result Validate()
    {
        if (DropOffLocal <= PickUpLocal)
        {
            return Result.Fail("The drop-off must be after the pick-up.", nameof(DropOffLocal));
        }

        var acriss = AcrissCode.Parse(Acriss, nameof(Acriss));
        if (acriss.Failed)
        {
            return acriss;
        }

        if (SampleModel.Length > SampleModelMaxLength)
        {
            return Result.Fail($"The sample model is at most {SampleModelMaxLength} characters.", nameof(SampleModel));
        }

        if (Extras.FirstOrDefault(extra => extra.Quantity is < 1 or > BookedExtra.MaxQuantity) is { } wrong)
        {
            return Result.Fail($"Choose 1 to {BookedExtra.MaxQuantity} of {wrong.Name}.", nameof(Extras));
        }

        return Extras.GroupBy(extra => extra.SupplierExtraId).FirstOrDefault(same => same.Count() > 1) is { } twice
            ? Result.Fail($"{twice.First().Name} is chosen twice: give it once with the quantity.", nameof(Extras))
            : Result.Ok();
    }
}

/// <summary>An extra of the supplier's, as it was booked: the name is kept so the booking reads the same if the supplier renames it.</summary>
public sealed record BookedExtra(Guid SupplierExtraId, ExtraKind Kind, string Name, int Quantity)
{
    /// <summary>More than any car takes of one thing (child seats).</summary>
    public const int MaxQuantity = 4;
}
