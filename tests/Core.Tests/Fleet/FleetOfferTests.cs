using System.Globalization;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Fleet;

namespace CarRentalGateway.Core.Tests.Fleet;

public class FleetOfferTests
{
    private static readonly Guid SupplierId = Guid.NewGuid();
    private static readonly Guid LocationId = Guid.NewGuid();

    internal static FleetOfferDetails ValidDetails() => new(
        "CDMR", "Toyota Corolla", Seats: 5, Doors: 5, Bags: 3, MileagePolicy.Unlimited, Money.Of(30_000, "EUR"),
        MinimumDriverAge: 21, YoungDriverAge: 25, YoungDriverDailyFee: Money.Of(1_500, "EUR"), DailyAllocation: 5);

    private static FleetOffer Offer(FleetOfferDetails? details = null) =>
        FleetOffer.Create(Guid.NewGuid(), SupplierId, LocationId, details ?? ValidDetails(), "EUR").Value;

    [Fact]
    public void A_new_offer_is_on_sale_with_its_normalised_details()
    {
        var id = Guid.NewGuid();

        var created = FleetOffer.Create(
            id, SupplierId, LocationId,
            ValidDetails() with { Acriss = " cdmr ", SampleModel = "  Toyota Corolla " },
            "EUR");

        Assert.True(created.Succeeded, created.Error);
        var offer = created.Value;
        Assert.Equal((id, SupplierId, LocationId), (offer.Id, offer.SupplierId, offer.LocationId));
        Assert.Equal("CDMR", offer.Acriss);
        Assert.Equal(AcrissCode.Parse("CDMR").Value, offer.AcrissCode);
        Assert.Equal("Toyota Corolla", offer.SampleModel);
        Assert.Equal((5, 5, 3), (offer.Seats, offer.Doors, offer.Bags));
        Assert.True(offer.Mileage.IsUnlimited);
        Assert.Null(offer.MileageKilometresPerDay);
        Assert.Equal((30_000L, "EUR"), (offer.DepositMinor, offer.DepositCurrency));
        Assert.Equal(Money.Of(30_000, "EUR"), offer.Deposit);
        Assert.Equal((21, 25), (offer.MinimumDriverAge, offer.YoungDriverAge));
        Assert.Equal((1_500L, "EUR"), (offer.YoungDriverDailyFeeMinor, offer.YoungDriverDailyFeeCurrency));
        Assert.Equal(5, offer.DailyAllocation);
        Assert.False(offer.StopSell);
        Assert.Equal(ValidDetails(), offer.Details);
    }

    [Theory]
    [InlineData("Toyota Corolla or similar")]
    [InlineData("Toyota Corolla OR SIMILAR")]
    [InlineData(" Toyota Corolla  or similar ")]
    public void An_or_similar_typed_after_the_model_is_not_stored(string typed)
    {
        var offer = Offer(ValidDetails() with { SampleModel = typed });

        Assert.Equal("Toyota Corolla", offer.SampleModel);
    }

    [Fact]
    public void A_daily_mileage_limit_is_stored_as_kilometres()
    {
        var offer = Offer(ValidDetails() with { Mileage = MileagePolicy.LimitedPerDay(300).Value });

        Assert.Equal(300, offer.MileageKilometresPerDay);
        Assert.Equal("300 km/day", offer.Mileage.ToString());
    }

    public static TheoryData<FleetOfferDetails, string, string> InvalidDetails() => new()
    {
        { ValidDetails() with { Acriss = "" }, nameof(FleetOfferDetails.Acriss), "Enter an ACRISS code, e.g. CDMR." },
        { ValidDetails() with { Acriss = "CDM" }, nameof(FleetOfferDetails.Acriss), "An ACRISS code has exactly 4 letters, e.g. CDMR." },
        { ValidDetails() with { Acriss = "CDXR" }, nameof(FleetOfferDetails.Acriss), "Letter 3 (transmission/drive) cannot be 'X': use one of M, N, C, A, B, D." },
        { ValidDetails() with { SampleModel = "  " }, nameof(FleetOfferDetails.SampleModel), "Enter the sample model, e.g. Toyota Corolla." },
        { ValidDetails() with { SampleModel = " or similar" }, nameof(FleetOfferDetails.SampleModel), "Enter the sample model, e.g. Toyota Corolla." },
        { ValidDetails() with { SampleModel = new string('m', 101) }, nameof(FleetOfferDetails.SampleModel), "The sample model is at most 100 characters." },
        { ValidDetails() with { Seats = 0 }, nameof(FleetOfferDetails.Seats), "Seats are 1 to 60." },
        { ValidDetails() with { Seats = 61 }, nameof(FleetOfferDetails.Seats), "Seats are 1 to 60." },
        { ValidDetails() with { Doors = -1 }, nameof(FleetOfferDetails.Doors), "Doors are 0 to 6." },
        { ValidDetails() with { Doors = 7 }, nameof(FleetOfferDetails.Doors), "Doors are 0 to 6." },
        { ValidDetails() with { Bags = -1 }, nameof(FleetOfferDetails.Bags), "Bags are 0 to 20." },
        { ValidDetails() with { Bags = 21 }, nameof(FleetOfferDetails.Bags), "Bags are 0 to 20." },
        { ValidDetails() with { Mileage = null! }, nameof(FleetOfferDetails.Mileage), "Choose unlimited mileage or a limit per day." },
        { ValidDetails() with { Deposit = null! }, nameof(FleetOfferDetails.Deposit), "Enter the deposit (0 when there is none)." },
        { ValidDetails() with { Deposit = Money.Of(-1, "EUR") }, nameof(FleetOfferDetails.Deposit), "The deposit cannot be negative." },
        { ValidDetails() with { MinimumDriverAge = 17, YoungDriverAge = null }, nameof(FleetOfferDetails.MinimumDriverAge), "The minimum driver age is 18 to 99." },
        { ValidDetails() with { MinimumDriverAge = 100, YoungDriverAge = null }, nameof(FleetOfferDetails.MinimumDriverAge), "The minimum driver age is 18 to 99." },
        { ValidDetails() with { YoungDriverAge = 21 }, nameof(FleetOfferDetails.YoungDriverAge), "The young-driver age is above the minimum driver age (21) and at most 30." },
        { ValidDetails() with { YoungDriverAge = 20 }, nameof(FleetOfferDetails.YoungDriverAge), "The young-driver age is above the minimum driver age (21) and at most 30." },
        { ValidDetails() with { YoungDriverAge = 31 }, nameof(FleetOfferDetails.YoungDriverAge), "The young-driver age is above the minimum driver age (21) and at most 30." },
        { ValidDetails() with { MinimumDriverAge = 30, YoungDriverAge = 31 }, nameof(FleetOfferDetails.YoungDriverAge), "With a minimum age of 30 no driver is young: leave the young-driver age empty." },
        { ValidDetails() with { YoungDriverDailyFee = null }, nameof(FleetOfferDetails.YoungDriverDailyFee), "Enter the daily fee young drivers pay." },
        { ValidDetails() with { YoungDriverDailyFee = Money.Of(-100, "EUR") }, nameof(FleetOfferDetails.YoungDriverDailyFee), "The young-driver fee cannot be negative." },
        { ValidDetails() with { DailyAllocation = -1 }, nameof(FleetOfferDetails.DailyAllocation), "The daily allocation is 0 to 999 cars (0: every booking is on request)." },
        { ValidDetails() with { DailyAllocation = 1000 }, nameof(FleetOfferDetails.DailyAllocation), "The daily allocation is 0 to 999 cars (0: every booking is on request)." },
    };

    [Theory]
    [MemberData(nameof(InvalidDetails))]
    public void Invalid_details_are_refused_naming_the_field_at_fault(FleetOfferDetails details, string field, string message)
    {
        var created = FleetOffer.Create(Guid.NewGuid(), SupplierId, LocationId, details, "EUR");

        Assert.True(created.Failed);
        Assert.Equal(field, created.Field);
        Assert.Equal(message, created.Error);
    }

    [Theory]
    [InlineData(1, 0, 0, 0, 18, 0)]
    [InlineData(60, 6, 20, 0, 99, 999)]
    public void The_limits_of_every_number_are_accepted(int seats, int doors, int bags, long deposit, int minimumAge, int allocation)
    {
        var created = FleetOffer.Create(Guid.NewGuid(), SupplierId, LocationId, ValidDetails() with
        {
            Seats = seats, Doors = doors, Bags = bags, Deposit = Money.Of(deposit, "EUR"), MinimumDriverAge = minimumAge,
            YoungDriverAge = null, YoungDriverDailyFee = null, DailyAllocation = allocation,
        }, "EUR");

        Assert.True(created.Succeeded, created.Error);
    }

    [Fact]
    public void A_sample_model_of_100_characters_is_accepted()
    {
        Assert.True(FleetOffer.Create(Guid.NewGuid(), SupplierId, LocationId, ValidDetails() with { SampleModel = new string('m', 100) }, "EUR").Succeeded);
    }

    [Theory]
    [InlineData(21, 22)]
    [InlineData(21, 30)]
    [InlineData(18, 19)]
    [InlineData(29, 30)]
    public void A_young_driver_age_above_the_minimum_and_at_most_30_is_accepted(int minimumAge, int youngAge)
    {
        var created = FleetOffer.Create(
            Guid.NewGuid(), SupplierId, LocationId, ValidDetails() with { MinimumDriverAge = minimumAge, YoungDriverAge = youngAge }, "EUR");

        Assert.True(created.Succeeded, created.Error);
    }

    [Fact]
    public void An_offer_without_a_young_driver_age_has_no_young_driver_fee()
    {
        var offer = Offer(ValidDetails() with { YoungDriverAge = null, YoungDriverDailyFee = null });

        Assert.Null(offer.YoungDriverAge);
        Assert.Null(offer.YoungDriverDailyFee);
        Assert.Null(offer.YoungDriverDailyFeeMinor);
        Assert.Null(offer.YoungDriverDailyFeeCurrency);
        Assert.False(offer.YoungDriverFeeApplies(21));
    }

    [Fact]
    public void A_young_driver_fee_left_without_an_age_is_dropped_like_a_hidden_field()
    {
        var offer = Offer(ValidDetails() with { YoungDriverAge = null });

        Assert.Null(offer.YoungDriverDailyFee);
    }

    [Fact]
    public void A_young_driver_fee_without_an_age_is_refused_when_the_details_are_checked_alone()
    {
        var valid = (ValidDetails() with { YoungDriverAge = null }).Validate();

        Assert.True(valid.Failed);
        Assert.Equal(nameof(FleetOfferDetails.YoungDriverDailyFee), valid.Field);
        Assert.Equal("A young-driver fee needs the age it applies below: enter the young-driver age or leave the fee empty.", valid.Error);
    }

    [Fact]
    public void A_free_young_driver_surcharge_is_a_fee_of_zero()
    {
        var offer = Offer(ValidDetails() with { YoungDriverDailyFee = Money.Zero("EUR") });

        Assert.Equal(0L, offer.YoungDriverDailyFeeMinor);
    }

    [Theory]
    [InlineData(17, false)]
    [InlineData(20, false)]
    [InlineData(21, true)]
    [InlineData(75, true)]
    public void A_driver_can_rent_from_the_minimum_age(int age, bool allowed)
    {
        var offer = Offer();

        var result = offer.DriverCanRent(age);

        Assert.Equal(allowed, result.Succeeded);
        if (!allowed)
        {
            Assert.Equal("Drivers must be at least 21 for this car.", result.Error);
        }
    }

    [Fact]
    public void A_driver_refusal_can_be_reported_on_the_callers_field()
    {
        Assert.Equal("MainDriver", Offer().DriverCanRent(19, "MainDriver").Field);
    }

    [Theory]
    [InlineData(20, false)]
    [InlineData(21, true)]
    [InlineData(24, true)]
    [InlineData(25, false)]
    [InlineData(40, false)]
    public void The_young_driver_fee_applies_from_the_minimum_age_up_to_but_not_including_the_young_driver_age(int age, bool applies)
    {
        var offer = Offer(ValidDetails() with { MinimumDriverAge = 21, YoungDriverAge = 25 });

        Assert.Equal(applies, offer.YoungDriverFeeApplies(age));
    }

    [Fact]
    public void An_offer_can_be_stopped_and_resumed_but_not_twice_in_a_row()
    {
        var offer = Offer();

        var alreadyOnSale = offer.ResumeSelling();
        Assert.True(alreadyOnSale.Failed);
        Assert.Equal("CDMR is already on sale.", alreadyOnSale.Error);
        Assert.Equal(nameof(FleetOffer.StopSell), alreadyOnSale.Field);

        Assert.True(offer.StopSelling().Succeeded);
        Assert.True(offer.StopSell);

        var again = offer.StopSelling();
        Assert.True(again.Failed);
        Assert.Equal("CDMR is already on stop-sell.", again.Error);
        Assert.Equal(nameof(FleetOffer.StopSell), again.Field);
        Assert.True(offer.StopSell);

        Assert.True(offer.ResumeSelling().Succeeded);
        Assert.False(offer.StopSell);
    }

    [Fact]
    public void Editing_the_details_keeps_the_stop_sell_flag()
    {
        var offer = Offer();
        offer.StopSelling();

        Assert.True(offer.UpdateDetails(ValidDetails() with { Seats = 4 }, "EUR").Succeeded);

        Assert.True(offer.StopSell);
    }

    [Fact]
    public void An_allocation_of_zero_puts_every_booking_on_request()
    {
        Assert.True(Offer(ValidDetails() with { DailyAllocation = 0 }).IsOnRequestOnly);
        Assert.False(Offer(ValidDetails() with { DailyAllocation = 1 }).IsOnRequestOnly);
    }

    [Fact]
    public void A_deposit_in_another_currency_than_the_suppliers_is_refused_on_the_deposit_field()
    {
        var created = FleetOffer.Create(Guid.NewGuid(), SupplierId, LocationId, ValidDetails() with { Deposit = Money.Of(30_000, "SEK") }, "EUR");

        Assert.True(created.Failed);
        Assert.Equal(nameof(FleetOfferDetails.Deposit), created.Field);
        Assert.Equal("The deposit is in SEK, but the supplier bills in EUR: enter it in EUR.", created.Error);
    }

    [Fact]
    public void A_young_driver_fee_in_another_currency_than_the_suppliers_is_refused_on_the_fee_field()
    {
        var created = FleetOffer.Create(
            Guid.NewGuid(), SupplierId, LocationId, ValidDetails() with { YoungDriverDailyFee = Money.Of(1_500, "SEK") }, "EUR");

        Assert.True(created.Failed);
        Assert.Equal(nameof(FleetOfferDetails.YoungDriverDailyFee), created.Field);
        Assert.Equal("The young-driver fee is in SEK, but the supplier bills in EUR: enter it in EUR.", created.Error);
    }

    [Theory]
    [InlineData("300.005", "EUR", "EUR amounts have at most 2 decimals.")]
    [InlineData("25000.5", "ISK", "ISK amounts have no decimals.")]
    [InlineData("100.0001", "KWD", "KWD amounts have at most 3 decimals.")]
    public void A_deposit_typed_with_more_decimals_than_its_currency_has_is_refused_not_rounded(string amount, string currency, string message)
    {
        var deposit = Money.FromAmount(decimal.Parse(amount, CultureInfo.InvariantCulture), currency, nameof(FleetOfferDetails.Deposit));

        Assert.True(deposit.Failed);
        Assert.Equal(message, deposit.Error);
        Assert.Equal(nameof(FleetOfferDetails.Deposit), deposit.Field);
    }

    [Theory]
    [InlineData("300", "EUR", 30_000)]
    [InlineData("299.99", "EUR", 29_999)]
    [InlineData("25000", "ISK", 25_000)]
    [InlineData("100.125", "KWD", 100_125)]
    public void A_deposit_typed_within_its_currencys_decimals_is_kept_exactly(string amount, string currency, long minor)
    {
        var deposit = Money.FromAmount(decimal.Parse(amount, CultureInfo.InvariantCulture), currency).Value;

        var created = FleetOffer.Create(
            Guid.NewGuid(), SupplierId, LocationId,
            ValidDetails() with { Deposit = deposit, YoungDriverAge = null, YoungDriverDailyFee = null },
            currency);

        Assert.True(created.Succeeded, created.Error);
        Assert.Equal((minor, currency), (created.Value.DepositMinor, created.Value.DepositCurrency));
    }

    [Fact]
    public void Valid_details_replace_the_old_ones_including_a_corrected_code()
    {
        var offer = Offer();
        var id = offer.Id;

        var updated = offer.UpdateDetails(
            ValidDetails() with { Acriss = "cdar", SampleModel = "Toyota Corolla Hybrid", Mileage = MileagePolicy.LimitedPerDay(250).Value },
            "EUR");

        Assert.True(updated.Succeeded, updated.Error);
        Assert.Equal(id, offer.Id);
        Assert.Equal(LocationId, offer.LocationId);
        Assert.Equal("CDAR", offer.Acriss);
        Assert.True(offer.AcrissCode.IsAutomatic);
        Assert.Equal("Toyota Corolla Hybrid", offer.SampleModel);
        Assert.Equal(250, offer.Mileage.KilometresPerDay);
    }

    [Fact]
    public void Refused_details_leave_the_offer_as_it_was()
    {
        var offer = Offer();

        var updated = offer.UpdateDetails(ValidDetails() with { SampleModel = "New model", Seats = 0 }, "EUR");

        Assert.True(updated.Failed);
        Assert.Equal(nameof(FleetOfferDetails.Seats), updated.Field);
        Assert.Equal(ValidDetails(), offer.Details);
    }

    [Fact]
    public void Keeping_money_in_an_old_currency_is_refused_after_the_supplier_changed_its_currency()
    {
        var offer = Offer();

        var updated = offer.UpdateDetails(offer.Details with { Seats = 4 }, "SEK");

        Assert.True(updated.Failed);
        Assert.Equal(nameof(FleetOfferDetails.Deposit), updated.Field);
        Assert.Equal(5, offer.Seats);
    }
}
