using CarRentalGateway.Core.Common;

namespace CarRentalGateway.Core.Rates;

/// <summary>The editable facts about a supplier's extra, checked together before they reach the entity.</summary>
public sealed record SupplierExtraDetails(ExtraKind Kind, string Name, ExtraPriceBasis Basis, Money Price, Money? Cap)
{
    public const int NameMaxLength = 100;

    public SupplierExtraDetails Normalized() => this with { Name = Name.Trim() };

    /// <summary>The first rule these details break, naming the field; success when they break none.</summary>
    public Result Validate(string supplierCurrency)
    {
        if (!Enum.IsDefined(Kind))
        {
            return Result.Fail("Choose the kind of extra.", nameof(Kind));
        }

        if (Name.Length == 0)
        {
            return Result.Fail("Enter the extra's name as the supplier calls it, e.g. Child seat (9-18 kg).", nameof(Name));
        }

        if (Name.Length > NameMaxLength)
        {
            return Result.Fail($"The name is at most {NameMaxLength} characters.", nameof(Name));
        }

        if (!Enum.IsDefined(Basis))
        {
            return Result.Fail("Choose whether the price is per day or per rental.", nameof(Basis));
        }

        // A free extra (an additional driver included by the supplier) is real; a negative price is not.
        if (Price.Currency != supplierCurrency || Price.IsNegative)
        {
            return Result.Fail($"The price is an amount of 0 or more in {supplierCurrency}, the supplier's currency.", nameof(Price));
        }

        if (Cap is null)
        {
            return Result.Ok();
        }

        if (Basis != ExtraPriceBasis.PerDay)
        {
            return Result.Fail("Only an extra priced per day has a cap per rental: leave the cap empty.", nameof(Cap));
        }

        if (Cap.Currency != supplierCurrency)
        {
            return Result.Fail($"The cap is an amount in {supplierCurrency}, the supplier's currency.", nameof(Cap));
        }

        return Cap.IsMoreThan(Price)
            ? Result.Ok()
            : Result.Fail(
                $"A cap of {Cap} is not more than one day's price ({Price}), so it would cap every rental: price the extra per rental instead.",
                nameof(Cap));
    }
}
