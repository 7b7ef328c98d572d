namespace CarRentalGateway.BackOffice.Security;

/// <summary>The staff roles of architecture.md. Code checks <see cref="Policies"/>, never these names directly.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string Support = "Support";
    public const string Finance = "Finance";

    public static IReadOnlyList<string> All { get; } = [Admin, Support, Finance];
}
