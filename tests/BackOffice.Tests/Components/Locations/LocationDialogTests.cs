using Bunit;
using CarRentalGateway.BackOffice.Features.Locations;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.Core.Locations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CarRentalGateway.BackOffice.Tests.Components.Locations;

public sealed class LocationDialogTests : LocationComponentTests
{
    private static readonly TimeSpan SaveTimeout = TimeSpan.FromSeconds(10);

    private LocationDialogDriver _dialog = default!;

    public LocationDialogTests() => SignInAs(Roles.Admin);

    [Fact]
    public async Task Saving_with_the_required_fields_empty_shows_each_fields_message_and_stores_nothing()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var dialog = await OpenAsync(supplierCode: "SIXT-EE");

        _dialog.Save();

        _dialog.WaitFor(() =>
        {
            Assert.Equal("Enter a location code.", _dialog.ErrorOn("location-code"));
            Assert.Equal("Choose the type of location.", _dialog.ErrorOn("location-type"));
            Assert.Equal("Enter the location's name.", _dialog.ErrorOn("location-name"));
            Assert.Equal("Enter the city.", _dialog.ErrorOn("location-city"));
            Assert.Equal("Enter the address where customers find the desk.", _dialog.ErrorOn("location-address"));
        });
        Assert.Null(_dialog.ErrorOn("location-phone"));
        Assert.False(dialog.Result.IsCompleted);
        Assert.Equal(0, await LocationCountAsync());
    }

    [Fact]
    public async Task A_new_location_starts_with_the_suppliers_country_its_time_zone_and_office_hours()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");

        await OpenAsync(supplierCode: "SIXT-EE");

        Assert.Equal("Sixt Estonia (SIXT-EE)", _dialog.ValueOf("location-supplier"));
        Assert.True(_dialog.IsDisabled("location-supplier"));
        Assert.Equal("Estonia (EE)", _dialog.ValueOf("location-country"));
        Assert.Equal("Europe/Tallinn", _dialog.ValueOf("location-timezone"));
        Assert.Equal("08:00", _dialog.ValueOf("hours-Monday-opens"));
        Assert.Equal("18:00", _dialog.ValueOf("hours-Friday-closes"));
        Assert.Equal("14:00", _dialog.ValueOf("hours-Saturday-closes"));
        Assert.True(_dialog.IsDisabled("hours-Sunday-opens"));
    }

    [Fact]
    public async Task Choosing_another_country_suggests_its_time_zone()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        await OpenAsync(supplierCode: "SIXT-EE");

        await _dialog.ChooseAsync("location-country", "Latv", "Latvia (LV)");

        _dialog.WaitFor(() => Assert.Equal("Europe/Riga", _dialog.ValueOf("location-timezone")));
    }

    [Theory]
    [InlineData("T1")]
    [InlineData("TLLX")]
    [InlineData("T L")]
    public async Task A_wrong_IATA_code_is_shown_on_its_field_and_nothing_is_stored(string iata)
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var dialog = await OpenAsync(supplierCode: "SIXT-EE");
        await _dialog.FillNewAirportAsync(iata: iata);

        _dialog.Save();

        _dialog.WaitFor(() => Assert.Equal("An IATA code is three letters A-Z, e.g. TLL.", _dialog.ErrorOn("location-iata")));
        Assert.Null(_dialog.ErrorOn("location-code"));
        Assert.False(dialog.Result.IsCompleted);
        Assert.Equal(0, await LocationCountAsync());
    }

    [Fact]
    public async Task An_airport_without_an_IATA_code_is_refused_on_that_field()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        await OpenAsync(supplierCode: "SIXT-EE");
        await _dialog.FillNewAirportAsync(iata: "");

        _dialog.Save();

        _dialog.WaitFor(() => Assert.Equal("An airport location needs the airport's IATA code, e.g. TLL.", _dialog.ErrorOn("location-iata")));
        Assert.Equal(0, await LocationCountAsync());
    }

    [Fact]
    public async Task A_closing_time_before_the_opening_time_is_shown_on_that_days_closing_time()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var dialog = await OpenAsync(supplierCode: "SIXT-EE");
        await _dialog.FillNewAirportAsync();

        _dialog.SetTime("hours-Wednesday-closes", "07:30");
        _dialog.Save();

        _dialog.WaitFor(() => Assert.Equal("Closes before it opens; 00:00 means midnight.", _dialog.ErrorOn("hours-Wednesday-closes")));
        Assert.Null(_dialog.ErrorOn("hours-Tuesday-closes"));
        Assert.False(dialog.Result.IsCompleted);
        Assert.Equal(0, await LocationCountAsync());
    }

    [Fact]
    public async Task Moving_the_opening_time_before_the_closing_time_takes_the_message_away()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        await OpenAsync(supplierCode: "SIXT-EE");
        _dialog.SetTime("hours-Monday-closes", "07:30");
        _dialog.WaitFor(() => Assert.NotNull(_dialog.ErrorOn("hours-Monday-closes")));

        _dialog.SetTime("hours-Monday-opens", "06:00");

        _dialog.WaitFor(() => Assert.Null(_dialog.ErrorOn("hours-Monday-closes")));
    }

    [Fact]
    public async Task A_fee_with_more_decimals_than_the_suppliers_currency_has_is_shown_on_the_fee()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var dialog = await OpenAsync(supplierCode: "SIXT-EE");
        await _dialog.FillNewAirportAsync();

        _dialog.Type("location-fee", "12.345");
        _dialog.Save();

        _dialog.WaitFor(() => Assert.Equal("EUR amounts have at most 2 decimals.", _dialog.ErrorOn("location-fee")));
        Assert.Contains("EUR", _dialog.FeeAdornment());
        Assert.False(dialog.Result.IsCompleted);
        Assert.Equal(0, await LocationCountAsync());
    }

    [Fact]
    public async Task Open_24_hours_disables_the_days_and_sets_the_fee_aside()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        await OpenAsync(supplierCode: "SIXT-EE");
        _dialog.Type("location-fee", "25");

        _dialog.Toggle("hours-24h");

        _dialog.WaitFor(() =>
        {
            Assert.True(_dialog.IsDisabled("hours-Monday-opens"));
            Assert.True(_dialog.IsDisabled("hours-Monday-open"));
            Assert.True(_dialog.IsDisabled("location-fee"));
            Assert.True(string.IsNullOrEmpty(_dialog.ValueOf("location-fee")));
        });

        _dialog.Toggle("hours-24h");

        _dialog.WaitFor(() =>
        {
            Assert.False(_dialog.IsDisabled("hours-Monday-opens"));
            Assert.Equal("25", _dialog.ValueOf("location-fee"));
        });
    }

    [Fact]
    public async Task Copy_Monday_gives_Tuesday_to_Friday_the_same_hours()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        await OpenAsync(supplierCode: "SIXT-EE");
        _dialog.SetTime("hours-Monday-opens", "07:00");
        _dialog.SetTime("hours-Monday-closes", "21:30");

        _dialog.Click("hours-copy-monday");

        _dialog.WaitFor(() =>
        {
            foreach (var day in new[] { "Tuesday", "Wednesday", "Thursday", "Friday" })
            {
                Assert.Equal("07:00", _dialog.ValueOf($"hours-{day}-opens"));
                Assert.Equal("21:30", _dialog.ValueOf($"hours-{day}-closes"));
            }

            Assert.Equal("09:00", _dialog.ValueOf("hours-Saturday-opens"));
        });
    }

    [Fact]
    public async Task A_saved_location_has_the_typed_details_and_hours_and_the_dialog_returns_its_id()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var dialog = await OpenAsync(supplierCode: "SIXT-EE");
        await _dialog.FillNewAirportAsync("tll-airport", iata: "tll");
        _dialog.Toggle("hours-Sunday-open");
        _dialog.SetTime("hours-Sunday-opens", "10:00");
        _dialog.SetTime("hours-Sunday-closes", "00:00");
        _dialog.Type("location-fee", "25.5");

        _dialog.Save();

        var result = await dialog.Result.WaitAsync(SaveTimeout);
        Assert.False(result!.Canceled);
        await using var db = await Database.CreateDbContextAsync();
        var stored = await db.Locations.SingleAsync();
        Assert.Equal(stored.Id, result.Data);
        Assert.Equal(("TLL-AIRPORT", "TLL", LocationType.Airport, "Europe/Tallinn"), (stored.Code, stored.IataCode, stored.Type, stored.TimeZoneId));
        Assert.Equal(OfficeHours.Replace("Sun closed", "Sun 10:00-24:00", StringComparison.Ordinal), stored.OpeningHours.ToString());
        Assert.Equal((2550L, "EUR"), (stored.AfterHoursFeeMinor, stored.AfterHoursFeeCurrency));
        _dialog.WaitFor(() => Assert.False(_dialog.IsOpen));
    }

    [Fact]
    public async Task A_code_the_supplier_already_uses_is_refused_on_the_code_field_and_the_typing_stays()
    {
        var supplier = await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        await SeedLocationAsync(supplier, "TLL-AIRPORT", "Tallinn Airport");
        var dialog = await OpenAsync(supplierCode: "SIXT-EE");
        await _dialog.FillNewAirportAsync("tll-airport", "Tallinn Airport, terminal B");

        _dialog.Save();

        _dialog.WaitFor(() =>
            Assert.Equal("The supplier already has a location TLL-AIRPORT: Tallinn Airport.", _dialog.ErrorOn("location-code")));
        Assert.Equal("Tallinn Airport, terminal B", _dialog.ValueOf("location-name"));
        Assert.False(dialog.Result.IsCompleted);
    }

    [Fact]
    public async Task The_save_button_is_disabled_while_the_save_is_in_flight()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var dialog = await OpenAsync(supplierCode: "SIXT-EE");
        await _dialog.FillNewAirportAsync();
        Saves.PauseNextSave();

        var saving = _dialog.StartSaving();
        await Saves.SaveWaiting.WaitAsync(SaveTimeout);

        _dialog.WaitFor(() =>
        {
            Assert.True(_dialog.SaveButton.HasAttribute("disabled"));
            Assert.True(_dialog.CancelButton.HasAttribute("disabled"));
            Assert.Contains("Saving…", _dialog.SaveButton.TextContent);
        });

        Saves.Resume();
        await saving.WaitAsync(SaveTimeout);
        Assert.False((await dialog.Result.WaitAsync(SaveTimeout))!.Canceled);
    }

    [Fact]
    public async Task Creating_from_the_list_offers_only_active_suppliers()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        await SeedSupplierAsync("OLD-LV", "Old Rentals", "LV", CarRentalGateway.Core.Suppliers.SupplierStatus.Offboarded);
        await OpenAsync();
        Assert.False(_dialog.IsDisabled("location-supplier"));

        await _dialogs.InvokeAsync(() => _dialogs.FindComponents<MudSelect<string>>().Single().Instance.OpenMenu());

        _popovers.WaitForAssertion(() => Assert.Equal(
            ["Sixt Estonia (SIXT-EE)"],
            _popovers.FindAll(".mud-popover-open .mud-list-item").Select(i => i.TextContent.Trim())));
    }

    [Fact]
    public async Task Editing_a_location_whose_version_changed_meanwhile_shows_who_changed_it_and_keeps_the_typing()
    {
        var supplier = await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var location = await SeedLocationAsync(supplier, "TLL-AIRPORT", "Tallinn Airport");
        var opened = await Services.GetRequiredService<LocationService>().FindAsync(location.Id, CancellationToken.None);
        var dialog = await OpenAsync(location: opened);
        await using (var db = await Database.CreateDbContextAsync())
        {
            var stored = await db.Locations.SingleAsync();
            Assert.True(stored.UpdateDetails(stored.Details with { Name = "Tallinn Airport, arrivals" }, "EUR").Succeeded);
            await db.SaveChangesAsync();
        }

        _dialog.Type("location-phone", "+372 555 1234");
        _dialog.Save();

        _dialog.WaitFor(() => Assert.Contains("TLL-AIRPORT was changed by admin@backoffice.test", _dialog.FormError));
        Assert.Equal("+372 555 1234", _dialog.ValueOf("location-phone"));
        Assert.False(dialog.Result.IsCompleted);
        Assert.True(_dialog.IsDisabled("location-code"));
    }

    private IRenderedComponent<MudPopoverProvider> _popovers = default!;
    private IRenderedComponent<MudDialogProvider> _dialogs = default!;

    private async Task<IDialogReference> OpenAsync(string? supplierCode = null, LocationView? location = null)
    {
        _popovers = Render<MudPopoverProvider>();
        _dialogs = Render<MudDialogProvider>();
        _dialog = new LocationDialogDriver(_popovers, _dialogs);
        var service = Services.GetRequiredService<IDialogService>();
        var parameters = new DialogParameters<LocationDialog>();
        if (supplierCode is not null)
        {
            parameters.Add(d => d.SupplierCode, supplierCode);
        }

        if (location is not null)
        {
            parameters.Add(d => d.Location, location);
        }

        IDialogReference? reference = null;
        await _dialogs.InvokeAsync(async () =>
            reference = await service.ShowAsync<LocationDialog>("Location", parameters, LocationDialog.Options));
        _dialogs.WaitForElement("#location-save");
        return reference!;
    }

    private async Task<int> LocationCountAsync()
    {
        await using var db = await Database.CreateDbContextAsync();
        return await db.Locations.CountAsync();
    }
}
