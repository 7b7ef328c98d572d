using System.Text.Json;
using System.Text.Json.Serialization;
using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.Core.Bookings;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Fleet;
using CarRentalGateway.Core.Locations;
using CarRentalGateway.Core.Rates;
using CarRentalGateway.Core.Suppliers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CarRentalGateway.BackOffice.Data.Configurations;

/// <summary>
/// A booking is one row of flat columns (the domain keeps its parts flat, as contracts do), so search filters and
/// sorts on plain indexed columns and the history names each field that changed. Notes are appended, so they are
/// rows of their own.
/// </summary>
internal sealed class BookingConfiguration : IEntityTypeConfiguration<Booking>
{
    /// <summary>The shadow foreign key of a note to its booking.</summary>
    public const string NoteBookingId = "BookingId";

    public void Configure(EntityTypeBuilder<Booking> builder)
    {
        builder.IsAudited().HasVersionToken();
        builder.ToTable("Bookings");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Ignore(b => b.Customer);
        builder.Ignore(b => b.Driver);
        builder.Ignore(b => b.Trip);
        builder.Ignore(b => b.Price);
        builder.Ignore(b => b.AmountPaid);
        builder.Ignore(b => b.Cancellation);
        builder.Ignore(b => b.NoShowFee);
        builder.Ignore(b => b.NoShowRefund);

        builder.Property(b => b.Reference)
            .HasConversion(reference => reference.Value, text => BookingReference.Parse(text, BookingReference.FieldName).Value)
            .HasMaxLength(BookingReference.MaxLength).IsFixedLength();
        builder.Property(b => b.Status).HasMaxLength(20);
        builder.Property(b => b.SupplierConfirmationNumber).HasMaxLength(Booking.ConfirmationNumberMaxLength);
        builder.Property(b => b.CustomerName).HasMaxLength(BookingCustomer.NameMaxLength);
        builder.Property(b => b.CustomerEmail).HasMaxLength(EmailAddress.MaxLength);
        builder.Property(b => b.CustomerPhone).HasMaxLength(BookingCustomer.PhoneMaxLength);
        builder.Property(b => b.CustomerLastName).HasMaxLength(BookingCustomer.NameMaxLength);
        builder.Property(b => b.CustomerPhoneDigitsReversed).HasMaxLength(BookingCustomer.PhoneMaxLength);
        builder.Property(b => b.CustomerCountry).HasMaxLength(2).IsFixedLength();
        builder.Property(b => b.DriverName).HasMaxLength(BookingDriver.NameMaxLength);
        builder.Property(b => b.FlightNumber).HasMaxLength(FlightNumber.MaxLength);
        builder.Property(b => b.Acriss).HasMaxLength(AcrissCode.Length).IsFixedLength();
        builder.Property(b => b.SampleModel).HasMaxLength(BookingTrip.SampleModelMaxLength);
        builder.Property(b => b.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(b => b.ContractLabel).HasMaxLength(50);
        builder.Property(b => b.CommercialModel).HasMaxLength(20);
        builder.Property(b => b.EurPerUnit).HasPrecision(18, 8);
        builder.Property(b => b.PaymentModel).HasMaxLength(20);
        builder.Property(b => b.Channel).HasMaxLength(20);
        builder.Property(b => b.AffiliateCode).HasMaxLength(Booking.AffiliateCodeMaxLength);
        builder.Property(b => b.CancellationRequestedBy).HasMaxLength(20);
        builder.Property(b => b.CancellationReason).HasMaxLength(CancellationRequest.ReasonMaxLength);
        builder.Property(b => b.CancelledBy).HasMaxLength(AuditEntry.UserNameMaxLength);

        builder.ToTable(table => table
            .HasRange(nameof(Booking.RentalDays), 1, SupplierBasePrice.MaxRentalDays)
            .HasRange(nameof(Booking.CommissionBasisPoints), 0, Percentage.MaxBasisPoints)
            .HasMinimum(nameof(Booking.SupplierTotalMinor), 0)
            .HasMinimum(nameof(Booking.CustomerTotalMinor), 0)
            .HasMinimum(nameof(Booking.AmountPaidMinor), 0)
            .HasMinimum(nameof(Booking.CancellationFeeMinor), 0)
            .HasMinimum(nameof(Booking.CancellationRefundMinor), 0)
            .HasMinimum(nameof(Booking.NoShowFeeMinor), 0)
            .HasMinimum(nameof(Booking.NoShowRefundMinor), 0));

        // Extras and the price explanation are shown whole and never queried: JSON text on both providers, unbounded
        // (LONGTEXT on MariaDB, kept out of the row, whose 64 KB limit a long rental's explanation could break).
        builder.Property(b => b.Extras).HasConversion(JsonList<BookedExtra>.Converter, JsonList<BookedExtra>.Comparer);
        builder.Property(b => b.PriceLines).HasConversion(JsonList<BookingPriceLine>.Converter, JsonList<BookingPriceLine>.Comparer);
        builder.Property(b => b.PriceSteps).HasConversion(JsonList<BookingPriceStep>.Converter, JsonList<BookingPriceStep>.Comparer);

        // A supplier or station with bookings cannot be deleted: the bookings would lose where the car is.
        builder.HasOne<Supplier>().WithMany().HasForeignKey(b => b.SupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Location>().WithMany().HasForeignKey(b => b.PickUpLocationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Location>().WithMany().HasForeignKey(b => b.DropOffLocationId).OnDelete(DeleteBehavior.Restrict);

        builder.Ignore(b => b.Notes);
        builder.OwnsMany<BookingNote>("_notes", note =>
        {
            note.ToTable("BookingNotes");
            note.WithOwner().HasForeignKey(NoteBookingId);
            note.Property<Guid>("Id").ValueGeneratedOnAdd();
            note.HasKey("Id");
            note.Property(n => n.Author).HasMaxLength(AuditEntry.UserNameMaxLength);
            note.Property(n => n.Text).HasMaxLength(BookingNote.TextMaxLength);

            // The booking page reads its notes oldest first.
            note.HasIndex(NoteBookingId, nameof(BookingNote.WrittenAtUtc));
        });
        builder.Navigation("_notes").UsePropertyAccessMode(PropertyAccessMode.Field);

        // Search: the first page of 50 for each kind of search box entry or filter comes from one of these.
        // Search box and "go to booking" by our reference (also what keeps references unique).
        builder.HasIndex(b => b.Reference).IsUnique();

        // Search box and "go to booking" by the supplier's confirmation number.
        builder.HasIndex(b => b.SupplierConfirmationNumber);

        // Search box by e-mail (stored in lower case).
        builder.HasIndex(b => b.CustomerEmail);

        // Search box by name prefix (LIKE 'mari ta%' or, by the last name, 'tam%'; case-insensitive through the
        // column collation).
        builder.HasIndex(b => b.CustomerName);
        builder.HasIndex(b => b.CustomerLastName);

        // Search box by phone number: by how it ends, as a prefix of the reversed digits.
        builder.HasIndex(b => b.CustomerPhoneDigitsReversed);

        // Status filter with a pick-up date range, sorted by pick-up.
        builder.HasIndex(b => new { b.Status, b.PickUpLocal });

        // Supplier filter with a pick-up date range, sorted by pick-up (also serves the supplier foreign key).
        builder.HasIndex(b => new { b.SupplierId, b.PickUpLocal });

        // Pick-up location filter with a pick-up date range (also serves the location foreign key).
        builder.HasIndex(b => new { b.PickUpLocationId, b.PickUpLocal });

        // The drop-off location foreign key: deleting a station checks it has no bookings.
        builder.HasIndex(b => b.DropOffLocationId);

        // Booking-date range filter, and the default newest-first list.
        builder.HasIndex(b => b.CreatedAtUtc);

        // Finance reports: the cancellations of a period, oldest first, and a supplier's cancellation fees of a month.
        builder.HasIndex(b => b.CancelledAtUtc);
    }
}

/// <summary>How a booking's lists read as JSON: enums by name, money as minor units and currency.</summary>
internal static class BookingJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General)
    {
        Converters = { new JsonStringEnumConverter(), new MoneyJsonConverter() },
    };

    private sealed class MoneyJsonConverter : JsonConverter<Money>
    {
        public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var stored = JsonSerializer.Deserialize<StoredMoney>(ref reader) ?? throw new JsonException("An amount is missing.");
            return Money.Of(stored.MinorUnits, stored.Currency);
        }

        public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, new StoredMoney(value.MinorUnits, value.Currency));

        private sealed record StoredMoney(long MinorUnits, string Currency);
    }
}
