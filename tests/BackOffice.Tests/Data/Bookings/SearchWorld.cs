using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.Core.Bookings;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Contracts;
using CarRentalGateway.Core.Locations;
using CarRentalGateway.Core.Suppliers;
using Microsoft.EntityFrameworkCore;

namespace CarRentalGateway.BackOffice.Tests.Data.Bookings;

/// <summary>
/// Bookings to search through, stored straight through the DbContext: two suppliers that both call their Tallinn
/// airport station TLL-AIRPORT, and Sixt's Tartu station. The search never looks at how a booking was priced, so each
/// gets a plain price of its own total (the quote tool's pricing is tested with <see cref="BookingWorld"/>).
/// </summary>
public sealed class SearchWorld
{
    /// <summary>A pick-up after the test clock's start, so every booking can still be confirmed or cancelled.</summary>
    public static readonly DateTime PickUp = new(2026, 3, 21, 10, 0, 0);

    public static readonly DateTime BookedAtUtc = new(2026, 3, 10, 9, 30, 0, DateTimeKind.Utc);

    private static readonly CancellationPolicy FreeFor48Hours = new(48, LateFeeKind.Fixed, null, Money.Of(4_000, "EUR"), Money.Of(6_000, "EUR"));

    private int _sold;

    private SearchWorld(Location sixtAirport, Location sixtTartu, Location avisAirport)
    {
        SixtAirport = sixtAirport;
        SixtTartu = sixtTartu;
        AvisAirport = avisAirport;
    }

    /// <summary>SIXT-EE's TLL-AIRPORT.</summary>
    public Location SixtAirport { get; }

    /// <summary>SIXT-EE's TRT-CITY.</summary>
    public Location SixtTartu { get; }

    /// <summary>AVIS-EE's TLL-AIRPORT: the same code as Sixt's.</summary>
    public Location AvisAirport { get; }

    /// <summary>As <see cref="SeedAsync(AppDbContext, Func{SearchWorld, Booking[]})"/>, in a context of its own.</summary>
    public static async Task<SearchWorld> SeedAsync(IDbContextFactory<AppDbContext> database, Func<SearchWorld, Booking[]> sell)
    {
        await using var db = await database.CreateDbContextAsync();
        return await SeedAsync(db, sell);
    }

    /// <summary>The suppliers and stations, then the bookings <paramref name="sell"/> makes in them, stored.</summary>
    public static async Task<SearchWorld> SeedAsync(AppDbContext db, Func<SearchWorld, Booking[]> sell)
    {
        var sixt = Supplier("SIXT-EE", "Sixt Estonia");
        var avis = Supplier("AVIS-EE", "Avis Estonia");
        var world = new SearchWorld(
            Station(sixt, "TLL-AIRPORT", "Tallinn Airport"), Station(sixt, "TRT-CITY", "Tartu City"), Station(avis, "TLL-AIRPORT", "Avis Tallinn Airport"));
        db.Suppliers.AddRange(sixt, avis);
        db.Locations.AddRange(world.SixtAirport, world.SixtTartu, world.AvisAirport);
        await db.SaveChangesAsync();
        db.Bookings.AddRange(sell(world));
        await db.SaveChangesAsync();
        return world;
    }

    /// <summary>
    /// A booking on request for three days from <paramref name="pickUpLocal"/> (default <see cref="PickUp"/>), sold at
    /// <paramref name="bookedAtUtc"/> (default <see cref="BookedAtUtc"/>); a reference is made up when none is given.
    /// </summary>
    public Booking Sell(
        string? reference = null, string name = "Anna Tamm", string email = "anna.tamm@example.com", string phone = "+372 5123 4567",
        Location? station = null, DateTime? pickUpLocal = null, DateTime? bookedAtUtc = null, long totalCents = 15_840, string currency = "EUR")
    {
        var at = station ?? SixtAirport;
        var pickUp = pickUpLocal ?? PickUp;
        var total = Money.Of(totalCents, currency);
        var price = new BookingPrice(
            currency, "#1 v1", CommercialModel.Commission, Percentage.FromBasisPoints(1_500), 3, total, total, total, Money.Of(0, currency), [], [],
            currency == BookingPrice.Eur ? 1m : 0.1m);
        var sale = new NewBooking(
            BookingReference.Parse(reference ?? NextReference()).Value,
            new BookingCustomer(name, email, phone, "EE"),
            new BookingDriver(name, new DateOnly(1990, 4, 2)),
            null,
            new BookingTrip(at.SupplierId, at.Id, pickUp, at.Id, pickUp.AddDays(3), "CDMR", "Toyota Corolla", []),
            price,
            PaymentModel.Prepaid,
            SalesChannel.Website,
            null);
        var created = Booking.Create(Guid.NewGuid(), sale, bookedAtUtc ?? BookedAtUtc);
        Assert.True(created.Succeeded, created.Error);
        return created.Value;
    }

    /// <summary>Brings <paramref name="booking"/> into <paramref name="status"/> through its own verbs.</summary>
    public static Booking InStatus(Booking booking, BookingStatus status, string confirmation = "BD-558812")
    {
        if (status is BookingStatus.Confirmed or BookingStatus.Completed or BookingStatus.NoShow)
        {
            BookingWorld.Must(booking.Confirm(confirmation));
        }

        BookingWorld.Must(status switch
        {
            BookingStatus.Completed => booking.Complete(booking.Trip.DropOffLocal),
            BookingStatus.NoShow => booking.MarkNoShow(FreeFor48Hours, booking.PickUpLocal.AddHours(2)),
            BookingStatus.Cancelled => booking.Cancel(
                new CancellationRequest(CancellationParty.Customer, "Plans changed"), FreeFor48Hours, booking.PickUpLocal.AddDays(-5),
                "sam.support@crg.example", booking.CreatedAtUtc.AddHours(1)),
            _ => Result.Ok(),
        });
        return booking;
    }

    // "CRG-S", four characters counting up through the reference alphabet, "A": 810,000 distinct references per world.
    private string NextReference()
    {
        const string alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
        var digits = new char[4];
        for (int i = digits.Length - 1, n = _sold++; i >= 0; i--, n /= alphabet.Length)
        {
            digits[i] = alphabet[n % alphabet.Length];
        }

        return $"CRG-S{new string(digits)}A";
    }

    private static Supplier Supplier(string code, string name) => Core.Suppliers.Supplier.Register(
        code, new SupplierDetails(name, $"{name} OÜ", "EE", "EUR", null, $"reservations@{code.ToLowerInvariant()}.test", null, null, null), Guid.NewGuid()).Value;

    private static Location Station(Supplier supplier, string code, string name) => Location.Create(
        Guid.NewGuid(), supplier.Id, code,
        new LocationDetails(
            name, LocationType.Airport, "TLL", "EE", "Tallinn", "Lennujaama tee 2, Tallinn", null, "Europe/Tallinn",
            WeeklyOpeningHours.Parse(WeeklyOpeningHours.AlwaysText).Value, null),
        "EUR").Value;
}
