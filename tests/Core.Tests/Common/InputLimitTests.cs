using CarRentalGateway.Core.Bookings;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Contracts;
using CarRentalGateway.Core.Fleet;
using CarRentalGateway.Core.Locations;
using CarRentalGateway.Core.Suppliers;
using CarRentalGateway.Core.Tests.Bookings;
using CarRentalGateway.Core.Tests.Contracts;
using CarRentalGateway.Core.Tests.Fleet;
using CarRentalGateway.Core.Tests.Locations;
using CarRentalGateway.Core.Tests.Suppliers;

namespace CarRentalGateway.Core.Tests.Common;

/// <summary>
/// Each kind of limit the database repeats (text length, whole-number range, percentage, money not negative): the
/// value at the limit is accepted and one past it is refused on its field, with the limit in the message.
/// </summary>
public class InputLimitTests
{
    private sealed record Limit(int AtLimit, int PastLimit, Func<int, Result> Check, string Field, string Message);

    private static readonly Dictionary<string, Limit> Limits = new()
    {
        ["supplier name"] = new(
            SupplierDetails.NameMaxLength, SupplierDetails.NameMaxLength + 1,
            n => (SupplierTests.ValidDetails() with { Name = new string('ö', n) }).Validate(),
            nameof(SupplierDetails.Name), "The display name is at most 100 characters."),
        ["location address"] = new(
            LocationDetails.AddressMaxLength, LocationDetails.AddressMaxLength + 1,
            n => (LocationTests.ValidDetails() with { Address = new string('a', n) }).Validate(),
            nameof(LocationDetails.Address), "The address is at most 200 characters."),
        ["contract notes"] = new(
            ContractTerms.NotesMaxLength, ContractTerms.NotesMaxLength + 1,
            n => (ContractExamples.Terms() with { Notes = new string('n', n) }).Validate(),
            nameof(ContractTerms.Notes), "Notes are at most 2000 characters."),
        ["customer name"] = new(
            BookingCustomer.NameMaxLength, BookingCustomer.NameMaxLength + 1,
            n => (BookingExamples.Customer with { Name = new string('c', n) }).Validate(),
            nameof(BookingCustomer.Name), "The customer's name is at most 200 characters."),
        ["driver name"] = new(
            BookingDriver.NameMaxLength, BookingDriver.NameMaxLength + 1,
            n => (BookingExamples.Driver with { Name = new string('d', n) }).Validate(new DateOnly(2026, 6, 10)),
            nameof(BookingDriver.Name), "The driver's name is at most 200 characters."),
        ["booking note"] = new(
            BookingNote.TextMaxLength, BookingNote.TextMaxLength + 1,
            n => BookingExamples.Booked().AddNote("ann@crg.example", new string('n', n), BookingExamples.NowUtc),
            nameof(BookingNote.Text), "A note is at most 2000 characters; this one has 2001: split it in two."),
        ["cancellation reason"] = new(
            CancellationRequest.ReasonMaxLength, CancellationRequest.ReasonMaxLength + 1,
            n => BookingExamples.Booked().CancellationFor(
                new CancellationRequest(CancellationParty.Customer, new string('r', n)), BookingExamples.FreeFor48Hours(),
                BookingExamples.At("2026-06-01 10:00"), "ann@crg.example", BookingExamples.NowUtc),
            nameof(CancellationRequest.Reason), "The reason is at most 500 characters."),
        ["payment terms"] = new(
            ContractTerms.MaxPaymentTermsDays, ContractTerms.MaxPaymentTermsDays + 1,
            days => (ContractExamples.Terms() with { PaymentTermsDays = days }).Validate(),
            nameof(ContractTerms.PaymentTermsDays), "Payment terms are 0 to 180 days."),
        ["seats"] = new(
            FleetOfferDetails.MaxSeats, FleetOfferDetails.MaxSeats + 1,
            seats => (FleetOfferTests.ValidDetails() with { Seats = seats }).Validate(),
            nameof(FleetOfferDetails.Seats), "Seats are 1 to 60."),
        ["minimum driver age"] = new(
            FleetOfferDetails.MinDriverAge, FleetOfferDetails.MinDriverAge - 1,
            age => (FleetOfferTests.ValidDetails() with { MinimumDriverAge = age, YoungDriverAge = null, YoungDriverDailyFee = null }).Validate(),
            nameof(FleetOfferDetails.MinimumDriverAge), "The minimum driver age is 18 to 99."),
        ["percentage"] = new(
            100, 101,
            percent => Percentage.FromPercent(percent, "CommissionPercent"),
            "CommissionPercent", "A percentage is between 0 and 100."),
        ["deposit"] = new(
            0, -1,
            minor => (FleetOfferTests.ValidDetails() with { Deposit = Money.Of(minor, "EUR") }).Validate(),
            nameof(FleetOfferDetails.Deposit), "The deposit cannot be negative."),
    };

    public static TheoryData<string> Kinds() => new(Limits.Keys);

    [Theory, MemberData(nameof(Kinds))]
    public void A_value_at_the_limit_is_accepted(string kind)
    {
        var limit = Limits[kind];

        var result = limit.Check(limit.AtLimit);

        Assert.True(result.Succeeded, result.Error);
    }

    [Theory, MemberData(nameof(Kinds))]
    public void A_value_one_past_the_limit_is_refused_on_its_field_naming_the_limit(string kind)
    {
        var limit = Limits[kind];

        var result = limit.Check(limit.PastLimit);

        Assert.True(result.Failed);
        Assert.Equal(limit.Field, result.Field);
        Assert.Equal(limit.Message, result.Error);
    }
}
