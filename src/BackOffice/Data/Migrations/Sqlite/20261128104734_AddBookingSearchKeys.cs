using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarRentalGateway.BackOffice.Data.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "",
                collation: "NOCASE");

            migrationBuilder.AddColumn<string>(
                name: "CustomerPhoneDigitsReversed",
                table: "Bookings",
                type: "TEXT",
                maxLength: 30,
                nullable: false,
                defaultValue: "",
                collation: "NOCASE");

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
