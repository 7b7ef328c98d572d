namespace CarRentalGateway.BackOffice.Security;

/// <summary>The staff roles of architecture.md. Code checks <see cref="Policies"/>, never these names directly.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string Support = "Support";
    public const string Finance = "Finance";

    public static IReadOnlyList<string> All { get; } = [Admin, Support, Finance];

    /// <summary>The members of <paramref name="roles"/> in words, for a sentence: "Admins and Finance staff".</summary>
    public static string MembersOf(IReadOnlyList<string> roles)
    {
        var members = roles.Select(role => role.Equals(Admin, StringComparison.OrdinalIgnoreCase) ? "Admins" : $"{role} staff").ToList();
        return members.Count <= 1 ? string.Concat(members) : $"{string.Join(", ", members[..^1])} and {members[^1]}";
    }
}
