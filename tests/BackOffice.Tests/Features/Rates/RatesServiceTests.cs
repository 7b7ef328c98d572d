using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.BackOffice.Features.Rates;
using CarRentalGateway.BackOffice.Features.Shared;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Rates;
using Microsoft.EntityFrameworkCore;
using static CarRentalGateway.BackOffice.Tests.Features.Rates.RatesArrange;

namespace CarRentalGateway.BackOffice.Tests.Features.Rates;

/// <summary>An offer's fallback and seasons through the service, its audit and concurrency, and the base price of a trip.</summary>
public sealed class RatesServiceTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory, AllProviders]
    public async Task The_first_fallback_creates_the_rates_in_the_suppliers_currency_with_the_standard_bands(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        var arranged = await app.OfferAsync();
        await using var support = app.As(TestUser.Sam);
        Assert.Null(await support.Rates().RatesForOfferAsync(arranged.OfferId, None));

        await app.SetFallbackAsync(arranged.OfferId, 45m, 40m, 35.5m, 30m);

        var rates = await support.Rates().RatesForOfferAsync(arranged.OfferId, None);
        Assert.NotNull(rates);
        Assert.Equal(("EUR", RentalLengthBands.Standard), (rates.Currency, rates.Bands));
        Assert.Equal("1-2: 45.00 EUR; 3-6: 40.00 EUR; 7-13: 35.50 EUR; 14+: 30.00 EUR", rates.Fallback.ToString());
        Assert.Empty(rates.Seasons);

        await app.SetFallbackAsync(arranged.OfferId, 46m, 40m, 35.5m, 30m);
        Assert.Equal(4600, (await support.Rates().RatesForOfferAsync(arranged.OfferId, None))!.Fallback.DailyRates[0].MinorUnits);
    }

    [Theory, AllProviders]
    public async Task A_fallback_rate_that_is_not_positive_is_refused_and_nothing_is_stored(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        var arranged = await app.OfferAsync();
        await using var ann = app.As(TestUser.Ann);

        var set = await ann.Rates().SetFallbackAsync(arranged.OfferId, Fallback(45m, 0m, 35m, 30m), None);

        Assert.Equal(("3-6 days: A daily rate is a positive amount.", "Rates"), (set.Error, set.Field));
        Assert.Null(await ann.Rates().RatesForOfferAsync(arranged.OfferId, None));
    }

    [Theory, AllProviders]
    public async Task A_season_cannot_be_added_before_the_fallback_rates(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        var arranged = await app.OfferAsync();
        await using var ann = app.As(TestUser.Ann);

        var added = await ann.Rates().AddSeasonAsync(arranged.OfferId, Season("Summer", "2027-06-01", "2027-08-31", 60m, 55m, 50m, 45m), None);

        Assert.Equal("Enter the offer's fallback rates first: they price the days outside every season.", added.Error);
    }

    [Theory, AllProviders]
    public async Task Seasons_are_added_listed_in_date_order_updated_and_removed(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        var arranged = await app.OfferAsync();
        await app.SetFallbackAsync(arranged.OfferId, 45m, 40m, 35m, 30m);
        var summer = await app.AddSeasonAsync(arranged.OfferId, Season("Summer", "2027-06-01", "2027-08-31", 60m, 55m, 50m, 45m));
        var spring = await app.AddSeasonAsync(arranged.OfferId, Season(" Spring ", "2027-05-01", "2027-05-31", 50m, 45m, 40m, 35m));
        await using var ann = app.As(TestUser.Ann);

        var rates = (await ann.Rates().RatesForOfferAsync(arranged.OfferId, None))!;
        Assert.Equal([(spring, "Spring"), (summer, "Summer")], rates.Seasons.Select(s => (s.Id, s.Name!)));

        var edit = SeasonForm.Edit(rates.Seasons[1], rates.Version);
        edit.To = new DateTime(2027, 9, 15);
        edit.Rates[0] = 62m;
        var updated = await ann.Rates().UpdateSeasonAsync(arranged.OfferId, summer, edit, None);
        Assert.True(updated.Succeeded, updated.Error);
        rates = (await ann.Rates().RatesForOfferAsync(arranged.OfferId, None))!;
        Assert.Equal((new DateOnly(2027, 9, 15), 6200L), (rates.Seasons[1].To, rates.Seasons[1].Rates.DailyRates[0].MinorUnits));

        var removed = await ann.Rates().RemoveSeasonAsync(arranged.OfferId, spring, rates.Version, None);
        Assert.True(removed.Succeeded, removed.Error);
        Assert.Equal([summer], (await ann.Rates().RatesForOfferAsync(arranged.OfferId, None))!.Seasons.Select(s => s.Id));
    }

    [Theory, AllProviders]
    public async Task An_overlapping_season_is_refused_on_the_dates_naming_the_clash(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        var arranged = await app.OfferAsync();
        await app.SetFallbackAsync(arranged.OfferId, 45m, 40m, 35m, 30m);
        var summer = await app.AddSeasonAsync(arranged.OfferId, Season("Summer", "2027-06-01", "2027-08-31", 60m, 55m, 50m, 45m));
        var spring = await app.AddSeasonAsync(arranged.OfferId, Season("Spring", "2027-05-01", "2027-05-31", 50m, 45m, 40m, 35m));
        await using var ann = app.As(TestUser.Ann);
        var rates = (await ann.Rates().RatesForOfferAsync(arranged.OfferId, None))!;

        var late = Season("Late summer", "2027-08-15", "2027-09-15", 55m, 50m, 45m, 40m);
        late.Version = rates.Version;
        var added = await ann.Rates().AddSeasonAsync(arranged.OfferId, late, None);
        var stretched = SeasonForm.Edit(rates.Seasons[0], rates.Version);
        stretched.To = new DateTime(2027, 6, 1);
        var updated = await ann.Rates().UpdateSeasonAsync(arranged.OfferId, spring, stretched, None);

        Assert.Equal(("Season 'Late summer' (2027-08-15 – 2027-09-15) overlaps 'Summer' (2027-06-01 – 2027-08-31).", SeasonForm.DatesField), (added.Error, added.Field));
        Assert.Equal(("Season 'Spring' (2027-05-01 – 2027-06-01) overlaps 'Summer' (2027-06-01 – 2027-08-31).", SeasonForm.DatesField), (updated.Error, updated.Field));
        rates = (await ann.Rates().RatesForOfferAsync(arranged.OfferId, None))!;
        Assert.Equal([(spring, new DateOnly(2027, 5, 31)), (summer, new DateOnly(2027, 8, 31))], rates.Seasons.Select(s => (s.Id, s.To)));
    }

    [Theory, AllProviders]
    public async Task A_season_change_from_a_stale_version_is_refused_naming_who_changed_the_rates(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        var arranged = await app.OfferAsync();
        await app.SetFallbackAsync(arranged.OfferId, 45m, 40m, 35m, 30m);
        await using var ann = app.As(TestUser.Ann);
        await using var adam = app.As(TestUser.Adam);
        var seen = (await adam.Rates().RatesForOfferAsync(arranged.OfferId, None))!;
        app.Clock.Advance(TimeSpan.FromMinutes(5));

        var first = Season("Summer", "2027-06-01", "2027-08-31", 60m, 55m, 50m, 45m);
        first.Version = seen.Version;
        Assert.True((await ann.Rates().AddSeasonAsync(arranged.OfferId, first, None)).Succeeded);
        var second = Season("Autumn", "2027-09-01", "2027-10-31", 50m, 45m, 40m, 35m);
        second.Version = seen.Version;
        var stale = await adam.Rates().AddSeasonAsync(arranged.OfferId, second, None);

        Assert.Equal(Concurrency.ConflictField, stale.Field);
        Assert.Contains($"changed by {TestUser.Ann.Name} (at 09:31 UTC)", stale.Error, StringComparison.Ordinal);
        Assert.Equal(["Summer"], (await ann.Rates().RatesForOfferAsync(arranged.OfferId, None))!.Seasons.Select(s => s.Name));
    }

    [Theory, AllProviders]
    public async Task A_season_change_is_audited_with_its_rates_as_readable_old_and_new_text(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        var arranged = await app.OfferAsync();
        await app.SetFallbackAsync(arranged.OfferId, 45m, 40m, 35m, 30m);
        var summer = await app.AddSeasonAsync(arranged.OfferId, Season("Summer", "2027-06-01", "2027-08-31", 60m, 55m, 50m, 45m));
        await using (var adam = app.As(TestUser.Adam))
        {
            var rates = (await adam.Rates().RatesForOfferAsync(arranged.OfferId, None))!;
            var edit = SeasonForm.Edit(rates.Seasons[0], rates.Version);
            edit.Rates[1] = 52.5m;
            Assert.True((await adam.Rates().UpdateSeasonAsync(arranged.OfferId, summer, edit, None)).Succeeded);
        }

        await using var db = await app.OpenDbAsync();
        var entry = await db.AuditEntries.SingleAsync(a => a.EntityType == nameof(Core.Rates.Season) && a.Action == AuditAction.Updated);
        Assert.Equal((summer.ToString(), TestUser.Adam.Name), (entry.EntityKey, entry.UserName));
        Assert.Equal(
            [new FieldChange(nameof(Core.Rates.Season.Rates), "1-2: 60.00 EUR; 3-6: 55.00 EUR; 7-13: 50.00 EUR; 14+: 45.00 EUR", "1-2: 60.00 EUR; 3-6: 52.50 EUR; 7-13: 50.00 EUR; 14+: 45.00 EUR")],
            entry.Changes);
    }

    [Theory, AllProviders]
    public async Task A_trip_across_two_seasons_with_an_extra_and_a_one_way_fee_is_priced_line_by_line(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        var arranged = await app.OfferAsync();
        await app.SetFallbackAsync(arranged.OfferId, 45m, 40m, 35m, 30m);
        await app.AddSeasonAsync(arranged.OfferId, Season("Spring", "2027-05-01", "2027-05-31", 50m, 45m, 40m, 35m));
        await app.AddSeasonAsync(arranged.OfferId, Season("Summer", "2027-06-01", "2027-08-31", 60m, 55m, 50m, 45m));
        Guid gps;
        await using (var ann = app.As(TestUser.Ann))
        {
            gps = (await ann.Extras().CreateExtraAsync(arranged.SupplierCode, new ExtraForm { Kind = ExtraKind.Gps, Name = "GPS", Price = 8m, Cap = 20m }, None)).Value;
            Assert.True((await ann.Extras().CreateOneWayFeeAsync(arranged.SupplierCode, new OneWayFeeForm { FromLocationId = arranged.AirportId, ToLocationId = arranged.CityId, Fee = 25m }, None)).Succeeded);
        }

        await using var support = app.As(TestUser.Sam);
        // Monday 31 May 10:00 to Thursday 3 June 10:00: three days, in the 3-6 band, one in spring and two in summer.
        var quote = await support.Rates().QuoteBaseAsync(
            arranged.OfferId, new DateTime(2027, 5, 31, 10, 0, 0), new DateTime(2027, 6, 3, 10, 0, 0), arranged.CityId, [new ExtraChoice(gps, 1)], None);

        Assert.True(quote.Succeeded, quote.Error);
        Assert.Equal(3, quote.Value.RentalDays);
        Assert.Equal(
            [
                (QuoteLineKind.RentalDay, "Spring", 4500L),
                (QuoteLineKind.RentalDay, "Summer", 5500L),
                (QuoteLineKind.RentalDay, "Summer", 5500L),
                (QuoteLineKind.Extra, null, 2000L),
                (QuoteLineKind.OneWayFee, null, 2500L),
            ],
            quote.Value.Lines.Select(l => (l.Kind, l.Season, l.Amount.MinorUnits)));
        Assert.Equal("One-way fee: Tallinn Airport → Tallinn City", quote.Value.Lines[4].Description);
        Assert.Equal(Money.Of(20_000, "EUR"), quote.Value.Total);
    }

    [Theory, AllProviders]
    public async Task A_trip_the_supplier_does_not_offer_gets_the_domains_reason(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        var arranged = await app.OfferAsync();
        await app.SetFallbackAsync(arranged.OfferId, 45m, 40m, 35m, 30m);
        await using var support = app.As(TestUser.Sam);

        var quote = await support.Rates().QuoteBaseAsync(
            arranged.OfferId, new DateTime(2027, 5, 31, 10, 0, 0), new DateTime(2027, 6, 3, 10, 0, 0), arranged.CityId, [], None);

        Assert.Equal("One-way rentals from Tallinn Airport to Tallinn City are not offered: there is no one-way fee for that direction.", quote.Error);
    }
}
