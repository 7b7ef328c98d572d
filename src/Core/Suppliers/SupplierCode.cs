using System.Text.RegularExpressions;
using CarRentalGateway.Core.Common;

namespace CarRentalGateway.Core.Suppliers;

/// <summary>A supplier's short, unique, upper-case code such as <c>SIXT-EE</c>.</summary>
public sealed partial record SupplierCode
{
    public const int MinLength = 2;
    public const int MaxLength = 20;

    private SupplierCode(string value) => Value = value;

    public string Value { get; }

    /// <summary>
    /// Accepts letters, digits and single dashes between them. Lower case is upper-cased, because staff
    /// type codes from e-mails and phone calls and the code means the same either way.
    /// </summary>
    public static Result<SupplierCode> Parse(string? input)
    {
        var code = (input ?? "").Trim().ToUpperInvariant();
        if (code.Length == 0)
        {
            return Result.Fail<SupplierCode>("Enter a supplier code.", nameof(Supplier.Code));
        }

        if (code.Length is < MinLength or > MaxLength)
        {
            return Result.Fail<SupplierCode>(
                $"A supplier code has {MinLength} to {MaxLength} characters.", nameof(Supplier.Code));
        }

        if (!Pattern().IsMatch(code))
        {
            return Result.Fail<SupplierCode>(
                "A supplier code uses letters A-Z, digits and single dashes between them, e.g. SIXT-EE.",
                nameof(Supplier.Code));
        }

        return Result.Ok(new SupplierCode(code));
    }

    public override string ToString() => Value;

    [GeneratedRegex("^[A-Z0-9]+(-[A-Z0-9]+)*$")]
    private static partial Regex Pattern();
}
