using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Features.Bookings;
using CarRentalGateway.BackOffice.Features.Shared;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using CarRentalGateway.Core.Bookings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace CarRentalGateway.BackOffice.Tests.Components.Bookings;

/// <summary>The dialogs for contact and driver details, confirmation, completion and no-show.</summary>
public sealed class BookingDialogTests : BookingComponentTest
{
    private static readonly TimeSpan SaveTimeout = TimeSpan.FromSeconds(10);

    private readonly UnreachableOnNextSave _unreachable = new();

    public BookingDialogTests() =>
        Services.ConfigureDbContext<SqliteAppDbContext>((_, db) => db.AddInterceptors(_unreachable));

    [Fact]
    public async Task Emptying_the_customers_name_shows_the_message_on_the_name_and_saves_nothing()
    {
        await SellAsync();
        var (dialog, driver) = await OpenAsync<EditBookingDetailsDialog>();

        driver.Type("details-customer-name", "");
        driver.Click("details-save");

        driver.WaitFor(() => Assert.Equal("Enter the customer's name.", driver.ErrorOn("details-customer-name")));
        Assert.False(dialog.Result.IsCompleted);
        Assert.Equal("Anna Tamm", (await ViewAsync()).Customer.Name);
    }

    [Fact]
    public async Task An_e_mail_the_domain_refuses_is_shown_on_the_e_mail_and_the_typing_stays()
    {
        await SellAsync();
        var (dialog, driver) = await OpenAsync<EditBookingDetailsDialog>();

        driver.Type("details-customer-email", "anna.tamm@");
        driver.Type("details-flight", "BT 311");
        driver.Click("details-save");

        driver.WaitFor(() => Assert.Contains("is not an e-mail address", driver.ErrorOn("details-customer-email")));
        Assert.Equal("anna.tamm@", driver.ValueOf("details-customer-email"));
        Assert.Equal("BT 311", driver.ValueOf("details-flight"));
        Assert.False(dialog.Result.IsCompleted);
        Assert.Equal("LH 1234", (await ViewAsync()).FlightNumber);
    }

    [Fact]
    public async Task Saved_details_are_stored_and_the_dialog_closes()
    {
        await SellAsync();
        var (dialog, driver) = await OpenAsync<EditBookingDetailsDialog>();

        driver.Type("details-customer-phone", "+372 600 1234");
        driver.Type("details-flight", "bt311");
        driver.Click("details-save");

        await dialog.Result.WaitAsync(SaveTimeout);
        var saved = await ViewAsync();
        Assert.Equal(("+372 600 1234", "BT 311"), (saved.Customer.Phone, saved.FlightNumber));
    }

    [Fact]
    public async Task Saving_over_a_change_made_meanwhile_shows_the_conflict_and_the_review_takes_their_values_where_the_agent_typed_nothing()
    {
        await SellAsync();
        var (dialog, driver) = await OpenAsync<EditBookingDetailsDialog>();
        Clock.Advance(TimeSpan.FromMinutes(2));
        var theirs = BookingDetailsForm.From(await ViewAsync());
        theirs.CustomerPhone = "+372 5999 0000";
        theirs.FlightNumber = "AY 1024";
        Assert.True((await Bookings.UpdateDetailsAsync(Reference, theirs, CancellationToken.None)).Succeeded);

        driver.Type("details-flight", "BT 311");
        driver.Click("details-save");

        driver.WaitFor(() => Assert.Contains("changed by support@backoffice.test", driver.FormError));
        Assert.Equal("BT 311", driver.ValueOf("details-flight"));
        Assert.False(dialog.Result.IsCompleted);

        driver.Click("booking-review-conflict");

        // Their phone replaces the one the agent never touched; the flight both changed keeps the agent's typing.
        driver.WaitFor(() => Assert.Contains("+372 5999 0000", driver.TheirChanges));
        Assert.Null(driver.FormError);
        Assert.Equal("+372 5999 0000", driver.ValueOf("details-customer-phone"));
        Assert.Equal("BT 311", driver.ValueOf("details-flight"));
        var bothChanged = driver.Text("details-both-changed");
        Assert.Contains("AY 1024", bothChanged, StringComparison.Ordinal);
        Assert.Contains("BT 311", bothChanged, StringComparison.Ordinal);

        driver.Click("details-save");

        await dialog.Result.WaitAsync(SaveTimeout);
        var saved = await ViewAsync();
        Assert.Equal(("+372 5999 0000", "BT 311"), (saved.Customer.Phone, saved.FlightNumber));
    }

    [Fact]
    public async Task A_database_that_cannot_be_reached_shows_the_message_and_keeps_the_typing()
    {
        await SellAsync();
        var (dialog, driver) = await OpenAsync<EditBookingDetailsDialog>();
        driver.Type("details-flight", "BT 311");
        _unreachable.Arm();

        driver.Click("details-save");

        driver.WaitFor(() => Assert.Equal(DatabaseOutage.NothingSaved, driver.FormError));
        Assert.Equal("BT 311", driver.ValueOf("details-flight"));
        Assert.False(dialog.Result.IsCompleted);
        Assert.Equal("LH 1234", (await ViewAsync()).FlightNumber);

        driver.Click("details-save");

        await dialog.Result.WaitAsync(SaveTimeout);
        Assert.Equal("BT 311", (await ViewAsync()).FlightNumber);
    }

    [Fact]
    public async Task Confirming_needs_the_suppliers_number_and_then_confirms_under_it()
    {
        await SellAsync(confirmed: false);
        var (dialog, driver) = await OpenAsync<ConfirmBookingDialog>();

        driver.Click("confirm-save");

        driver.WaitFor(() => Assert.Equal("Enter the supplier's confirmation number.", driver.ErrorOn("confirm-number")));
        Assert.False(dialog.Result.IsCompleted);

        driver.Type("confirm-number", " SX-9001 ");
        driver.Click("confirm-save");

        await dialog.Result.WaitAsync(SaveTimeout);
        var confirmed = await ViewAsync();
        Assert.Equal((BookingStatus.Confirmed, "SX-9001"), (confirmed.Status, confirmed.SupplierConfirmationNumber));
    }

    [Fact]
    public async Task A_confirmation_number_the_domain_refuses_is_shown_on_the_number()
    {
        await SellAsync(confirmed: false);
        var (dialog, driver) = await OpenAsync<ConfirmBookingDialog>();
        var tooLong = new string('9', Booking.ConfirmationNumberMaxLength + 1);

        driver.Type("confirm-number", tooLong);
        driver.Click("confirm-save");

        driver.WaitFor(() => Assert.Equal(
            $"The confirmation number is at most {Booking.ConfirmationNumberMaxLength} characters.", driver.ErrorOn("confirm-number")));
        Assert.Equal(tooLong, driver.ValueOf("confirm-number"));
        Assert.False(dialog.Result.IsCompleted);
        Assert.Equal(BookingStatus.OnRequest, (await ViewAsync()).Status);
    }

    [Fact]
    public async Task After_the_drop_off_completing_makes_the_booking_completed()
    {
        await SellAsync();
        SetClockToTallinn(PickUpLocal.AddDays(3).AddMinutes(30));
        var (dialog, driver) = await OpenAsync<CompleteBookingDialog>();

        Assert.Contains("due back at Tallinn Airport on", driver.Text("complete-summary"), StringComparison.Ordinal);
        driver.Click("complete-save");

        await dialog.Result.WaitAsync(SaveTimeout);
        Assert.Equal(BookingStatus.Completed, (await ViewAsync()).Status);
    }

    [Fact]
    public async Task After_the_pick_up_a_no_show_keeps_the_contracts_fee_and_refunds_the_rest()
    {
        await SellAsync();
        SetClockToTallinn(PickUpLocal.AddHours(2));
        var (dialog, driver) = await OpenAsync<NoShowDialog>();

        driver.WaitFor(() => Assert.Equal(("60.00 EUR", "98.40 EUR"), (driver.Text("no-show-fee"), driver.Text("no-show-refund"))));
        Assert.Contains("158.40 EUR", driver.Text("no-show-terms"), StringComparison.Ordinal);
        driver.Click("no-show-save");

        await dialog.Result.WaitAsync(SaveTimeout);
        var noShow = await ViewAsync();
        Assert.Equal(BookingStatus.NoShow, noShow.Status);
        Assert.Equal(("60.00 EUR", "98.40 EUR"), (noShow.NoShowFee!.ToString(), noShow.NoShowRefund!.ToString()));
    }

    [Fact]
    public async Task A_no_show_someone_else_recorded_meanwhile_is_refused_with_the_reason_and_the_dialog_stays()
    {
        await SellAsync();
        SetClockToTallinn(PickUpLocal.AddHours(2));
        var (dialog, driver) = await OpenAsync<NoShowDialog>();
        driver.WaitFor(() => Assert.Equal("60.00 EUR", driver.Text("no-show-fee")));
        Assert.True((await Bookings.MarkNoShowAsync(Reference, (await ViewAsync()).Version, CancellationToken.None)).Succeeded);

        driver.Click("no-show-save");

        driver.WaitFor(() => Assert.Equal("Only a confirmed booking can be a no-show; this one is a no-show.", driver.FormError));
        Assert.False(dialog.Result.IsCompleted);
    }

    /// <summary>Fails the next save as a lost connection would, before anything reaches the database.</summary>
    private sealed class UnreachableOnNextSave : SaveChangesInterceptor
    {
        private int _armed;

        public void Arm() => Interlocked.Exchange(ref _armed, 1);

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            Interlocked.Exchange(ref _armed, 0) == 1 ? throw new ConnectionLost() : ValueTask.FromResult(result);
    }
}
