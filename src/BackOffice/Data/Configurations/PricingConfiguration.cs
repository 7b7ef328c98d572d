using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.Core.Fleet;
using CarRentalGateway.Core.Locations;
using CarRentalGateway.Core.Pricing;
using CarRentalGateway.Core.Rates;
using CarRentalGateway.Core.Suppliers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarRentalGateway.BackOffice.Data.Configurations;

internal sealed class PricingRuleSetConfiguration : IEntityTypeConfiguration<PricingRuleSet>
{
    public void Configure(EntityTypeBuilder<PricingRuleSet> builder)
    {
        // The draft's token is renewed by every rule change, so a publish refuses a draft that moved under it.
        builder.IsAudited().HasVersionToken();
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasIndex(s => s.Number).IsUnique();
        builder.HasIndex(s => s.Status);
        builder.Property(s => s.Status).HasMaxLength(20);
        builder.Property(s => s.PublishedBy).HasMaxLength(PricingRuleSet.UserNameMaxLength);
    }
}

internal sealed class PricingRuleConfiguration : IEntityTypeConfiguration<PricingRule>
{
    public void Configure(EntityTypeBuilder<PricingRule> builder)
    {
        builder.IsAudited().HasVersionToken();
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Ignore(r => r.Label);
        builder.Ignore(r => r.Scope);
        builder.Ignore(r => r.Adjustment);
        builder.Ignore(r => r.Definition);

        builder.HasOne<PricingRuleSet>().WithMany().HasForeignKey(r => r.RuleSetId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.RuleSetId, r.Number }).IsUnique();
        builder.HasOne<Supplier>().WithMany().HasForeignKey(r => r.SupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Location>().WithMany().HasForeignKey(r => r.PickUpLocationId).OnDelete(DeleteBehavior.Restrict);

        builder.Property(r => r.Name).HasMaxLength(PricingRuleDefinition.NameMaxLength);
        builder.Property(r => r.Notes).HasMaxLength(PricingRuleDefinition.NotesMaxLength);
        builder.Property(r => r.CountryCode).HasMaxLength(2).IsFixedLength();
        builder.Property(r => r.AcrissPattern).HasMaxLength(AcrissCode.Length).IsFixedLength();
        builder.Property(r => r.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(r => r.Rounding).HasMaxLength(20);

        builder.ToTable(table => table
            .HasRange(nameof(PricingRule.PercentBasisPoints), RuleAdjustment.LowestPercent, RuleAdjustment.HighestPercent)
            .HasMinimum(nameof(PricingRule.MinMarginMinor), 0)
            .HasMinimum(nameof(PricingRule.MaxMarginMinor), 0)
            .HasRange(nameof(PricingRule.MinLeadDays), 0, RuleScope.MaxLeadDays)
            .HasRange(nameof(PricingRule.MaxLeadDays), 0, RuleScope.MaxLeadDays)
            .HasRange(nameof(PricingRule.MinRentalDays), 1, SupplierBasePrice.MaxRentalDays)
            .HasRange(nameof(PricingRule.MaxRentalDays), 1, SupplierBasePrice.MaxRentalDays));
    }
}
