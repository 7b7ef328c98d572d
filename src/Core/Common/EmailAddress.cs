using System.Net.Mail;

namespace CarRentalGateway.Core.Common;

/// <summary>Checks the e-mail addresses staff type in: one plain address, with a dotted domain.</summary>
public static class EmailAddress
{
    public const int MaxLength = 254;

    public static bool IsValid(string? input)
    {
        if (string.IsNullOrWhiteSpace(input) || input.Length > MaxLength)
        {
            return false;
        }

        // MailAddress also accepts display-name forms ("Ann <a@b.ee>"); we want the bare address only.
        return MailAddress.TryCreate(input, out var address)
            && address.Address == input
            && address.Host.Contains('.', StringComparison.Ordinal)
            && !address.Host.EndsWith('.');
    }
}
