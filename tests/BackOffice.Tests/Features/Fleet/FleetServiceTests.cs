using System.Reflection;
using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Features.Fleet;
using CarRentalGateway.BackOffice.Features.Shared;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Fleet;
using CarRentalGateway.Core.Locations;
using static CarRentalGateway.BackOffice.Tests.Features.Fleet.FleetForms;
using static CarRentalGateway.BackOffice.Tests.Features.Locations.LocationForms;
using static CarRentalGateway.BackOffice.Tests.Features.Suppliers.SupplierForms;

namespace CarRentalGateway.BackOffice.Tests.Features.Fleet;

public sealed class FleetServiceTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private static readonly CancellationToken None = CancellationToken.None;

    public static TheoryData<DatabaseProvider, string, bool> SortCases()
    {
        var cases = new TheoryData<DatabaseProvider, string, bool>();
        foreach (var provider in Enum.GetValues<DatabaseProvider>())
        {
            foreach (var column in typeof(FleetSortColumns).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
            {
                cases.Add(provider, (string)column.GetRawConstantValue()!, false);
                cases.Add(provider, (string)column.GetRawConstantValue()!, true);
            }
        }

        return cases;
    }

    /// <summary>Each filter of the list alone, by name, with the offers it must find (supplier/location/code).</summary>
    public static TheoryData<DatabaseProvider, string, string[]> FilterCases()
    {
        var cases = new TheoryData<DatabaseProvider, string, string[]>();
        foreach (var provider in Enum.GetValues<DatabaseProvider>())
        {
            cases.Add(provider, "supplier=SIXT-EE", ["SIXT-EE/TLL-AIRPORT/CDAR", "SIXT-EE/TLL-AIRPORT/CDMR", "SIXT-EE/TLL-AIRPORT/IFBD", "SIXT-EE/TLL-CITY/EDMR"]);
            cases.Add(provider, "supplier=NOBODY", []);
            cases.Add(provider, "location=OSL-AIRPORT", ["FJORD-NO/OSL-AIRPORT/CDMR", "FJORD-NO/OSL-AIRPORT/SFCD"]);
            cases.Add(provider, "acriss=C???", ["FJORD-NO/OSL-AIRPORT/CDMR", "SIXT-EE/TLL-AIRPORT/CDAR", "SIXT-EE/TLL-AIRPORT/CDMR"]);
            cases.Add(provider, "acriss=??A?", ["SIXT-EE/TLL-AIRPORT/CDAR"]);
            cases.Add(provider, "acriss=c?mr", ["FJORD-NO/OSL-AIRPORT/CDMR", "SIXT-EE/TLL-AIRPORT/CDMR"]);
            cases.Add(provider, "acriss=???D", ["FJORD-NO/OSL-AIRPORT/SFCD", "SIXT-EE/TLL-AIRPORT/IFBD"]);
            cases.Add(provider, "acriss=Z???", []);
            cases.Add(provider, "transmission=Automatic", ["SIXT-EE/TLL-AIRPORT/CDAR", "SIXT-EE/TLL-AIRPORT/IFBD"]);
            cases.Add(provider, "transmission=Manual", ["FJORD-NO/OSL-AIRPORT/CDMR", "FJORD-NO/OSL-AIRPORT/SFCD", "SIXT-EE/TLL-AIRPORT/CDMR", "SIXT-EE/TLL-CITY/EDMR"]);
            cases.Add(provider, "stopSell=true", ["SIXT-EE/TLL-AIRPORT/IFBD"]);
            cases.Add(provider, "stopSell=false", ["FJORD-NO/OSL-AIRPORT/CDMR", "FJORD-NO/OSL-AIRPORT/SFCD", "SIXT-EE/TLL-AIRPORT/CDAR", "SIXT-EE/TLL-AIRPORT/CDMR", "SIXT-EE/TLL-CITY/EDMR"]);
        }

        return cases;
    }

    [Theory, AllProviders]
    public async Task A_new_offer_appears_in_the_list_and_on_its_suppliers_tab_and_reads_back(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE", "Sixt Estonia"));
        var locationId = await app.AddLocationAsync("SIXT-EE", ValidLocation());

        var id = await app.AddOfferAsync("SIXT-EE", ValidOffer(locationId, " cdmr ", "Toyota Corolla or similar").With(f =>
        {
            f.UnlimitedMileage = false;
            f.KilometresPerDay = 250;
        }));

        await using var support = app.As(TestUser.Sam);
        var expected = new FleetOfferRow(
            id, "SIXT-EE", "Sixt Estonia", locationId, "TLL-AIRPORT", "Tallinn Airport", "CDMR", "Toyota Corolla", 5, 5, 2, 250, 30_000, "EUR", 21, 3, false);
        var page = await support.Fleet().SearchAsync(new FleetQuery(), None);
        Assert.Equal(expected, Assert.Single(page.Items));
        Assert.Equal(1, page.TotalCount);
        Assert.Equal([expected], await support.Fleet().ForSupplierAsync("SIXT-EE", None));

        var offer = await app.LoadOfferAsync(id, TestUser.Fiona);
        Assert.Equal(("SIXT-EE", "EUR", "TLL-AIRPORT"), (offer.Supplier.Code, offer.Supplier.CurrencyCode, offer.Location.Code));
        Assert.Equal(
            new FleetOfferDetails("CDMR", "Toyota Corolla", 5, 5, 2, MileagePolicy.LimitedPerDay(250).Value, Money.Of(30_000, "EUR"), 21, 25, Money.Of(1_000, "EUR"), 3),
            offer.Details);
        Assert.False(offer.StopSell);
        Assert.NotEqual(Guid.Empty, offer.Version);
        await using var finance = app.As(TestUser.Fiona);
        Assert.Null(await finance.Fleet().FindAsync(Guid.NewGuid(), None));
    }

    [Theory, MemberData(nameof(FilterCases))]
    public async Task Each_filter_finds_exactly_its_offers(DatabaseProvider provider, string filter, string[] expected)
    {
        await using var app = await databases.StartAsync(provider);
        var osl = await CatalogueAsync(app);
        var (name, value) = (filter.Split('=')[0], filter.Split('=')[1]);
        var query = name switch
        {
            "supplier" => new FleetQuery { SupplierCode = value },
            "location" => new FleetQuery { LocationId = osl },
            "acriss" => new FleetQuery { AcrissPattern = value },
            "transmission" => new FleetQuery { Transmission = Enum.Parse<Transmission>(value) },
            "stopSell" => new FleetQuery { StopSell = bool.Parse(value) },
            _ => throw new ArgumentException(filter),
        };

        await using var support = app.As(TestUser.Sam);
        var page = await support.Fleet().SearchAsync(query, None);

        Assert.Equal(expected, page.Items.Select(r => $"{r.SupplierCode}/{r.LocationCode}/{r.Acriss}").Order(StringComparer.Ordinal));
        Assert.Equal(expected.Length, page.TotalCount);
    }

    [Theory, MemberData(nameof(SortCases))]
    public async Task Every_sort_column_lists_every_offer_once_in_a_stable_order(DatabaseProvider provider, string column, bool descending)
    {
        await using var app = await databases.StartAsync(provider);
        await CatalogueAsync(app);
        await using var support = app.As(TestUser.Sam);

        var all = await support.Fleet().SearchAsync(new FleetQuery { SortBy = column, Descending = descending }, None);
        var first = await support.Fleet().SearchAsync(new FleetQuery { SortBy = column, Descending = descending, PageSize = 3 }, None);
        var second = await support.Fleet().SearchAsync(new FleetQuery { SortBy = column, Descending = descending, PageSize = 3, Page = 1 }, None);

        Assert.Equal(6, all.TotalCount);
        Assert.Equal(all.Items.Select(r => r.Id), first.Items.Concat(second.Items).Select(r => r.Id));
        Assert.Equal(6, all.Items.Select(r => r.Id).Distinct().Count());
    }

    [Theory, AllProviders]
    public async Task A_second_offer_of_a_code_at_one_location_is_refused_naming_the_existing_offer(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE", "Sixt Estonia"));
        var airport = await app.AddLocationAsync("SIXT-EE", ValidLocation());
        var city = await app.AddLocationAsync("SIXT-EE", ValidLocation("TLL-CITY", "Tallinn City", LocationType.Downtown, null));
        await app.AddOfferAsync("SIXT-EE", ValidOffer(airport));
        await using var admin = app.As(TestUser.Ann);

        var again = await admin.Fleet().CreateAsync("SIXT-EE", ValidOffer(airport, "cdmr", "VW Golf"), None);

        Assert.True(again.Failed);
        Assert.Equal(nameof(FleetOfferForm.Acriss), again.Field);
        Assert.Equal("TLL-AIRPORT already has a CDMR offer (Toyota Corolla or similar): edit that offer instead.", again.Error);
        Assert.True((await admin.Fleet().CreateAsync("SIXT-EE", ValidOffer(city), None)).Succeeded);
        Assert.Equal(2, (await admin.Fleet().SearchAsync(new FleetQuery(), None)).TotalCount);
    }

    [Theory, AllProviders]
    public async Task An_offer_at_another_suppliers_or_an_inactive_location_is_refused(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE", "Sixt Estonia"));
        await app.RegisterAsync(Valid("AVIS-EE", "Avis Estonia"));
        var avisAirport = await app.AddLocationAsync("AVIS-EE", ValidLocation());
        var sixtCity = await app.AddLocationAsync("SIXT-EE", ValidLocation("TLL-CITY", "Tallinn City", LocationType.Downtown, null));
        await using var admin = app.As(TestUser.Ann);
        Assert.True((await admin.Locations.DeactivateAsync(sixtCity, (await app.LoadLocationAsync(sixtCity)).Version, None)).Succeeded);

        var foreign = await admin.Fleet().CreateAsync("SIXT-EE", ValidOffer(avisAirport), None);
        var inactive = await admin.Fleet().CreateAsync("SIXT-EE", ValidOffer(sixtCity), None);
        var unknown = await admin.Fleet().CreateAsync("SIXT-EE", ValidOffer(Guid.NewGuid()), None);

        Assert.Equal(("Choose one of SIXT-EE's locations.", nameof(FleetOfferForm.LocationId)), (foreign.Error, foreign.Field));
        Assert.Equal(("TLL-CITY is inactive: reactivate it before adding offers.", nameof(FleetOfferForm.LocationId)), (inactive.Error, inactive.Field));
        Assert.Equal(nameof(FleetOfferForm.LocationId), unknown.Field);
        Assert.Equal(0, (await admin.Fleet().SearchAsync(new FleetQuery(), None)).TotalCount);
    }

    [Theory, AllProviders]
    public async Task Invalid_details_are_refused_on_their_field_with_the_domains_message(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE", "Sixt Estonia"));
        var airport = await app.AddLocationAsync("SIXT-EE", ValidLocation());
        await using var admin = app.As(TestUser.Ann);

        var badCode = await admin.Fleet().CreateAsync("SIXT-EE", ValidOffer(airport, "CXZR"), None);
        var noLimit = await admin.Fleet().CreateAsync("SIXT-EE", ValidOffer(airport).With(f => f.UnlimitedMileage = false), None);
        var cents = await admin.Fleet().CreateAsync("SIXT-EE", ValidOffer(airport).With(f => f.Deposit = 300.555m), None);
        var young = await admin.Fleet().CreateAsync("SIXT-EE", ValidOffer(airport).With(f => f.YoungDriverAge = 21), None);

        Assert.Equal(nameof(FleetOfferForm.Acriss), badCode.Field);
        Assert.Contains("Letter 3 (transmission/drive) cannot be 'Z': use one of M, N, C, A, B, D.", badCode.Error, StringComparison.Ordinal);
        Assert.Equal(FleetOfferForm.MileageField, noLimit.Field);
        Assert.Equal(nameof(FleetOfferForm.Deposit), cents.Field);
        Assert.Equal(nameof(FleetOfferForm.YoungDriverAge), young.Field);
        Assert.Equal(0, (await admin.Fleet().SearchAsync(new FleetQuery(), None)).TotalCount);
    }

    [Theory, AllProviders]
    public async Task An_update_saves_the_new_details_and_a_corrected_code_keeps_the_offer(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE", "Sixt Estonia"));
        var airport = await app.AddLocationAsync("SIXT-EE", ValidLocation());
        var id = await app.AddOfferAsync("SIXT-EE", ValidOffer(airport));
        await app.AddOfferAsync("SIXT-EE", ValidOffer(airport, "EDMR", "Kia Rio"));
        var before = await app.LoadOfferAsync(id);
        await using var admin = app.As(TestUser.Ann);

        var clash = await admin.Fleet().UpdateAsync(id, FleetOfferForm.From(before).With(f => f.Acriss = "EDMR"), None);
        var updated = await admin.Fleet().UpdateAsync(id, FleetOfferForm.From(before).With(f =>
        {
            f.Acriss = "cdar";
            f.SampleModel = "Toyota Corolla Hybrid";
            f.YoungDriverAge = null;
            f.DailyAllocation = 0;
        }), None);

        Assert.Equal(nameof(FleetOfferForm.Acriss), clash.Field);
        Assert.StartsWith("TLL-AIRPORT already has a EDMR offer (Kia Rio", clash.Error, StringComparison.Ordinal);
        Assert.True(updated.Succeeded, updated.Error);
        var after = await app.LoadOfferAsync(id);
        Assert.Equal(("CDAR", "Toyota Corolla Hybrid", null, null, 0), (after.Details.Acriss, after.Details.SampleModel, after.Details.YoungDriverAge, after.Details.YoungDriverDailyFee, after.Details.DailyAllocation));
        Assert.NotEqual(before.Version, after.Version);
    }

    [Theory, AllProviders]
    public async Task Stop_sell_and_resume_each_change_the_flag_once(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE", "Sixt Estonia"));
        var id = await app.AddOfferAsync("SIXT-EE", ValidOffer(await app.AddLocationAsync("SIXT-EE", ValidLocation())));
        await using var admin = app.As(TestUser.Ann);

        Assert.True((await admin.Fleet().StopSellAsync(id, (await app.LoadOfferAsync(id)).Version, None)).Succeeded);
        Assert.True((await app.LoadOfferAsync(id)).StopSell);
        var twice = await admin.Fleet().StopSellAsync(id, (await app.LoadOfferAsync(id)).Version, None);
        Assert.Equal("CDMR is already on stop-sell.", twice.Error);
        Assert.True((await admin.Fleet().ResumeSellingAsync(id, (await app.LoadOfferAsync(id)).Version, None)).Succeeded);
        Assert.False((await app.LoadOfferAsync(id)).StopSell);
        Assert.Equal("CDMR is already on sale.", (await admin.Fleet().ResumeSellingAsync(id, (await app.LoadOfferAsync(id)).Version, None)).Error);
    }

    [Theory, AllProviders]
    public async Task A_location_with_fleet_offers_cannot_be_deleted_only_deactivated(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE", "Sixt Estonia"));
        var airport = await app.AddLocationAsync("SIXT-EE", ValidLocation());
        await app.AddOfferAsync("SIXT-EE", ValidOffer(airport));
        await app.AddOfferAsync("SIXT-EE", ValidOffer(airport, "EDMR", "Kia Rio"));
        await using var admin = app.As(TestUser.Ann);

        var location = await app.LoadLocationAsync(airport);
        var deleted = await admin.Locations.DeleteAsync(airport, location.Version, None);

        Assert.False(location.CanBeDeleted);
        Assert.Equal(["2 fleet offers"], location.UsedBy);
        Assert.Equal("TLL-AIRPORT cannot be deleted because it has 2 fleet offers. Deactivate it instead.", deleted.Error);
        Assert.NotNull(await admin.Locations.FindAsync(airport, None));
        Assert.True((await admin.Locations.DeactivateAsync(airport, location.Version, None)).Succeeded);
    }

    /// <summary>
    /// SIXT-EE (EUR): TLL-AIRPORT with CDMR, CDAR and IFBD (on stop-sell), TLL-CITY with EDMR;
    /// FJORD-NO (NOK): OSL-AIRPORT with CDMR and SFCD. Returns OSL-AIRPORT's id.
    /// </summary>
    private static async Task<Guid> CatalogueAsync(TestApp app)
    {
        await app.RegisterAsync(Valid("SIXT-EE", "Sixt Estonia"));
        await app.RegisterAsync(Valid("FJORD-NO", "Fjord Bil", "NO", "NOK"));
        var tll = await app.AddLocationAsync("SIXT-EE", ValidLocation());
        var city = await app.AddLocationAsync("SIXT-EE", ValidLocation("TLL-CITY", "Tallinn City", LocationType.Downtown, null));
        var osl = await app.AddLocationAsync("FJORD-NO", ValidLocation("OSL-AIRPORT", "Oslo Airport", iata: "OSL", country: "NO", city: "Gardermoen", timeZone: "Europe/Oslo"));
        await app.AddOfferAsync("SIXT-EE", ValidOffer(tll, "CDMR"));
        await app.AddOfferAsync("SIXT-EE", ValidOffer(tll, "CDAR", "Toyota Corolla automatic").With(f => f.Deposit = 500m));
        var suv = await app.AddOfferAsync("SIXT-EE", ValidOffer(tll, "IFBD", "Toyota RAV4").With(f => { f.Seats = 5; f.MinimumDriverAge = 25; f.YoungDriverAge = null; }));
        await app.AddOfferAsync("SIXT-EE", ValidOffer(city, "EDMR", "Kia Rio").With(f => f.DailyAllocation = 0));
        await app.AddOfferAsync("FJORD-NO", ValidOffer(osl, "CDMR", "VW Golf").With(f => f.Seats = 4));
        await app.AddOfferAsync("FJORD-NO", ValidOffer(osl, "SFCD", "Skoda Kodiaq").With(f => f.Seats = 7));
        await using var admin = app.As(TestUser.Ann);
        Assert.True((await admin.Fleet().StopSellAsync(suv, (await app.LoadOfferAsync(suv)).Version, None)).Succeeded);
        return osl;
    }
}
