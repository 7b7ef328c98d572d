using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.Core.Fleet;
using CarRentalGateway.Core.Locations;
using CarRentalGateway.Core.Rates;
using CarRentalGateway.Core.Suppliers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CarRentalGateway.BackOffice.Data.Configurations;

internal sealed class FleetOfferConfiguration : IEntityTypeConfiguration<FleetOffer>
{
    public void Configure(EntityTypeBuilder<FleetOffer> builder)
    {
        builder.IsAudited().HasVersionToken();
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Ignore(o => o.AcrissCode);
        builder.Ignore(o => o.Mileage);
        builder.Ignore(o => o.Deposit);
        builder.Ignore(o => o.YoungDriverDailyFee);
        builder.Ignore(o => o.IsOnRequestOnly);
        builder.Ignore(o => o.Details);

        builder.HasOne<Supplier>().WithMany().HasForeignKey(o => o.SupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Location>().WithMany().HasForeignKey(o => o.LocationId).OnDelete(DeleteBehavior.Restrict);

        builder.Property(o => o.Acriss).HasMaxLength(AcrissCode.Length).IsFixedLength();
        builder.Property(o => o.SampleModel).HasMaxLength(FleetOfferDetails.SampleModelMaxLength);
        builder.Property(o => o.DepositCurrency).HasMaxLength(3).IsFixedLength();
        builder.Property(o => o.YoungDriverDailyFeeCurrency).HasMaxLength(3).IsFixedLength();

        builder.ToTable(table => table
            .HasRange(nameof(FleetOffer.Seats), FleetOfferDetails.MinSeats, FleetOfferDetails.MaxSeats)
            .HasRange(nameof(FleetOffer.Doors), 0, FleetOfferDetails.MaxDoors)
            .HasRange(nameof(FleetOffer.Bags), 0, FleetOfferDetails.MaxBags)
            .HasRange(nameof(FleetOffer.MileageKilometresPerDay), MileagePolicy.MinKilometresPerDay, MileagePolicy.MaxKilometresPerDay)
            .HasMinimum(nameof(FleetOffer.DepositMinor), 0)
            .HasRange(nameof(FleetOffer.MinimumDriverAge), FleetOfferDetails.MinDriverAge, FleetOfferDetails.MaxDriverAge)
            .HasRange(nameof(FleetOffer.YoungDriverAge), FleetOfferDetails.MinDriverAge, FleetOfferDetails.MaxYoungDriverAge)
            .HasMinimum(nameof(FleetOffer.YoungDriverDailyFeeMinor), 0)
            .HasRange(nameof(FleetOffer.DailyAllocation), 0, FleetOfferDetails.MaxDailyAllocation));

        // One offer per category at a station; the fleet list filters by supplier and ACRISS pattern.
        builder.HasIndex(o => new { o.LocationId, o.Acriss }).IsUnique();
        builder.HasIndex(o => new { o.SupplierId, o.Acriss });
        builder.HasIndex(o => o.Acriss);
    }
}

internal sealed class OfferRatesConfiguration : IEntityTypeConfiguration<OfferRates>
{
    public void Configure(EntityTypeBuilder<OfferRates> builder)
    {
        builder.IsAudited().HasVersionToken();
        builder.HasKey(r => r.OfferId);
        builder.Property(r => r.OfferId).ValueGeneratedNever();
        builder.HasOne<FleetOffer>().WithOne().HasForeignKey<OfferRates>(r => r.OfferId).OnDelete(DeleteBehavior.Cascade);

        builder.Property(r => r.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(r => r.Bands).HasConversion(RateText.Bands).HasMaxLength(100);
        builder.Property(r => r.Fallback).HasConversion(RateText.BandRates).HasMaxLength(RateText.BandRatesMaxLength);

        builder.Ignore(r => r.Seasons);
        builder.HasMany<Season>(OfferRatesQueries.SeasonsField).WithOne().HasForeignKey(RateText.SeasonOfferId).IsRequired().OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SeasonConfiguration : IEntityTypeConfiguration<Season>
{
    public void Configure(EntityTypeBuilder<Season> builder)
    {
        builder.IsAudited().HasVersionToken();
        builder.ToTable("Seasons");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Ignore(s => s.Period);
        builder.Ignore(s => s.Label);
        builder.Property(s => s.Name).HasMaxLength(Season.NameMaxLength);
        builder.Property(s => s.Rates).HasConversion(RateText.BandRates).HasMaxLength(RateText.BandRatesMaxLength);
        builder.HasIndex(RateText.SeasonOfferId, nameof(Season.From));
    }
}

internal sealed class SupplierExtraConfiguration : IEntityTypeConfiguration<SupplierExtra>
{
    public void Configure(EntityTypeBuilder<SupplierExtra> builder)
    {
        builder.IsAudited().HasVersionToken();
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Ignore(e => e.Price);
        builder.Ignore(e => e.Cap);
        builder.Ignore(e => e.Details);
        builder.HasOne<Supplier>().WithMany().HasForeignKey(e => e.SupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.Name).HasMaxLength(SupplierExtraDetails.NameMaxLength);
        builder.Property(e => e.Currency).HasMaxLength(3).IsFixedLength();
        builder.HasIndex(e => new { e.SupplierId, e.Kind, e.Name }).IsUnique();
        builder.ToTable(table => table
            .HasMinimum(nameof(SupplierExtra.PriceMinor), 0)
            .HasMinimum(nameof(SupplierExtra.CapMinor), 0));
    }
}

internal sealed class OneWayFeeConfiguration : IEntityTypeConfiguration<OneWayFee>
{
    public void Configure(EntityTypeBuilder<OneWayFee> builder)
    {
        builder.IsAudited().HasVersionToken();
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Ignore(f => f.Fee);
        builder.HasOne<Supplier>().WithMany().HasForeignKey(f => f.SupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Location>().WithMany().HasForeignKey(f => f.FromLocationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Location>().WithMany().HasForeignKey(f => f.ToLocationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(f => f.Currency).HasMaxLength(3).IsFixedLength();
        builder.HasIndex(f => new { f.FromLocationId, f.ToLocationId }).IsUnique();
        builder.ToTable(table => table.HasMinimum(nameof(OneWayFee.FeeMinor), 0));
    }
}

/// <summary>
/// Rates are stored in the text form people read ("1-2: 45.00 EUR; 3-6: 40.00 EUR"), so the audit trail shows a
/// rate change as readable old → new text, and a stored value reads back exactly.
/// </summary>
internal static class RateText
{
    public const int BandRatesMaxLength = 600;

    /// <summary>The shadow foreign key from a season to its offer's rates.</summary>
    public const string SeasonOfferId = "OfferId";

    public static readonly ValueConverter<RentalLengthBands, string> Bands =
        new(bands => bands.ToString(), text => RentalLengthBands.Parse(text, null).Value);

    public static readonly ValueConverter<BandRates, string> BandRates =
        new(rates => rates.ToString(), text => Core.Rates.BandRates.Parse(text, null).Value);
}
