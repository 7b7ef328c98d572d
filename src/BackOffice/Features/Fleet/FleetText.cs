using System.Globalization;

namespace CarRentalGateway.BackOffice.Features.Fleet;

/// <summary>How the fleet screens word an offer's numbers, the same on every screen.</summary>
public static class FleetText
{
    /// <summary>"5 seats · 5 doors · 2 bags".</summary>
    public static string Capacity(int seats, int doors, int bags) =>
        string.Create(CultureInfo.InvariantCulture, $"{seats} seats · {doors} doors · {bags} {(bags == 1 ? "bag" : "bags")}");

    /// <summary>"On request" for 0, otherwise "3 a day".</summary>
    public static string Allocation(int dailyAllocation) =>
        dailyAllocation == 0 ? "On request" : string.Create(CultureInfo.InvariantCulture, $"{dailyAllocation} a day");
}
