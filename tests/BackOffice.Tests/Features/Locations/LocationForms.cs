using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.BackOffice.Features.Locations;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using CarRentalGateway.Core.Locations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarRentalGateway.BackOffice.Tests.Features.Locations;

/// <summary>Location forms as staff fill them in, and the shortcuts tests use to open and load locations.</summary>
public static class LocationForms
{
    /// <summary>Mon–Fri 08:00–18:00, Sat 09:00–14:00, Sun closed: what a new location starts with.</summary>
    public const string OfficeHours =
        "Mon 08:00-18:00; Tue 08:00-18:00; Wed 08:00-18:00; Thu 08:00-18:00; Fri 08:00-18:00; Sat 09:00-14:00; Sun closed";

    public static LocationForm ValidLocation(
        string code = "TLL-AIRPORT",
        string name = "Tallinn Airport",
        LocationType type = LocationType.Airport,
        string? iata = "TLL",
        string country = "EE",
        string city = "Tallinn",
        string timeZone = "Europe/Tallinn",
        decimal? fee = 25m) => new()
        {
            Code = code,
            Name = name,
            Type = type,
            IataCode = iata,
            CountryCode = country,
            City = city,
            Address = "Lennujaama tee 2, 11101 " + city,
            Phone = "+372 600 1234",
            TimeZoneId = timeZone,
            AfterHoursFee = fee,
        };

    /// <summary>A copy of <paramref name="form"/> (opening hours included) with some fields changed.</summary>
    public static LocationForm With(this LocationForm form, Action<LocationForm> change)
    {
        var copy = new LocationForm
        {
            SupplierCode = form.SupplierCode,
            Code = form.Code,
            Name = form.Name,
            Type = form.Type,
            IataCode = form.IataCode,
            CountryCode = form.CountryCode,
            City = form.City,
            Address = form.Address,
            Phone = form.Phone,
            TimeZoneId = form.TimeZoneId,
            Is24Hours = form.Is24Hours,
            Days = form.Days.Select(d => new DayHoursForm { Day = d.Day, Open = d.Open, Opens = d.Opens, Closes = d.Closes }).ToList(),
            AfterHoursFee = form.AfterHoursFee,
            Version = form.Version,
        };
        change(copy);
        return copy;
    }

    public static DayHoursForm Day(this LocationForm form, DayOfWeek day) => form.Days.Single(d => d.Day == day);

    /// <summary>Opens a location as an Admin would, and insists it worked; returns its id.</summary>
    public static async Task<Guid> AddLocationAsync(this TestApp app, string supplierCode, LocationForm form, TestUser? by = null)
    {
        await using var session = app.As(by ?? TestUser.Ann);
        var created = await session.Locations.CreateAsync(supplierCode, form, CancellationToken.None);
        Assert.True(created.Succeeded, created.Error);
        return created.Value;
    }

    /// <summary>The location as its page loads it, for its version and details; fails if it does not exist.</summary>
    public static async Task<LocationView> LoadLocationAsync(this TestApp app, Guid id, TestUser? by = null)
    {
        await using var session = app.As(by ?? TestUser.Ann);
        var location = await session.Locations.FindAsync(id, CancellationToken.None);
        Assert.NotNull(location);
        return location;
    }

    /// <summary>A location's id and version read straight from the database, without any policy check.</summary>
    public static async Task<(Guid Id, Guid Version)> LocationKeyAsync(this UserSession session, string supplierCode, string code)
    {
        var factory = session.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var supplierId = await db.Suppliers.Where(s => s.Code == supplierCode).Select(s => s.Id).SingleAsync();
        var location = await db.Locations.AsNoTracking()
            .Where(l => l.SupplierId == supplierId && l.Code == code)
            .Select(l => new { l.Id, Version = EF.Property<Guid>(l, AuditingModelExtensions.VersionProperty) })
            .SingleAsync();
        return (location.Id, location.Version);
    }
}
