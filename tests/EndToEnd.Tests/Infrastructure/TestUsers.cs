using CarRentalGateway.BackOffice.Security;

namespace CarRentalGateway.EndToEnd.Tests.Infrastructure;

/// <summary>A member of staff the tests sign in as.</summary>
public sealed record TestUser(string Email, string Password, string? Role);

/// <summary>The accounts every end-to-end test can use; the fixture creates them on a fresh database.</summary>
public static class TestUsers
{
    // Long passphrases: the app wants 12+ characters and refuses common passwords.
    private const string Passphrase = "rental fleets roll at dawn 2026";

    /// <summary>Created by the app itself at start-up, from the Bootstrap settings.</summary>
    public static TestUser Admin { get; } = new("admin@e2e.example", "admin passphrase for end to end tests", Roles.Admin);

    public static TestUser Support { get; } = new("support@e2e.example", Passphrase, Roles.Support);

    public static TestUser Finance { get; } = new("finance@e2e.example", Passphrase, Roles.Finance);

    /// <summary>Only for the lock-out test: once locked it stays locked for the rest of the run.</summary>
    public static TestUser ToLockOut { get; } = new("lock-me-out@e2e.example", Passphrase, Roles.Support);

    /// <summary>Only for the two-factor test, which turns it on and off again.</summary>
    public static TestUser TwoFactor { get; } = new("two-factor@e2e.example", Passphrase, Roles.Finance);

    public static IReadOnlyList<TestUser> CreatedByTests { get; } = [Support, Finance, ToLockOut, TwoFactor];
}
