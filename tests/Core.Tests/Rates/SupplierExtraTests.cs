using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Rates;
using static CarRentalGateway.Core.Tests.Rates.RatesExamples;

namespace CarRentalGateway.Core.Tests.Rates;

public sealed class SupplierExtraTests
{
    private static readonly Guid SupplierId = Guid.Parse("0197a000-0000-7000-8000-000000000001");

    internal static SupplierExtra Extra(string name, ExtraPriceBasis basis, decimal price, decimal? cap = null, ExtraKind kind = ExtraKind.Other)
    {
        var created = SupplierExtra.Create(
            Guid.NewGuid(), SupplierId, new SupplierExtraDetails(kind, name, basis, Eur(price), cap is { } c ? Eur(c) : null), "EUR");
        Assert.True(created.Succeeded, created.Error);
        return created.Value;
    }

    internal static SupplierExtra ChildSeat() => Extra("Child seat", ExtraPriceBasis.PerDay, 10, cap: 50, ExtraKind.ChildSeat);

    internal static SupplierExtra Gps() => Extra("GPS", ExtraPriceBasis.PerRental, 25, kind: ExtraKind.Gps);

    [Fact]
    public void A_new_extra_keeps_its_trimmed_details_and_stores_money_in_minor_units()
    {
        var created = SupplierExtra.Create(
            Guid.NewGuid(), SupplierId,
            new SupplierExtraDetails(ExtraKind.ChildSeat, "  Child seat (9-18 kg) ", ExtraPriceBasis.PerDay, Eur(9.5m), Eur(47.5m)),
            "EUR").Value;

        Assert.Equal("Child seat (9-18 kg)", created.Name);
        Assert.Equal(SupplierId, created.SupplierId);
        Assert.Equal((950L, 4750L, "EUR"), (created.PriceMinor, created.CapMinor!.Value, created.Currency));
        Assert.Equal(new SupplierExtraDetails(ExtraKind.ChildSeat, "Child seat (9-18 kg)", ExtraPriceBasis.PerDay, Eur(9.5m), Eur(47.5m)), created.Details);
    }

    [Fact]
    public void A_per_day_extra_costs_its_price_for_every_rental_day()
    {
        var cost = ChildSeat().CostFor(rentalDays: 3, quantity: 1);

        Assert.Equal(3000, cost.Amount.MinorUnits);
        Assert.False(cost.Capped);
        Assert.Equal("Child seat: 3 days × 10.00 EUR", cost.Description);
    }

    [Fact]
    public void A_per_day_extra_for_one_day_says_day()
    {
        Assert.Equal("Child seat: 1 day × 10.00 EUR", ChildSeat().CostFor(1, 1).Description);
    }

    [Fact]
    public void A_quantity_multiplies_the_per_day_price()
    {
        var cost = ChildSeat().CostFor(rentalDays: 4, quantity: 2);

        Assert.Equal(8000, cost.Amount.MinorUnits);
        Assert.Equal("Child seat × 2: 4 days × 10.00 EUR each", cost.Description);
    }

    [Fact]
    public void The_cap_per_rental_limits_a_long_rental()
    {
        var cost = ChildSeat().CostFor(rentalDays: 7, quantity: 1);

        Assert.Equal(5000, cost.Amount.MinorUnits);
        Assert.True(cost.Capped);
        Assert.Equal("Child seat: 7 days × 10.00 EUR = 70.00 EUR, capped at 50.00 EUR", cost.Description);
    }

    [Fact]
    public void The_cap_applies_to_each_unit()
    {
        var cost = ChildSeat().CostFor(rentalDays: 7, quantity: 2);

        Assert.Equal(10_000, cost.Amount.MinorUnits);
        Assert.True(cost.Capped);
        Assert.Equal("Child seat × 2: 7 days × 10.00 EUR = 70.00 EUR, capped at 50.00 EUR each", cost.Description);
    }

    [Theory]
    [InlineData(4, 4000, false)]
    [InlineData(5, 5000, false)]
    [InlineData(6, 5000, true)]
    public void The_cap_only_counts_when_the_days_cost_more_than_it(int days, long minor, bool capped)
    {
        var cost = ChildSeat().CostFor(days, 1);

        Assert.Equal((minor, capped), (cost.Amount.MinorUnits, cost.Capped));
    }

    [Fact]
    public void A_per_rental_extra_costs_its_price_once_per_unit_whatever_the_length()
    {
        var one = Gps().CostFor(rentalDays: 10, quantity: 1);
        var two = Gps().CostFor(rentalDays: 1, quantity: 2);

        Assert.Equal((2500L, "GPS: 25.00 EUR per rental"), (one.Amount.MinorUnits, one.Description));
        Assert.Equal((5000L, "GPS × 2: 25.00 EUR per rental each"), (two.Amount.MinorUnits, two.Description));
    }

    [Fact]
    public void A_free_extra_costs_nothing()
    {
        var driver = Extra("Additional driver", ExtraPriceBasis.PerRental, 0, kind: ExtraKind.AdditionalDriver);

        Assert.Equal(0, driver.CostFor(5, 1).Amount.MinorUnits);
    }

    [Fact]
    public void Pricing_no_units_or_no_days_is_a_bug()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ChildSeat().CostFor(3, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ChildSeat().CostFor(0, 1));
    }

    public static TheoryData<SupplierExtraDetails, string, string> InvalidDetails() => new()
    {
        { new(ExtraKind.Gps, " ", ExtraPriceBasis.PerRental, Eur(25), null), nameof(SupplierExtraDetails.Name), "Enter the extra's name as the supplier calls it, e.g. Child seat (9-18 kg)." },
        { new(ExtraKind.Gps, new string('x', 101), ExtraPriceBasis.PerRental, Eur(25), null), nameof(SupplierExtraDetails.Name), "The name is at most 100 characters." },
        { new((ExtraKind)99, "GPS", ExtraPriceBasis.PerRental, Eur(25), null), nameof(SupplierExtraDetails.Kind), "Choose the kind of extra." },
        { new(ExtraKind.Gps, "GPS", (ExtraPriceBasis)9, Eur(25), null), nameof(SupplierExtraDetails.Basis), "Choose whether the price is per day or per rental." },
        { new(ExtraKind.Gps, "GPS", ExtraPriceBasis.PerRental, Eur(-1), null), nameof(SupplierExtraDetails.Price), "The price is an amount of 0 or more in EUR, the supplier's currency." },
        { new(ExtraKind.Gps, "GPS", ExtraPriceBasis.PerRental, Money.Of(25_000, "SEK"), null), nameof(SupplierExtraDetails.Price), "The price is an amount of 0 or more in EUR, the supplier's currency." },
        { new(ExtraKind.Gps, "GPS", ExtraPriceBasis.PerRental, Eur(25), Eur(50)), nameof(SupplierExtraDetails.Cap), "Only an extra priced per day has a cap per rental: leave the cap empty." },
        { new(ExtraKind.ChildSeat, "Child seat", ExtraPriceBasis.PerDay, Eur(10), Money.Of(50_000, "SEK")), nameof(SupplierExtraDetails.Cap), "The cap is an amount in EUR, the supplier's currency." },
        { new(ExtraKind.ChildSeat, "Child seat", ExtraPriceBasis.PerDay, Eur(10), Eur(10)), nameof(SupplierExtraDetails.Cap), "A cap of 10.00 EUR is not more than one day's price (10.00 EUR), so it would cap every rental: price the extra per rental instead." },
    };

    [Theory]
    [MemberData(nameof(InvalidDetails))]
    public void Invalid_details_are_refused_naming_the_field(SupplierExtraDetails details, string field, string error)
    {
        var created = SupplierExtra.Create(Guid.NewGuid(), SupplierId, details, "EUR");

        Assert.True(created.Failed);
        Assert.Equal((field, error), (created.Field, created.Error));
    }

    [Fact]
    public void Updating_changes_the_price_and_a_refused_update_changes_nothing()
    {
        var seat = ChildSeat();

        Assert.True(seat.UpdateDetails(seat.Details with { Price = Eur(12), Cap = Eur(60) }, "EUR").Succeeded);
        Assert.Equal((1200L, 6000L), (seat.PriceMinor, seat.CapMinor!.Value));

        var refused = seat.UpdateDetails(seat.Details with { Basis = ExtraPriceBasis.PerRental }, "EUR");
        Assert.Equal(nameof(SupplierExtraDetails.Cap), refused.Field);
        Assert.Equal(ExtraPriceBasis.PerDay, seat.Basis);
    }
}
