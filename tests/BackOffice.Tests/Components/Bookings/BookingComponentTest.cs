using Bunit;
using CarRentalGateway.BackOffice.Features.Bookings;
using CarRentalGateway.BackOffice.Features.Quote;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.BackOffice.Tests.Data.Bookings;
using CarRentalGateway.BackOffice.Tests.Features.Quote;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using CarRentalGateway.Core.Bookings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;

namespace CarRentalGateway.BackOffice.Tests.Components.Bookings;

/// <summary>
/// Component tests around one booking: <see cref="BookingWorld"/>'s sale (SIXT-EE's CDMR at Tallinn Airport for three
/// days from 10:00 a week after <see cref="BookingWorld.Today"/>, one GPS, 158.40 EUR prepaid), on a clock the test moves.
/// </summary>
public abstract class BookingComponentTest : ComponentTestContext
{
    public const string Reference = "CRG-7F3K9Q";

    protected BookingComponentTest()
    {
        Services.AddSingleton<TimeProvider>(Clock);
        SignInAs(Roles.Support);
    }

    /// <summary>The test's "now": <see cref="TestApp.Start"/>, 09:26 UTC on <see cref="BookingWorld.Today"/>.</summary>
    protected FakeTimeProvider Clock { get; } = new(TestApp.Start);

    protected BookingService Bookings => Services.GetRequiredService<BookingService>();

    /// <summary>The booking's pick-up, 10:00 at Tallinn a week after today; drop-off three days later.</summary>
    protected static DateTime PickUpLocal => BookingWorld.Today.AddDays(7).ToDateTime(new TimeOnly(10, 0));

    /// <summary>Seeds the world and sells the booking (prepaid unless told), confirmed under SX-4411 unless told to leave it on request.</summary>
    protected async Task SellAsync(bool confirmed = true, PaymentModel payment = PaymentModel.Prepaid)
    {
        await using var db = await Database.CreateDbContextAsync();
        var now = Clock.GetUtcNow().UtcDateTime;
        await QuoteWorld.SeedAsync(db, BookingWorld.Today);
        await QuoteWorld.PublishAsync(db, now, version: 1, QuoteWorld.EstoniaUplift(1000));
        var booking = await BookingWorld.SellAsync(Services.GetRequiredService<QuoteService>(), db, now, Reference, payment);
        if (confirmed)
        {
            BookingWorld.Must(booking.Confirm("SX-4411"));
        }

        db.Bookings.Add(booking);
        await db.SaveChangesAsync();
    }

    protected async Task<BookingView> ViewAsync() => (await Bookings.FindAsync(Reference, CancellationToken.None))!;

    /// <summary>Moves the clock to <paramref name="local"/> wall-clock time at Tallinn.</summary>
    protected void SetClockToTallinn(DateTime local)
    {
        var tallinn = TimeZoneInfo.FindSystemTimeZoneById("Europe/Tallinn");
        Clock.SetUtcNow(new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, tallinn), TimeSpan.Zero));
    }

    /// <summary>Opens an action dialog of the page on the booking as it is stored now, as the page does.</summary>
    protected async Task<(IDialogReference Dialog, BookingDialogDriver Driver)> OpenAsync<TDialog>()
        where TDialog : BookingActionDialog =>
        await OpenAsync<TDialog>(new DialogParameters { { nameof(BookingActionDialog.Booking), await ViewAsync() } });

    /// <summary>Opens an action dialog with the parameters the page gives it.</summary>
    protected async Task<(IDialogReference Dialog, BookingDialogDriver Driver)> OpenAsync<TDialog>(DialogParameters parameters)
        where TDialog : BookingActionDialog
    {
        var popovers = Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var service = Services.GetRequiredService<IDialogService>();
        IDialogReference? reference = null;
        await dialogs.InvokeAsync(async () => reference = await service.ShowAsync<TDialog>("Booking", parameters, BookingActionDialog.Options));
        dialogs.WaitForElement(".mud-dialog");
        return (reference!, new BookingDialogDriver(popovers, dialogs));
    }
}
