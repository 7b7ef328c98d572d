using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.BackOffice.Features.Fleet;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarRentalGateway.BackOffice.Tests.Features.Fleet;

/// <summary>Fleet offer forms as staff fill them in, and the shortcuts tests use to open and load offers.</summary>
public static class FleetForms
{
    public static FleetService Fleet(this UserSession session) => session.Services.GetRequiredService<FleetService>();

    /// <summary>A compact manual with unlimited mileage, a 300 deposit, drivers from 21 and young drivers under 25 paying 10 a day.</summary>
    public static FleetOfferForm ValidOffer(Guid locationId, string acriss = "CDMR", string model = "Toyota Corolla") => new()
    {
        LocationId = locationId,
        Acriss = acriss,
        SampleModel = model,
        Seats = 5,
        Doors = 5,
        Bags = 2,
        UnlimitedMileage = true,
        Deposit = 300m,
        MinimumDriverAge = 21,
        YoungDriverAge = 25,
        YoungDriverDailyFee = 10m,
        DailyAllocation = 3,
    };

    /// <summary>A copy of <paramref name="form"/> with some fields changed.</summary>
    public static FleetOfferForm With(this FleetOfferForm form, Action<FleetOfferForm> change)
    {
        var copy = new FleetOfferForm
        {
            LocationId = form.LocationId,
            Acriss = form.Acriss,
            SampleModel = form.SampleModel,
            Seats = form.Seats,
            Doors = form.Doors,
            Bags = form.Bags,
            UnlimitedMileage = form.UnlimitedMileage,
            KilometresPerDay = form.KilometresPerDay,
            Deposit = form.Deposit,
            MinimumDriverAge = form.MinimumDriverAge,
            YoungDriverAge = form.YoungDriverAge,
            YoungDriverDailyFee = form.YoungDriverDailyFee,
            DailyAllocation = form.DailyAllocation,
            Version = form.Version,
        };
        change(copy);
        return copy;
    }

    /// <summary>Opens an offer as an Admin would, and insists it worked; returns its id.</summary>
    public static async Task<Guid> AddOfferAsync(this TestApp app, string supplierCode, FleetOfferForm form, TestUser? by = null)
    {
        await using var session = app.As(by ?? TestUser.Ann);
        var created = await session.Fleet().CreateAsync(supplierCode, form, CancellationToken.None);
        Assert.True(created.Succeeded, created.Error);
        return created.Value;
    }

    /// <summary>The offer as its page loads it; fails if it does not exist.</summary>
    public static async Task<FleetOfferView> LoadOfferAsync(this TestApp app, Guid id, TestUser? by = null)
    {
        await using var session = app.As(by ?? TestUser.Ann);
        var offer = await session.Fleet().FindAsync(id, CancellationToken.None);
        Assert.NotNull(offer);
        return offer;
    }

    /// <summary>An offer's id and version read straight from the database, without any policy check.</summary>
    public static async Task<(Guid Id, Guid Version)> OfferKeyAsync(this UserSession session, string acriss)
    {
        var factory = session.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var offer = await db.FleetOffers.AsNoTracking()
            .Where(o => o.Acriss == acriss)
            .Select(o => new { o.Id, Version = EF.Property<Guid>(o, AuditingModelExtensions.VersionProperty) })
            .SingleAsync();
        return (offer.Id, offer.Version);
    }
}
