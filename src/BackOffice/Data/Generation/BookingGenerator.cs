using CarRentalGateway.Core.Bookings;
using CarRentalGateway.Core.Locations;
using CarRentalGateway.Core.Pricing;
using CarRentalGateway.Core.Rates;

namespace CarRentalGateway.BackOffice.Data.Generation;

/// <summary>
/// Makes realistic bookings from a catalog, the same ones for the same seed: sales spread over the last
/// <see cref="HistoryDays"/> days up to now, each priced by the real engine and moved through the domain's verbs to
/// the status its dates allow (confirmed, completed, cancelled with the contract's fee, a no-show), in sale order.
/// </summary>
/// <remarks>
/// The skews are a broker's: lead times mostly a few weeks, rentals mostly 3-7 days, more pick-ups in summer, pick-ups
/// mostly while the desk is open, a few one-way trips, young drivers and extras. A trip the engine refuses (a closed
/// desk without after-hours service, a driver too young for the car, a day no contract covers) is drawn again.
/// </remarks>
public sealed class BookingGenerator
{
    /// <summary>About 18 months of sales.</summary>
    public const int HistoryDays = 540;

    /// <summary>The share of sales that end cancelled (domain.md expects 15-25 %).</summary>
    public const double CancelledShare = 0.20;

    /// <summary>The share of past pick-ups where the customer never came.</summary>
    public const double NoShowShare = 0.03;

    private const int MaxLeadDays = 180;
    private const int AttemptsPerSale = 200;

    // Wall-clock conversions are approximate across a daylight-saving change; verbs that compare "now" with a rental
    // time keep this far from it.
    private static readonly TimeSpan ClockMargin = TimeSpan.FromHours(2);

    // 1-28 days, three in five rentals 3-7 days.
    private static readonly Weighted<int> RentalLengths = new(
        Enumerable.Range(1, 28).Select(days => (days, days switch
        {
            1 => 4, 2 => 7, 3 or 4 or 5 => 13, 6 => 10, 7 => 14, <= 13 => 2, 14 => 5, _ => 1,
        })));

    private static readonly Weighted<int> PickUpHours = new(
    [
        (7, 3), (8, 8), (9, 10), (10, 10), (11, 8), (12, 7), (13, 7), (14, 8), (15, 8), (16, 8), (17, 7), (18, 6), (19, 4), (20, 3),
        (21, 2), (22, 1), (23, 1), (0, 1), (5, 1), (6, 2),
    ]);

    // Per 100: how often a pick-up in each month is kept, so summer has about twice the pick-ups of winter.
    private static readonly int[] MonthWeights = [45, 45, 55, 65, 80, 100, 100, 100, 75, 60, 45, 60];

    private static readonly Weighted<int> DriverAges = new(
    [
        (21, 2), (22, 2), (23, 3), (24, 3), (25, 4), (27, 5), (29, 6), (32, 8), (35, 9), (38, 9), (42, 9), (46, 8), (50, 7),
        (55, 6), (60, 5), (65, 4), (70, 3), (76, 2),
    ]);

    private static readonly Weighted<SalesChannel> Channels = new([(SalesChannel.Website, 58), (SalesChannel.Phone, 12), (SalesChannel.Affiliate, 30)]);

    private static readonly Weighted<CancellationParty> WhoCancels = new(
        [(CancellationParty.Customer, 80), (CancellationParty.Supplier, 12), (CancellationParty.Us, 8)]);

    private static readonly (ExtraKind Kind, double Share, int MaxQuantity)[] ExtraShares =
    [
        (ExtraKind.FullProtection, 0.14, 1), (ExtraKind.AdditionalDriver, 0.09, 1), (ExtraKind.ChildSeat, 0.08, 2),
        (ExtraKind.Gps, 0.07, 1), (ExtraKind.BoosterSeat, 0.04, 2),
    ];

    private static readonly int[] DropOffMinutesFromPickUpTime = [-120, -60, -30, 0, 0, 0, 0, 30];

    private static readonly string[] Airlines =
        ["LH", "SK", "AY", "BT", "FR", "U2", "W6", "BA", "LO", "KL", "AF", "IB", "TP", "AZ", "LX", "OS", "DY", "FI", "EI", "A3", "VY", "EW"];

    private static readonly string[] Affiliates =
        ["FLYHUB-12", "TRAVELNEWS-EE", "NORDICTRIPS", "CITYBREAKS-7", "SUNSEEKER-ES", "ROADTRIP-DE", "BALTICGUIDE", "FJORDTOURS"];

    private static readonly string[] Agents =
        ["kadri.support@carrentalgateway.example", "jonas.support@carrentalgateway.example", "maria.support@carrentalgateway.example", "piotr.support@carrentalgateway.example"];

    private static readonly Dictionary<CancellationParty, string[]> Reasons = new()
    {
        [CancellationParty.Customer] =
        [
            "Flight cancelled", "Travel plans changed", "Found a cheaper offer elsewhere", "Trip postponed", "Illness in the family",
            "Booked the wrong dates", "No longer needs a car",
        ],
        [CancellationParty.Supplier] = ["No car of this category available on those dates", "Station closed for renovation", "Fleet overbooked"],
        [CancellationParty.Us] = ["Payment failed", "Suspected fraud: the card holder disputes the booking", "Duplicate booking"],
    };

    private static readonly string[] NoteTexts =
    [
        "Customer asked whether the car can be picked up an hour later; the desk agreed.",
        "Flight delayed by two hours: asked the desk to hold the car.",
        "Customer asked for a receipt with the company's VAT number.",
        "Asked the supplier for a diesel car; not guaranteed.",
        "Customer wants to add a second driver at the desk; explained the fee.",
        "Called to check the deposit for a debit card: the desk needs a credit card.",
        "Customer asked about crossing the border; the supplier allows it for a fee paid at the desk.",
        "Sent the voucher again to the customer's e-mail.",
    ];

    private readonly BookingCatalog _catalog;
    private readonly DateTime _nowUtc;
    private readonly Random _random;
    private readonly HashSet<string> _references;

    /// <param name="referencesTaken">References already stored, which new bookings must not repeat.</param>
    public BookingGenerator(BookingCatalog catalog, DateTime nowUtc, int seed, IEnumerable<string>? referencesTaken = null)
    {
        if (catalog.Offers.Count == 0)
        {
            throw new InvalidOperationException("The catalog has nothing to sell: no active supplier has an offer with rates at an active station.");
        }

        _catalog = catalog;
        _nowUtc = Seconds(nowUtc);
        _random = new Random(seed);
        _references = new HashSet<string>(referencesTaken ?? [], StringComparer.Ordinal);
    }

    /// <summary>Bookings sold in time order, made one at a time as they are read.</summary>
    public IEnumerable<Booking> Generate(int count)
    {
        foreach (var soldAtUtc in SaleMoments(count))
        {
            yield return Sell(soldAtUtc);
        }
    }

    /// <summary>
    /// When the sales happen, in order (so the time-ordered keys go to the end of the table's index): each day gets a
    /// share that follows the season three weeks later, since most cars are booked a few weeks ahead.
    /// </summary>
    private IEnumerable<DateTime> SaleMoments(int count)
    {
        var start = _nowUtc.AddDays(-HistoryDays);
        var cumulative = new double[HistoryDays + 1];
        for (var d = 0; d < HistoryDays; d++)
        {
            cumulative[d + 1] = cumulative[d] + MonthWeights[start.AddDays(d + 21).Month - 1];
        }

        var day = 0;
        for (var i = 0; i < count; i++)
        {
            var target = cumulative[HistoryDays] * (i + _random.NextDouble()) / count;
            while (cumulative[day + 1] < target)
            {
                day++;
            }

            var withinDay = (target - cumulative[day]) / (cumulative[day + 1] - cumulative[day]);
            yield return Seconds(start.AddDays(day + withinDay));
        }
    }

    private Booking Sell(DateTime soldAtUtc)
    {
        for (var attempt = 0; attempt < AttemptsPerSale; attempt++)
        {
            var offer = _random.Pick(_catalog.Offers);
            if (TrySell(soldAtUtc, offer) is { } booking)
            {
                Live(booking, offer);
                return booking;
            }
        }

        throw new InvalidOperationException(
            $"No offer of the catalog could be priced for a sale on {soldAtUtc:yyyy-MM-dd HH:mm} UTC in {AttemptsPerSale} tries: "
            + $"do contracts and the published rules cover the last {HistoryDays} days?");
    }

    private Booking? TrySell(DateTime soldAtUtc, CatalogOffer offer)
    {
        var pickUp = offer.PickUp;
        var pickUpDate = PickUpDate(pickUp.LocalAt(soldAtUtc));
        var pickUpLocal = pickUpDate.ToDateTime(TimeAtDesk(pickUp.Location, pickUpDate.DayOfWeek, _random.Next(4) * 15));
        if (pickUp.UtcAt(pickUpLocal) < soldAtUtc + ClockMargin + ClockMargin)
        {
            return null;
        }

        var dropOff = offer.OneWayDestinations.Count > 0 && _random.Chance(0.07) ? _random.Pick(offer.OneWayDestinations) : pickUp;
        var days = RentalLengths.Next(_random);
        var dropOffLocal = pickUpLocal.AddDays(days).AddMinutes(_random.Pick(DropOffMinutesFromPickUpTime));
        if (!dropOff.Location.OpeningHours.IsOpenAt(dropOffLocal.DayOfWeek, TimeOnly.FromDateTime(dropOffLocal)) && _random.Chance(0.85))
        {
            dropOffLocal = DateOnly.FromDateTime(dropOffLocal).ToDateTime(TimeAtDesk(dropOff.Location, dropOffLocal.DayOfWeek, pickUpLocal.Minute));
        }

        var customer = GeneratedPeople.Customer(_random);
        var age = DriverAges.Next(_random);
        var driver = new BookingDriver(
            _random.Chance(0.85) ? customer.Name : GeneratedPeople.OtherDriverName(_random, customer.Country),
            pickUpDate.AddYears(-age).AddDays(-_random.Next(365)));
        var extras = ExtraShares
            .Where(share => _random.Chance(share.Share))
            .Select(share => (Extra: offer.Extras.FirstOrDefault(e => e.Kind == share.Kind), Quantity: _random.Next(1, share.MaxQuantity + 1)))
            .Where(chosen => chosen.Extra is not null)
            .Select(chosen => new ChosenExtra(chosen.Extra!, chosen.Quantity))
            .ToList();

        var outcome = _catalog.Engine.Price(
            offer.ToPrice,
            new PricingTrip(
                pickUpLocal, dropOffLocal, pickUp.Rental, dropOff.Rental, pickUp.Location.CountryCode, driver.AgeOn(pickUpDate), soldAtUtc, extras));
        if (outcome.Quote is not { } quote)
        {
            return null;
        }

        var channel = Channels.Next(_random);
        var sale = new NewBooking(
            NewReference(),
            new BookingCustomer(customer.Name, customer.Email, customer.Phone, customer.Country),
            driver,
            pickUp.Location.Type == LocationType.Airport && _random.Chance(0.65) ? $"{_random.Pick(Airlines)} {_random.Next(1, 2000)}" : null,
            new BookingTrip(
                offer.Supplier.Id, pickUp.Location.Id, pickUpLocal, dropOff.Location.Id, dropOffLocal, offer.Fleet.Acriss, offer.Fleet.SampleModel,
                extras.Select(e => new BookedExtra(e.Extra.Id, e.Extra.Kind, e.Extra.Name, e.Quantity)).ToList()),
            BookingPrice.From(quote, _catalog.EurPerUnit[quote.Currency]),
            _random.Chance(0.7) ? PaymentModel.Prepaid : PaymentModel.PayAtDesk,
            channel,
            channel == SalesChannel.Affiliate ? _random.Pick(Affiliates) : null);
        return Must(Booking.Create(NewId(soldAtUtc), sale, soldAtUtc));
    }

    /// <summary>A pick-up date some days after the sale: mostly within a few weeks, kept more often in summer.</summary>
    private DateOnly PickUpDate(DateTime soldLocal)
    {
        while (true)
        {
            var lead = (int)Math.Min(MaxLeadDays, _random.Exponential(TimeSpan.FromDays(20)).TotalDays);
            var date = DateOnly.FromDateTime(soldLocal).AddDays(lead);
            if (_random.Next(100) < MonthWeights[date.Month - 1])
            {
                return date;
            }
        }
    }

    /// <summary>An hour customers come at, drawn again (most of the time) while the desk is closed then.</summary>
    private TimeOnly TimeAtDesk(Location station, DayOfWeek day, int minute)
    {
        var time = new TimeOnly(PickUpHours.Next(_random), minute);
        for (var redraw = 0; redraw < 3 && !station.OpeningHours.IsOpenAt(day, time) && _random.Chance(0.85); redraw++)
        {
            time = new TimeOnly(PickUpHours.Next(_random), minute);
        }

        return time;
    }

    /// <summary>
    /// Moves a new booking to where it would stand now: the supplier confirms within hours (a few take days); some
    /// are cancelled before pick-up, by whom and with the fee the contract gives at that moment; a few confirmed
    /// customers never come; rentals whose car is back are completed. Some get an agent's note.
    /// </summary>
    private void Live(Booking booking, CatalogOffer offer)
    {
        var soldAtUtc = booking.CreatedAtUtc;
        var pickUp = _catalog.Stations[booking.PickUpLocationId];
        var dropOff = _catalog.Stations[booking.DropOffLocationId];
        var pickUpUtc = pickUp.UtcAt(booking.PickUpLocal);
        var policy = offer.PolicyOn(DateOnly.FromDateTime(booking.PickUpLocal));
        var confirmDelay = _random.Exponential(_random.Chance(0.10) ? TimeSpan.FromDays(3) : TimeSpan.FromHours(6));
        var confirmedAtUtc = Min(soldAtUtc + confirmDelay, pickUpUtc - ClockMargin);
        var fate = _random.NextDouble();

        if (fate < CancelledShare)
        {
            var latest = Min(_nowUtc, pickUpUtc - ClockMargin);
            var cancelledAtUtc = Seconds(_random.Chance(0.35) && latest - TimeSpan.FromHours(72) > soldAtUtc
                ? latest - (TimeSpan.FromHours(72) * _random.NextDouble())
                : soldAtUtc + ((latest - soldAtUtc) * _random.NextDouble()));
            if (cancelledAtUtc >= confirmedAtUtc)
            {
                Must(booking.Confirm(ConfirmationNumber(offer.Supplier.Code, booking.PickUpLocal)));
            }

            var party = WhoCancels.Next(_random);
            var agent = party == CancellationParty.Customer && _random.Chance(0.6) ? "website" : _random.Pick(Agents);
            Must(booking.Cancel(
                new CancellationRequest(party, _random.Pick(Reasons[party])), policy, pickUp.LocalAt(cancelledAtUtc), agent, cancelledAtUtc));
        }
        else if (fate < CancelledShare + NoShowShare && pickUp.LocalAt(_nowUtc) >= booking.PickUpLocal)
        {
            Must(booking.Confirm(ConfirmationNumber(offer.Supplier.Code, booking.PickUpLocal)));
            Must(booking.MarkNoShow(policy, pickUp.LocalAt(_nowUtc)));
        }
        else if (confirmedAtUtc <= _nowUtc)
        {
            Must(booking.Confirm(ConfirmationNumber(offer.Supplier.Code, booking.PickUpLocal)));
            if (dropOff.LocalAt(_nowUtc) >= booking.DropOffLocal)
            {
                Must(booking.Complete(dropOff.LocalAt(_nowUtc)));
            }
        }

        if (_random.Chance(0.12))
        {
            var notes = _random.Next(1, 3);
            var at = soldAtUtc;
            for (var i = 0; i < notes; i++)
            {
                at = Seconds(at + ((_nowUtc - at) * _random.NextDouble() * 0.5));
                Must(booking.AddNote(_random.Pick(Agents), _random.Pick(NoteTexts), at));
            }
        }
    }

    /// <summary>Each supplier numbers its bookings its own way, as real rental systems do; the style follows from its code.</summary>
    private string ConfirmationNumber(string code, DateTime pickUpLocal)
    {
        var letters = code[..2];
        return (code.Sum(c => c) % 4) switch
        {
            0 => $"{letters}-{_random.Next(100_000, 1_000_000)}",
            1 => $"{_random.NextInt64(1_000_000_000, 10_000_000_000)}",
            2 => $"{new string(_random.GetItems(BookingReference.Alphabet.AsSpan(), 4))}{_random.Next(1000, 10_000)}",
            _ => $"{letters}{pickUpLocal:yy}-{_random.Next(0, 1_000_000):D6}",
        };
    }

    private BookingReference NewReference()
    {
        while (true)
        {
            var reference = BookingReference.New(_random);
            if (_references.Add(reference.Value))
            {
                return reference;
            }
        }
    }

    /// <summary>A version-7 key (time ordered, as the app makes them) whose random part comes from the seed.</summary>
    private Guid NewId(DateTime soldAtUtc)
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        var milliseconds = (long)(soldAtUtc - DateTime.UnixEpoch).TotalMilliseconds;
        for (var i = 0; i < 6; i++)
        {
            bytes[i] = (byte)(milliseconds >> (8 * (5 - i)));
        }

        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }

    /// <summary>Whole seconds: what both databases store exactly.</summary>
    private static DateTime Seconds(DateTime utc) => new(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    private static T Must<T>(Core.Common.Result<T> result) =>
        result.Succeeded ? result.Value : throw new InvalidOperationException($"A generated booking was refused: {result.Error}");

    private static void Must(Core.Common.Result result)
    {
        if (result.Failed)
        {
            throw new InvalidOperationException($"A generated booking was refused: {result.Error}");
        }
    }
}
