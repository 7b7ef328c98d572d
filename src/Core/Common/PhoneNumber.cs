namespace CarRentalGateway.Core.Common;

/// <summary>A light check of phone numbers as staff type them: "+372 600 1234", "(0)20 7946 0958".</summary>
public static class PhoneNumber
{
    public static bool IsPlausible(string input, int maxLength)
    {
        if (input.Length > maxLength)
        {
            return false;
        }

        var digits = input.Count(char.IsAsciiDigit);
        var allowed = input.Select((c, i) => char.IsAsciiDigit(c) || c is ' ' or '-' or '(' or ')' or '.' || (c == '+' && i == 0));
        return digits >= 5 && allowed.All(ok => ok);
    }
}
