using CarRentalGateway.Core.Common;

namespace CarRentalGateway.Core.Rates;

/// <summary>
/// Something a supplier rents out with the car (child seat, GPS, additional driver, full protection, …), priced per
/// day or per rental in the supplier's currency, with an optional cap per rental for per-day prices.
/// </summary>
public sealed class SupplierExtra
{
    // Materialization by EF Core, which sets the properties itself.
    private SupplierExtra()
    {
        Name = "";
        Currency = "";
    }

    private SupplierExtra(Guid id, Guid supplierId, SupplierExtraDetails details)
    {
        Id = id;
        SupplierId = supplierId;
        Name = "";
        Currency = "";
        Apply(details);
    }

    public Guid Id { get; private set; }

    public Guid SupplierId { get; private set; }

    public ExtraKind Kind { get; private set; }

    /// <summary>As the supplier names it on the voucher, e.g. "Child seat (9-18 kg)".</summary>
    public string Name { get; private set; }

    public ExtraPriceBasis Basis { get; private set; }

    /// <summary>The supplier's currency when the price was set; price and cap are stored in minor units of it.</summary>
    public string Currency { get; private set; }

    public long PriceMinor { get; private set; }

    public long? CapMinor { get; private set; }

    /// <summary>Per day or per rental, as <see cref="Basis"/> says; for one unit.</summary>
    public Money Price => Money.Of(PriceMinor, Currency);

    /// <summary>The most one unit costs for a whole rental; only for per-day prices.</summary>
    public Money? Cap => CapMinor is { } cap ? Money.Of(cap, Currency) : null;

    public SupplierExtraDetails Details => new(Kind, Name, Basis, Price, Cap);

    public static Result<SupplierExtra> Create(Guid id, Guid supplierId, SupplierExtraDetails details, string supplierCurrency)
    {
        var normalized = details.Normalized();
        var valid = normalized.Validate(supplierCurrency);
        return valid.Failed
            ? Result.Fail<SupplierExtra>(valid.Error!, valid.Field)
            : Result.Ok(new SupplierExtra(id, supplierId, normalized));
    }

    /// <summary>Replaces the details; prices must be in the supplier's currency of today.</summary>
    public Result UpdateDetails(SupplierExtraDetails details, string supplierCurrency)
    {
        var normalized = details.Normalized();
        var valid = normalized.Validate(supplierCurrency);
        if (valid.Succeeded)
        {
            Apply(normalized);
        }

        return valid;
    }

    /// <summary>
    /// The cost of <paramref name="quantity"/> units for a rental of <paramref name="rentalDays"/> days. The cap
    /// applies to each unit: two child seats cost up to twice the cap, as suppliers charge them (each seat is a
    /// separate piece of equipment on the rental agreement).
    /// </summary>
    public ExtraCost CostFor(int rentalDays, int quantity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rentalDays, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(quantity, 1);

        var units = quantity == 1 ? Name : $"{Name} × {quantity}";
        var each = quantity == 1 ? "" : " each";
        if (Basis == ExtraPriceBasis.PerRental)
        {
            return new ExtraCost(Price.Times(quantity), Capped: false, $"{units}: {Price} per rental{each}");
        }

        var uncapped = Price.Times(rentalDays);
        var days = $"{rentalDays} {(rentalDays == 1 ? "day" : "days")} × {Price}";
        return Cap is { } cap && uncapped.IsMoreThan(cap)
            ? new ExtraCost(cap.Times(quantity), Capped: true, $"{units}: {days} = {uncapped}, capped at {cap}{each}")
            : new ExtraCost(uncapped.Times(quantity), Capped: false, $"{units}: {days}{each}");
    }

    private void Apply(SupplierExtraDetails details)
    {
        Kind = details.Kind;
        Name = details.Name;
        Basis = details.Basis;
        Currency = details.Price.Currency;
        PriceMinor = details.Price.MinorUnits;
        CapMinor = details.Cap?.MinorUnits;
    }
}
