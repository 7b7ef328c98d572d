using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarRentalGateway.BackOffice.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddBookings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Bookings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 10, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SupplierConfirmationNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true, collation: "NOCASE"),
                    CustomerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false, collation: "NOCASE"),
                    CustomerEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false, collation: "NOCASE"),
                    CustomerPhone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false, collation: "NOCASE"),
                    CustomerCountry = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 2, nullable: false, collation: "NOCASE"),
                    DriverName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false, collation: "NOCASE"),
                    DriverDateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FlightNumber = table.Column<string>(type: "TEXT", maxLength: 9, nullable: true, collation: "NOCASE"),
                    SupplierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PickUpLocationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PickUpLocal = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DropOffLocationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DropOffLocal = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Acriss = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 4, nullable: false, collation: "NOCASE"),
                    SampleModel = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false, collation: "NOCASE"),
                    Extras = table.Column<string>(type: "TEXT", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false, collation: "NOCASE"),
                    ContractLabel = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false, collation: "NOCASE"),
                    CommercialModel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CommissionBasisPoints = table.Column<int>(type: "INTEGER", nullable: true),
                    RentalDays = table.Column<int>(type: "INTEGER", nullable: false),
                    RentalDaysAmountMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    SupplierTotalMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    CustomerTotalMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    CommissionMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    PriceLines = table.Column<string>(type: "TEXT", nullable: false),
                    PriceSteps = table.Column<string>(type: "TEXT", nullable: false),
                    EurPerUnit = table.Column<decimal>(type: "TEXT", precision: 18, scale: 8, nullable: false),
                    AmountPaidMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    CancellationRequestedBy = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    CancellationReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true, collation: "NOCASE"),
                    CancellationFeeMinor = table.Column<long>(type: "INTEGER", nullable: true),
                    CancellationRefundMinor = table.Column<long>(type: "INTEGER", nullable: true),
                    CancelledAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CancelledBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true, collation: "NOCASE"),
                    NoShowFeeMinor = table.Column<long>(type: "INTEGER", nullable: true),
                    NoShowRefundMinor = table.Column<long>(type: "INTEGER", nullable: true),
                    PaymentModel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AffiliateCode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true, collation: "NOCASE"),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bookings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Bookings_Locations_DropOffLocationId",
                        column: x => x.DropOffLocationId,
                        principalTable: "Locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Bookings_Locations_PickUpLocationId",
                        column: x => x.PickUpLocationId,
                        principalTable: "Locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Bookings_Suppliers_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "Suppliers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BookingNotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Author = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false, collation: "NOCASE"),
                    WrittenAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false, collation: "NOCASE"),
                    BookingId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BookingNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BookingNotes_Bookings_BookingId",
                        column: x => x.BookingId,
                        principalTable: "Bookings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BookingNotes_BookingId_WrittenAtUtc",
                table: "BookingNotes",
                columns: new[] { "BookingId", "WrittenAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_CreatedAtUtc",
                table: "Bookings",
                column: "CreatedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_CustomerEmail",
                table: "Bookings",
                column: "CustomerEmail");

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_CustomerName",
                table: "Bookings",
                column: "CustomerName");

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_CustomerPhone",
                table: "Bookings",
                column: "CustomerPhone");

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_DropOffLocationId",
                table: "Bookings",
                column: "DropOffLocationId");

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_PickUpLocationId_PickUpLocal",
                table: "Bookings",
                columns: new[] { "PickUpLocationId", "PickUpLocal" });

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_Reference",
                table: "Bookings",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_Status_PickUpLocal",
                table: "Bookings",
                columns: new[] { "Status", "PickUpLocal" });

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_SupplierConfirmationNumber",
                table: "Bookings",
                column: "SupplierConfirmationNumber");

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_SupplierId_PickUpLocal",
                table: "Bookings",
                columns: new[] { "SupplierId", "PickUpLocal" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BookingNotes");

            migrationBuilder.DropTable(
                name: "Bookings");
        }
    }
}
