using CarRentalGateway.Core.Common;

namespace CarRentalGateway.Core.Bookings;

/// <summary>The main driver, whose licence the desk checks; the age decides young-driver fees and who may rent.</summary>
public sealed record BookingDriver(string Name, DateOnly DateOfBirth)
{
    public const int NameMaxLength = 200;

    /// <summary>Older than any driver a desk hands a car to: an older date of birth is a typing error.</summary>
    public const int MaxAge = 100;

    public BookingDriver Normalized() => this with { Name = Name.Trim() };

    /// <summary>Whole years on <paramref name="day"/>.</summary>
    public int AgeOn(DateOnly day)
    {
        var age = day.Year - DateOfBirth.Year;
        return DateOfBirth.AddYears(age) > day ? age - 1 : age;
    }

    /// <summary>Plausibility only; whether the driver is old enough for the car is the fleet offer's rule.</summary>
    public Result Validate(DateOnly pickUpDate)
    {
        if (Name.Length == 0)
        {
            return Result.Fail("Enter the main driver's name.", nameof(Name));
        }

        if (Name.Length > NameMaxLength)
        {
            return Result.Fail($"The driver's name is at most {NameMaxLength} characters.", nameof(Name));
        }

        if (DateOfBirth >= pickUpDate)
        {
            return Result.Fail("The date of birth must be before the pick-up date.", nameof(DateOfBirth));
        }

        return AgeOn(pickUpDate) > MaxAge
            ? Result.Fail($"The driver would be over {MaxAge} at pick-up: check the date of birth.", nameof(DateOfBirth))
            : Result.Ok();
    }
}
