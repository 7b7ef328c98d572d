using System.Globalization;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Contracts;

namespace CarRentalGateway.Core.Bookings;

/// <summary>
/// A car rental we sold: who rents what, where and when, at which price, and where it stands. Every change goes
/// through a verb that checks the status and times, so an agent with a customer on the phone gets a reason to
/// read out instead of a booking in an impossible state.
/// </summary>
/// <remarks>
/// Rental times are wall-clock times at the location; the caller passes "now" at that location, and the hours
/// between two of them are counted on the wall clock (a daylight-saving night is an hour off, which is accepted).
/// </remarks>
public sealed class Booking
{
    public const int ConfirmationNumberMaxLength = 50;
    public const int AffiliateCodeMaxLength = 50;

    private readonly List<BookingNote> _notes = [];

    // Materialization by EF Core, which sets the properties itself.
    private Booking()
    {
        Reference = null!;
        CustomerName = CustomerEmail = CustomerPhone = CustomerCountry = CustomerLastName = CustomerPhoneDigitsReversed = DriverName = "";
        Acriss = SampleModel = Currency = ContractLabel = "";
        Extras = [];
        PriceLines = [];
        PriceSteps = [];
    }

    private Booking(Guid id, NewBooking sale, DateTime createdAtUtc)
        : this()
    {
        Id = id;
        Reference = sale.Reference;
        Status = BookingStatus.OnRequest;
        SetCustomer(sale.Customer);
        SetDriver(sale.Driver);
        FlightNumber = sale.FlightNumber;
        SetTrip(sale.Trip);
        SetPrice(sale.Price);
        PaymentModel = sale.PaymentModel;
        Channel = sale.Channel;
        AffiliateCode = sale.AffiliateCode;
        CreatedAtUtc = createdAtUtc;
        AmountPaidMinor = PaymentModel == PaymentModel.Prepaid ? CustomerTotalMinor : 0;
    }

    public Guid Id { get; private set; }

    public BookingReference Reference { get; private set; }

    public BookingStatus Status { get; private set; }

    /// <summary>The supplier's own number for the booking, which its rental desk looks it up by; set on confirmation.</summary>
    public string? SupplierConfirmationNumber { get; private set; }

    // The parts below are stored flat, one column each, so search can filter and sort on them and the history
    // names each field that changed; the records (Customer, Driver, Trip, Price, Cancellation) are built from them.
    public string CustomerName { get; private set; }

    public string CustomerEmail { get; private set; }

    public string CustomerPhone { get; private set; }

    /// <summary>The last word of the customer's name, which support often searches by ("Tamm" for "Mari Tamm").</summary>
    public string CustomerLastName { get; private set; }

    /// <summary>
    /// The phone's digits, last first: a search by how a number ends ("5678") is then a prefix search an index serves,
    /// and finds "+372 600 5678" however the caller reads out the country code.
    /// </summary>
    public string CustomerPhoneDigitsReversed { get; private set; }

    public string CustomerCountry { get; private set; }

    public string DriverName { get; private set; }

    public DateOnly DriverDateOfBirth { get; private set; }

    /// <summary>"LH 1234"; null when the customer gave none.</summary>
    public string? FlightNumber { get; private set; }

    public Guid SupplierId { get; private set; }

    public Guid PickUpLocationId { get; private set; }

    /// <summary>Wall-clock time at the pick-up location.</summary>
    public DateTime PickUpLocal { get; private set; }

    public Guid DropOffLocationId { get; private set; }

    /// <summary>Wall-clock time at the drop-off location.</summary>
    public DateTime DropOffLocal { get; private set; }

    public string Acriss { get; private set; }

    public string SampleModel { get; private set; }

    public IReadOnlyList<BookedExtra> Extras { get; private set; }

    /// <summary>The currency of the price and of every amount of the booking.</summary>
    public string Currency { get; private set; }

    public string ContractLabel { get; private set; }

    public CommercialModel CommercialModel { get; private set; }

    public int? CommissionBasisPoints { get; private set; }

    public int RentalDays { get; private set; }

    public long RentalDaysAmountMinor { get; private set; }

    public long SupplierTotalMinor { get; private set; }

    public long CustomerTotalMinor { get; private set; }

    public long CommissionMinor { get; private set; }

    public IReadOnlyList<BookingPriceLine> PriceLines { get; private set; }

    public IReadOnlyList<BookingPriceStep> PriceSteps { get; private set; }

    public decimal EurPerUnit { get; private set; }

    public long AmountPaidMinor { get; private set; }

    public CancellationParty? CancellationRequestedBy { get; private set; }

    public string? CancellationReason { get; private set; }

    public long? CancellationFeeMinor { get; private set; }

    public long? CancellationRefundMinor { get; private set; }

    public DateTime? CancelledAtUtc { get; private set; }

    public string? CancelledBy { get; private set; }

    public long? NoShowFeeMinor { get; private set; }

    public long? NoShowRefundMinor { get; private set; }

    public BookingCustomer Customer => new(CustomerName, CustomerEmail, CustomerPhone, CustomerCountry);

    public BookingDriver Driver => new(DriverName, DriverDateOfBirth);

    public BookingTrip Trip => new(SupplierId, PickUpLocationId, PickUpLocal, DropOffLocationId, DropOffLocal, Acriss, SampleModel, Extras);

    /// <summary>The price as sold, or as re-priced by the last trip change.</summary>
    public BookingPrice Price => new(
        Currency,
        ContractLabel,
        CommercialModel,
        CommissionBasisPoints is { } commission ? Percentage.FromBasisPoints(commission) : null,
        RentalDays,
        InCurrency(RentalDaysAmountMinor),
        InCurrency(SupplierTotalMinor),
        InCurrency(CustomerTotalMinor),
        InCurrency(CommissionMinor),
        PriceLines,
        PriceSteps,
        EurPerUnit);

    public PaymentModel PaymentModel { get; private set; }

    public SalesChannel Channel { get; private set; }

    public string? AffiliateCode { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>
    /// What the customer has paid us: the customer total when prepaid (kept equal to it through trip changes, whose
    /// difference is charged or refunded); nothing when paid at the desk, where we hold no deposit.
    /// </summary>
    public Money AmountPaid => InCurrency(AmountPaidMinor);

    /// <summary>Set once the booking is cancelled.</summary>
    public BookingCancellation? Cancellation =>
        CancellationRequestedBy is { } requestedBy
            ? new BookingCancellation(
                requestedBy, CancellationReason!, InCurrency(CancellationFeeMinor!.Value), InCurrency(CancellationRefundMinor!.Value),
                CancelledAtUtc!.Value, CancelledBy!)
            : null;

    /// <summary>The contract's no-show fee, kept when the customer did not come; null otherwise.</summary>
    public Money? NoShowFee => NoShowFeeMinor is { } fee ? InCurrency(fee) : null;

    /// <summary>What a no-show gets back: what was paid less the no-show fee, never below zero.</summary>
    public Money? NoShowRefund => NoShowRefundMinor is { } refund ? InCurrency(refund) : null;

    /// <summary>Oldest first; there is no way to change or remove one.</summary>
    public IReadOnlyList<BookingNote> Notes => _notes.AsReadOnly();

    public static Result<Booking> Create(Guid id, NewBooking sale, DateTime createdAtUtc)
    {
        var customer = sale.Customer.Normalized();
        var driver = sale.Driver.Normalized();
        var trip = sale.Trip.Normalized();
        var flight = NormalizedFlight(sale.FlightNumber);
        var affiliate = string.IsNullOrWhiteSpace(sale.AffiliateCode) ? null : sale.AffiliateCode.Trim().ToUpperInvariant();
        var valid = FirstFailure(
            () => Within(nameof(Customer), customer.Validate()),
            () => Within(nameof(Trip), trip.Validate()),
            () => Within(nameof(Driver), driver.Validate(trip.PickUpDate)),
            () => flight,
            () => CheckAffiliate(sale.Channel, affiliate),
            () => CheckPrice(sale.Price));
        return valid.Failed
            ? Result.Fail<Booking>(valid.Error!, valid.Field)
            : Result.Ok(new Booking(
                id, sale with { Customer = customer, Driver = driver, Trip = trip, FlightNumber = flight.Value, AffiliateCode = affiliate }, createdAtUtc));
    }

    /// <summary>The supplier confirmed: the desk will look the booking up by <paramref name="confirmationNumber"/>.</summary>
    public Result Confirm(string confirmationNumber)
    {
        var open = CanConfirm();
        if (open.Failed)
        {
            return open;
        }

        var trimmed = confirmationNumber.Trim();
        if (trimmed.Length == 0)
        {
            return Result.Fail("A confirmed booking needs the supplier's confirmation number.", nameof(SupplierConfirmationNumber));
        }

        if (trimmed.Length > ConfirmationNumberMaxLength)
        {
            return Result.Fail(
                $"The confirmation number is at most {ConfirmationNumberMaxLength} characters.", nameof(SupplierConfirmationNumber));
        }

        Status = BookingStatus.Confirmed;
        SupplierConfirmationNumber = trimmed;
        return Result.Ok();
    }

    /// <summary>Whether the supplier's confirmation can be recorded now; the reason when not.</summary>
    public Result CanConfirm() =>
        Status == BookingStatus.OnRequest
            ? Result.Ok()
            : Result.Fail($"Only a booking on request can be confirmed; this one is {Status.InWords()}.");

    /// <summary>Whether the rental can be marked as having taken place now; the reason when not.</summary>
    public Result CanComplete(DateTime nowLocalAtDropOff)
    {
        if (Status != BookingStatus.Confirmed)
        {
            return Result.Fail($"Only a confirmed booking can be completed; this one is {Status.InWords()}.");
        }

        return nowLocalAtDropOff < Trip.DropOffLocal
            ? Result.Fail($"The car is due back at {Shown(Trip.DropOffLocal)}: complete the booking after that.")
            : Result.Ok();
    }

    public Result Complete(DateTime nowLocalAtDropOff)
    {
        var open = CanComplete(nowLocalAtDropOff);
        if (open.Succeeded)
        {
            Status = BookingStatus.Completed;
        }

        return open;
    }

    /// <summary>Whether the customer can be recorded as not having come now; the reason when not.</summary>
    public Result CanMarkNoShow(DateTime nowLocalAtPickUp)
    {
        if (Status != BookingStatus.Confirmed)
        {
            return Result.Fail($"Only a confirmed booking can be a no-show; this one is {Status.InWords()}.");
        }

        return nowLocalAtPickUp < Trip.PickUpLocal
            ? Result.Fail($"The pick-up is at {Shown(Trip.PickUpLocal)}: the customer can still come until then.")
            : Result.Ok();
    }

    /// <summary>
    /// What marking the booking a no-show now would keep and refund, for the agent to read out before confirming: the
    /// contract's no-show fee, and what was paid beyond it (never below zero).
    /// </summary>
    public Result<FeeAndRefund> NoShowTermsFor(CancellationPolicy policy, DateTime nowLocalAtPickUp)
    {
        var open = CanMarkNoShow(nowLocalAtPickUp);
        if (open.Failed)
        {
            return Result.Fail<FeeAndRefund>(open.Error!);
        }

        if (FeeInAnotherCurrency("no-show fee", policy.NoShowFee) is { } noShowFeeRefusal)
        {
            return Result.Fail<FeeAndRefund>(noShowFeeRefusal);
        }

        var refund = AmountPaid.Minus(policy.NoShowFee);
        return Result.Ok(new FeeAndRefund(policy.NoShowFee, refund.IsNegative ? Money.Zero(Price.Currency) : refund));
    }

    /// <summary>Marks the no-show on the terms <see cref="NoShowTermsFor"/> states.</summary>
    public Result MarkNoShow(CancellationPolicy policy, DateTime nowLocalAtPickUp)
    {
        var terms = NoShowTermsFor(policy, nowLocalAtPickUp);
        if (terms.Failed)
        {
            return Result.Fail(terms.Error!);
        }

        Status = BookingStatus.NoShow;
        NoShowFeeMinor = terms.Value.Fee.MinorUnits;
        NoShowRefundMinor = terms.Value.Refund.MinorUnits;
        return Result.Ok();
    }

    /// <summary>Whether the booking can be cancelled now, whoever asks; the reason when not.</summary>
    public Result CanCancel(DateTime nowLocalAtPickUp)
    {
        if (Status is not (BookingStatus.OnRequest or BookingStatus.Confirmed))
        {
            return Result.Fail($"Only a booking on request or confirmed can be cancelled; this one is {Status.InWords()}.");
        }

        // A confirmed car was waiting at the desk: a customer who did not come is a no-show, with the no-show fee.
        // An unconfirmed one never was, so it can still be cancelled.
        return Status == BookingStatus.Confirmed && nowLocalAtPickUp >= Trip.PickUpLocal
            ? Result.Fail($"The pick-up time ({Shown(Trip.PickUpLocal)}) has passed: if the customer did not come, mark the booking as a no-show.")
            : Result.Ok();
    }

    /// <summary>
    /// What cancelling now would cost, for the agent to read out before confirming: free when the supplier or we ask
    /// (not the customer's doing), or while more than the policy's free hours are left before pick-up; after that the
    /// policy's late fee on the customer total. The refund is what was paid less the fee, never below zero.
    /// </summary>
    public Result<BookingCancellation> CancellationFor(
        CancellationRequest request, CancellationPolicy policy, DateTime nowLocalAtPickUp, string by, DateTime nowUtc)
    {
        var open = CanCancel(nowLocalAtPickUp);
        if (open.Failed)
        {
            return Result.Fail<BookingCancellation>(open.Error!);
        }

        var reason = request.Reason.Trim();
        if (reason.Length == 0)
        {
            return Result.Fail<BookingCancellation>("Say why the booking is cancelled.", nameof(CancellationRequest.Reason));
        }

        if (reason.Length > CancellationRequest.ReasonMaxLength)
        {
            return Result.Fail<BookingCancellation>(
                $"The reason is at most {CancellationRequest.ReasonMaxLength} characters.", nameof(CancellationRequest.Reason));
        }

        var lateFee = policy.LateFeeFor(Price.CustomerTotal);
        if (FeeInAnotherCurrency("late fee", lateFee) is { } lateFeeRefusal)
        {
            return Result.Fail<BookingCancellation>(lateFeeRefusal);
        }

        var free = request.RequestedBy != CancellationParty.Customer
            || Trip.PickUpLocal - nowLocalAtPickUp > TimeSpan.FromHours(policy.FreeCancellationHours);
        var fee = free ? Money.Zero(Price.Currency) : lateFee;
        var refund = AmountPaid.Minus(fee);
        return Result.Ok(new BookingCancellation(
            request.RequestedBy, reason, fee, refund.IsNegative ? Money.Zero(Price.Currency) : refund, nowUtc, by));
    }

    /// <summary>Cancels on the terms <see cref="CancellationFor"/> states, and returns them.</summary>
    public Result<BookingCancellation> Cancel(
        CancellationRequest request, CancellationPolicy policy, DateTime nowLocalAtPickUp, string by, DateTime nowUtc)
    {
        var cancellation = CancellationFor(request, policy, nowLocalAtPickUp, by, nowUtc);
        if (cancellation.Succeeded)
        {
            Status = BookingStatus.Cancelled;
            var terms = cancellation.Value;
            CancellationRequestedBy = terms.RequestedBy;
            CancellationReason = terms.Reason;
            CancellationFeeMinor = terms.Fee.MinorUnits;
            CancellationRefundMinor = terms.Refund.MinorUnits;
            CancelledAtUtc = terms.CancelledAtUtc;
            CancelledBy = terms.CancelledBy;
        }

        return cancellation;
    }

    /// <summary>Whether contact, driver and flight details can change: in any status that is not final.</summary>
    public Result CanUpdateDetails() => StillOpen("details");

    public Result UpdateContact(BookingCustomer customer)
    {
        var normalized = customer.Normalized();
        var valid = FirstFailure(() => StillOpen("contact details"), normalized.Validate);
        if (valid.Succeeded)
        {
            SetCustomer(normalized);
        }

        return valid;
    }

    public Result UpdateDriver(BookingDriver driver)
    {
        var normalized = driver.Normalized();
        var valid = FirstFailure(() => StillOpen("driver"), () => normalized.Validate(Trip.PickUpDate));
        if (valid.Succeeded)
        {
            SetDriver(normalized);
        }

        return valid;
    }

    /// <param name="flightNumber">Empty or null removes it.</param>
    public Result UpdateFlight(string? flightNumber)
    {
        var normalized = NormalizedFlight(flightNumber);
        var valid = FirstFailure(() => StillOpen("flight number"), () => normalized);
        if (valid.Succeeded)
        {
            FlightNumber = normalized.Value;
        }

        return valid;
    }

    /// <summary>Whether dates, times, locations, category or extras may change now; the reason when not.</summary>
    public Result CanChangeTrip(DateTime nowLocalAtPickUp)
    {
        if (Status is not (BookingStatus.OnRequest or BookingStatus.Confirmed))
        {
            return Result.Fail($"The trip of a booking that is {Status.InWords()} cannot change.");
        }

        return nowLocalAtPickUp >= Trip.PickUpLocal
            ? Result.Fail($"The pick-up time ({Shown(Trip.PickUpLocal)}) has passed: the trip can no longer change.")
            : Result.Ok();
    }

    /// <summary>
    /// Replaces the trip and its price (re-priced at today's rates and rules by the caller) and returns the difference
    /// in the customer total: positive to charge, negative to refund. A prepaid booking stays paid in full.
    /// </summary>
    public Result<Money> ChangeTrip(BookingTrip newTrip, BookingPrice newPrice, DateTime nowLocalAtPickUp)
    {
        var trip = newTrip.Normalized();
        var valid = FirstFailure(
            () => CanChangeTrip(nowLocalAtPickUp),
            () => Within(nameof(Trip), trip.Validate()),
            () => trip.SupplierId == Trip.SupplierId
                ? Result.Ok()
                : Result.Fail("The supplier of a booking cannot change: cancel it and book with the other supplier."),
            () => trip.PickUpLocal > nowLocalAtPickUp
                ? Result.Ok()
                : Result.Fail("The new pick-up time has already passed.", $"{nameof(Trip)}.{nameof(BookingTrip.PickUpLocal)}"),
            () => Within(nameof(Driver), Driver.Validate(trip.PickUpDate)),
            () => newPrice.Currency == Price.Currency
                ? CheckPrice(newPrice)
                : Result.Fail($"The new price is in {newPrice.Currency} but the booking was sold in {Price.Currency}."));
        if (valid.Failed)
        {
            return Result.Fail<Money>(valid.Error!, valid.Field);
        }

        var difference = newPrice.CustomerTotal.Minus(Price.CustomerTotal);
        SetTrip(trip);
        SetPrice(newPrice);
        if (PaymentModel == PaymentModel.Prepaid)
        {
            AmountPaidMinor = CustomerTotalMinor;
        }

        return Result.Ok(difference);
    }

    /// <summary>Adds an internal note, in any status: a final booking still gets calls about it.</summary>
    public Result AddNote(string author, string text, DateTime nowUtc)
    {
        var trimmed = text.Trim();
        if (author.Trim().Length == 0)
        {
            return Result.Fail("A note needs its author.", nameof(BookingNote.Author));
        }

        if (trimmed.Length == 0)
        {
            return Result.Fail("Write the note first.", nameof(BookingNote.Text));
        }

        if (trimmed.Length > BookingNote.TextMaxLength)
        {
            return Result.Fail(
                $"A note is at most {BookingNote.TextMaxLength} characters; this one has {trimmed.Length}: split it in two.",
                nameof(BookingNote.Text));
        }

        _notes.Add(new BookingNote(author.Trim(), nowUtc, trimmed));
        return Result.Ok();
    }

    private void SetCustomer(BookingCustomer customer)
    {
        (CustomerName, CustomerEmail, CustomerPhone, CustomerCountry) = (customer.Name, customer.Email, customer.Phone, customer.Country);
        (CustomerLastName, CustomerPhoneDigitsReversed) = (BookingSearchKeys.LastName(customer.Name), BookingSearchKeys.PhoneDigitsReversed(customer.Phone));
    }

    private void SetDriver(BookingDriver driver) => (DriverName, DriverDateOfBirth) = (driver.Name, driver.DateOfBirth);

    private void SetTrip(BookingTrip trip)
    {
        (SupplierId, PickUpLocationId, PickUpLocal, DropOffLocationId, DropOffLocal) =
            (trip.SupplierId, trip.PickUpLocationId, trip.PickUpLocal, trip.DropOffLocationId, trip.DropOffLocal);
        (Acriss, SampleModel, Extras) = (trip.Acriss, trip.SampleModel, trip.Extras.ToArray());
    }

    /// <summary>Every amount of a valid price is in its currency (see <see cref="CheckPrice"/>), so minor units are enough.</summary>
    private void SetPrice(BookingPrice price)
    {
        (Currency, ContractLabel, CommercialModel, CommissionBasisPoints, RentalDays, EurPerUnit) =
            (price.Currency, price.ContractLabel, price.Model, price.CommissionPercent?.BasisPoints, price.RentalDays, price.EurPerUnit);
        (RentalDaysAmountMinor, SupplierTotalMinor, CustomerTotalMinor, CommissionMinor) =
            (price.RentalDaysAmount.MinorUnits, price.SupplierTotal.MinorUnits, price.CustomerTotal.MinorUnits, price.Commission.MinorUnits);
        (PriceLines, PriceSteps) = (price.SupplierLines.ToArray(), price.Steps.ToArray());
    }

    private Money InCurrency(long minorUnits) => Money.Of(minorUnits, Currency);

    /// <summary>A contract fee in another currency than the booking cannot be kept from its payment; finance settles it.</summary>
    private string? FeeInAnotherCurrency(string fee, Money amount) =>
        amount.Currency == Price.Currency
            ? null
            : $"The contract's {fee} is in {amount.Currency} but the booking is in {Price.Currency}: ask finance to settle the fee.";

    /// <summary>A local rental time as agents read it, whatever the server's culture: "2026-06-10 10:00".</summary>
    private static string Shown(DateTime local) => local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private Result StillOpen(string what) =>
        Status.IsFinal() ? Result.Fail($"The {what} of a booking that is {Status.InWords()} cannot change.") : Result.Ok();

    private static Result<string?> NormalizedFlight(string? flightNumber)
    {
        if (string.IsNullOrWhiteSpace(flightNumber))
        {
            return Result.Ok<string?>(null);
        }

        var normalized = Bookings.FlightNumber.Normalize(flightNumber, nameof(FlightNumber));
        return normalized.Succeeded ? Result.Ok<string?>(normalized.Value) : Result.Fail<string?>(normalized.Error!, normalized.Field);
    }

    private static Result CheckAffiliate(SalesChannel channel, string? affiliateCode) => (channel, affiliateCode) switch
    {
        (SalesChannel.Affiliate, null) => Result.Fail("A booking sold by an affiliate needs the affiliate's code.", nameof(AffiliateCode)),
        (SalesChannel.Affiliate, { Length: > AffiliateCodeMaxLength }) =>
            Result.Fail($"The affiliate code is at most {AffiliateCodeMaxLength} characters.", nameof(AffiliateCode)),
        (not SalesChannel.Affiliate, not null) =>
            Result.Fail($"Only a booking sold by an affiliate has an affiliate code; this one was sold on the {channel.ToString().ToLowerInvariant()}.", nameof(AffiliateCode)),
        _ => Result.Ok(),
    };

    /// <summary>A price must add up in one currency: a bug in the caller otherwise, but cheap to refuse plainly.</summary>
    private static Result CheckPrice(BookingPrice price) =>
        new[] { price.CustomerTotal, price.SupplierTotal, price.RentalDaysAmount, price.Commission }.All(amount => amount.Currency == price.Currency)
        && !price.CustomerTotal.IsNegative
            ? Result.Ok()
            : Result.Fail($"The price must be an amount of 0 or more in {price.Currency}.", nameof(Price));

    /// <summary>The first check that fails, in order, or success; later checks may rely on earlier ones.</summary>
    private static Result FirstFailure(params Func<Result>[] checks) =>
        checks.Select(check => check()).FirstOrDefault(result => result.Failed) ?? Result.Ok();

    /// <summary>Names the field inside its part of the booking ("Customer.Email"), so a form with both names tells them apart.</summary>
    private static Result Within(string part, Result result) =>
        result.Failed ? Result.Fail(result.Error!, result.Field is null ? part : $"{part}.{result.Field}") : result;
}
