using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarRentalGateway.BackOffice.Data.Migrations.MariaDb
{
    /// <inheritdoc />
    public partial class AddBookingSearchKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Bookings_CustomerPhone",
                table: "Bookings");

            migrationBuilder.AddColumn<string>(
                name: "CustomerLastName",
                table: "Bookings",
                type: "varchar(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "",
                collation: "utf8mb4_unicode_ci")
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.AddColumn<string>(
                name: "CustomerPhoneDigitsReversed",
                table: "Bookings",
                type: "varchar(30)",
                maxLength: 30,
                nullable: false,
                defaultValue: "",
                collation: "utf8mb4_unicode_ci")
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_CustomerLastName",
                table: "Bookings",
                column: "CustomerLastName");

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_CustomerPhoneDigitsReversed",
                table: "Bookings",
                column: "CustomerPhoneDigitsReversed");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Bookings_CustomerLastName",
                table: "Bookings");

            migrationBuilder.DropIndex(
                name: "IX_Bookings_CustomerPhoneDigitsReversed",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "CustomerLastName",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "CustomerPhoneDigitsReversed",
                table: "Bookings");

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_CustomerPhone",
                table: "Bookings",
                column: "CustomerPhone");
        }
    }
}
