using System.Globalization;
using ClosedXML.Excel;
using CarRentalGateway.BackOffice.Features.Reports;
using CarRentalGateway.BackOffice.Features.Reports.Excel;
using CarRentalGateway.BackOffice.Tests.Data.Bookings;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using CarRentalGateway.Core.Bookings;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Contracts;
using CarRentalGateway.Core.Locations;
using CarRentalGateway.Core.Suppliers;

namespace CarRentalGateway.BackOffice.Tests.Features.Reports;

/// <summary>
/// Bookings with hand-made prices for the finance reports, stored straight through the DbContext and moved to their
/// status by the domain's verbs: Sixt Estonia (SIXT-EE) at Tallinn Airport, Estonia, and "=Riga Rent" (RIGA-LV, a name
/// a spreadsheet would take for a formula) at Riga Airport, Latvia. The reports never look at how a price was reached,
/// so each booking gets the figures its test reckons by hand.
/// </summary>
internal sealed class FinanceWorld
{
    public const int Header = 4;
    public const int FirstData = 5;

    public static readonly DateTime GeneratedAtUtc = new(2026, 3, 14, 9, 30, 0, DateTimeKind.Utc);

    private FinanceWorld(Location sixt, Location riga) => (Sixt, Riga) = (sixt, riga);

    /// <summary>SIXT-EE's TLL-AIRPORT, in Estonia.</summary>
    public Location Sixt { get; }

    /// <summary>RIGA-LV's RIX-AIRPORT, in Latvia.</summary>
    public Location Riga { get; }

    public static async Task<FinanceWorld> SeedAsync(TestApp app)
    {
        var sixt = Supplier("SIXT-EE", "Sixt Estonia");
        var riga = Supplier("RIGA-LV", "=Riga Rent");
        var world = new FinanceWorld(
            Station(sixt, "TLL-AIRPORT", "Tallinn Airport", "TLL", "EE", "Europe/Tallinn"),
            Station(riga, "RIX-AIRPORT", "Riga Airport", "RIX", "LV", "Europe/Riga"));
        await using var db = await app.OpenDbAsync();
        db.Suppliers.AddRange(sixt, riga);
        db.Locations.AddRange(world.Sixt, world.Riga);
        await db.SaveChangesAsync();
        return world;
    }

    public static async Task StoreAsync(TestApp app, params Booking[] bookings)
    {
        await using var db = await app.OpenDbAsync();
        db.Bookings.AddRange(bookings);
        await db.SaveChangesAsync();
    }

    /// <summary>Under a commission contract: the supplier's total is all rental days, our commission <paramref name="basisPoints"/> of it.</summary>
    public static BookingPrice Commission(long supplierMinor, long customerMinor, int basisPoints, string currency = "EUR", decimal eurPerUnit = 1m)
    {
        var supplier = Money.Of(supplierMinor, currency);
        var percent = Percentage.FromBasisPoints(basisPoints);
        return new BookingPrice(
            currency, "#1 v1", CommercialModel.Commission, percent, 3, supplier, supplier, Money.Of(customerMinor, currency), percent.Of(supplier), [], [], eurPerUnit);
    }

    /// <summary>Under a net-rate contract: no commission, our revenue is the markup alone.</summary>
    public static BookingPrice NetRate(long supplierMinor, long customerMinor, string currency = "EUR", decimal eurPerUnit = 1m)
    {
        var supplier = Money.Of(supplierMinor, currency);
        return new BookingPrice(
            currency, "#2 v1", CommercialModel.NetRate, null, 3, supplier, supplier, Money.Of(customerMinor, currency), Money.Zero(currency), [], [], eurPerUnit);
    }

    /// <summary>A booking on request at <paramref name="station"/> from <paramref name="pickUpLocal"/> for <paramref name="days"/> days.</summary>
    public static Booking Sell(
        Location station, string reference, DateTime soldAtUtc, DateTime pickUpLocal, BookingPrice price, PaymentModel payment = PaymentModel.Prepaid,
        int days = 3, string customer = "Anna Tamm", string email = "anna.tamm@example.com")
    {
        var sale = new NewBooking(
            BookingReference.Parse(reference).Value,
            new BookingCustomer(customer, email, "+372 5123 4567", "EE"),
            new BookingDriver("Anna Tamm", new DateOnly(1990, 4, 2)),
            null,
            new BookingTrip(station.SupplierId, station.Id, pickUpLocal, station.Id, pickUpLocal.AddDays(days), "CDMR", "Toyota Corolla", []),
            price with { RentalDays = days },
            payment,
            SalesChannel.Website,
            null);
        var created = Booking.Create(Guid.NewGuid(), sale, soldAtUtc);
        Assert.True(created.Succeeded, created.Error);
        return created.Value;
    }

    public static Booking Confirmed(Booking booking, string confirmation = "BD-558812")
    {
        BookingWorld.Must(booking.Confirm(confirmation));
        return booking;
    }

    public static Booking Completed(Booking booking, string confirmation = "BD-558812")
    {
        BookingWorld.Must(Confirmed(booking, confirmation).Complete(booking.DropOffLocal));
        return booking;
    }

    /// <summary>Cancelled at <paramref name="atUtc"/>: within 48 hours of the pick-up the late fee applies, earlier it is free.</summary>
    public static Booking Cancelled(
        Booking booking, DateTime atUtc, long lateFeeMinor, bool late = true, CancellationParty by = CancellationParty.Customer, string reason = "Plans changed",
        string confirmation = "BD-558812")
    {
        Confirmed(booking, confirmation);
        var nowLocal = booking.PickUpLocal.AddHours(late ? -24 : -72);
        BookingWorld.Must(booking.Cancel(new CancellationRequest(by, reason), Policy(booking, lateFeeMinor), nowLocal, "sam.support@crg.example", atUtc));
        return booking;
    }

    public static Booking NoShow(Booking booking, long feeMinor)
    {
        Confirmed(booking);
        BookingWorld.Must(booking.MarkNoShow(Policy(booking, feeMinor), booking.PickUpLocal.AddHours(2)));
        return booking;
    }

    /// <summary>Writes <paramref name="report"/> as the app would, checking it counted the rows it writes, and reads it back.</summary>
    public static async Task<XLWorkbook> WriteAsync(TestApp app, IExcelReport report)
    {
        await using var db = await app.OpenDbAsync();
        var counted = await report.CountRowsAsync(db, CancellationToken.None);
        var progress = new LastReported();
        using var output = new MemoryStream();
        int written;
        using (var writer = ExcelReportWriter.Create(output))
        {
            var heading = new ReportHeading(report.Title, report.Period, report.Filters, GeneratedAtUtc);
            written = await report.WriteAsync(db, writer, heading, progress, CancellationToken.None);
        }

        Assert.Equal(counted, written);
        Assert.Equal(written, progress.Value);
        return new XLWorkbook(new MemoryStream(output.ToArray()));
    }

    /// <summary>The texts of a row's cells from the first column to <paramref name="last"/>.</summary>
    public static IEnumerable<string> Texts(IXLWorksheet sheet, int row, int last) => sheet.Row(row).Cells(1, last).Select(c => c.GetString());

    public static decimal Number(IXLCell cell)
    {
        Assert.Equal(XLDataType.Number, cell.DataType);
        return cell.GetValue<decimal>();
    }

    /// <summary>A totals cell: its SUBTOTAL(109, …) over exactly the data rows, and the value it holds.</summary>
    public static decimal Total(IXLWorksheet sheet, int column, int dataRows)
    {
        var cell = sheet.Cell(FirstData + dataRows, column);
        var letter = XLHelper.GetColumnLetterFromNumber(column);
        Assert.Equal($"SUBTOTAL(109,{letter}{FirstData}:{letter}{FirstData + dataRows - 1})", cell.FormulaA1);
        return Convert.ToDecimal(cell.CachedValue, CultureInfo.InvariantCulture);
    }

    private static CancellationPolicy Policy(Booking booking, long feeMinor) =>
        new(48, LateFeeKind.Fixed, null, Money.Of(feeMinor, booking.Currency), Money.Of(feeMinor, booking.Currency));

    private static Supplier Supplier(string code, string name) => Core.Suppliers.Supplier.Register(
        code, new SupplierDetails(name, $"{name} Ltd", "EE", "EUR", null, $"reservations@{code.ToLowerInvariant()}.test", null, null, null), Guid.NewGuid()).Value;

    private static Location Station(Supplier supplier, string code, string name, string iata, string country, string timeZone) => Location.Create(
        Guid.NewGuid(), supplier.Id, code,
        new LocationDetails(
            name, LocationType.Airport, iata, country, "City", "Airport road 1", null, timeZone,
            WeeklyOpeningHours.Parse(WeeklyOpeningHours.AlwaysText).Value, null),
        "EUR").Value;

    /// <summary>The last count a report told its progress, reported synchronously (Progress&lt;T&gt; posts to a context).</summary>
    private sealed class LastReported : IProgress<int>
    {
        public int? Value { get; private set; }

        public void Report(int value) => Value = value;
    }
}
