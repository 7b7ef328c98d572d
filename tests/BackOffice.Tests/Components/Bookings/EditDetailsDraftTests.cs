using CarRentalGateway.BackOffice.Features.Bookings;
using MudBlazor;

namespace CarRentalGateway.BackOffice.Tests.Components.Bookings;

/// <summary>
/// The edit-details dialog opened again from the page's kept draft, as after the page moved to another instance: the
/// typing is back, and a change someone else saved in between is never overwritten without the conflict being shown.
/// </summary>
public sealed class EditDetailsDraftTests : BookingComponentTest
{
    [Fact]
    public async Task A_draft_typed_before_someone_else_saved_comes_back_as_typed_and_its_save_is_refused_as_a_conflict()
    {
        await SellAsync();
        var draft = BookingDetailsDraft.Of(await ViewAsync());
        draft.Typed.FlightNumber = "BT 311";
        Clock.Advance(TimeSpan.FromMinutes(2));
        var theirs = BookingDetailsForm.From(await ViewAsync());
        theirs.CustomerPhone = "+372 5999 0000";
        Assert.True((await Bookings.UpdateDetailsAsync(Reference, theirs, CancellationToken.None)).Succeeded);

        // The page reloads the booking and gives the dialog the draft, as read when the typing began.
        var (dialog, driver) = await OpenAsync<EditBookingDetailsDialog>(new DialogParameters
        {
            { nameof(BookingActionDialog.Booking), draft.AsRead(await ViewAsync()) },
            { nameof(EditBookingDetailsDialog.Draft), draft },
        });

        Assert.Equal("BT 311", driver.ValueOf("details-flight"));
        driver.Click("details-save");
        driver.WaitFor(() => Assert.Contains("changed by support@backoffice.test", driver.FormError));
        Assert.False(dialog.Result.IsCompleted);
        Assert.Equal("+372 5999 0000", (await ViewAsync()).Customer.Phone);

        driver.Click("booking-review-conflict");
        driver.WaitFor(() => Assert.Contains("+372 5999 0000", driver.TheirChanges));
        Assert.Equal("BT 311", driver.ValueOf("details-flight"));
        driver.Click("details-save");

        await dialog.Result.WaitAsync(TimeSpan.FromSeconds(10));
        var saved = await ViewAsync();
        Assert.Equal(("+372 5999 0000", "BT 311"), (saved.Customer.Phone, saved.FlightNumber));
    }
}
