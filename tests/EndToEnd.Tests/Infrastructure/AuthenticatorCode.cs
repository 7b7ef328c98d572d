using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;

namespace CarRentalGateway.EndToEnd.Tests.Infrastructure;

/// <summary>What an authenticator app does, for tests that sign in with two-factor.</summary>
public static class AuthenticatorCode
{
    /// <summary>
    /// The 6-digit code an authenticator app shows for <paramref name="formattedKey"/> (RFC 6238: SHA-1, 30 s steps), now
    /// or a step or two ahead, which the app also accepts: a second sign-in never reuses the code of the first.
    /// </summary>
    public static string For(string formattedKey, int stepsAhead = 0)
    {
        var secret = Base32(formattedKey.Replace(" ", "", StringComparison.Ordinal));
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30 + stepsAhead);
        var hash = HMACSHA1.HashData(secret, counter);
        var offset = hash[^1] & 0x0F;
        var value = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset)) & 0x7FFFFFFF) % 1_000_000;
        return value.ToString("D6", CultureInfo.InvariantCulture);
    }

    private static byte[] Base32(string text)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.TrimEnd('='))
        {
            buffer = (buffer << 5) | Alphabet.IndexOf(char.ToUpperInvariant(c), StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
            }
        }

        return bytes.ToArray();
    }
}
