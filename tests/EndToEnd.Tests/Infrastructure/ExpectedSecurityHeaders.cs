using System.Text.RegularExpressions;

namespace CarRentalGateway.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The security headers every response must carry, written out here on purpose: a weaker policy in the app fails
/// the tests instead of quietly becoming the expectation.
/// </summary>
public static class ExpectedSecurityHeaders
{
    /// <summary>The policy as it must read; only the per-response script nonce (16 random bytes) differs.</summary>
    private static readonly Regex ContentSecurityPolicy = new(
        "^default-src 'self'; script-src 'self' 'nonce-[A-Za-z0-9+/]{22}=='; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; " +
        "form-action 'self'; object-src 'none'$");

    private static readonly (string Name, string Value)[] FixedHeaders =
    [
        ("x-content-type-options", "nosniff"),
        ("x-frame-options", "DENY"),
        ("referrer-policy", "no-referrer"),
        ("permissions-policy", "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()"),
        ("cross-origin-opener-policy", "same-origin"),
    ];

    /// <param name="what">Names the response in a failure message.</param>
    /// <param name="header">The response's value for a lower-case header name (repeats joined by a new line), or null.</param>
    public static void AssertOn(string what, Func<string, string?> header)
    {
        var policy = header("content-security-policy");
        Assert.True(policy is not null && ContentSecurityPolicy.IsMatch(policy), $"{what}: Content-Security-Policy is \"{policy}\"");
        foreach (var (name, value) in FixedHeaders)
        {
            var actual = header(name);
            Assert.True(actual == value, $"{what}: {name} is \"{actual}\", not \"{value}\"");
        }
    }
}
