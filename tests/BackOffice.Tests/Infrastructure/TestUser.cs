using System.Security.Claims;
using CarRentalGateway.BackOffice.Security;

namespace CarRentalGateway.BackOffice.Tests.Infrastructure;

/// <summary>Someone the tests act as: a signed-in member of staff with at most one role, or nobody.</summary>
public sealed record TestUser(string Id, string Name, string? Role, bool SignedIn = true)
{
    public static TestUser Ann { get; } = new("user-ann", "ann.admin@crg.example", Roles.Admin);

    /// <summary>A second Admin, for two people editing the same thing.</summary>
    public static TestUser Adam { get; } = new("user-adam", "adam.admin@crg.example", Roles.Admin);

    public static TestUser Sam { get; } = new("user-sam", "sam.support@crg.example", Roles.Support);

    public static TestUser Fiona { get; } = new("user-fiona", "fiona.finance@crg.example", Roles.Finance);

    /// <summary>Signed in, but given no role (yet): may see nothing.</summary>
    public static TestUser Nora { get; } = new("user-nora", "nora.norole@crg.example", Role: null);

    public static TestUser Anonymous { get; } = new("", "", Role: null, SignedIn: false);

    /// <summary>Everyone above, by a short label for test case names.</summary>
    public static IReadOnlyDictionary<string, TestUser> ByLabel { get; } = new Dictionary<string, TestUser>
    {
        ["Admin"] = Ann,
        ["Support"] = Sam,
        ["Finance"] = Fiona,
        ["SignedInWithoutRole"] = Nora,
        ["Anonymous"] = Anonymous,
    };

    public ClaimsPrincipal ToPrincipal()
    {
        if (!SignedIn)
        {
            return new ClaimsPrincipal(new ClaimsIdentity());
        }

        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, Id), new(ClaimTypes.Name, Name) };
        if (Role is not null)
        {
            claims.Add(new Claim(ClaimTypes.Role, Role));
        }

        // An authentication type is what makes the identity count as authenticated.
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType: "Test"));
    }
}

/// <summary>Stands in for the circuit's or request's user: whoever the test put in this scope.</summary>
public sealed class TestCurrentUser : ICurrentUser
{
    public ClaimsPrincipal Principal { get; set; } = TestUser.Anonymous.ToPrincipal();

    public Task<ClaimsPrincipal> GetPrincipalAsync() => Task.FromResult(Principal);
}
