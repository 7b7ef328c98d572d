using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.Core.Locations;
using CarRentalGateway.Core.Suppliers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarRentalGateway.BackOffice.Data.Configurations;

internal sealed class LocationConfiguration : IEntityTypeConfiguration<Location>
{
    public void Configure(EntityTypeBuilder<Location> builder)
    {
        builder.IsAudited().HasVersionToken();
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Ignore(l => l.Details);
        builder.Ignore(l => l.AfterHoursFee);

        // Suppliers are never deleted once they have locations; Restrict makes the database say so too.
        builder.HasOne<Supplier>().WithMany().HasForeignKey(l => l.SupplierId).OnDelete(DeleteBehavior.Restrict);

        builder.Property(l => l.Code).HasMaxLength(LocationCode.MaxLength);
        builder.HasIndex(l => new { l.SupplierId, l.Code }).IsUnique();

        builder.Property(l => l.Name).HasMaxLength(LocationDetails.NameMaxLength);
        builder.Property(l => l.Type).HasMaxLength(20);
        builder.Property(l => l.IataCode).HasMaxLength(IataAirportCode.Length).IsFixedLength();
        builder.Property(l => l.CountryCode).HasMaxLength(2).IsFixedLength();
        builder.Property(l => l.City).HasMaxLength(LocationDetails.CityMaxLength);
        builder.Property(l => l.Address).HasMaxLength(LocationDetails.AddressMaxLength);
        builder.Property(l => l.Phone).HasMaxLength(LocationDetails.PhoneMaxLength);
        builder.Property(l => l.TimeZoneId).HasMaxLength(LocationTimeZone.MaxLength);
        builder.Property(l => l.AfterHoursFeeCurrency).HasMaxLength(3).IsFixedLength();
        builder.ToTable(table => table.HasMinimum(nameof(Location.AfterHoursFeeMinor), 0));

        // Stored as its text form ("Mon 08:00-20:00; …; Sun closed" or "24h"), which is also what the audit
        // trail records, so a change to the hours reads as old → new text.
        builder.Property(l => l.OpeningHours)
            .HasConversion(
                hours => hours.ToString(),
                text => WeeklyOpeningHours.Parse(text, null).Value,
                new ValueComparer<WeeklyOpeningHours>((a, b) => Equals(a, b), hours => hours.GetHashCode(), hours => hours))
            .HasMaxLength(WeeklyOpeningHours.MaxTextLength);

        // The list sorts by name by default and filters by country, type and active; searches look for codes,
        // IATA codes and cities. (Supplier filters use the unique index above.)
        builder.HasIndex(l => l.Name);
        builder.HasIndex(l => new { l.CountryCode, l.Name });
        builder.HasIndex(l => new { l.Type, l.Name });
        builder.HasIndex(l => new { l.IsActive, l.Name });
        builder.HasIndex(l => l.IataCode);
        builder.HasIndex(l => l.City);
        builder.HasIndex(l => l.Code);
    }
}
