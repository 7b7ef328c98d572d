using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Locations;

namespace CarRentalGateway.Core.Rates;

/// <summary>
/// What a supplier charges to drop a car off at another of its locations, for one direction: from
/// <see cref="FromLocationId"/> to <see cref="ToLocationId"/>. The way back is a fee of its own, because
/// suppliers price the two directions apart (bringing a car back to the airport is often cheaper than taking it
/// away). Without a fee for a direction, that one-way trip is not offered; a fee of 0 offers it free.
/// </summary>
public sealed class OneWayFee
{
    // Materialization by EF Core, which sets the properties itself.
    private OneWayFee() => Currency = "";

    private OneWayFee(Guid id, Guid supplierId, Guid fromLocationId, Guid toLocationId, Money fee)
    {
        Id = id;
        SupplierId = supplierId;
        FromLocationId = fromLocationId;
        ToLocationId = toLocationId;
        Currency = fee.Currency;
        FeeMinor = fee.MinorUnits;
    }

    public Guid Id { get; private set; }

    public Guid SupplierId { get; private set; }

    /// <summary>Where the car is picked up.</summary>
    public Guid FromLocationId { get; private set; }

    /// <summary>Where the car is dropped off.</summary>
    public Guid ToLocationId { get; private set; }

    /// <summary>The supplier's currency when the fee was set; the fee is stored in minor units of it.</summary>
    public string Currency { get; private set; }

    public long FeeMinor { get; private set; }

    public Money Fee => Money.Of(FeeMinor, Currency);

    /// <summary>
    /// A fee from one of the supplier's locations to another, in the supplier's currency. That no other fee
    /// exists for the same direction is checked by whoever stores it.
    /// </summary>
    public static Result<OneWayFee> Create(Guid id, Location from, Location to, Money fee, string supplierCurrency)
    {
        if (from.Id == to.Id)
        {
            return Result.Fail<OneWayFee>("A one-way fee is between two different locations.", nameof(ToLocationId));
        }

        if (from.SupplierId != to.SupplierId)
        {
            return Result.Fail<OneWayFee>($"{from.Name} and {to.Name} belong to different suppliers.", nameof(ToLocationId));
        }

        var valid = Check(fee, supplierCurrency);
        return valid.Failed
            ? Result.Fail<OneWayFee>(valid.Error!, valid.Field)
            : Result.Ok(new OneWayFee(id, from.SupplierId, from.Id, to.Id, fee));
    }

    public Result ChangeFee(Money fee, string supplierCurrency)
    {
        var valid = Check(fee, supplierCurrency);
        if (valid.Succeeded)
        {
            Currency = fee.Currency;
            FeeMinor = fee.MinorUnits;
        }

        return valid;
    }

    private static Result Check(Money fee, string supplierCurrency) =>
        fee.Currency != supplierCurrency || fee.IsNegative
            ? Result.Fail($"The one-way fee is an amount of 0 or more in {supplierCurrency}, the supplier's currency.", nameof(Fee))
            : Result.Ok();
}
