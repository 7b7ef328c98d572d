using Bunit;
using Bunit.TestDoubles;
using CarRentalGateway.BackOffice.Features.Bookings;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.BackOffice.Tests.Data.Bookings;
using CarRentalGateway.Core.Bookings;
using Microsoft.Extensions.DependencyInjection;

namespace CarRentalGateway.BackOffice.Tests.Components.Bookings;

public sealed class GoToBookingBoxTests : ComponentTestContext
{
    [Theory]
    [InlineData("7f3k9q", "/bookings/CRG-7F3K9Q")]
    [InlineData("CRG-7F3K9Q", "/bookings/CRG-7F3K9Q")]
    [InlineData("BD-558812", "/bookings/CRG-7F3K9R")]
    public async Task Enter_opens_the_booking_with_that_reference_or_confirmation_number(string typed, string path)
    {
        SignInAs(Roles.Support);
        await SeedAsync();
        var box = Render<GoToBookingBox>();

        box.Find("#go-to-booking").Input(typed);
        box.Find("form").Submit();

        box.WaitForAssertion(() => Assert.EndsWith(path, Services.GetRequiredService<BunitNavigationManager>().Uri));
        Assert.Equal("", box.Find("#go-to-booking").GetAttribute("value") ?? "");
    }

    [Fact]
    public async Task A_refusal_is_shown_beside_the_box_which_keeps_the_text_until_it_changes()
    {
        SignInAs(Roles.Finance);
        await SeedAsync();
        var navigation = Services.GetRequiredService<BunitNavigationManager>();
        var before = navigation.Uri;
        var box = Render<GoToBookingBox>();

        box.Find("#go-to-booking").Input("BD-999999");
        box.Find("form").Submit();

        box.WaitForAssertion(() => Assert.Equal(
            "No booking has the reference or supplier confirmation number BD-999999.", box.Find("#go-to-booking-error").TextContent.Trim()));
        Assert.Equal("BD-999999", box.Find("#go-to-booking").GetAttribute("value"));
        Assert.Equal(before, navigation.Uri);

        box.Find("#go-to-booking").Input("BD-99999");
        Assert.Empty(box.FindAll("#go-to-booking-error"));
    }

    private Task SeedAsync() => SearchWorld.SeedAsync(Database, w =>
    [
        w.Sell("CRG-7F3K9Q"),
        SearchWorld.InStatus(w.Sell("CRG-7F3K9R"), BookingStatus.Confirmed, "BD-558812"),
    ]);
}
