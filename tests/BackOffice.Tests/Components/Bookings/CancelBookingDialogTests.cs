using CarRentalGateway.BackOffice.Features.Bookings;
using CarRentalGateway.Core.Bookings;

namespace CarRentalGateway.BackOffice.Tests.Components.Bookings;

/// <summary>
/// Cancelling: who asked and why, then the fee and refund shown before the final confirmation. The contract lets the
/// customer cancel free until 48 hours before pick-up; later it keeps 40.00 EUR.
/// </summary>
public sealed class CancelBookingDialogTests : BookingComponentTest
{
    private static readonly TimeSpan SaveTimeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Inside_the_late_window_the_fee_and_refund_are_shown_before_the_cancellation_is_confirmed()
    {
        await SellAsync();
        SetClockToTallinn(PickUpLocal.AddHours(-24));
        var (dialog, driver) = await OpenAsync<CancelBookingDialog>();

        driver.Type("cancel-reason", "Flight cancelled");
        driver.Click("cancel-preview");

        driver.WaitFor(() => Assert.Equal("40.00 EUR", driver.Text("cancel-fee")));
        Assert.Equal("118.40 EUR", driver.Text("cancel-refund"));
        Assert.Equal("158.40 EUR", driver.Text("cancel-paid"));
        Assert.Contains("Free until 48 h before pick-up", driver.Text("cancel-policy"), StringComparison.Ordinal);
        Assert.Equal(BookingStatus.Confirmed, (await ViewAsync()).Status);

        driver.Click("cancel-confirm");

        await dialog.Result.WaitAsync(SaveTimeout);
        var cancelled = (await ViewAsync()).Cancellation!;
        Assert.Equal(
            (CancellationParty.Customer, "Flight cancelled", "40.00 EUR", "118.40 EUR"),
            (cancelled.RequestedBy, cancelled.Reason, cancelled.Fee.ToString(), cancelled.Refund.ToString()));
    }

    [Fact]
    public async Task Before_the_late_window_and_when_the_supplier_asks_cancelling_is_free()
    {
        await SellAsync();
        SetClockToTallinn(PickUpLocal.AddHours(-24));
        var (_, driver) = await OpenAsync<CancelBookingDialog>();
        driver.Type("cancel-reason", "No car available");
        driver.Click("cancel-preview");
        driver.WaitFor(() => Assert.Equal("40.00 EUR", driver.Text("cancel-fee")));

        driver.Click("cancel-party-supplier");

        // Who asked changes the fee, so the terms must be worked out again before confirming.
        driver.WaitFor(() => Assert.False(driver.Shows("cancel-terms")));
        Assert.False(driver.Shows("cancel-confirm"));
        driver.Click("cancel-preview");
        driver.WaitFor(() => Assert.Equal("0.00 EUR", driver.Text("cancel-fee")));
        Assert.Equal("158.40 EUR", driver.Text("cancel-refund"));
    }

    [Fact]
    public async Task Without_a_reason_no_terms_are_shown_and_the_reason_is_asked_for()
    {
        await SellAsync();
        var (dialog, driver) = await OpenAsync<CancelBookingDialog>();

        driver.Click("cancel-preview");

        driver.WaitFor(() => Assert.Equal("Say why the booking is cancelled.", driver.ErrorOn("cancel-reason")));
        Assert.False(driver.Shows("cancel-terms"));
        Assert.False(dialog.Result.IsCompleted);
    }

    [Fact]
    public async Task A_change_saved_meanwhile_refuses_the_cancellation_keeps_the_reason_and_asks_for_the_terms_again()
    {
        await SellAsync();
        SetClockToTallinn(PickUpLocal.AddHours(-24));
        var (dialog, driver) = await OpenAsync<CancelBookingDialog>();
        driver.Type("cancel-reason", "Flight cancelled");
        driver.Click("cancel-preview");
        driver.WaitFor(() => Assert.True(driver.Shows("cancel-confirm")));
        Clock.Advance(TimeSpan.FromMinutes(1));
        var theirs = BookingDetailsForm.From(await ViewAsync());
        theirs.CustomerPhone = "+372 5999 0000";
        Assert.True((await Bookings.UpdateDetailsAsync(Reference, theirs, CancellationToken.None)).Succeeded);

        driver.Click("cancel-confirm");

        driver.WaitFor(() => Assert.Contains("was changed by support@backoffice.test", driver.FormError));
        Assert.Equal("Flight cancelled", driver.ValueOf("cancel-reason"));
        Assert.Equal(BookingStatus.Confirmed, (await ViewAsync()).Status);

        driver.Click("booking-review-conflict");

        driver.WaitFor(() => Assert.Contains("+372 5999 0000", driver.TheirChanges));
        Assert.False(driver.Shows("cancel-confirm"));
        driver.Click("cancel-preview");
        driver.WaitFor(() => Assert.True(driver.Shows("cancel-confirm")));
        driver.Click("cancel-confirm");

        await dialog.Result.WaitAsync(SaveTimeout);
        Assert.Equal(BookingStatus.Cancelled, (await ViewAsync()).Status);
    }
}
