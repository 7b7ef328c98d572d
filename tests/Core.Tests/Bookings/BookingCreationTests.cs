using System.Globalization;
using CarRentalGateway.Core.Bookings;
using CarRentalGateway.Core.Pricing;
using CarRentalGateway.Core.Rates;
using CarRentalGateway.Core.Tests.Pricing;
using static CarRentalGateway.Core.Tests.Bookings.BookingExamples;

namespace CarRentalGateway.Core.Tests.Bookings;

/// <summary>A sale becomes a booking on request, with everything it was sold with, or is refused field by field.</summary>
public sealed class BookingCreationTests
{
    [Fact]
    public void A_new_booking_is_on_request_with_the_sale_as_given()
    {
        var booking = Booked();

        Assert.Equal(BookingId, booking.Id);
        Assert.Equal("CRG-7F3K9Q", booking.Reference.Value);
        Assert.Equal(BookingStatus.OnRequest, booking.Status);
        Assert.Null(booking.SupplierConfirmationNumber);
        Assert.Equal(Customer, booking.Customer);
        Assert.Equal(Driver, booking.Driver);
        Assert.Equal("LH 1234", booking.FlightNumber);
        Assert.Equal(PickUp, booking.Trip.PickUpLocal);
        Assert.Equal(DropOff, booking.Trip.DropOffLocal);
        Assert.Equal(SalesChannel.Website, booking.Channel);
        Assert.Null(booking.AffiliateCode);
        Assert.Equal(CreatedAtUtc, booking.CreatedAtUtc);
        Assert.Null(booking.Cancellation);
        Assert.Empty(booking.Notes);
    }

    [Fact]
    public void A_prepaid_booking_has_paid_the_customer_total()
    {
        Assert.Equal(Eur(135), Booked(PaymentModel.Prepaid).AmountPaid);
    }

    [Fact]
    public void A_booking_paid_at_the_desk_has_paid_us_nothing()
    {
        Assert.Equal(Eur(0), Booked(PaymentModel.PayAtDesk).AmountPaid);
    }

    [Fact]
    public void Typed_values_are_trimmed_and_the_e_mail_country_flight_and_category_tidied()
    {
        var sale = Sale() with
        {
            Customer = new BookingCustomer("  Anna Tamm ", " Anna.Tamm@Example.COM ", " +372 5123 4567 ", " ee "),
            Driver = new BookingDriver(" Anna Tamm\t", new DateOnly(1990, 4, 2)),
            FlightNumber = " ba123 ",
            Trip = Trip() with { Acriss = " cdmr ", SampleModel = " Toyota Corolla " },
            Channel = SalesChannel.Affiliate,
            AffiliateCode = " travelco ",
        };

        var booking = Created(sale);

        Assert.Equal(Customer, booking.Customer);
        Assert.Equal("Anna Tamm", booking.Driver.Name);
        Assert.Equal("BA 123", booking.FlightNumber);
        Assert.Equal("CDMR", booking.Trip.Acriss);
        Assert.Equal("Toyota Corolla", booking.Trip.SampleModel);
        Assert.Equal("TRAVELCO", booking.AffiliateCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void The_flight_number_is_optional(string? flight)
    {
        Assert.Null(Created(Sale() with { FlightNumber = flight }).FlightNumber);
    }

    [Fact]
    public void The_price_keeps_the_supplier_lines_and_every_step_it_was_sold_with()
    {
        var price = PriceWithRule();

        Assert.Equal("EUR", price.Currency);
        Assert.Equal("#1 v1", price.ContractLabel);
        Assert.Equal(3, price.RentalDays);
        Assert.Equal(Eur(135), price.SupplierTotal);
        Assert.Equal(Eur(135), price.RentalDaysAmount);
        Assert.Equal(Eur(148.50m), price.CustomerTotal);
        Assert.Equal(Eur(13.50m), price.Markup);
        Assert.Equal(Eur(20.25m), price.Commission);
        Assert.Equal(Eur(33.75m), price.Revenue);
        Assert.Equal(3, price.SupplierLines.Count);
        Assert.All(price.SupplierLines, line => Assert.Equal(QuoteLineKind.RentalDay, line.Kind));
        Assert.All(price.SupplierLines, line => Assert.Equal(Eur(45), line.Amount));
        var step = Assert.Single(price.Steps);
        Assert.Equal(PriceStepKind.Rule, step.Kind);
        Assert.Equal("R7 v1 Summer uplift", step.Rule);
        Assert.Equal(Eur(135), step.Before);
        Assert.Equal(Eur(148.50m), step.After);
        Assert.Equal(Eur(13.50m), step.Change);
    }

    [Fact]
    public void The_price_snapshot_is_plain_data_equal_line_by_line_to_the_quote()
    {
        var quote = new PricingWorld().Quote([]);

        var price = BookingPrice.From(quote, 1m);

        Assert.Equal(quote.SupplierBase.Lines.Select(line => line.Description), price.SupplierLines.Select(line => line.Description));
        Assert.Equal(quote.SupplierBase.Lines.Select(line => line.Amount), price.SupplierLines.Select(line => line.Amount));
        Assert.Empty(price.Steps);
    }

    public static TheoryData<BookingCustomer, string, string> WrongCustomers() => new()
    {
        { Customer with { Name = "  " }, "Enter the customer's name.", "Customer.Name" },
        { Customer with { Name = new string('n', 201) }, "The customer's name is at most 200 characters.", "Customer.Name" },
        { Customer with { Email = "anna@example" }, "'anna@example' is not an e-mail address, e.g. anna@example.com.", "Customer.Email" },
        { Customer with { Phone = "+372 5" }, "'+372 5' is not a phone number: at least 5 digits, with + only at the start, e.g. +372 600 1234.", "Customer.Phone" },
        { Customer with { Country = "XX" }, "'XX' is not a country code; choose the customer's country from the list.", "Customer.Country" },
    };

    [Theory]
    [MemberData(nameof(WrongCustomers))]
    public void A_wrong_customer_detail_is_refused_on_its_field(BookingCustomer customer, string message, string field)
    {
        var created = Booking.Create(BookingId, Sale() with { Customer = customer }, CreatedAtUtc);

        BookingExamples.Refused(created, message, field);
    }

    [Theory]
    [InlineData("", "1990-04-02", "Enter the main driver's name.", "Driver.Name")]
    [InlineData("Anna Tamm", "2026-06-10", "The date of birth must be before the pick-up date.", "Driver.DateOfBirth")]
    [InlineData("Anna Tamm", "1925-06-10", "The driver would be over 100 at pick-up: check the date of birth.", "Driver.DateOfBirth")]
    public void A_wrong_driver_detail_is_refused_on_its_field(string name, string born, string message, string field)
    {
        var created = Booking.Create(
            BookingId, Sale() with { Driver = new BookingDriver(name, DateOnly.Parse(born, CultureInfo.InvariantCulture)) }, CreatedAtUtc);

        BookingExamples.Refused(created, message, field);
    }

    [Fact]
    public void A_driver_name_over_200_characters_is_refused()
    {
        var created = Booking.Create(BookingId, Sale() with { Driver = Driver with { Name = new string('d', 201) } }, CreatedAtUtc);

        BookingExamples.Refused(created, "The driver's name is at most 200 characters.", "Driver.Name");
    }

    [Fact]
    public void A_driver_of_exactly_100_at_pick_up_is_accepted()
    {
        var booking = Created(Sale() with { Driver = new BookingDriver("Old Timer", new DateOnly(1925, 6, 11)) });

        Assert.Equal(100, booking.Driver.AgeOn(booking.Trip.PickUpDate));
    }

    [Fact]
    public void A_drop_off_before_the_pick_up_is_refused()
    {
        var created = Booking.Create(BookingId, Sale() with { Trip = Trip("2026-06-10 10:00", "2026-06-10 10:00") }, CreatedAtUtc);

        BookingExamples.Refused(created, "The drop-off must be after the pick-up.", "Trip.DropOffLocal");
    }

    [Fact]
    public void A_wrong_category_is_refused_with_the_ACRISS_message()
    {
        var created = Booking.Create(BookingId, Sale() with { Trip = Trip() with { Acriss = "CDM" } }, CreatedAtUtc);

        BookingExamples.Refused(created, "An ACRISS code has exactly 4 letters, e.g. CDMR.", "Trip.Acriss");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void An_extra_quantity_outside_1_to_4_is_refused(int quantity)
    {
        var trip = Trip(extras: new BookedExtra(ChildSeatId, ExtraKind.ChildSeat, "Child seat", quantity));

        var created = Booking.Create(BookingId, Sale() with { Trip = trip }, CreatedAtUtc);

        BookingExamples.Refused(created, "Choose 1 to 4 of Child seat.", "Trip.Extras");
    }

    [Fact]
    public void The_same_extra_twice_is_refused()
    {
        var seat = new BookedExtra(ChildSeatId, ExtraKind.ChildSeat, "Child seat", 1);

        var created = Booking.Create(BookingId, Sale() with { Trip = Trip(extras: [seat, seat]) }, CreatedAtUtc);

        BookingExamples.Refused(created, "Child seat is chosen twice: give it once with the quantity.", "Trip.Extras");
    }

    [Fact]
    public void A_wrong_flight_number_is_refused()
    {
        var created = Booking.Create(BookingId, Sale() with { FlightNumber = "Lufthansa" }, CreatedAtUtc);

        BookingExamples.Refused(created, "'Lufthansa' is not a flight number: the airline's code and the number, e.g. LH 1234 or BA123.", "FlightNumber");
    }

    [Fact]
    public void An_affiliate_sale_without_the_affiliate_code_is_refused()
    {
        var created = Booking.Create(BookingId, Sale() with { Channel = SalesChannel.Affiliate, AffiliateCode = " " }, CreatedAtUtc);

        BookingExamples.Refused(created, "A booking sold by an affiliate needs the affiliate's code.", "AffiliateCode");
    }

    [Fact]
    public void An_affiliate_code_on_a_phone_sale_is_refused()
    {
        var created = Booking.Create(BookingId, Sale() with { Channel = SalesChannel.Phone, AffiliateCode = "TRAVELCO" }, CreatedAtUtc);

        BookingExamples.Refused(created, "Only a booking sold by an affiliate has an affiliate code; this one was sold on the phone.", "AffiliateCode");
    }

    [Fact]
    public void An_affiliate_code_over_50_characters_is_refused()
    {
        var created = Booking.Create(BookingId, Sale() with { Channel = SalesChannel.Affiliate, AffiliateCode = new string('A', 51) }, CreatedAtUtc);

        BookingExamples.Refused(created, "The affiliate code is at most 50 characters.", "AffiliateCode");
    }

    [Fact]
    public void A_negative_price_is_refused()
    {
        var price = PlainPrice() with { CustomerTotal = Eur(-1) };

        var created = Booking.Create(BookingId, Sale() with { Price = price }, CreatedAtUtc);

        BookingExamples.Refused(created, "The price must be an amount of 0 or more in EUR.", "Price");
    }
}
