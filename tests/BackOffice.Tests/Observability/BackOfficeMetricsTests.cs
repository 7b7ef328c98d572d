using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Features.Bookings;
using CarRentalGateway.BackOffice.Tests.Features.Bookings;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using CarRentalGateway.BackOffice.Tests.Security;
using Microsoft.Extensions.DependencyInjection;
using static CarRentalGateway.BackOffice.Tests.Features.Bookings.BookingArrange;

namespace CarRentalGateway.BackOffice.Tests.Observability;

/// <summary>The app's own measurements, read as an exporter reads them: from this app's meters only.</summary>
public sealed class BackOfficeMetricsTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    [Theory, AllProviders]
    public async Task Booking_changes_are_counted_by_outcome_and_sql_commands_are_timed(DatabaseProvider provider)
    {
        await using var app = await databases.SoldAsync(provider);
        using var measured = new Measurements(app.Services.GetRequiredService<IMeterFactory>());
        var form = BookingDetailsForm.From(await app.ViewAsync(TestUser.Sam));
        form.FlightNumber = "BA 123";
        await using var sam = app.As(TestUser.Sam);

        Succeeded(await sam.Bookings().UpdateDetailsAsync(Reference, form, None));
        Assert.False((await sam.Bookings().UpdateDetailsAsync(Reference, form, None)).Succeeded);

        Assert.Equal(["conflict", "saved"], measured.Of("backoffice.booking.changes").Select(m => (string)m.Tags["outcome"]!).Order());
        var commands = measured.Of("db.client.operation.duration");
        Assert.NotEmpty(commands);
        Assert.All(commands, m => Assert.Equal(provider == DatabaseProvider.Sqlite ? "sqlite" : "mariadb", m.Tags["db.system.name"]));
    }

    /// <summary>Every measurement of the instruments this app's meter factory made, whatever other apps run meanwhile.</summary>
    private sealed class Measurements : IDisposable
    {
        private readonly MeterListener listener = new();
        private readonly ConcurrentQueue<(string Instrument, Dictionary<string, object?> Tags)> taken = new();

        public Measurements(IMeterFactory meters)
        {
            listener.InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Scope == meters)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            };
            listener.SetMeasurementEventCallback<long>((instrument, _, tags, _) => Take(instrument, tags));
            listener.SetMeasurementEventCallback<double>((instrument, _, tags, _) => Take(instrument, tags));
            listener.Start();
        }

        public List<(string Instrument, Dictionary<string, object?> Tags)> Of(string instrument) =>
            taken.Where(m => m.Instrument == instrument).ToList();

        public void Dispose() => listener.Dispose();

        private void Take(Instrument instrument, ReadOnlySpan<KeyValuePair<string, object?>> tags) =>
            taken.Enqueue((instrument.Name, new Dictionary<string, object?>(tags.ToArray())));
    }
}
