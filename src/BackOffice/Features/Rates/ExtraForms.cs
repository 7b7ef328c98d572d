using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Rates;

namespace CarRentalGateway.BackOffice.Features.Rates;

/// <summary>What the extra dialog edits; the domain checks the same rules again when saving.</summary>
public sealed class ExtraForm
{
    public ExtraKind? Kind { get; set; }

    public string Name { get; set; } = "";

    public ExtraPriceBasis Basis { get; set; } = ExtraPriceBasis.PerDay;

    /// <summary>In the supplier's currency; 0 for a free extra.</summary>
    public decimal? Price { get; set; }

    /// <summary>The most one unit costs per rental; only for per-day prices.</summary>
    public decimal? Cap { get; set; }

    public Guid? Version { get; set; }

    public static ExtraForm From(ExtraRow row) => new()
    {
        Kind = row.Kind,
        Name = row.Name,
        Basis = row.Basis,
        Price = row.Price.Amount,
        Cap = row.Cap?.Amount,
        Version = row.Version,
    };

    public Result<SupplierExtraDetails> ToDetails(string currency)
    {
        if (Kind is not { } kind)
        {
            return Result.Fail<SupplierExtraDetails>("Choose the kind of extra.", nameof(Kind));
        }

        if (Price is not { } price)
        {
            return Result.Fail<SupplierExtraDetails>("Enter the price; 0 for a free extra.", nameof(Price));
        }

        var money = Money.FromAmount(price, currency, nameof(Price));
        if (money.Failed)
        {
            return Result.Fail<SupplierExtraDetails>(money.Error!, money.Field);
        }

        Money? cap = null;
        if (Cap is { } capAmount)
        {
            var capMoney = Money.FromAmount(capAmount, currency, nameof(Cap));
            if (capMoney.Failed)
            {
                return Result.Fail<SupplierExtraDetails>(capMoney.Error!, capMoney.Field);
            }

            cap = capMoney.Value;
        }

        return Result.Ok(new SupplierExtraDetails(kind, Name ?? "", Basis, money.Value, cap));
    }
}

/// <summary>What the one-way fee dialog edits: a direction between two of the supplier's locations, and its fee.</summary>
public sealed class OneWayFeeForm
{
    public Guid? FromLocationId { get; set; }

    public Guid? ToLocationId { get; set; }

    public decimal? Fee { get; set; }

    public Guid? Version { get; set; }

    public static OneWayFeeForm From(OneWayFeeRow row) => new()
    {
        FromLocationId = row.FromLocationId,
        ToLocationId = row.ToLocationId,
        Fee = row.Fee.Amount,
        Version = row.Version,
    };
}

/// <summary>Readable names of the extra kinds and price bases.</summary>
public static class ExtraText
{
    public static string Of(ExtraKind kind) => kind switch
    {
        ExtraKind.ChildSeat => "Child seat",
        ExtraKind.BoosterSeat => "Booster seat",
        ExtraKind.Gps => "GPS",
        ExtraKind.AdditionalDriver => "Additional driver",
        ExtraKind.FullProtection => "Full protection (SCDW)",
        ExtraKind.WinterTyres => "Winter tyres",
        ExtraKind.SnowChains => "Snow chains",
        ExtraKind.CrossBorder => "Cross-border",
        _ => "Other",
    };

    public static string Of(ExtraPriceBasis basis) => basis == ExtraPriceBasis.PerDay ? "per day" : "per rental";
}
