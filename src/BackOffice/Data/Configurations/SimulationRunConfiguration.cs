using System.Text.Json;
using CarRentalGateway.BackOffice.Features.Simulation;
using CarRentalGateway.Core.Pricing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarRentalGateway.BackOffice.Data.Configurations;

internal sealed class SimulationRunConfiguration : IEntityTypeConfiguration<SimulationRun>
{
    public void Configure(EntityTypeBuilder<SimulationRun> builder)
    {
        // Stamped with who and when rather than audited: a run is never changed, and the audit row would copy its figures.
        builder.ToTable("SimulationRuns");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.RunBy).HasMaxLength(SimulationRun.RunByMaxLength);

        // The figures are read whole and never queried: JSON text, as a booking's price lines.
        builder.Property(r => r.Total).HasConversion(
            total => JsonSerializer.Serialize(total, BookingJson.Options),
            json => JsonSerializer.Deserialize<SimulationFigures>(json, BookingJson.Options)!);
        builder.Property(r => r.Suppliers).HasConversion(JsonList<SupplierFigures>.Converter, JsonList<SupplierFigures>.Comparer);
        builder.Property(r => r.Unpriced).HasConversion(JsonList<UnpricedBookingRow>.Converter, JsonList<UnpricedBookingRow>.Comparer);

        // The page lists the latest runs first.
        builder.HasIndex(r => r.RunAtUtc);
    }
}
