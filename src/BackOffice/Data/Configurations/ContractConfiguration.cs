using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Contracts;
using CarRentalGateway.Core.Suppliers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarRentalGateway.BackOffice.Data.Configurations;

internal sealed class ContractConfiguration : IEntityTypeConfiguration<Contract>
{
    public void Configure(EntityTypeBuilder<Contract> builder)
    {
        builder.IsAudited().HasVersionToken();
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Ignore(c => c.Validity);
        builder.Ignore(c => c.Terms);
        builder.Ignore(c => c.Coverage);
        builder.Ignore(c => c.Label);

        builder.HasOne<Supplier>().WithMany().HasForeignKey(c => c.SupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.SupplierId, c.Number, c.VersionNumber }).IsUnique();

        builder.Property(c => c.Status).HasMaxLength(20);
        builder.Property(c => c.Model).HasMaxLength(20);
        builder.Property(c => c.LateFeeKind).HasMaxLength(20);
        builder.Property(c => c.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(c => c.Notes).HasMaxLength(ContractTerms.NotesMaxLength);
        builder.Property(c => c.ApprovedBy).HasMaxLength(Contract.UserNameMaxLength);
        builder.Property(c => c.TerminatedBy).HasMaxLength(Contract.UserNameMaxLength);
        builder.Property(c => c.TerminationReason).HasMaxLength(Contract.TerminationReasonMaxLength);

        builder.ToTable(table => table
            .HasRange(nameof(Contract.PaymentTermsDays), 0, ContractTerms.MaxPaymentTermsDays)
            .HasRange(nameof(Contract.CommissionBasisPoints), 1, Percentage.MaxBasisPoints - 1)
            .HasRange(nameof(Contract.MinimumMarginBasisPoints), 0, Percentage.MaxBasisPoints)
            .HasRange(nameof(Contract.FreeCancellationHours), 0, CancellationPolicy.MaxFreeCancellationHours)
            .HasRange(nameof(Contract.LateFeeBasisPoints), 0, Percentage.MaxBasisPoints)
            .HasMinimum(nameof(Contract.LateFeeFixedMinor), 0)
            .HasMinimum(nameof(Contract.NoShowFeeMinor), 0));

        // The list and the dashboard look for contracts by status and end date ("expiring within 30 days").
        builder.HasIndex(c => new { c.Status, c.ValidTo });
    }
}
