using CarRentalGateway.Core.Fleet;
using CarRentalGateway.Core.Pricing;
using static CarRentalGateway.Core.Tests.Pricing.PricingWorld;

namespace CarRentalGateway.Core.Tests.Pricing;

public sealed class RuleScopeTests
{
    private static readonly Guid OtherSupplierId = Guid.Parse("0197b000-0000-7000-8000-000000000002");

    /// <summary>CDMR at Tallinn Airport, EE, in EUR, picked up 2026-06-10, booked 2026-05-20 (21 days ahead), 3 days.</summary>
    private static readonly RuleContext Trip = new(SupplierId, "EE", AirportId, "CDMR", "EUR", Day("2026-06-10"), Day("2026-05-20"), 3);

    private static RuleScope Any => RuleScope.Everything;

    private static AcrissPattern Pattern(string pattern) => AcrissPattern.Parse(pattern).Value;

    [Fact]
    public void The_lead_time_is_the_days_from_the_booking_date_to_the_pick_up_date()
    {
        Assert.Equal(21, Trip.LeadDays);
        Assert.Equal(0, (Trip with { BookingDate = Trip.PickUpDate }).LeadDays);
    }

    public static TheoryData<string, RuleScope, bool> Scopes => new()
    {
        { "everything", Any, true },
        { "the supplier", Any with { SupplierId = SupplierId }, true },
        { "another supplier", Any with { SupplierId = OtherSupplierId }, false },
        { "the country", Any with { Country = "EE" }, true },
        { "another country", Any with { Country = "FI" }, false },
        { "the pick-up location", Any with { PickUpLocationId = AirportId }, true },
        { "another pick-up location", Any with { PickUpLocationId = CityId }, false },
        { "a pattern with the code", Any with { Acriss = Pattern("C??R") }, true },
        { "a pattern without the code", Any with { Acriss = Pattern("??A?") }, false },
        { "a pick-up window from the pick-up day", Any with { PickUpDates = Range("2026-06-10", "2026-06-30") }, true },
        { "a pick-up window ending the day before", Any with { PickUpDates = Range("2026-06-01", "2026-06-09") }, false },
        { "a booking window to the booking day", Any with { BookingDates = Range("2026-05-01", "2026-05-20") }, true },
        { "a booking window from the day after", Any with { BookingDates = Range("2026-05-21", "2026-05-31") }, false },
        { "21 to 30 days ahead", Any with { LeadDays = new(21, 30) }, true },
        { "0 to 20 days ahead", Any with { LeadDays = new(0, 20) }, false },
        { "3 days exactly", Any with { RentalDays = new(3, 3) }, true },
        { "7 days or more", Any with { RentalDays = new(7, null) }, false },
        { "all conditions met", new(SupplierId, "EE", AirportId, Pattern("CDMR"), Range("2026-06-10", "2026-06-10"), Range("2026-05-20", "2026-05-20"), new(21, 21), new(3, 3)), true },
        { "all met but one", new(SupplierId, "EE", AirportId, Pattern("CDMR"), Range("2026-06-10", "2026-06-10"), Range("2026-05-20", "2026-05-20"), new(21, 21), new(4, 4)), false },
    };

    [Theory]
    [MemberData(nameof(Scopes))]
    public void A_scope_matches_a_trip_that_meets_each_of_its_conditions(string scopeName, RuleScope scope, bool matches)
    {
        Assert.True(matches == scope.Matches(Trip), scopeName);
    }

    public static TheoryData<string, RuleScope, RuleScope, bool> Pairs => new()
    {
        { "everything and anything", Any, Any with { Country = "EE" }, true },
        { "the same supplier", Any with { SupplierId = SupplierId }, Any with { SupplierId = SupplierId }, true },
        { "two suppliers", Any with { SupplierId = SupplierId }, Any with { SupplierId = OtherSupplierId }, false },
        { "a supplier and a country", Any with { SupplierId = SupplierId }, Any with { Country = "FI" }, true },
        { "two countries", Any with { Country = "EE" }, Any with { Country = "FI" }, false },
        { "two locations", Any with { PickUpLocationId = AirportId }, Any with { PickUpLocationId = CityId }, false },
        { "compact and automatic", Any with { Acriss = Pattern("C???") }, Any with { Acriss = Pattern("??A?") }, true },
        { "compact and intermediate", Any with { Acriss = Pattern("C???") }, Any with { Acriss = Pattern("I???") }, false },
        { "pick-up windows sharing a day", Any with { PickUpDates = Range("2026-06-01", "2026-06-30") }, Any with { PickUpDates = Range("2026-06-30", "2026-07-31") }, true },
        { "pick-up windows a day apart", Any with { PickUpDates = Range("2026-06-01", "2026-06-30") }, Any with { PickUpDates = Range("2026-07-01", "2026-07-31") }, false },
        { "booking windows a day apart", Any with { BookingDates = Range("2026-01-01", "2026-01-31") }, Any with { BookingDates = Range("2026-02-01", "2026-02-28") }, false },
        { "lead times 0-6 and 7+", Any with { LeadDays = new(null, 6) }, Any with { LeadDays = new(7, null) }, false },
        { "lead times 0-7 and 7+", Any with { LeadDays = new(null, 7) }, Any with { LeadDays = new(7, null) }, true },
        { "rentals of 1-6 and 7+ days", Any with { RentalDays = new(1, 6) }, Any with { RentalDays = new(7, null) }, false },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Two_scopes_overlap_when_one_trip_could_meet_both(string pairName, RuleScope first, RuleScope second, bool overlaps)
    {
        Assert.True(overlaps == first.Overlaps(second), pairName);
        Assert.True(overlaps == second.Overlaps(first), pairName);
    }

    public static TheoryData<string, RuleScope, RuleScope, bool> Coverings => new()
    {
        { "everything covers a country", Any, Any with { Country = "EE" }, true },
        { "a country does not cover everything", Any with { Country = "EE" }, Any, false },
        { "a supplier covers the supplier in a country", Any with { SupplierId = SupplierId }, Any with { SupplierId = SupplierId, Country = "EE" }, true },
        { "a supplier does not cover another", Any with { SupplierId = SupplierId }, Any with { SupplierId = OtherSupplierId }, false },
        { "a location covers itself", Any with { PickUpLocationId = AirportId }, Any with { PickUpLocationId = AirportId }, true },
        { "C??? covers CD?R", Any with { Acriss = Pattern("C???") }, Any with { Acriss = Pattern("CD?R") }, true },
        { "CD?R does not cover C???", Any with { Acriss = Pattern("CD?R") }, Any with { Acriss = Pattern("C???") }, false },
        { "a pattern does not cover every car", Any with { Acriss = Pattern("C???") }, Any, false },
        { "summer covers July", Any with { PickUpDates = Range("2026-06-01", "2026-08-31") }, Any with { PickUpDates = Range("2026-07-01", "2026-07-31") }, true },
        { "July does not cover summer", Any with { PickUpDates = Range("2026-07-01", "2026-07-31") }, Any with { PickUpDates = Range("2026-06-01", "2026-08-31") }, false },
        { "a pick-up window does not cover every date", Any with { PickUpDates = Range("2026-07-01", "2026-07-31") }, Any, false },
        { "a booking window covers a shorter one", Any with { BookingDates = Range("2026-01-01", "2026-12-31") }, Any with { BookingDates = Range("2026-03-01", "2026-03-31") }, true },
        { "a booking window does not cover every date", Any with { BookingDates = Range("2026-01-01", "2026-12-31") }, Any, false },
        { "7+ days covers 14+", Any with { RentalDays = new(7, null) }, Any with { RentalDays = new(14, null) }, true },
        { "14+ days does not cover 7+", Any with { RentalDays = new(14, null) }, Any with { RentalDays = new(7, null) }, false },
        { "up to 30 days ahead covers 0-3", Any with { LeadDays = new(null, 30) }, Any with { LeadDays = new(0, 3) }, true },
        { "up to 30 days ahead does not cover any lead time", Any with { LeadDays = new(null, 30) }, Any, false },
    };

    [Theory]
    [MemberData(nameof(Coverings))]
    public void A_scope_covers_another_when_every_trip_of_the_other_is_in_it(string pairName, RuleScope scope, RuleScope other, bool covers)
    {
        Assert.True(covers == scope.Covers(other), pairName);
    }

    [Theory]
    [InlineData(null, null, 0, true)]
    [InlineData(7, null, 7, true)]
    [InlineData(7, null, 6, false)]
    [InlineData(null, 3, 3, true)]
    [InlineData(null, 3, 4, false)]
    [InlineData(3, 6, 3, true)]
    [InlineData(3, 6, 6, true)]
    [InlineData(3, 6, 7, false)]
    public void A_day_count_range_contains_both_its_ends(int? min, int? max, int days, bool contained)
    {
        Assert.Equal(contained, new DayCountRange(min, max).Contains(days));
    }

    [Theory]
    [InlineData(1, 6, 7, null, false)]
    [InlineData(1, 7, 7, null, true)]
    [InlineData(null, null, 3, 3, true)]
    [InlineData(10, 20, 1, 9, false)]
    [InlineData(10, 20, 15, 30, true)]
    public void Day_count_ranges_overlap_when_they_share_a_count(int? min, int? max, int? otherMin, int? otherMax, bool overlaps)
    {
        var (range, other) = (new DayCountRange(min, max), new DayCountRange(otherMin, otherMax));

        Assert.Equal(overlaps, range.Overlaps(other));
        Assert.Equal(overlaps, other.Overlaps(range));
    }

    [Theory]
    [InlineData(null, null, 3, 5, true)]
    [InlineData(3, null, 5, null, true)]
    [InlineData(3, null, 2, 5, false)]
    [InlineData(3, 10, 3, 10, true)]
    [InlineData(3, 10, 3, null, false)]
    [InlineData(null, 10, null, 9, true)]
    [InlineData(null, 10, 2, null, false)]
    public void A_day_count_range_covers_another_inside_it(int? min, int? max, int? otherMin, int? otherMax, bool covers)
    {
        Assert.Equal(covers, new DayCountRange(min, max).Covers(new DayCountRange(otherMin, otherMax)));
    }

    [Theory]
    [InlineData(null, null, "any")]
    [InlineData(7, null, "7+")]
    [InlineData(null, 3, "up to 3")]
    [InlineData(4, 4, "4")]
    [InlineData(3, 6, "3–6")]
    public void A_day_count_range_reads_short(int? min, int? max, string text)
    {
        Assert.Equal(text, new DayCountRange(min, max).ToString());
        Assert.Equal(min is null && max is null, new DayCountRange(min, max).IsAny);
    }

    [Theory]
    [InlineData(-1, null, "Lead time is from 0 to 730 days.")]
    [InlineData(null, 731, "Lead time is from 0 to 730 days.")]
    [InlineData(10, 3, "The minimum lead time (10) is above the maximum (3).")]
    public void A_lead_time_out_of_bounds_or_upside_down_is_refused_on_its_field(int? min, int? max, string message)
    {
        var valid = (Any with { LeadDays = new(min, max) }).Validate();

        Assert.Equal((message, "LeadDays"), (valid.Error, valid.Field));
    }

    [Theory]
    [InlineData(0, null, "Rental length is from 1 to 366 days.")]
    [InlineData(null, 367, "Rental length is from 1 to 366 days.")]
    [InlineData(7, 6, "The minimum rental length (7) is above the maximum (6).")]
    public void A_rental_length_out_of_bounds_or_upside_down_is_refused_on_its_field(int? min, int? max, string message)
    {
        var valid = (Any with { RentalDays = new(min, max) }).Validate();

        Assert.Equal((message, "RentalDays"), (valid.Error, valid.Field));
    }

    [Fact]
    public void An_unknown_country_is_refused_on_its_field()
    {
        var valid = (Any with { Country = "XX" }).Validate();

        Assert.Equal(("Choose the country from the list.", "Country"), (valid.Error, valid.Field));
    }

    [Fact]
    public void The_widest_valid_bounds_are_accepted()
    {
        Assert.True((Any with { LeadDays = new(0, 730), RentalDays = new(1, 366), Country = "EE" }).Validate().Succeeded);
    }
}
