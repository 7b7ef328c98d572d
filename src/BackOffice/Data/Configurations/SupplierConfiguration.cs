using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Suppliers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarRentalGateway.BackOffice.Data.Configurations;

internal sealed class SupplierConfiguration : IEntityTypeConfiguration<Supplier>
{
    public void Configure(EntityTypeBuilder<Supplier> builder)
    {
        builder.IsAudited().HasVersionToken();
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Ignore(s => s.Details);

        builder.Property(s => s.Code).HasMaxLength(SupplierCode.MaxLength);
        builder.HasIndex(s => s.Code).IsUnique();

        builder.Property(s => s.Name).HasMaxLength(SupplierDetails.NameMaxLength);
        builder.HasIndex(s => s.Name);
        builder.Property(s => s.LegalName).HasMaxLength(SupplierDetails.LegalNameMaxLength);
        builder.Property(s => s.CountryCode).HasMaxLength(2).IsFixedLength();
        builder.Property(s => s.CurrencyCode).HasMaxLength(3).IsFixedLength();
        builder.Property(s => s.VatNumber).HasMaxLength(SupplierDetails.VatNumberMaxLength);
        builder.Property(s => s.ReservationsEmail).HasMaxLength(EmailAddress.MaxLength);
        builder.Property(s => s.AccountingEmail).HasMaxLength(EmailAddress.MaxLength);
        builder.Property(s => s.Phone).HasMaxLength(SupplierDetails.PhoneMaxLength);
        builder.Property(s => s.Notes).HasMaxLength(SupplierDetails.NotesMaxLength);
        builder.Property(s => s.Status).HasMaxLength(20);

        // The list filters by status and country and sorts by name.
        builder.HasIndex(s => new { s.Status, s.Name });
        builder.HasIndex(s => new { s.CountryCode, s.Name });
    }
}
