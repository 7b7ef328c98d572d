using System.Security.Cryptography;

namespace CarRentalGateway.BackOffice.Security;

/// <summary>Passwords handed to a person once (the first Admin's, a new account's), to be replaced at first sign-in.</summary>
public static class TemporaryPasswords
{
    // No look-alike characters (0/O, 1/l/I), so the password can be read off a screen or a console and typed.
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>20 characters from 55: about 115 bits, far past the password rules and any guessing.</summary>
    public static string New() => RandomNumberGenerator.GetString(Alphabet, 20);
}
