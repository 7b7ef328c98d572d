using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using CarRentalGateway.BackOffice.Tests.Security;
using CarRentalGateway.Core.Bookings;
using CarRentalGateway.Core.Contracts;
using Microsoft.EntityFrameworkCore;
using static CarRentalGateway.BackOffice.Tests.Features.Bookings.BookingArrange;

namespace CarRentalGateway.BackOffice.Tests.Features.Bookings;

/// <summary>
/// Cancelling: the terms are shown first, from the policy of the contract in force on the pick-up date as it stands
/// when cancelling, with the late fee from the policy's boundary on (pick-up is 2026-03-21 10:00 in Tallinn; the free
/// period ends 48 hours before).
/// </summary>
public sealed class BookingCancellationServiceTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private static readonly CancellationRequest CustomerAsks = new(CancellationParty.Customer, "Flight cancelled");

    [Theory, AllProviders]
    public async Task A_minute_before_the_free_period_ends_the_customer_cancels_for_free_and_gets_everything_back(DatabaseProvider provider)
    {
        await using var app = await databases.SoldAsync(provider);
        app.SetTallinnTime(new DateTime(2026, 3, 19, 9, 59, 0));
        await using var sam = app.As(TestUser.Sam);

        var terms = await sam.Bookings().CancellationTermsAsync(Reference, CustomerAsks, None);

        Assert.True(terms.Succeeded, terms.Error);
        Assert.Equal((0L, 15_840L, 15_840L), (terms.Value.Fee.MinorUnits, terms.Value.Refund.MinorUnits, terms.Value.AmountPaid.MinorUnits));
        Assert.Equal("Free until 48 h before pick-up, then 40.00 EUR; no-show 60.00 EUR", terms.Value.Policy);
        Assert.Equal("contract #1 v1, in force on the pick-up date", terms.Value.PolicySource);
    }

    [Theory, AllProviders]
    public async Task From_the_end_of_the_free_period_the_late_fee_is_kept_and_the_rest_refunded_as_previewed(DatabaseProvider provider)
    {
        await using var app = await databases.SoldAsync(provider);
        app.SetTallinnTime(new DateTime(2026, 3, 19, 10, 0, 0));
        await using var sam = app.As(TestUser.Sam);
        var terms = (await sam.Bookings().CancellationTermsAsync(Reference, CustomerAsks, None)).Value;
        Assert.Equal((4_000L, 11_840L), (terms.Fee.MinorUnits, terms.Refund.MinorUnits));

        Succeeded(await sam.Bookings().CancelAsync(Reference, CustomerAsks, (await app.ViewAsync()).Version, None));

        var booking = await app.ViewAsync();
        Assert.Equal(BookingStatus.Cancelled, booking.Status);
        var cancellation = booking.Cancellation!;
        Assert.Equal(
            (CancellationParty.Customer, "Flight cancelled", 4_000L, 11_840L, TestUser.Sam.Name, app.Clock.GetUtcNow().UtcDateTime),
            (cancellation.RequestedBy, cancellation.Reason, cancellation.Fee.MinorUnits, cancellation.Refund.MinorUnits, cancellation.CancelledBy, cancellation.CancelledAtUtc));
        var change = (await sam.Bookings().HistoryAsync(Reference, None))[0];
        Assert.Equal(TestUser.Sam.Name, change.UserName);
        Assert.Contains(new FieldChange("Status", "OnRequest", "Cancelled"), change.Changes);
        Assert.Contains(new FieldChange("CancellationFeeMinor", null, "4000"), change.Changes);
        Assert.False((await app.ViewAsync()).Actions.Cancel.IsOpen);
    }

    [Theory, AllProviders]
    public async Task When_the_supplier_cancels_late_the_customer_pays_nothing(DatabaseProvider provider)
    {
        await using var app = await databases.SoldAsync(provider);
        app.SetTallinnTime(new DateTime(2026, 3, 21, 8, 0, 0));
        await using var sam = app.As(TestUser.Sam);

        Succeeded(await sam.Bookings().CancelAsync(
            Reference, new CancellationRequest(CancellationParty.Supplier, "No cars left"), (await app.ViewAsync()).Version, None));

        var cancellation = (await app.ViewAsync()).Cancellation!;
        Assert.Equal((0L, 15_840L), (cancellation.Fee.MinorUnits, cancellation.Refund.MinorUnits));
    }

    [Theory, AllProviders]
    public async Task A_cancellation_without_a_reason_is_refused_on_the_reason_and_the_booking_stays(DatabaseProvider provider)
    {
        await using var app = await databases.SoldAsync(provider);
        await using var sam = app.As(TestUser.Sam);
        var noReason = new CancellationRequest(CancellationParty.Customer, "  ");

        var terms = await sam.Bookings().CancellationTermsAsync(Reference, noReason, None);
        var cancelled = await sam.Bookings().CancelAsync(Reference, noReason, (await app.ViewAsync()).Version, None);

        Assert.Equal(("Say why the booking is cancelled.", "Reason"), (terms.Error, terms.Field));
        Assert.Equal(("Say why the booking is cancelled.", "Reason"), (cancelled.Error, cancelled.Field));
        Assert.Equal(BookingStatus.OnRequest, (await app.ViewAsync()).Status);
    }

    [Theory, AllProviders]
    public async Task A_confirmed_booking_cannot_be_cancelled_once_the_pick_up_time_has_passed(DatabaseProvider provider)
    {
        await using var app = await databases.SoldAsync(provider);
        await app.ConfirmedAsync();
        app.SetTallinnTime(new DateTime(2026, 3, 21, 10, 30, 0));
        await using var sam = app.As(TestUser.Sam);

        var cancelled = await sam.Bookings().CancelAsync(Reference, CustomerAsks, (await app.ViewAsync()).Version, None);

        Assert.StartsWith("The pick-up time (2026-03-21 10:00) has passed", cancelled.Error, StringComparison.Ordinal);
        Assert.Equal(BookingStatus.Confirmed, (await app.ViewAsync()).Status);
    }

    [Theory, AllProviders]
    public async Task A_policy_amended_since_the_sale_is_the_one_that_applies(DatabaseProvider provider)
    {
        await using var app = await databases.SoldAsync(provider);
        await AmendPolicyAsync(app, new CancellationPolicy(24, LateFeeKind.Percent, Core.Common.Percentage.FromBasisPoints(5000), null, Euros(2_500)));
        app.SetTallinnTime(new DateTime(2026, 3, 19, 12, 0, 0));
        await using var sam = app.As(TestUser.Sam);

        var terms = (await sam.Bookings().CancellationTermsAsync(Reference, CustomerAsks, None)).Value;

        // 46 hours before pick-up: late under the old 48 hours, free under the amended 24.
        Assert.Equal((0L, "contract #1 v2, in force on the pick-up date"), (terms.Fee.MinorUnits, terms.PolicySource));
        Assert.Equal("Free until 24 h before pick-up, then 50 % of the price; no-show 25.00 EUR", terms.Policy);

        app.SetTallinnTime(new DateTime(2026, 3, 20, 12, 0, 0));
        var late = (await sam.Bookings().CancellationTermsAsync(Reference, CustomerAsks, None)).Value;
        Assert.Equal((7_920L, 7_920L), (late.Fee.MinorUnits, late.Refund.MinorUnits));
    }

    [Theory, AllProviders]
    public async Task When_no_contract_is_in_force_on_the_pick_up_date_any_more_the_contract_the_booking_was_sold_under_applies(DatabaseProvider provider)
    {
        await using var app = await databases.SoldAsync(provider);
        await using (var db = await app.OpenDbAsync())
        {
            var contract = await db.Contracts.SingleAsync(c => c.SupplierId == db.Suppliers.Single(s => s.Code == "SIXT-EE").Id);
            var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
            Succeeded(contract.Terminate("Supplier left the market", today.AddDays(1), TestUser.Ann.Name, app.Clock.GetUtcNow().UtcDateTime, today));
            await db.SaveChangesAsync();
        }

        app.SetTallinnTime(new DateTime(2026, 3, 20, 12, 0, 0));
        await using var sam = app.As(TestUser.Sam);

        var terms = await sam.Bookings().CancellationTermsAsync(Reference, CustomerAsks, None);

        Assert.True(terms.Succeeded, terms.Error);
        Assert.Equal(4_000L, terms.Value.Fee.MinorUnits);
        Assert.StartsWith("contract #1 v1, which the booking was sold under (Sixt Estonia has no contract in force on 2026-03-21", terms.Value.PolicySource, StringComparison.Ordinal);
    }

    private static async Task AmendPolicyAsync(TestApp app, CancellationPolicy policy)
    {
        await using var db = await app.OpenDbAsync();
        var contract = await db.Contracts.SingleAsync(c => c.SupplierId == db.Suppliers.Single(s => s.Code == "SIXT-EE").Id);
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        var amendment = contract.Amend(Guid.NewGuid(), [contract], today).Value;
        Succeeded(amendment.UpdateDraft(contract.Terms with { Cancellation = policy }));
        db.Contracts.Add(amendment);
        Succeeded(amendment.Approve([contract, amendment], TestUser.Ann.Name, app.Clock.GetUtcNow().UtcDateTime, today));
        await db.SaveChangesAsync();
    }

    private static Core.Common.Money Euros(long cents) => Core.Common.Money.Of(cents, "EUR");
}
